using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PaperGen.Tests.Ranking;
using Xunit;

namespace PaperGen.Tests.Search
{
    /// <summary>
    /// Postings around the edges of their blocks of 32 papers: words in 31, 32 and 33 papers (no skip table, the
    /// largest list without one, the smallest with one and a last block of one paper), 64 and 65, one in every third
    /// paper, and two with gaps of hundreds of papers (entries of three characters), at 2,000 papers; each word once,
    /// twice, four times or in the title. Every pair and a triple are searched whole and for the best few, against
    /// BM25F restated in <see cref="SearchRealTextTests"/>, and a prefix of two words with skip tables.
    /// </summary>
    public class SearchBlockBoundaryTests
    {
        private const int Papers = 2_000;

        private static readonly (string Word, int Frequency)[] Words =
        {
            ("ember", 31), ("fjord", 32), ("glade", 33), ("heron", 64), ("inland", 33), ("inlet", 65), ("kayak", 667), ("lagoon", 4), ("mesa", 40),
        };

        private static readonly Lazy<(PaperCatalog Catalog, List<(string Title, string Abstract)> Papers)> Dump = new(() =>
        {
            var random = new Random(12);
            var titles = Enumerable.Range(0, Papers).Select(i => new StringBuilder("Report " + i.ToString(CultureInfo.InvariantCulture))).ToList();
            var abstracts = Enumerable.Range(0, Papers).Select(_ => new StringBuilder("Notes on the survey of the coast.")).ToList();
            foreach (var (word, frequency) in Words)
            {
                // Gaps of 256 papers or more take three characters: lagoon's between all its papers, mesa's inside its skip table.
                var chosen = word switch
                {
                    "kayak" => Enumerable.Range(0, Papers).Where(i => i % 3 == 0),
                    "lagoon" => new[] { 5, 700, 1_400, 1_999 },
                    "mesa" => Enumerable.Range(0, 20).Concat(Enumerable.Range(1_500, 20)),
                    _ => Enumerable.Range(0, Papers).OrderBy(_ => random.Next()).Take(frequency),
                };
                foreach (var paper in chosen)
                {
                    switch (random.Next(4))
                    {
                        case 0:
                            abstracts[paper].Append(' ').Append(word);
                            break;
                        case 1:
                            abstracts[paper].Append(' ').Append(word).Append(" and ").Append(word);
                            break;
                        case 2:
                            abstracts[paper].Append(' ').Append(string.Join(" then ", Enumerable.Repeat(word, 4)));
                            break;
                        default:
                            titles[paper].Append(' ').Append(word);
                            break;
                    }
                }
            }

            var papers = titles.Zip(abstracts, (t, a) => (t.ToString(), a.ToString())).ToList();
            return (RankingDump.InMemory(papers), papers);
        });

        public static IEnumerable<object[]> Queries()
        {
            for (var i = 0; i < Words.Length; i++)
            {
                yield return new object[] { Words[i].Word + " " };
                for (var j = i + 1; j < Words.Length; j++)
                {
                    yield return new object[] { Words[i].Word + " " + Words[j].Word + " " };
                }
            }

            yield return new object[] { "glade kayak inlet " };
        }

        // A prefix of two words with skip tables (inland, inlet): their postings are read one after the other, to their ends.
        public static IEnumerable<object[]> PrefixQueries() => new[] { "inl", "kayak inl", "fjord inl", "ember inl" }.Select(q => new object[] { q });

        public static IEnumerable<object[]> AllQueries() => Queries().Concat(PrefixQueries());

        [Fact]
        public void Each_word_is_in_as_many_papers_as_it_was_put_in()
        {
            var catalog = Dump.Value.Catalog;

            Assert.Equal(Words.Select(w => w.Frequency), Words.Select(w => catalog.Search(w.Word + " ").Count));
        }

        [Theory]
        [MemberData(nameof(Queries))]
        public void Every_paper_with_the_words_is_found_in_descending_BM25F_score(string query)
        {
            var (catalog, papers) = Dump.Value;

            SearchRealTextTests.AssertFoundInDescendingBm25F(catalog, papers, query);
        }

        [Theory]
        [MemberData(nameof(PrefixQueries))]
        public void A_prefix_finds_every_paper_with_a_word_it_starts_and_the_other_words(string query)
        {
            var (catalog, papers) = Dump.Value;
            var words = SearchRankingPropertyTests.Words(query);
            var expected = papers
                .Select(p => SearchRankingPropertyTests.Words(p.Title + " " + p.Abstract))
                .Select((text, i) => (text, i))
                .Where(p => words.Take(words.Count - 1).All(p.text.Contains) && p.text.Any(w => w.StartsWith(words[^1], StringComparison.Ordinal)))
                .Select(p => papers[p.i].Title);

            var found = catalog.Search(query).Select(p => p.Title);

            Assert.Equal(expected.OrderBy(t => t, StringComparer.Ordinal), found.OrderBy(t => t, StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(AllQueries))]
        public void The_best_few_are_the_first_of_all_results(string query)
        {
            SearchRealTextTests.AssertBestFewAreFirstOfAll(Dump.Value.Catalog, query, 1, 2, 10, 31, 32, 33);
        }
    }
}
