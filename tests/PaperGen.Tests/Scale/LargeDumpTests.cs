using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Testing;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Scale
{
    public class LargeDumpTests : IClassFixture<LargeDumpFixture>
    {
        private readonly LargeDumpFixture _dump;

        public LargeDumpTests(LargeDumpFixture dump) => _dump = dump;

        [Fact]
        public void Twenty_thousand_papers_compile_without_diagnostics_into_several_files()
        {
            Assert.Empty(_dump.Run.GeneratorDiagnostics);
            Assert.Empty(_dump.Run.CompilationDiagnostics);
            Assert.Equal(LargeDumpFixture.PaperCount / 2000, _dump.Run.Result.GeneratedSources.Length);
            Assert.Contains("FromCompiledConstants(", _dump.Run.Result.GeneratedSources[0].SourceText.ToString());
        }

        [Fact]
        public void Every_title_and_abstract_reads_back_exactly()
        {
            Assert.Equal(_dump.Papers.Count, _dump.Catalog.Count);
            for (var i = 0; i < _dump.Papers.Count; i++)
            {
                Assert.Equal(_dump.Papers[i].Title, _dump.Catalog[i].Title);
                Assert.Equal(_dump.Papers[i].Abstract, _dump.Catalog[i].Abstract);
                Assert.Equal("archive.txt", _dump.Catalog[i].SourceFile);
                Assert.Equal(13 + (4 * i), _dump.Catalog[i].SourceLine);
            }

            Assert.Equal(_dump.Papers.Select(p => p.Title), _dump.Catalog.All.Select(p => p.Title));
        }

        [Fact]
        public void Generated_properties_return_the_catalog_papers()
        {
            var type = _dump.Run.Load().GetType("TestApp.Archive", throwOnError: true)!;
            var last = _dump.Catalog[LargeDumpFixture.PaperCount - 1];
            var property = type.GetProperty(last.Identifier)!;
            Assert.Same(last, property.GetValue(null));
            var constant = type.GetNestedType("Titles")!.GetField(last.Identifier)!;
            Assert.Equal(last.Title, constant.GetRawConstantValue());
        }

        [Fact]
        public void Exact_and_tolerant_lookups_find_every_paper()
        {
            foreach (var expected in _dump.Papers)
            {
                Assert.True(_dump.Catalog.TryGetByTitle(expected.Title, out var paper), expected.Title);
                Assert.Equal(expected.Title, paper!.Title);
                Assert.Same(paper, _dump.Catalog.Find(expected.Title));
                Assert.Same(paper, _dump.Catalog.Find("  " + expected.Title.ToUpperInvariant().Replace(" ", "  ") + "!"));
            }
        }

        [Fact]
        public void Absent_titles_miss()
        {
            foreach (var expected in _dump.Papers.Take(2000))
            {
                Assert.False(_dump.Catalog.TryGetByTitle(expected.Title + " ", out _));
                Assert.False(_dump.Catalog.TryGetByTitle(expected.Title.ToLowerInvariant() == expected.Title ? expected.Title + "x" : expected.Title.ToLowerInvariant(), out _));
                Assert.Null(_dump.Catalog.Find(expected.Title + " revisited"));
            }

            Assert.Null(_dump.Catalog.Find(string.Empty));
            Assert.Null(_dump.Catalog.Find("!!!"));
            Assert.False(_dump.Catalog.TryGetByTitle(string.Empty, out _));
        }

        [Fact]
        public void Search_reads_every_paper()
        {
            var monets = _dump.Catalog.Search("monosemantic experts");
            Assert.NotEmpty(monets);
            Assert.All(monets, p => Assert.Contains("monosemantic", (p.Title + " " + p.Abstract).ToLowerInvariant()));
        }
    }

    public class ScaleLimitTests
    {
        [Fact]
        public void A_cancelled_run_throws_and_generates_nothing()
        {
            var dump = new DumpFile("/project/papers/archive.txt", SyntheticDump.Create(3000, seed: 5));
            var compilation = GeneratorHarness.CreateCompilation(TargetSet.Net80, LanguageVersion.Latest, GeneratorHarness.DefaultUserSource);
            var driver = GeneratorHarness.CreateDriver(new[] { dump }, compilation.SyntaxTrees.First().Options, "TestApp", out _);
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _, cancellation.Token));
            Assert.Empty(driver.GetRunResult().GeneratedTrees);
        }

        [Fact]
        public void Fallback_literals_compile_and_read_back_at_CSharp_7_3()
        {
            var papers = SyntheticDump.Papers(1200, seed: 6);
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/old.txt", SyntheticDump.Text(papers), ClassName: "Old"), TargetSet.Net80, LanguageVersion.CSharp7_3);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            Assert.DoesNotContain("\"u8", run.Source, StringComparison.Ordinal);
            Assert.Contains("Create4(papers);", run.Source);
            var catalog = (PaperCatalog)run.ReadStatic("TestApp.Old", "Catalog")!;
            Assert.Equal(papers.Select(p => p.Title), catalog.Select(p => p.Title));
            Assert.Equal(papers.Select(p => p.Abstract), catalog.Select(p => p.Abstract));
            Assert.True(catalog.TryGetByTitle(papers[1199].Title, out _));
        }

        [Fact]
        public void Synthetic_dumps_are_deterministic_and_in_range()
        {
            var papers = SyntheticDump.Papers(500, seed: 9);
            Assert.Equal(papers, SyntheticDump.Papers(500, seed: 9));
            Assert.All(papers, p =>
            {
                Assert.InRange(p.Title.Length, SyntheticDump.MinTitleLength, SyntheticDump.MaxTitleLength);
                Assert.InRange(p.Abstract.Length, SyntheticDump.MinAbstractLength, SyntheticDump.MaxAbstractLength);
                Assert.EndsWith(".", p.Abstract, StringComparison.Ordinal);
            });
            Assert.Contains(papers, p => p.Title.Any(c => c > 0x3000));
            Assert.Contains(papers, p => p.Title.Any(c => c is >= 'α' and <= 'ω'));
            Assert.Equal(papers.Count, papers.Select(p => p.Title).Distinct().Count());
        }
    }
}
