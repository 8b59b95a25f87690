using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using PaperGen.Tests.Properties;
using PaperGen.Tests.Ranking;
using Xunit;

namespace PaperGen.Tests.Search
{
    /// <summary>
    /// The order Search returns: BM25F with the title above the abstract; the same answers from a catalog the
    /// generator compiled and one made from papers; Search(q, limit) is the head of Search(q).
    /// </summary>
    public class SearchRankingPropertyTests : IClassFixture<CompiledSearchCatalogs>
    {
        private static readonly string[] Vocabulary =
        {
            "sparse", "autoencoders", "language", "models", "attention", "neural", "network", "mechanistic", "latent",
            "diffusion", "étude", "über", "schrödinger", "αβ", "多模态", "monet", "model", "the", "of", "zzz",
        };

        private readonly CompiledSearchCatalogs _catalogs;

        public SearchRankingPropertyTests(CompiledSearchCatalogs catalogs) => _catalogs = catalogs;

        public static IEnumerable<object[]> Kinds() => CompiledSearchCatalogs.Kinds();

        [Theory]
        [MemberData(nameof(Kinds))]
        public void A_title_match_outranks_a_paper_that_says_the_word_four_times_in_its_abstract(string kind)
        {
            var hits = _catalogs.Catalog(kind).Search("autoencoder ").Select(p => p.Title).ToList();

            Assert.Equal(3, hits.Count);
            Assert.Equal("Probing Language Models", hits[2]);
        }

        [Fact]
        public void Compiled_and_in_memory_catalogs_return_the_same_papers_in_the_same_order_for_any_query()
        {
            var inMemory = RankingDump.InMemory(_catalogs.SyntheticPapersInFileOrder);
            var compiled = _catalogs.Synthetic;
            PropertyRunner.ForAll(Queries, PropertyRunner.Scaled(300), (query, _) =>
            {
                var expected = inMemory.Search(query).Select(p => p.Title).ToList();
                Assert.Equal(expected, compiled.Search(query).Select(p => p.Title).ToList());
            });
        }

        [Fact]
        public void Search_with_a_limit_is_the_first_papers_of_the_full_search()
        {
            var catalog = _catalogs.Synthetic;
            PropertyRunner.ForAll(Gen.Select(Queries, Gen.Int[0, 40]), PropertyRunner.Scaled(300), (input, _) =>
            {
                var (query, limit) = input;
                var all = catalog.Search(query).Select(p => p.Title).ToList();
                Assert.Equal(all.Take(limit), catalog.Search(query, limit).Select(p => p.Title));
            });
        }

        [Fact]
        public void Searches_from_many_threads_at_once_get_what_one_thread_gets()
        {
            var catalog = _catalogs.Synthetic;
            var queries = new[] { "sparse autoencoders ", "mon", "\"language models\"", "étude", "neural network attention", "zzz" };
            var expected = queries.Select(q => catalog.Search(q, 25).Select(p => p.Title).ToList()).ToList();

            var results = new List<string>[8 * queries.Length];
            System.Threading.Tasks.Parallel.For(0, results.Length, i => results[i] = catalog.Search(queries[i % queries.Length], 25).Select(p => p.Title).ToList());

            for (var i = 0; i < results.Length; i++)
            {
                Assert.Equal(expected[i % queries.Length], results[i]);
            }
        }

        [Fact]
        public void Every_paper_found_has_every_query_word_as_a_whole_word_and_none_is_missed()
        {
            var catalog = _catalogs.Synthetic;
            var papers = _catalogs.SyntheticPapersInFileOrder;
            var words = papers.Select(p => new HashSet<string>(Words(p.Title).Concat(Words(p.Abstract)))).ToList();
            PropertyRunner.ForAll(Queries, PropertyRunner.Scaled(200), (query, _) =>
            {
                var exact = query + " ";
                var wanted = Words(exact);
                var expected = Enumerable.Range(0, papers.Count).Where(i => wanted.All(words[i].Contains)).Select(i => papers[i].Title).OrderBy(t => t, System.StringComparer.Ordinal);
                Assert.Equal(expected, catalog.Search(exact).Select(p => p.Title).OrderBy(t => t, System.StringComparer.Ordinal));
            });
        }

        // Folded words of text, restated from Search's documentation: runs of letters and digits, lower case,
        // accents dropped, a plural s dropped after 3 or more characters unless after s, u or i ("ies" is "y").
        internal static List<string> Words(string text)
        {
            var words = new List<string>();
            foreach (var run in Regex.Split(text.Normalize(NormalizationForm.FormKC), @"[^\p{L}\p{Nd}\p{Nl}\p{Mn}\p{Mc}\p{No}]+"))
            {
                var word = new string(run.ToLowerInvariant().Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).Normalize(NormalizationForm.FormC);
                if (word.Length >= 5 && word.EndsWith("ies", System.StringComparison.Ordinal))
                {
                    word = word.Substring(0, word.Length - 3) + "y";
                }
                else if (word.Length >= 4 && word[^1] == 's' && word[^2] is >= 'a' and <= 'z' and not 's' and not 'u' and not 'i')
                {
                    word = word.Substring(0, word.Length - 1);
                }

                if (word.Length > 0)
                {
                    words.Add(word);
                }
            }

            return words;
        }

        private static Gen<string> Queries
            => Gen.Select(Gen.Int[0, Vocabulary.Length - 1].Array[1, 4], Gen.Int[0, 3], (picks, ending) =>
                string.Join(" ", picks.Select(p => Vocabulary[p])) + (ending == 0 ? " " : ending == 1 ? "." : string.Empty));
    }
}
