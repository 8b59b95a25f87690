using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// Ranked search on a catalog compiled by the generator (its index compiled with it, read in place) against
    /// the scan PaperGen 0.1 did (the baseline: every query word as a substring of every folded title and
    /// abstract, ranked by title hits) and against an inverted index a program would build at start-up
    /// (Dictionary of word to paper list, intersected, unranked). 1-, 2- and 5-word queries; the scan and the
    /// dictionary are built in the setup, so only the per-query cost is measured. The first search in a fresh
    /// process is measured by <c>search-startup</c> (<see cref="SearchStartup"/>).
    /// </summary>
    /// <remarks>
    /// Three corpora: the shipped 54 papers; 20,000 papers of real text recombined (<see cref="RealTextDump"/>,
    /// words at real frequencies: the case the targets are for); and the 20,000-paper <see cref="SyntheticDump"/>,
    /// whose abstracts draw from 64 words, so each query word is in about 90% of papers: a worst case no real
    /// dump has. The setup prints each query word's document frequency. "2 common words" is the worst real
    /// pair, <c>language models</c> (both among the most used words of paper text).
    /// </remarks>
    [Config(typeof(ShortJobConfig))]
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class SearchBenchmarks
    {
        private PaperCatalog _catalog = null!;
        private ScanEntry[] _scan = null!;
        private Dictionary<string, List<int>> _inverted = null!;
        private string _one = null!;
        private string _two = null!;
        private string _five = null!;
        private string _common = null!;

        /// <summary>The corpus: the shipped dump, real text at 20,000 papers, or the synthetic worst case.</summary>
        [Params(Shipped, RealText, Synthetic)]
        public string Corpus { get; set; } = RealText;

        public const string Shipped = "shipped-54";
        public const string RealText = "real-text-20000";
        public const string Synthetic = "synthetic-20000-worst";

        [GlobalSetup]
        public void Setup()
        {
            var text = Corpus switch
            {
                Shipped => Compilations.ShippedDump,
                RealText => RealTextDump.Create(20_000),
                _ => SyntheticDump.Create(20_000),
            };
            var assembly = Compilations.CompileCached(text, "Search-" + Corpus);
            _catalog = (PaperCatalog)assembly.GetType("Bench.Archive", throwOnError: true)!.GetProperty("Catalog")!.GetValue(null)!;
            _scan = _catalog.Select(p => new ScanEntry(ForSearch(p.Title), ForSearch(p.Abstract))).ToArray();
            _inverted = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < _catalog.Count; i++)
            {
                foreach (var word in Words(_catalog[i].Title + " " + _catalog[i].Abstract).Distinct())
                {
                    if (!_inverted.TryGetValue(word, out var list))
                    {
                        _inverted.Add(word, list = new List<int>());
                    }

                    list.Add(i);
                }
            }

            // Words that occur together in every corpus (the synthetic one draws from a small vocabulary).
            (_one, _two, _five) = Corpus == Synthetic
                ? ("monosemantic ", "sparse autoencoders ", "sparse autoencoders language models features ")
                : ("interpretability ", "sparse autoencoders ", "sparse autoencoders language models features ");
            _common = "language models ";
            if (Search(_five).Count == 0 || Scan(_five).Count == 0)
            {
                throw new InvalidOperationException("The 5-word query finds nothing.");
            }

            // What each query word costs: how many papers have it (the index's document frequency).
            foreach (var query in new[] { _one, _two, _common, _five })
            {
                Console.WriteLine("// " + Corpus + " '" + query.Trim() + "': " + Search(query).Count + " of " + _catalog.Count + " papers match; per word "
                    + string.Join(", ", Words(query).Select(w => w + " " + Search(w + " ").Count)));
            }
        }

        [Benchmark(Baseline = true), BenchmarkCategory("1 word")]
        public int Scan_1_word() => Scan(_one).Count;

        [Benchmark, BenchmarkCategory("1 word")]
        public int Index_1_word() => Search(_one).Count;

        [Benchmark, BenchmarkCategory("1 word")]
        public int Index_1_word_best_10() => _catalog.Search(_one, 10).Count;

        [Benchmark, BenchmarkCategory("1 word")]
        public int Dictionary_1_word() => Inverted(_one).Count;

        [Benchmark(Baseline = true), BenchmarkCategory("2 words")]
        public int Scan_2_words() => Scan(_two).Count;

        [Benchmark, BenchmarkCategory("2 words")]
        public int Index_2_words() => Search(_two).Count;

        [Benchmark, BenchmarkCategory("2 words")]
        public int Index_2_words_best_10() => _catalog.Search(_two, 10).Count;

        [Benchmark, BenchmarkCategory("2 words")]
        public int Dictionary_2_words() => Inverted(_two).Count;

        [Benchmark(Baseline = true), BenchmarkCategory("2 common words")]
        public int Scan_2_common_words() => Scan(_common).Count;

        [Benchmark, BenchmarkCategory("2 common words")]
        public int Index_2_common_words() => Search(_common).Count;

        [Benchmark, BenchmarkCategory("2 common words")]
        public int Index_2_common_words_best_10() => _catalog.Search(_common, 10).Count;

        [Benchmark, BenchmarkCategory("2 common words")]
        public int Dictionary_2_common_words() => Inverted(_common).Count;

        [Benchmark(Baseline = true), BenchmarkCategory("5 words")]
        public int Scan_5_words() => Scan(_five).Count;

        [Benchmark, BenchmarkCategory("5 words")]
        public int Index_5_words() => Search(_five).Count;

        [Benchmark, BenchmarkCategory("5 words")]
        public int Index_5_words_best_10() => _catalog.Search(_five, 10).Count;

        [Benchmark, BenchmarkCategory("5 words")]
        public int Dictionary_5_words() => Inverted(_five).Count;

        private IReadOnlyList<Paper> Search(string query) => _catalog.Search(query);

        // PaperGen 0.1's Search, as it was: substring matches over lower-cased text, title hits first, file order.
        private List<Paper> Scan(string query)
        {
            var words = Words(query);
            var results = new List<Paper>();
            var ranked = new List<KeyValuePair<int, int>>();
            for (var i = 0; i < _scan.Length; i++)
            {
                var titleHits = 0;
                var all = true;
                foreach (var word in words)
                {
                    if (_scan[i].Title.IndexOf(word, StringComparison.Ordinal) >= 0)
                    {
                        titleHits++;
                    }
                    else if (_scan[i].Abstract.IndexOf(word, StringComparison.Ordinal) < 0)
                    {
                        all = false;
                        break;
                    }
                }

                if (all)
                {
                    ranked.Add(new KeyValuePair<int, int>(i, titleHits));
                }
            }

            ranked.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
            foreach (var hit in ranked)
            {
                results.Add(_catalog[hit.Key]);
            }

            return results;
        }

        // Intersects the sorted paper lists of the query's words, rarest first; file order, no ranking.
        private List<Paper> Inverted(string query)
        {
            var lists = new List<List<int>>();
            foreach (var word in Words(query))
            {
                if (!_inverted.TryGetValue(word, out var list))
                {
                    return new List<Paper>();
                }

                lists.Add(list);
            }

            lists.Sort((a, b) => a.Count.CompareTo(b.Count));
            var results = new List<Paper>();
            foreach (var paper in lists[0])
            {
                var all = true;
                for (var k = 1; k < lists.Count && all; k++)
                {
                    all = lists[k].BinarySearch(paper) >= 0;
                }

                if (all)
                {
                    results.Add(_catalog[paper]);
                }
            }

            return results;
        }

        private static string ForSearch(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

        private static List<string> Words(string text)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            foreach (var c in ForSearch(text))
            {
                if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
                {
                    current.Append(c);
                }
                else if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }

            if (current.Length > 0)
            {
                words.Add(current.ToString());
            }

            return words;
        }

        private readonly record struct ScanEntry(string Title, string Abstract);
    }
}
