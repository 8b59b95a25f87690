using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// <c>shape [papers] [rounds]</c>: what each part of the generated source costs the compiler (issue 12). The
    /// generator's output for N synthetic papers is compiled in memory (parse, bind, emit) as generated and with
    /// parts taken out, with documentation parsed as a command-line build does (not at all): the differences are
    /// what the per-paper properties, the title constants, the documentation and the nullable context cost.
    /// One untimed compile first takes the JIT of the compiler itself out of the numbers.
    /// </summary>
    internal static class SourceShape
    {
        public static int Run(string[] args)
        {
            var papers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
            var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
            var dump = SyntheticDump.Create(papers);
            var generated = Generate(dump, abstractDocs: null);
            var wholeAbstracts = Generate(dump, abstractDocs: "Full");
            Console.WriteLine($"{papers:N0} papers: {generated.Count} generated files, {generated.Sum(g => g.Length) / 1e6:0.0} M characters ({wholeAbstracts.Sum(g => g.Length) / 1e6:0.0} M with whole abstracts)");

            Func<string, string> noDocs = s => Regex.Replace(s, @"^\s*///.*\n", string.Empty, RegexOptions.Multiline);
            Func<string, string> noTitles = s => Regex.Replace(s, @"^\s*public const string .*\n", string.Empty, RegexOptions.Multiline);
            Func<string, string> noProperties = s => Regex.Replace(s, @"^\s*public static global::PaperGen.Paper .*\n", string.Empty, RegexOptions.Multiline);
            var variants = new Dictionary<string, Func<string, string>>
            {
                ["as generated"] = s => s,
                ["whole abstracts (PaperGenAbstractDocs=Full)"] = s => s,
                ["#nullable enable annotations"] = s => s.Replace("#nullable enable", "#nullable enable annotations"),
                ["#nullable disable"] = s => s.Replace("#nullable enable", "#nullable disable"),
                ["no remarks"] = s => Regex.Replace(s, @"        /// <remarks>\n(        ///.*\n)*?        /// </remarks>\n", string.Empty),
                ["no documentation"] = noDocs,
                ["no docs, no titles"] = s => noTitles(noDocs(s)),
                ["no docs, no properties"] = s => noProperties(noDocs(s)),
                ["data only"] = s => noTitles(noProperties(noDocs(s))),
            };
            // The compiler's own JIT would otherwise land on whichever variant runs first.
            Compile(generated, DocumentationMode.None);
            Console.WriteLine($"| source (median of {rounds}) | characters | compiler CPU | wall | allocated | allocated, documentation parsed as an editor does |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, change) in variants)
            {
                var sources = (name.StartsWith("whole", StringComparison.Ordinal) ? wholeAbstracts : generated).Select(change).ToList();
                var results = Enumerable.Range(0, rounds).Select(_ => Compile(sources, DocumentationMode.None)).ToList();
                var editor = Compile(sources, DocumentationMode.Parse);
                Console.WriteLine($"| {name} | {sources.Sum(s => s.Length) / 1e6:0.0} M | {ConsumerBuild.Median(results.Select(r => r.Cpu)):0.00} s | {ConsumerBuild.Median(results.Select(r => r.Wall)):0.00} s | {ConsumerBuild.Median(results.Select(r => r.Mb)):0} MB | {editor.Mb:0} MB |");
            }

            return 0;
        }

        private static List<string> Generate(string dump, string? abstractDocs)
            => Compilations.Driver(new[] { Compilations.Dump("archive.txt", dump) }, abstractDocs: abstractDocs).RunGenerators(Compilations.Create()).GetRunResult()
                .GeneratedTrees.Select(t => t.GetText().ToString()).ToList();

        private static (double Cpu, double Mb, double Wall) Compile(List<string> sources, DocumentationMode mode)
        {
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var options = new CSharpParseOptions(LanguageVersion.Latest, mode);
            var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: $"/bench/G{i}.g.cs")).ToList();
            var compilation = Compilations.Create().AddSyntaxTrees(trees);
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
            }

            return ((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6, wall.Elapsed.TotalSeconds);
        }
    }
}
