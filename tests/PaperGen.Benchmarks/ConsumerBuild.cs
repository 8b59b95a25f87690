using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// <c>build [papers] [runs]</c>: wall time of <c>dotnet build</c> and the compiler's peak memory for a
    /// console project with a dump of N papers, against the same project without the dump, alternating
    /// the two so machine noise hits both alike. Medians; the difference divided by the dump's size in MB.
    /// </summary>
    internal static class ConsumerBuild
    {
        public static int Run(string[] args)
        {
            var papers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
            var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
            var root = Path.Combine(Path.GetTempPath(), "papergen-build-" + papers);
            var dump = SyntheticDump.Create(papers);
            var megabytes = Encoding.UTF8.GetByteCount(dump) / 1e6;

            var with = new ConsumerProject(Path.Combine(root, "WithDump"), "WithDump");
            File.WriteAllText(Path.Combine(with.Directory, "archive.txt"), dump);
            with.Write(StartupPrograms.Touch("Bench.Archive.Catalog.Count"), "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />");
            var without = new ConsumerProject(Path.Combine(root, "NoDump"), "NoDump");
            without.Write(StartupPrograms.Touch("0"));
            with.Restore();
            without.Restore();

            var results = new Dictionary<string, List<(double Seconds, double PeakMb)>> { ["with"] = new(), ["without"] = new() };
            for (var run = 0; run < runs; run++)
            {
                foreach (var (key, project) in new[] { ("without", without), ("with", with) })
                {
                    long peak = 0;
                    var elapsed = project.Build(process => peak = CompilerMemory.PeakBytes(process));
                    results[key].Add((elapsed.TotalSeconds, peak / 1e6));
                    Console.WriteLine($"run {run + 1} {key,-7}: {elapsed.TotalSeconds:0.00} s, compiler peak {peak / 1e6:0} MB");
                }
            }

            var withTime = Median(results["with"].Select(r => r.Seconds));
            var withoutTime = Median(results["without"].Select(r => r.Seconds));
            var withPeak = Median(results["with"].Select(r => r.PeakMb));
            var withoutPeak = Median(results["without"].Select(r => r.PeakMb));
            var size = new FileInfo(with.AssemblyPath).Length / 1e6;
            Console.WriteLine();
            Console.WriteLine($"| {papers:N0} papers, {megabytes:0.0} MB dump | without dump | with dump | added | added per MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Console.WriteLine($"| build wall time (median of {runs}) | {withoutTime:0.00} s | {withTime:0.00} s | {withTime - withoutTime:0.00} s | {(withTime - withoutTime) / megabytes:0.000} s |");
            Console.WriteLine($"| compiler peak memory (median) | {withoutPeak:0} MB | {withPeak:0} MB | {withPeak - withoutPeak:0} MB | {(withPeak - withoutPeak) / megabytes:0.0} MB |");
            Console.WriteLine($"| assembly size | | {size:0.0} MB | | {size / megabytes:0.000}× the dump |");
            return 0;
        }

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
