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
    /// <c>floor [papers] [runs]</c>: how much of a dump's build cost is the compiler's price for the generated members
    /// themselves, whatever data they carry (issue 12's build target). Full compiles in a fresh compiler process, as in
    /// <see cref="ConsumerBuild"/>'s first table, of three console projects alternating: without a dump, with a dump of
    /// N papers, and a "floor" project with no dump and no generator output but a hand-written source of the generated
    /// member shape (a property and a title constant per paper) and no data or documentation. Then the same three with
    /// every analyzer but PaperGen's taken out of the compile, because for N trivial members much of the cost is the
    /// analyzer driver running the SDK's default analyzers, not anything PaperGen controls. Medians; differences over
    /// the project without a dump, divided by the dump's size in MB.
    /// </summary>
    internal static class CompileFloor
    {
        /// <summary>The generator's split of a 20,000-paper class into partial-class files (EmitLimits.DefaultPapersPerFile).</summary>
        private const int Files = 10;

        // Removes the SDK's analyzers (NetAnalyzers, the framework's Interop, Json and Regex analyzers and generators)
        // after they are resolved and before the compiler is called, keeping PaperGen's generator.
        private const string WithoutSdkAnalyzers = """
            <Project>
              <Target Name="RemoveAnalyzersButPaperGens" BeforeTargets="CoreCompile">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="!$([System.String]::Copy('%(Analyzer.Filename)').StartsWith('PaperGen'))" />
                </ItemGroup>
              </Target>
            </Project>
            """;

        public static int Run(string[] args)
        {
            var papers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
            var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
            var root = Path.Combine(Path.GetTempPath(), "papergen-floor-" + papers + StartupPrograms.CheckoutSuffix);
            var synthetic = SyntheticDump.Papers(papers);
            var dump = SyntheticDump.Text(synthetic);
            var megabytes = Encoding.UTF8.GetByteCount(dump) / 1e6;
            var titleLength = (int)ConsumerBuild.Median(synthetic.Select(p => (double)p.Title.Length));

            var projects = new List<(string Key, ConsumerProject Project)>();
            foreach (var analyzers in new[] { true, false })
            {
                var suffix = analyzers ? string.Empty : "NoAnalyzers";
                var without = new ConsumerProject(Path.Combine(root, "NoDump" + suffix), "NoDump" + suffix);
                without.Write(StartupPrograms.Touch("0"));

                var with = new ConsumerProject(Path.Combine(root, "WithDump" + suffix), "WithDump" + suffix);
                File.WriteAllText(Path.Combine(with.Directory, "archive.txt"), dump);
                with.Write(StartupPrograms.Touch("Bench.Archive.Catalog.Count"), "<PaperDump Include=\"archive.txt\" ClassName=\"Archive\" />");

                var floor = new ConsumerProject(Path.Combine(root, "Floor" + suffix), "Floor" + suffix);
                floor.Write(StartupPrograms.Touch("Bench.Archive.P0"));
                WriteMemberShape(floor.Directory, papers, titleLength);

                foreach (var (key, project) in new[] { ("without", without), ("with", with), ("floor", floor) })
                {
                    if (!analyzers)
                    {
                        // Directory.Build.targets in the project's own folder: the SDK imports it, and ConsumerProject
                        // writes only items and properties.
                        File.WriteAllText(Path.Combine(project.Directory, "Directory.Build.targets"), WithoutSdkAnalyzers);
                    }

                    projects.Add((key + suffix, project));
                }
            }

            foreach (var (_, project) in projects)
            {
                project.Restore();
            }

            var results = ConsumerBuild.FullCompiles(projects, runs);

            Console.WriteLine();
            Console.WriteLine($"{papers:N0} papers, {megabytes:0.0} MB dump; floor: {papers:N0} properties and {papers:N0} title constants of {titleLength} characters (the dump's median title) in {Files} files, no data, no documentation.");
            Console.WriteLine();
            Console.WriteLine($"| full compile, fresh compiler ({megabytes:0.0} MB dump) | wall (median of {runs}) | added over (1) | added per MB | compiler CPU | added per MB | compiler peak | added | added per MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            var rows = new[]
            {
                ("without", "(1) without dump"),
                ("with", "(2) with the dump"),
                ("floor", "(3) floor: member shape, no data"),
                ("withoutNoAnalyzers", "(1) without dump, no SDK analyzers"),
                ("withNoAnalyzers", "(2) with the dump, no SDK analyzers"),
                ("floorNoAnalyzers", "(3) floor, no SDK analyzers"),
            };
            foreach (var (key, label) in rows)
            {
                var baseline = results[key.EndsWith("NoAnalyzers", StringComparison.Ordinal) ? "withoutNoAnalyzers" : "without"];
                var time = ConsumerBuild.Median(results[key].Select(r => r.Seconds));
                var cpu = ConsumerBuild.Median(results[key].Select(r => r.CpuSeconds));
                var peak = ConsumerBuild.Median(results[key].Select(r => r.PeakMb));
                if (results[key] == baseline)
                {
                    Console.WriteLine($"| {label} | {time:0.00} s | | | {cpu:0.00} s | | {peak:0} MB | | |");
                    continue;
                }

                var addedTime = time - ConsumerBuild.Median(baseline.Select(r => r.Seconds));
                var addedCpu = cpu - ConsumerBuild.Median(baseline.Select(r => r.CpuSeconds));
                var addedPeak = peak - ConsumerBuild.Median(baseline.Select(r => r.PeakMb));
                Console.WriteLine($"| {label} | {time:0.00} s | {addedTime:0.00} s | {addedTime / megabytes:0.000} s | {cpu:0.00} s | {addedCpu / megabytes:0.000} s | {peak:0} MB | {addedPeak:0} MB | {addedPeak / megabytes:0.0} MB |");
            }

            Console.WriteLine();
            return 0;
        }

        /// <summary>
        /// What the generator declares per paper, without what it carries: a property that reads the catalog by index
        /// and a constant in the nested <c>Titles</c> class, split over <see cref="Files"/> partial-class files marked
        /// as generated (analyzers treat them as they treat the generator's output), and the one field every property
        /// reads. Each title is distinct, as real titles are, so the compiler cannot share their blobs.
        /// </summary>
        private static void WriteMemberShape(string directory, int papers, int titleLength)
        {
            for (var file = 0; file < Files; file++)
            {
                var source = new StringBuilder();
                source.Append("// <auto-generated/>\n#nullable enable\n\nnamespace Bench\n{\n    public static partial class Archive\n    {\n");
                var first = (int)((long)papers * file / Files);
                var end = (int)((long)papers * (file + 1) / Files);
                for (var i = first; i < end; i++)
                {
                    source.Append(CultureInfo.InvariantCulture, $"        public static global::PaperGen.Paper P{i} => __PaperGenData.Catalog[{i}];\n");
                }

                source.Append("\n        public static partial class Titles\n        {\n");
                for (var i = first; i < end; i++)
                {
                    source.Append(CultureInfo.InvariantCulture, $"            public const string T{i} = \"{Title(i, titleLength)}\";\n");
                }

                source.Append("        }\n");
                if (file == 0)
                {
                    source.Append("\n        private static partial class __PaperGenData\n        {\n            internal static readonly global::PaperGen.PaperCatalog Catalog = null!;\n        }\n");
                }

                source.Append("    }\n}\n");
                File.WriteAllText(Path.Combine(directory, "Archive.Floor" + file.ToString(CultureInfo.InvariantCulture) + ".g.cs"), source.ToString());
            }
        }

        private static string Title(int index, int length)
        {
            const string Filler = " of a typical length for a paper title on the daily papers page";
            var title = new StringBuilder("Title ").Append(index.ToString(CultureInfo.InvariantCulture));
            while (title.Length < length)
            {
                title.Append(Filler, 0, Math.Min(Filler.Length, length - title.Length));
            }

            return title.ToString();
        }
    }
}
