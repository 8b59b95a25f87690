using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperGen.Tests.Ranking
{
    /// <summary>
    /// Dumps built so that Search's order can only come out right if it ranks by BM25F and breaks ties: the best
    /// matches sit late in the file; 45 hits share three scores interleaved in file order (well past the 16
    /// elements below which <c>List.Sort</c> happens to keep equal items in place); and two papers with one
    /// query word each in the title differ only in how rare that word is.
    /// </summary>
    internal static class RankingDump
    {
        /// <summary>Papers that Search("sparse probe") must return in the reverse of their file order.</summary>
        public static readonly (string Title, string Abstract)[] Small =
        {
            ("Circuit Discovery in Vision Models", "We sparse-code features and probe them layer by layer."),
            ("Sparse Coding without Readouts", "Dictionaries found by gradient descent, with no classifier at all."),
            ("Probes on Attention Heads", "Linear readouts of sparse attention patterns."),
            ("Unrelated Work on Graphs", "Message passing on molecules."),
            ("Sparse Probes for Language Models", "We train classifiers on dictionary features."),
        };

        /// <summary>What Search("sparse probe") returns on <see cref="Small"/>: two title words, then one, then none (the fields are of similar length).</summary>
        public static readonly string[] SmallExpected =
        {
            "Sparse Probes for Language Models",
            "Probes on Attention Heads",
            "Circuit Discovery in Vision Models",
        };

        public const string TieQuery = "sparse probe";

        /// <summary>
        /// "sparse" is in every paper, "probe" in two: a title with the rare word beats a title with the common
        /// one, although both have one query word in the title and the common-word paper comes first in the file.
        /// </summary>
        public static readonly (string Title, string Abstract)[] Rarity =
        {
            ("Sparse Models Study", "A probe of data."),
            ("Probe Models Study", "A sparse set of data."),
            ("Filler Work One", "Sparse things."),
            ("Filler Work Two", "Sparse stuff."),
            ("Filler Work Three", "Sparse matter."),
        };

        /// <summary>
        /// 60 papers: every fourth misses "probe" entirely; the others cycle through 0, 1 and 2 query words in
        /// the title (the rest of the words in the abstract), so each rank holds 15 papers spread over the file.
        /// </summary>
        public static IReadOnlyList<(string Title, string Abstract)> Many()
        {
            var papers = new List<(string, string)>();
            for (var i = 0; i < 60; i++)
            {
                var n = Number(i);
                if (i % 4 == 3)
                {
                    papers.Add(("Sparse Dictionaries Study " + n, "Only the first query word appears here, nowhere the second."));
                    continue;
                }

                switch (i % 3)
                {
                    case 0:
                        papers.Add(("Circuits Study " + n, "Sparse features read out by a linear probe."));
                        break;
                    case 1:
                        papers.Add(("Sparse Circuits Study " + n, "Features read out by a linear probe."));
                        break;
                    default:
                        papers.Add(("Sparse Probe Study " + n, "Features read out linearly."));
                        break;
                }
            }

            return papers;
        }

        /// <summary>Search(TieQuery) on <see cref="Many"/>: title hits 2, then 1, then 0 (equal scores inside each); file order inside each.</summary>
        public static IReadOnlyList<string> ManyExpected()
        {
            var hits = Many().Where(p => !p.Title.StartsWith("Sparse Dictionaries", System.StringComparison.Ordinal)).Select(p => p.Title).ToList();
            return hits.Where(t => t.StartsWith("Sparse Probe", System.StringComparison.Ordinal))
                .Concat(hits.Where(t => t.StartsWith("Sparse Circuits", System.StringComparison.Ordinal)))
                .Concat(hits.Where(t => t.StartsWith("Circuits", System.StringComparison.Ordinal)))
                .ToList();
        }

        public static string Text(IEnumerable<(string Title, string Abstract)> papers)
        {
            var text = new StringBuilder();
            foreach (var (title, @abstract) in papers)
            {
                text.Append(title).Append("\n\n").Append(@abstract).Append("\n\n");
            }

            return text.ToString();
        }

        public static PaperCatalog InMemory(IEnumerable<(string Title, string Abstract)> papers)
            => new(papers.Select((p, i) => new Paper("P" + i.ToString(CultureInfo.InvariantCulture), p.Title, p.Abstract, "ranking.txt", 1 + (4 * i))), "ranking.txt");

        private static string Number(int i) => "No " + i.ToString("00", CultureInfo.InvariantCulture);
    }
}
