using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// <c>search-startup [papers] [launches] [real|synthetic|shipped]</c>: the first Search in a fresh process over
    /// <see cref="RealTextDump"/> (real abstracts recombined, words at real frequencies), the synthetic dump (every
    /// query word in ~92% of papers, a worst case) or the shipped 54-paper dump (the paper count is then ignored). The empty program and the
    /// generated catalog of <see cref="StartupTime"/>, launched alternately; the catalog's program runs
    /// <c>Search(query, 10)</c> first thing in Main; the same pair over the runtime's precompiled copy (what the package
    /// gives a .NET 10 app on this machine). Reports the median wall time, the median milliseconds in
    /// Main to the first answer (index set-up, JIT and all), of that first Search call alone once the catalog
    /// exists, and of a second search in the same process. The same pair is then published ReadyToRun (the app and
    /// its references precompiled, as .NET offers an app whose start-up matters) and measured the same way.
    /// </summary>
    internal static class SearchStartup
    {
        private static readonly string[] Queries = { "sparse autoencoders", "monosemantic", "sparse autoencoders language models features" };

        public static int Run(string[] args)
        {
            var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
            var launches = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 21;
            var corpus = args.Length > 3 ? args[3] : "real";
            var text = corpus switch
            {
                "synthetic" => SyntheticDump.Create(count),
                "shipped" => Compilations.ShippedDump,
                _ => RealTextDump.Create(count),
            };
            var corpusLabel = corpus == "shipped" ? "the shipped dump's 54" : count.ToString("N0", CultureInfo.InvariantCulture) + (corpus == "synthetic" ? " synthetic" : " real-text");
            var root = Path.Combine(Path.GetTempPath(), "papergen-search-startup-" + (corpus == "shipped" ? "shipped" : count + (corpus == "synthetic" ? "-synthetic" : string.Empty)) + StartupPrograms.CheckoutSuffix);

            var pairs = new List<(string Label, ConsumerProject Empty, ConsumerProject Compiled)>();
            // JIT'd apps over the IL runtime and over the precompiled copy the package gives a .NET 10 app on this machine
            // (issue 12), then everything published ReadyToRun.
            var variants = new[]
            {
                (string.Empty, string.Empty, string.Empty, ConsumerProject.Runtime),
                (" (precompiled runtime)", "Precompiled", string.Empty, ConsumerProject.PrecompiledRuntime),
                (" (ReadyToRun)", "R2R", ConsumerProject.ReadyToRunProperties, ConsumerProject.Runtime),
            };
            foreach (var (label, suffix, properties, runtime) in variants)
            {
                var empty = new ConsumerProject(Path.Combine(root, "Empty" + suffix), "Empty" + suffix);
                empty.Write(StartupPrograms.Empty, string.Empty, properties, runtime);
                var compiled = new ConsumerProject(Path.Combine(root, "Compiled" + suffix), "Compiled" + suffix);
                File.WriteAllText(Path.Combine(compiled.Directory, "archive.txt"), text);
                File.WriteAllText(Path.Combine(compiled.Directory, "DumpReader.cs"), StartupPrograms.DumpReader);
                File.WriteAllText(Path.Combine(compiled.Directory, "Report.cs"), StartupPrograms.Report);
                compiled.Write(StartupPrograms.Compiled, "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />", properties, runtime);
                foreach (var project in new[] { empty, compiled })
                {
                    project.Restore();
                    if (properties.Length == 0)
                    {
                        project.Build();
                    }
                    else
                    {
                        project.Publish();
                    }
                }

                pairs.Add((label, empty, compiled));
            }

            Console.WriteLine($"| first search ({corpusLabel} papers, {launches} launches) | hits (best 10) | wall, median | added to empty | in Main to the first answer | first Search call alone | second search |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (label, empty, compiled) in pairs)
            {
                foreach (var query in Queries)
                {
                    var wall = new List<double>();
                    var emptyWall = new List<double>();
                    var first = new List<double>();
                    var second = new List<double>();
                    var alone = new List<double>();
                    var hits = string.Empty;
                    for (var launch = 0; launch < launches + 1; launch++)
                    {
                        var (emptyElapsed, _) = StartupTime.Launch(empty.ExecutablePath, "-");
                        var (elapsed, output) = StartupTime.Launch(compiled.ExecutablePath, "--search", query);
                        var parts = output.Trim().Split(' ');
                        hits = parts[0];

                        // The first round warms the disk cache and is not counted.
                        if (launch > 0)
                        {
                            emptyWall.Add(emptyElapsed);
                            wall.Add(elapsed);
                            first.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
                            second.Add(double.Parse(parts[2], CultureInfo.InvariantCulture));
                            alone.Add(double.Parse(parts[3], CultureInfo.InvariantCulture));
                        }
                    }

                    var median = ConsumerBuild.Median(wall);
                    Console.WriteLine($"| \"{query}\"{label} | {hits} | {median:0.0} ms | {median - ConsumerBuild.Median(emptyWall):+0.0;-0.0;0.0} ms | {ConsumerBuild.Median(first):0.00} ms | {ConsumerBuild.Median(alone):0.00} ms | {ConsumerBuild.Median(second):0.000} ms |");
                }
            }

            return 0;
        }
    }
}
