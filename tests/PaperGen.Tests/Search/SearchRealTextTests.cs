using System;
using System.Collections.Generic;
using System.Linq;
using PaperGen.Tests.Ranking;
using Xunit;

namespace PaperGen.Tests.Search
{
    /// <summary>
    /// Search on papers of real text (<see cref="Testing.RealTextDump"/>): words at real frequencies, titles that
    /// repeat abstract words, so the postings have skip tables and the best-few search passes blocks by their score
    /// bounds. The order is checked against BM25F restated here from Search's documentation.
    /// </summary>
    public class SearchRealTextTests
    {
        private const int Papers = 700;

        private static readonly string[] Queries =
        {
            "language models ", "sparse autoencoders ", "neural network ", "the ", "interpretability ",
            "sparse autoencoders language models features ", "we the of ",
        };

        private static readonly Lazy<(PaperCatalog Catalog, List<(string Title, string Abstract)> Papers)> RealText = new(() =>
        {
            var papers = Testing.RealTextDump.Papers(Papers, seed: 3).Select(p => (p.Title, p.Abstract)).ToList();
            return (RankingDump.InMemory(papers), papers);
        });

        public static IEnumerable<object[]> All() => Queries.Select(q => new object[] { q });

        [Theory]
        [MemberData(nameof(All))]
        public void Papers_come_in_descending_BM25F_score_and_every_paper_with_the_words_is_found(string query)
        {
            var (catalog, papers) = RealText.Value;

            AssertFoundInDescendingBm25F(catalog, papers, query);
        }

        /// <summary>The catalog finds exactly the papers with the query's words, in descending <see cref="Bm25F"/> score.</summary>
        internal static void AssertFoundInDescendingBm25F(PaperCatalog catalog, List<(string Title, string Abstract)> papers, string query)
        {
            var expected = Bm25F(papers, query);

            var found = catalog.Search(query).Select(p => p.Title).ToList();

            Assert.Equal(expected.Keys.OrderBy(t => t, StringComparer.Ordinal), found.OrderBy(t => t, StringComparer.Ordinal));
            for (var i = 1; i < found.Count; i++)
            {
                Assert.True(expected[found[i - 1]] >= expected[found[i]] * (1 - 1e-6), $"'{found[i - 1]}' ({expected[found[i - 1]]}) ranks above '{found[i]}' ({expected[found[i]]})");
            }
        }

        [Theory]
        [MemberData(nameof(All))]
        public void The_best_few_are_the_first_of_all_results_when_blocks_are_passed_by_their_bounds(string query)
        {
            AssertBestFewAreFirstOfAll(RealText.Value.Catalog, query, 1, 2, 3, 10, 50, 200);
        }

        /// <summary><c>Search(query, limit)</c> returns the first <c>limit</c> of <c>Search(query)</c>, in order.</summary>
        internal static void AssertBestFewAreFirstOfAll(PaperCatalog catalog, string query, params int[] limits)
        {
            var all = catalog.Search(query).Select(p => p.Title).ToList();
            foreach (var limit in limits)
            {
                Assert.Equal(all.Take(limit), catalog.Search(query, limit).Select(p => p.Title));
            }
        }

        // Per matching paper its score: the sum over query words w of idf(w) · t / (k1 + t), t = 5 · tfTitle / normTitle
        // + tfAbstract / normAbstract, norm = 0.25 + 0.75 · length / mean (the index keeps means in 64ths of a word).
        private static Dictionary<string, double> Bm25F(List<(string Title, string Abstract)> papers, string query)
        {
            var titles = papers.Select(p => SearchRankingPropertyTests.Words(p.Title)).ToList();
            var abstracts = papers.Select(p => SearchRankingPropertyTests.Words(p.Abstract)).ToList();
            var meanTitle = Math.Floor(titles.Sum(t => (long)t.Count) * 64.0 / papers.Count) / 64;
            var meanAbstract = Math.Floor(abstracts.Sum(a => (long)a.Count) * 64.0 / papers.Count) / 64;
            var words = SearchRankingPropertyTests.Words(query);
            var frequencies = words.Select(word => Enumerable.Range(0, papers.Count).Count(j => titles[j].Contains(word) || abstracts[j].Contains(word))).ToList();
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < papers.Count; i++)
            {
                var score = 0.0;
                var all = true;
                for (var q = 0; q < words.Count; q++)
                {
                    var (word, df) = (words[q], frequencies[q]);
                    var inTitle = titles[i].Count(w => w == word);
                    var inAbstract = abstracts[i].Count(w => w == word);
                    all &= inTitle + inAbstract > 0;
                    var t = (5.0 * inTitle / (0.25 + (0.75 * titles[i].Count / meanTitle))) + (inAbstract / (0.25 + (0.75 * abstracts[i].Count / meanAbstract)));
                    score += Math.Log(1 + ((papers.Count - df + 0.5) / (df + 0.5))) * t / (1.2 + t);
                }

                if (all)
                {
                    scores.Add(papers[i].Title, score);
                }
            }

            return scores;
        }
    }
}
