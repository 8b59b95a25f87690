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
    /// console project with a dump of N papers in each data carrier (constants, the default since issue 12, and
    /// <c>"…"u8</c> literals, PaperGen 0.1's), against the same project without the dump, alternating the three
    /// so machine noise hits all alike. Medians; the difference divided by the dump's size in MB.
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

            var without = new ConsumerProject(Path.Combine(root, "NoDump"), "NoDump");
            without.Write(StartupPrograms.Touch("0"));
            var projects = new List<(string Key, ConsumerProject Project)> { ("without", without) };
            foreach (var (key, carrier) in new[] { ("constants", string.Empty), ("u8", "Utf8Literals") })
            {
                var name = key == "u8" ? "WithDumpU8" : "WithDump";
                var with = new ConsumerProject(Path.Combine(root, name), name);
                File.WriteAllText(Path.Combine(with.Directory, "archive.txt"), dump);
                with.Write(
                    StartupPrograms.Touch("Bench.Archive.Catalog.Count"),
                    "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />",
                    carrier.Length == 0 ? string.Empty : "<PaperGenDataCarrier>" + carrier + "</PaperGenDataCarrier>");
                projects.Add((key, with));
            }

            foreach (var (_, project) in projects)
            {
                project.Restore();
            }

            var results = projects.ToDictionary(p => p.Key, _ => new List<(double Seconds, double PeakMb, double CpuSeconds)>());
            for (var run = 0; run < runs; run++)
            {
                foreach (var (key, project) in projects)
                {
                    (long PeakBytes, double CpuSeconds) compiler = default;
                    var elapsed = project.Build(process => compiler = CompilerMemory.Watch(process));
                    results[key].Add((elapsed.TotalSeconds, compiler.PeakBytes / 1e6, compiler.CpuSeconds));
                    Console.WriteLine($"run {run + 1} {key,-9}: {elapsed.TotalSeconds:0.00} s, compiler peak {compiler.PeakBytes / 1e6:0} MB, compiler CPU {compiler.CpuSeconds:0.00} s");
                }
            }

            var withoutTime = Median(results["without"].Select(r => r.Seconds));
            var withoutPeak = Median(results["without"].Select(r => r.PeakMb));
            var withoutCpu = Median(results["without"].Select(r => r.CpuSeconds));
            Console.WriteLine();
            Console.WriteLine($"| {papers:N0} papers, {megabytes:0.0} MB dump | build wall time (median of {runs}) | added | added per MB | compiler CPU (median) | added per MB | compiler peak memory (median) | added | added per MB | assembly size |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine($"| without dump | {withoutTime:0.00} s | | | {withoutCpu:0.00} s | | {withoutPeak:0} MB | | | |");
            foreach (var (key, project) in projects.Skip(1))
            {
                var time = Median(results[key].Select(r => r.Seconds));
                var peak = Median(results[key].Select(r => r.PeakMb));
                var cpu = Median(results[key].Select(r => r.CpuSeconds));
                var size = new FileInfo(project.AssemblyPath).Length / 1e6;
                Console.WriteLine($"| {key} | {time:0.00} s | {time - withoutTime:0.00} s | {(time - withoutTime) / megabytes:0.000} s | {cpu:0.00} s | {(cpu - withoutCpu) / megabytes:0.000} s | {peak:0} MB | {peak - withoutPeak:0} MB | {(peak - withoutPeak) / megabytes:0.0} MB | {size:0.0} MB |");
            }

            return 0;
        }

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
