using System.Linq;
using Xunit;

namespace PaperGen.Tests.Search
{
    /// <summary>Which papers a query finds: whole folded words, a prefix on the last word, phrases; on both catalogs.</summary>
    public class SearchMatchingTests : IClassFixture<CompiledSearchCatalogs>
    {
        private readonly CompiledSearchCatalogs _catalogs;

        public SearchMatchingTests(CompiledSearchCatalogs catalogs) => _catalogs = catalogs;

        public static System.Collections.Generic.IEnumerable<object[]> Kinds() => CompiledSearchCatalogs.Kinds();

        [Theory]
        [MemberData(nameof(Kinds))]
        public void RL_matches_the_word_rl_and_not_words_that_contain_it(string kind)
        {
            var catalog = _catalogs.Catalog(kind);

            Assert.Equal(new[] { "RL from Human Feedback" }, Titles(catalog.Search("RL")));
            Assert.Equal(new[] { "RL from Human Feedback" }, Titles(catalog.Search("rl ")));
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void A_singular_word_finds_its_plural_and_the_plural_finds_the_singular(string kind)
        {
            var catalog = _catalogs.Catalog(kind);

            Assert.Contains("Sparse Autoencoders Find Features", Titles(catalog.Search("autoencoder ")));
            Assert.Contains("Autoencoder Baselines", Titles(catalog.Search("autoencoders ")));
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void The_last_word_matches_as_a_prefix_unless_the_query_ends_with_a_space(string kind)
        {
            var catalog = _catalogs.Catalog(kind);

            Assert.Equal(new[] { "Mechanistic interpretability of language models" }, Titles(catalog.Search("mechanistic interp")));
            Assert.Empty(catalog.Search("mechanistic interp "));
            Assert.Empty(catalog.Search("interp mechanistic"));
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void A_quoted_phrase_needs_its_words_next_to_each_other_in_order(string kind)
        {
            var catalog = _catalogs.Catalog(kind);

            Assert.Equal(new[] { "Mechanistic interpretability of language models" }, Titles(catalog.Search("\"mechanistic circuits\"")));
            Assert.Empty(catalog.Search("\"circuits mechanistic\""));
            Assert.Empty(catalog.Search("\"mechanistic models\""));
            Assert.Single(catalog.Search("mechanistic models"));
            Assert.Equal(new[] { "Probing Language Models", "Mechanistic interpretability of language models", "Monet: Mixture of Monosemantic Experts for Transformers" }.OrderBy(t => t), Titles(catalog.Search("\"language models\"")).OrderBy(t => t));
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void An_unclosed_quote_is_a_phrase_to_the_end_and_its_last_word_a_prefix(string kind)
        {
            var catalog = _catalogs.Catalog(kind);

            Assert.Equal(new[] { "Attention Is All You Need" }, Titles(catalog.Search("\"all you ne")));
            Assert.Empty(catalog.Search("\"you all ne"));
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Queries_without_words_find_nothing(string kind)
        {
            var catalog = _catalogs.Catalog(kind);

            foreach (var query in new[] { string.Empty, "   ", "?!…", "\"\"", "— / ( )", "\u0301" })
            {
                Assert.Empty(catalog.Search(query));
                Assert.Empty(catalog.Search(query, 5));
            }
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Accents_case_and_width_are_folded_on_both_sides(string kind)
        {
            var catalog = _catalogs.Catalog(kind);

            Assert.Equal(new[] { "Études sur les réseaux" }, Titles(catalog.Search("etudes ")));
            Assert.Equal(new[] { "Études sur les réseaux" }, Titles(catalog.Search("SCHRÖDINGER")));
            Assert.Equal(new[] { "Études sur les réseaux" }, Titles(catalog.Search("schrodinger naive")));
            Assert.Equal(new[] { "ＦＵＬＬ Width Title" }, Titles(catalog.Search("full width title")));
            Assert.Equal(new[] { "ＦＵＬＬ Width Title" }, Titles(catalog.Search("ｔｅｘｔ")));
        }

        [Fact]
        public void Words_longer_than_the_index_keeps_are_not_found_and_do_not_fail()
        {
            var longWord = new string('a', 300);
            var catalog = RankingDumpFor(("Long " + longWord, "Short words " + longWord + " here."));

            Assert.Empty(catalog.Search(longWord));
            Assert.Empty(catalog.Search(new string('é', 200)));
            Assert.Single(catalog.Search("short words"));
        }

        [Fact]
        public void Search_rejects_a_negative_limit()
        {
            Assert.Throws<System.ArgumentOutOfRangeException>(() => SearchDump.InMemory().Search("models", -1));
            Assert.Empty(SearchDump.InMemory().Search("models", 0));
        }

        private static PaperCatalog RankingDumpFor(params (string Title, string Abstract)[] papers) => Ranking.RankingDump.InMemory(papers);

        private static string[] Titles(System.Collections.Generic.IEnumerable<Paper> papers) => papers.Select(p => p.Title).ToArray();
    }
}
