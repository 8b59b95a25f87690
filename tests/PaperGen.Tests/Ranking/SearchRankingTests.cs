using System.Collections.Generic;
using System.Linq;
using PaperGen.Tests.Coverage;
using Xunit;

namespace PaperGen.Tests.Ranking
{
    /// <summary>
    /// Search's documented order (every query word must occur; BM25F with the title weighing five times the
    /// abstract, rarer words counting more; equal scores in file order), on a catalog built in memory and on one
    /// compiled by the generator. The expected orders differ from file order, and the ties are too many for an
    /// unstable sort to keep by luck.
    /// </summary>
    public class SearchRankingTests : IClassFixture<SearchRankingTests.CompiledCatalogs>
    {
        private readonly CompiledCatalogs _compiled;

        public SearchRankingTests(CompiledCatalogs compiled) => _compiled = compiled;

        public static IEnumerable<object[]> Kinds() => new[] { new object[] { "in-memory" }, new object[] { "compiled" } };

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Search_puts_papers_with_more_query_words_in_the_title_first_whatever_their_file_order(string kind)
        {
            var catalog = kind == "compiled" ? _compiled.Small : RankingDump.InMemory(RankingDump.Small);

            var hits = catalog.Search("sparse probe").Select(p => p.Title);

            Assert.Equal(RankingDump.SmallExpected, hits);
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Search_keeps_file_order_among_many_papers_with_the_same_title_hits(string kind)
        {
            var catalog = kind == "compiled" ? _compiled.Many : RankingDump.InMemory(RankingDump.Many());

            var hits = catalog.Search(RankingDump.TieQuery).Select(p => p.Title).ToList();

            Assert.Equal(45, hits.Count);
            Assert.Equal(RankingDump.ManyExpected(), hits);
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Search_ranks_a_title_with_a_rare_query_word_above_one_with_a_common_word(string kind)
        {
            var catalog = kind == "compiled" ? _compiled.Rarity : RankingDump.InMemory(RankingDump.Rarity);

            var hits = catalog.Search("sparse probe ").Select(p => p.Title);

            Assert.Equal(new[] { "Probe Models Study", "Sparse Models Study" }, hits);
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Search_leaves_out_papers_missing_any_query_word(string kind)
        {
            var catalog = kind == "compiled" ? _compiled.Many : RankingDump.InMemory(RankingDump.Many());

            var hits = catalog.Search("SPARSE dictionaries probe");

            Assert.Empty(hits);
            Assert.Equal(15, catalog.Search("sparse dictionaries").Count);
        }

        /// <summary>The ranking dumps compiled once by the generator, for net8.0 at the latest C# (compiled data).</summary>
        public sealed class CompiledCatalogs
        {
            public CompiledCatalogs()
            {
                var run = GeneratorProbe.Run(
                    GeneratorProbe.Dump("/project/papers/small.txt", RankingDump.Text(RankingDump.Small), className: "SmallRanking"),
                    GeneratorProbe.Dump("/project/papers/many.txt", RankingDump.Text(RankingDump.Many()), className: "ManyRanking"),
                    GeneratorProbe.Dump("/project/papers/rarity.txt", RankingDump.Text(RankingDump.Rarity), className: "RarityRanking"));
                Assert.Empty(run.GeneratorDiagnostics);
                Assert.Empty(run.CompilationErrorsAndWarnings);
                Assert.All(run.Result.GeneratedSources, s => Assert.Contains("FromCompiled", s.SourceText.ToString()));
                Small = run.Catalog("Probe.SmallRanking");
                Many = run.Catalog("Probe.ManyRanking");
                Rarity = run.Catalog("Probe.RarityRanking");
            }

            public PaperCatalog Small { get; }

            public PaperCatalog Many { get; }

            public PaperCatalog Rarity { get; }
        }
    }
}
