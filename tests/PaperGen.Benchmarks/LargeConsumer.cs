using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// <c>verify [papers]</c> (by hand, not in CI): builds a real console project with a dump of N papers
    /// (100,000 by default) in fresh processes, reports wall time and compiler peak memory, then runs it
    /// to compare every title and abstract, and each exact and folded lookup, with the dump.
    /// </summary>
    internal static class LargeConsumer
    {
        public static int Run(string[] args)
        {
            var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
            var project = new ConsumerProject(Path.Combine(Path.GetTempPath(), "papergen-verify-" + count), "Archive" + count);
            var dump = SyntheticDump.Create(count);
            File.WriteAllText(Path.Combine(project.Directory, "archive.txt"), dump);
            File.WriteAllText(Path.Combine(project.Directory, "DumpReader.cs"), StartupPrograms.DumpReader);
            File.WriteAllText(Path.Combine(project.Directory, "Report.cs"), StartupPrograms.Report);
            project.Write(StartupPrograms.Compiled, "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />");
            project.Restore();

            long peak = 0;
            var elapsed = project.Build(process => peak = CompilerMemory.PeakBytes(process), TimeSpan.FromMinutes(60));
            var megabytes = Encoding.UTF8.GetByteCount(dump) / 1e6;
            var size = new FileInfo(project.AssemblyPath).Length / 1e6;
            Console.WriteLine($"{count:N0} papers, {megabytes:0.0} MB dump: build {elapsed.TotalSeconds:0.0} s, compiler peak {peak / 1e6:0} MB, assembly {size:0.0} MB ({size / megabytes:0.000}× the dump)");

            var start = new ProcessStartInfo(project.ExecutablePath) { RedirectStandardOutput = true };
            start.ArgumentList.Add("--verify");
            start.ArgumentList.Add(Path.Combine(project.Directory, "archive.txt"));
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            Console.Write(process.StandardOutput.ReadToEnd());
            process.WaitForExit();
            Console.WriteLine($"verification run: {stopwatch.Elapsed.TotalSeconds:0.0} s, exit code {process.ExitCode}");
            return process.ExitCode;
        }
    }
}
