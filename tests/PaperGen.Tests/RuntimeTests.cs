using System.Linq;
using PaperGen.Datasets;
using Xunit;

namespace PaperGen.Tests
{
    public class RuntimeTests
    {
        private static readonly PaperCatalog Catalog = new(new[]
        {
            NewPaper("Sparse Autoencoders Find Features", "We train dictionaries on activations."),
            NewPaper("Monet: Mixture of Monosemantic Experts", "Experts that are sparse and monosemantic."),
            NewPaper("Café Neurons", "A study of neurons that respond to coffee shops."),
            NewPaper("Attention Heads", "Sparse attention features in transformers."),
        }, "test.txt", "Aug 6");

        [Fact]
        public void TryGetByTitle_finds_an_exact_title()
        {
            Assert.True(Catalog.TryGetByTitle("Attention Heads", out var paper));
            Assert.Equal("Attention Heads", paper!.Title);
        }

        [Theory]
        [InlineData("attention heads")]
        [InlineData("Attention  Heads")]
        [InlineData("Attention Heads ")]
        [InlineData("Nothing Like It")]
        public void TryGetByTitle_is_ordinal_and_misses_anything_else(string title)
        {
            Assert.False(Catalog.TryGetByTitle(title, out var paper));
            Assert.Null(paper);
        }

        [Theory]
        [InlineData("monet mixture of monosemantic experts")]
        [InlineData("  Monet -- Mixture of   Monosemantic Experts!")]
        [InlineData("MONET: MIXTURE OF MONOSEMANTIC EXPERTS")]
        [InlineData("Ｍｏｎｅｔ: Mixture of Monosemantic Experts")]
        public void Find_tolerates_case_whitespace_punctuation_and_width(string query)
        {
            Assert.Equal("Monet: Mixture of Monosemantic Experts", Catalog.Find(query)?.Title);
        }

        [Fact]
        public void Find_tolerates_decomposed_and_composed_accents()
        {
            Assert.Equal("Café Neurons", Catalog.Find("Cafe\u0301 neurons")?.Title);
        }

        [Theory]
        [InlineData("Monet Mixture")]
        [InlineData("")]
        [InlineData("!!!")]
        public void Find_returns_null_when_no_title_fits(string query)
        {
            Assert.Null(Catalog.Find(query));
        }

        [Fact]
        public void Search_requires_every_word_and_ranks_title_matches_first()
        {
            var hits = Catalog.Search("sparse features");

            // "Sparse Autoencoders Find Features" has both words in its title; "Attention Heads" only in its
            // abstract; Monet has "sparse" but not "features".
            Assert.Equal(new[] { "Sparse Autoencoders Find Features", "Attention Heads" }, hits.Select(p => p.Title));
        }

        [Fact]
        public void Search_ranks_the_title_match_first_then_the_shorter_abstract()
        {
            var hits = Catalog.Search("SPARSE");

            // BM25F: one mention counts more in a shorter field (5 abstract words against Monet's 6).
            Assert.Equal(new[] { "Sparse Autoencoders Find Features", "Attention Heads", "Monet: Mixture of Monosemantic Experts" }, hits.Select(p => p.Title));
        }

        [Theory]
        [InlineData("quantum gravity")]
        [InlineData("")]
        [InlineData("   ,, ")]
        public void Search_returns_nothing_for_misses_and_empty_queries(string query)
        {
            Assert.Empty(Catalog.Search(query));
        }

        [Fact]
        public void Catalog_keeps_file_order_source_and_listing_date()
        {
            Assert.Equal(4, Catalog.Count);
            Assert.Equal("Café Neurons", Catalog[2].Title);
            Assert.Equal(Catalog.All, Catalog.ToList());
            Assert.Equal(("test.txt", "Aug 6"), (Catalog.SourceFile, Catalog.ListingDate));
        }

        [Fact]
        public void DailyPapers_dataset_has_the_54_shipped_papers_compiled_in()
        {
            Assert.Equal(54, DailyPapers.All.Count);
            Assert.Equal("Aug 6", DailyPapers.Catalog.ListingDate);
            Assert.Same(DailyPapers.Monet, DailyPapers.Catalog.Find("monet: mixture of monosemantic experts for transformers"));
            Assert.Equal(DailyPapers.Titles.Monet, DailyPapers.Monet.Title);
            Assert.Equal("Interpreting Attention Layer Outputs with Sparse Autoencoders", DailyPapers.Catalog.Search("sparse autoencoders")[0].Title);
        }

        [Fact]
        public void DailyPapers_titles_are_constants_usable_in_attributes()
        {
            var attribute = (System.ComponentModel.DescriptionAttribute)typeof(RuntimeTests).GetMethod(nameof(Cites), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!
                .GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false).Single();

            Assert.Equal("Monet: Mixture of Monosemantic Experts for Transformers", attribute.Description);
        }

        [System.ComponentModel.Description(DailyPapers.Titles.Monet)]
        internal static void Cites()
        {
        }

        private static Paper NewPaper(string title, string @abstract) => new("Id", title, @abstract, "test.txt", 1);
    }
}
