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
    /// so machine noise hits all alike. Medians; the difference divided by the dump's size in MB. Two tables: a
    /// full compile in a fresh compiler process (the worst case: every byte of the dump and a cold compiler), then
    /// rebuilds after an edit to Program.cs through the warm compiler server, as <c>dotnet build</c> runs by default.
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

            // The shape README recommends for a large dump: a class library of its own that the app references.
            var data = new ConsumerProject(Path.Combine(root, "OwnProject", "Data"), "Data");
            File.WriteAllText(Path.Combine(data.Directory, "archive.txt"), dump);
            data.Write("namespace Bench { internal static class DataMarker { } }\n", "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />", "<OutputType>Library</OutputType>");
            var app = new ConsumerProject(Path.Combine(root, "OwnProject", "App"), "App");
            app.Write(StartupPrograms.Touch("Bench.Archive.Catalog.Count"), "<ProjectReference Include=\"../Data/Data.csproj\" />");
            var ownProject = ("dump in its own project", app);

            foreach (var (_, project) in projects.Append(ownProject))
            {
                project.Restore();
            }

            var results = FullCompiles(projects, runs);

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

            Rebuilds(projects.Append(ownProject).ToList(), runs, megabytes, compilerServer: true);
            Rebuilds(new List<(string, ConsumerProject)> { projects[0], ownProject }, runs, megabytes, compilerServer: false);
            return 0;
        }

        /// <summary>
        /// Full compiles in a fresh compiler, each project once per run in turn so machine noise hits all alike: wall
        /// time, and the compiler's peak memory and CPU. Printed as they come; returned by project key.
        /// </summary>
        internal static Dictionary<string, List<(double Seconds, double PeakMb, double CpuSeconds)>> FullCompiles(IReadOnlyList<(string Key, ConsumerProject Project)> projects, int runs)
        {
            var width = projects.Max(p => p.Key.Length);
            var results = projects.ToDictionary(p => p.Key, _ => new List<(double Seconds, double PeakMb, double CpuSeconds)>());
            for (var run = 0; run < runs; run++)
            {
                foreach (var (key, project) in projects)
                {
                    (long PeakBytes, double CpuSeconds) compiler = default;
                    var elapsed = project.Build(process => compiler = CompilerMemory.Watch(process));
                    results[key].Add((elapsed.TotalSeconds, compiler.PeakBytes / 1e6, compiler.CpuSeconds));
                    Console.WriteLine($"run {run + 1} {key.PadRight(width)}: {elapsed.TotalSeconds:0.00} s, compiler peak {compiler.PeakBytes / 1e6:0} MB, compiler CPU {compiler.CpuSeconds:0.00} s");
                }
            }

            return results;
        }

        /// <summary>
        /// The build a user waits for most often: after an edit to a file that is not the dump. Through the compiler
        /// server that <c>dotnet build</c> uses by default (warm: each project built twice through it first; wall
        /// time and the server's CPU, its memory is shared across builds, so only the cold table above gives the
        /// compiler's peak), or in a fresh compiler process (CI, and machines that turn the server off).
        /// </summary>
        private static void Rebuilds(List<(string Key, ConsumerProject Project)> projects, int runs, double megabytes, bool compilerServer)
        {
            // The server tiers its JIT up over its first builds (a 20,000-paper rebuild took 20, 10, 8, 7 s in a
            // row): two rounds first, so the table shows the steady state a developer editing all day gets. A fresh
            // compiler needs one, for the incremental state.
            projects[0].Project.ShutDownCompilerServer();
            for (var warmUp = compilerServer ? -2 : -1; warmUp < 0; warmUp++)
            {
                foreach (var (_, project) in projects)
                {
                    Edit(project, warmUp);
                    project.Rebuild(compilerServer);
                }
            }

            var results = projects.ToDictionary(p => p.Key, _ => new List<(double Seconds, double CpuSeconds)>());
            for (var run = 1; run <= runs; run++)
            {
                foreach (var (key, project) in projects)
                {
                    Edit(project, run);
                    var serverCpu = CompilerMemory.CompilerServerCpuSeconds();
                    double compilerCpu = 0;
                    var elapsed = project.Rebuild(compilerServer, process => compilerCpu = CompilerMemory.Watch(process).CpuSeconds);
                    var cpu = compilerServer ? CompilerMemory.CompilerServerCpuSeconds() - serverCpu : compilerCpu;
                    results[key].Add((elapsed.TotalSeconds, cpu));
                    Console.WriteLine($"rebuild {run} {key,-9}: {elapsed.TotalSeconds:0.00} s, compiler CPU {cpu:0.00} s ({(compilerServer ? "server" : "fresh process")})");
                }
            }

            projects[0].Project.ShutDownCompilerServer();
            var withoutTime = Median(results["without"].Select(r => r.Seconds));
            var withoutCpu = Median(results["without"].Select(r => r.CpuSeconds));
            Console.WriteLine();
            Console.WriteLine($"| rebuild after an edit to Program.cs, {(compilerServer ? "compiler server warm" : "fresh compiler process")} ({megabytes:0.0} MB dump) | wall time (median of {runs}) | added | added per MB | compiler CPU (median) | added per MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Console.WriteLine($"| without dump | {withoutTime:0.00} s | | | {withoutCpu:0.00} s | |");
            foreach (var (key, _) in projects.Skip(1))
            {
                var time = Median(results[key].Select(r => r.Seconds));
                var cpu = Median(results[key].Select(r => r.CpuSeconds));
                Console.WriteLine($"| {key} | {time:0.00} s | {time - withoutTime:0.00} s | {(time - withoutTime) / megabytes:0.000} s | {cpu:0.00} s | {(cpu - withoutCpu) / megabytes:0.000} s |");
            }

            Console.WriteLine();
        }

        /// <summary>An edit that changes Program.cs but not what it does, so the build must compile again.</summary>
        private static void Edit(ConsumerProject project, int run)
            => File.AppendAllText(Path.Combine(project.Directory, "Program.cs"), "\n// edit " + run.ToString(CultureInfo.InvariantCulture) + "\n");

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
