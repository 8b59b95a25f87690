using System.Linq;
using Xunit;

namespace PaperGen.Tests.Search
{
    /// <summary>"Did you mean": typos, swapped letters and left-out words still find the paper; on both catalogs.</summary>
    public class SuggestTests : IClassFixture<CompiledSearchCatalogs>
    {
        private readonly CompiledSearchCatalogs _catalogs;

        public SuggestTests(CompiledSearchCatalogs catalogs) => _catalogs = catalogs;

        public static System.Collections.Generic.IEnumerable<object[]> Kinds() => CompiledSearchCatalogs.Kinds();

        [Theory]
        [MemberData(nameof(Kinds))]
        public void A_misspelt_identifier_suggests_the_paper(string kind)
        {
            var suggestions = _catalogs.Catalog(kind).Suggest("Monnet", 3);

            Assert.Equal("Monet: Mixture of Monosemantic Experts for Transformers", suggestions.First().Title);
        }

        [Theory]
        [InlineData("Attention Is All You Nede")]
        [InlineData("Atetntion is all you need")]
        [InlineData("attention all need")]
        [InlineData("all you need attention")]
        [InlineData("atention all need")]
        public void Typos_swaps_and_missing_words_suggest_the_title(string typed)
        {
            foreach (var kind in new[] { "in-memory", "compiled" })
            {
                var suggestions = _catalogs.Catalog(kind).Suggest(typed, 2);

                Assert.Equal("Attention Is All You Need", suggestions.First().Title);
            }
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Text_without_letters_or_far_from_every_title_suggests_nothing(string kind)
        {
            var catalog = _catalogs.Catalog(kind);

            Assert.Empty(catalog.Suggest(string.Empty, 5));
            Assert.Empty(catalog.Suggest("?!", 5));
            Assert.Empty(catalog.Suggest("quantum chromodynamics", 5));
            Assert.Empty(catalog.Suggest("Monnet", 0));
        }

        [Fact]
        public void Suggestions_are_at_most_max_titles_with_fewer_words_left_over_first()
        {
            var suggestions = SearchDump.InMemory().Suggest("models", 2);

            Assert.Equal(new[] { "Probing Language Models", "World Models for Planning" }, suggestions.Select(p => p.Title));
        }
    }
}
