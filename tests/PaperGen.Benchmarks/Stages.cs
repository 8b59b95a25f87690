using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Emit;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Planning;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// <c>stages [papers]</c>: the generator's own steps timed one by one on a synthetic dump (text check and
    /// lines, unwrap, normalise, page kind, classify, the page's reader, catalog, plan, emit), to find which step a
    /// slowdown in <see cref="GeneratorBenchmarks"/> comes from. Best of five rounds, after a warm-up.
    /// </summary>
    internal static class Stages
    {
        private static readonly string[] Names = { "lines", "unwrap", "normalise", "kind", "classify", "reader", "catalog", "plan", "emit" };

        public static int Run(string[] args)
        {
            // "shipped" is the 54-paper dump; a third argument repeats every step that many times (for a profiler).
            var shipped = args.Length > 1 && args[1] == "shipped";
            var papers = shipped ? 54 : args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
            var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 6;
            var raw = shipped ? Compilations.ShippedDump : SyntheticDump.Create(papers);
            var text = SourceText.From(raw);
            Console.WriteLine($"{papers:N0} papers, {Encoding.UTF8.GetByteCount(text.ToString()) / 1e6:0.0} MB");
            var best = Enumerable.Repeat(double.MaxValue, Names.Length).ToArray();
            Allocated = new long[Names.Length];
            for (var round = 0; round < rounds; round++)
            {
                var times = Once(text);
                if (round == 0)
                {
                    Console.WriteLine("first round: " + string.Join(", ", Names.Select((n, i) => $"{n} {times[i]:0} ms")) + $"; total {times.Sum():0} ms");
                }
                for (var i = 0; i < times.Length && round > 0; i++)
                {
                    best[i] = Math.Min(best[i], times[i]);
                }
            }

            Console.WriteLine(string.Join(", ", Names.Select((n, i) => $"{n} {best[i]:0} ms")) + $"; total {best.Sum():0} ms");
            Console.WriteLine($"emitted {EmittedChars / 1e6:0.0} M chars");
            Console.WriteLine("allocated: " + string.Join(", ", Names.Select((n, i) => $"{n} {Allocated[i] / 1e6:0} MB")) + $"; total {Allocated.Sum() / 1e6:0} MB");
            // Of the plan step: the search index alone (issue 12), best of five.
            var model = CatalogBuilder.Build("/dump.txt", DumpParser.Parse(text, "/dump.txt", CancellationToken.None), new DumpOptions("Papers", "Bench", true, default));
            var indexBest = double.MaxValue;
            for (var round = 0; round < Math.Max(5, rounds); round++)
            {
                var w = Stopwatch.StartNew();
                SearchIndexEncoder.Encode(model.Papers, CancellationToken.None);
                indexBest = Math.Min(indexBest, w.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"of the plan, the search index: {indexBest:0.00} ms");
            var driverBest = double.MaxValue;
            for (var round = 0; round < Math.Max(5, rounds); round++)
            {
                var compilation = Compilations.Create();
                var driver = Compilations.Driver(raw);
                var w = Stopwatch.StartNew();
                driver.RunGenerators(compilation);
                driverBest = Math.Min(driverBest, w.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"DriverBest {driverBest:0} ms");
            return 0;
        }

        private static long[] Allocated = Array.Empty<long>();
        private static long EmittedChars;

        private static double[] Once(SourceText text)
        {
            const string path = "/dump.txt";
            var times = new double[Names.Length];
            var watch = Stopwatch.StartNew();
            var step = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            void Lap()
            {
                Allocated[step] = GC.GetAllocatedBytesForCurrentThread() - allocated;
                times[step++] = watch.Elapsed.TotalMilliseconds;
                allocated = GC.GetAllocatedBytesForCurrentThread();
                watch.Restart();
            }

            var progress = new ParseProgress(CancellationToken.None);
            var result = new ParsedDump();
            TextCheck.IsText(text, path, result, progress);
            var lines = LineReader.Read(text, path, result, progress);
            Lap();
            var hints = CaptureWrapper.Unwrap(lines, progress);
            Lap();
            var page = MarkupNormalizer.Normalise(lines, progress);
            Lap();
            var kind = PageKindDetector.Tell(page, hints, progress);
            Lap();
            LineClassifier.Classify(page, kind, result, progress);
            Lap();
            var read = kind switch
            {
                PageKind.PaperPage => PaperPageReader.Read(page, hints, text, path, result, progress),
                PageKind.MarkdownListing => MarkdownLayoutReader.Read(page, text, path, result, progress),
                _ => PlainLayoutReader.Read(page, text, path, result, progress),
            };
            result.Papers.AddRange(RepeatedCards.Collapse(read, kind));
            Lap();
            var model = CatalogBuilder.Build(path, result, new DumpOptions("Papers", "Bench", true, default));
            Lap();
            var plan = EmitPlanner.Plan(DumpToEmit.From(model), new TargetLanguage(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest) { HasCompiledDataApi = true, HasConstantDataApi = true }, EmitLimits.Default, "1.0.0", CancellationToken.None);
            Lap();
            var chars = CatalogEmitter.EmitFiles(plan, "1.0.0").Sum(f => (long)f.Text.Length);
            Lap();
            EmittedChars = chars;
            return times;
        }
    }
}
