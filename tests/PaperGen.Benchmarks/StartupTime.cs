using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// <c>startup [papers] [launches]</c>: time to first lookup in a fresh process. Ten Release console
    /// programs, each launched through its apphost the given number of times, interleaved so noise hits
    /// all alike: an empty program, the generated catalog (constants, and <c>"…"u8</c> literals; constants again over the
    /// runtime's precompiled copy, as the package gives it to a .NET 10 app on this machine; a program that only looks
    /// the title up, over either runtime), the dump parsed from an embedded resource at
    /// start-up, and System.Text.Json reading the same papers from an embedded JSON resource; the empty program and
    /// the constants published ReadyToRun beside them (each compared with its own empty program). Reports the
    /// median wall time from process start to exit (each measuring program also reads the paper's abstract before
    /// exiting), and the median times inside Main to the paper and to its abstract.
    /// </summary>
    internal static class StartupTime
    {
        public static int Run(string[] args)
        {
            var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
            var launches = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 21;
            var root = Path.Combine(Path.GetTempPath(), "papergen-startup-" + count + StartupPrograms.CheckoutSuffix);
            var papers = SyntheticDump.Papers(count);
            var text = SyntheticDump.Text(papers);
            var json = JsonSerializer.Serialize(papers.Select(p => new { p.Title, p.Abstract }).ToArray());
            var title = papers[count / 2].Title;

            var programs = new List<(string Name, ConsumerProject Project)>();
            ConsumerProject Make(string name, string program, string items, (string File, string Content)[] files, string properties = "", string? runtime = null)
            {
                var directory = name.Replace(" (ReadyToRun)", "R2R", StringComparison.Ordinal).Replace(" (precompiled runtime)", "Precompiled", StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
                var project = new ConsumerProject(Path.Combine(root, directory), directory);
                foreach (var (file, content) in files)
                {
                    File.WriteAllText(Path.Combine(project.Directory, file), content);
                }

                project.Write(program, items, properties, runtime);
                programs.Add((name, project));
                return project;
            }

            Make("Empty", StartupPrograms.Empty, string.Empty, Array.Empty<(string, string)>());
            var compiledFiles = new[] { ("archive.txt", text), ("DumpReader.cs", StartupPrograms.DumpReader), ("Report.cs", StartupPrograms.Report) };
            Make("Compiled", StartupPrograms.Compiled, "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />", compiledFiles);

            // The same data in PaperGen 0.1's carrier (issue 12): constants must not cost the first lookup.
            // The runtime as the package hands it to a .NET 10 app on this machine (issue 12): precompiled, the app JIT'd.
            Make("Compiled (precompiled runtime)", StartupPrograms.Compiled, "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />", compiledFiles, runtime: ConsumerProject.PrecompiledRuntime);
            // The same lookup in a program that does nothing else: its added wall time is the first lookup's alone.
            Make("Lookup only", StartupPrograms.LookupOnly, "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />", compiledFiles);
            Make("Lookup only (precompiled runtime)", StartupPrograms.LookupOnly, "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />", compiledFiles, runtime: ConsumerProject.PrecompiledRuntime);
            Make("CompiledU8", StartupPrograms.Compiled, "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />", compiledFiles, "<PaperGenDataCarrier>Utf8Literals</PaperGenDataCarrier>");
            // ReadyToRun (issue 12): a fresh process otherwise compiles the runtime's code on first use; the empty
            // program is published the same way, so "added" compares like with like.
            Make("Empty (ReadyToRun)", StartupPrograms.Empty, string.Empty, Array.Empty<(string, string)>(), ConsumerProject.ReadyToRunProperties);
            Make("Compiled (ReadyToRun)", StartupPrograms.Compiled, "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />", compiledFiles, ConsumerProject.ReadyToRunProperties);
            Make("ParseText", StartupPrograms.ParseText, "<EmbeddedResource Include=\"archive.txt\" LogicalName=\"archive.txt\" />", compiledFiles);
            Make("Json", StartupPrograms.Json, "<EmbeddedResource Include=\"archive.json\" LogicalName=\"archive.json\" />", new[] { ("archive.json", json), ("Report.cs", StartupPrograms.Report) });
            foreach (var (name, project) in programs)
            {
                project.Restore();
                if (name.EndsWith("(ReadyToRun)", StringComparison.Ordinal))
                {
                    project.Publish();
                }
                else
                {
                    project.Build();
                }

                Console.WriteLine($"built {name}: {new FileInfo(project.AssemblyPath).Length / 1e6:0.00} MB");
            }

            var wall = programs.ToDictionary(p => p.Name, _ => new List<double>());
            var inMain = programs.ToDictionary(p => p.Name, _ => new List<double>());
            var withAbstract = programs.ToDictionary(p => p.Name, _ => new List<double>());
            for (var launch = 0; launch < launches + 1; launch++)
            {
                foreach (var (name, project) in programs)
                {
                    var (elapsed, output) = Launch(project.ExecutablePath, title);
                    var parts = output.Trim().Split(' ');
                    if (!name.StartsWith("Empty", StringComparison.Ordinal) && parts[0] == "-1")
                    {
                        throw new InvalidOperationException(name + " did not find the title.");
                    }

                    // The first round warms the disk cache for every program alike and is not counted.
                    if (launch > 0)
                    {
                        wall[name].Add(elapsed);
                        inMain[name].Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
                        withAbstract[name].Add(double.Parse(parts[2], CultureInfo.InvariantCulture));
                    }
                }
            }

            var empty = ConsumerBuild.Median(wall["Empty"]);
            var compiledAdded = ConsumerBuild.Median(wall["Compiled"]) - empty;
            Console.WriteLine();
            Console.WriteLine($"| program ({count:N0} papers, {launches} launches) | wall, median | added to empty | in Main to the paper | … and its abstract | assembly |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, project) in programs)
            {
                var median = ConsumerBuild.Median(wall[name]);
                var baseline = name.EndsWith("(ReadyToRun)", StringComparison.Ordinal) ? ConsumerBuild.Median(wall["Empty (ReadyToRun)"]) : empty;
                var times = name.StartsWith("Lookup only", StringComparison.Ordinal)
                    ? "| |"
                    : $"{ConsumerBuild.Median(inMain[name]):0.00} ms | {ConsumerBuild.Median(withAbstract[name]):0.00} ms |";
                Console.WriteLine($"| {name} | {median:0.0} ms | {median - baseline:+0.0;-0.0;0.0} ms | {times} {new FileInfo(project.AssemblyPath).Length / 1e6:0.00} MB |");
            }

            Console.WriteLine();
            foreach (var name in new[] { "ParseText", "Json" })
            {
                var added = ConsumerBuild.Median(wall[name]) - empty;
                Console.WriteLine($"{name} vs Compiled: {added / Math.Max(compiledAdded, 0.1):0.0}× the added wall time, "
                    + $"{ConsumerBuild.Median(inMain[name]) / ConsumerBuild.Median(inMain["Compiled"]):0.0}× the time in Main");
            }

            return 0;
        }

        internal static (double Milliseconds, string Output) Launch(string executable, params string[] arguments)
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(executable + " exited with " + process.ExitCode);
            }

            return (elapsed, output);
        }
    }
}
