using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace PaperGen
{
    /// <summary>
    /// The papers of one dump, in file order, with exact, tolerant and ranked lookup.
    /// </summary>
    /// <remarks>
    /// Generated code creates one catalog per dump. Lookup structures are built on first use and are
    /// safe to use from several threads.
    /// </remarks>
    public sealed class PaperCatalog : IReadOnlyList<Paper>
    {
        private readonly Paper[] _papers;
        private Dictionary<string, Paper>? _byTitle;
        private Dictionary<string, Paper>? _byFoldedTitle;
        private SearchEntry[]? _searchEntries;

        /// <summary>Creates a catalog over <paramref name="papers"/>, kept in the order given.</summary>
        /// <param name="papers">The papers, in file order.</param>
        /// <param name="sourceFile">The file name of the dump, or <see langword="null"/>.</param>
        /// <param name="listingDate">The listing date the dump's header showed (<c>Aug 6</c>), or <see langword="null"/>.</param>
        public PaperCatalog(IEnumerable<Paper> papers, string? sourceFile = null, string? listingDate = null)
        {
            if (papers is null)
            {
                throw new ArgumentNullException(nameof(papers));
            }

            _papers = new List<Paper>(papers).ToArray();
            All = Array.AsReadOnly(_papers);
            SourceFile = sourceFile;
            ListingDate = listingDate;
        }

        /// <summary>The papers in file order.</summary>
        public IReadOnlyList<Paper> All { get; }

        /// <summary>The number of papers.</summary>
        public int Count => _papers.Length;

        /// <summary>The file name of the dump, or <see langword="null"/>.</summary>
        public string? SourceFile { get; }

        /// <summary>The listing date the dump's header showed, as written (<c>Aug 6</c>), or <see langword="null"/>.</summary>
        public string? ListingDate { get; }

        /// <summary>The paper at <paramref name="index"/> in file order.</summary>
        /// <param name="index">A zero-based position.</param>
        public Paper this[int index] => _papers[index];

        /// <summary>Finds the paper whose title is exactly <paramref name="title"/> (ordinal comparison).</summary>
        /// <param name="title">The exact title.</param>
        /// <param name="paper">The paper, when found.</param>
        /// <returns><see langword="true"/> when a paper has exactly this title.</returns>
        public bool TryGetByTitle(string title, [MaybeNullWhen(false)] out Paper paper)
        {
            if (title is null)
            {
                throw new ArgumentNullException(nameof(title));
            }

            var index = _byTitle ?? Build(ref _byTitle, p => p.Title);
            return index.TryGetValue(title, out paper);
        }

        /// <summary>
        /// Finds the paper whose title matches <paramref name="title"/> while ignoring case, whitespace,
        /// punctuation and Unicode normalisation form; the first such paper in file order wins.
        /// </summary>
        /// <param name="title">A title as a person might type or paste it.</param>
        /// <returns>The paper, or <see langword="null"/> when no title fits.</returns>
        public Paper? Find(string title)
        {
            if (title is null)
            {
                throw new ArgumentNullException(nameof(title));
            }

            if (TryGetByTitle(title, out var exact))
            {
                return exact;
            }

            var index = _byFoldedTitle ?? Build(ref _byFoldedTitle, p => TextKey.Fold(p.Title));
            var key = TextKey.Fold(title);
            return key.Length != 0 && index.TryGetValue(key, out var paper) ? paper : null;
        }

        /// <summary>
        /// Finds the papers that contain every word of <paramref name="query"/> (case-insensitive) in
        /// their title or abstract. Papers with more query words in the title come first; ties keep
        /// file order.
        /// </summary>
        /// <param name="query">One or more words.</param>
        /// <returns>The matching papers, best first; empty when the query has no words or nothing matches.</returns>
        public IReadOnlyList<Paper> Search(string query)
        {
            if (query is null)
            {
                throw new ArgumentNullException(nameof(query));
            }

            var words = TextKey.Words(query);
            var results = new List<Paper>();
            if (words.Count == 0)
            {
                return results;
            }

            var entries = _searchEntries ?? BuildSearchEntries();
            var ranked = new List<KeyValuePair<int, int>>();
            for (var i = 0; i < entries.Length; i++)
            {
                var titleHits = 0;
                var all = true;
                foreach (var word in words)
                {
                    if (entries[i].Title.IndexOf(word, StringComparison.Ordinal) >= 0)
                    {
                        titleHits++;
                    }
                    else if (entries[i].Abstract.IndexOf(word, StringComparison.Ordinal) < 0)
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

            // List.Sort is not stable, so the file position breaks ties explicitly.
            ranked.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
            foreach (var hit in ranked)
            {
                results.Add(_papers[hit.Key]);
            }

            return results;
        }

        /// <summary>Returns an enumerator over the papers in file order.</summary>
        public IEnumerator<Paper> GetEnumerator() => ((IEnumerable<Paper>)_papers).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private Dictionary<string, Paper> Build(ref Dictionary<string, Paper>? slot, Func<Paper, string> key)
        {
            var index = new Dictionary<string, Paper>(_papers.Length, StringComparer.Ordinal);
            foreach (var paper in _papers)
            {
                var k = key(paper);
                if (!index.ContainsKey(k))
                {
                    index.Add(k, paper);
                }
            }

            // Two threads may both build; either result is equal, so the first one published wins.
            return Interlocked.CompareExchange(ref slot, index, null) ?? index;
        }

        private SearchEntry[] BuildSearchEntries()
        {
            var entries = new SearchEntry[_papers.Length];
            for (var i = 0; i < _papers.Length; i++)
            {
                entries[i] = new SearchEntry(TextKey.ForSearch(_papers[i].Title), TextKey.ForSearch(_papers[i].Abstract));
            }

            return Interlocked.CompareExchange(ref _searchEntries, entries, null) ?? entries;
        }

        private readonly struct SearchEntry
        {
            public SearchEntry(string title, string @abstract)
            {
                Title = title;
                Abstract = @abstract;
            }

            public string Title { get; }

            public string Abstract { get; }
        }
    }
}
