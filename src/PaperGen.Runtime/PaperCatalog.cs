using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using PaperGen.CompiledData;

namespace PaperGen
{
    /// <summary>
    /// The papers of one dump, in file order, with exact, tolerant and ranked lookup.
    /// </summary>
    /// <remarks>
    /// Generated code creates one catalog per dump. Lookup structures are built on first use and are
    /// safe to use from several threads. A catalog over compiled data (<see cref="FromCompiledData"/>)
    /// decodes each paper on first use and looks titles up in tables computed at build time.
    /// </remarks>
    public sealed class PaperCatalog : IReadOnlyList<Paper>
    {
        // Fast path for lookups: a stack buffer for folding typed titles up to this length.
        private const int StackFoldLength = 256;

        // Filled on first use of each paper when the catalog reads compiled data; complete otherwise.
        private readonly Paper?[] _papers;
        private readonly CompiledCatalogData? _compiled;
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

            var array = new List<Paper>(papers).ToArray();
            _papers = array;
            All = Array.AsReadOnly(array);
            SourceFile = sourceFile;
            ListingDate = listingDate;
        }

        private PaperCatalog(CompiledCatalogData compiled, string? sourceFile, string? listingDate)
        {
            _compiled = compiled;
            _papers = new Paper?[compiled.Count];
            All = new PaperList(this);
            SourceFile = sourceFile;
            ListingDate = listingDate;
        }

        /// <summary>
        /// Creates a catalog over the UTF-8 data PaperGen's generated code compiles a dump into. Nothing is
        /// decoded until it is used: a paper's text on first access, a lookup table on the first lookup.
        /// </summary>
        /// <param name="data">The generated accessor of the compiled parts.</param>
        /// <param name="sourceFile">The file name of the dump, or <see langword="null"/>.</param>
        /// <param name="listingDate">The listing date the dump's header showed (<c>Aug 6</c>), or <see langword="null"/>.</param>
        /// <returns>The catalog.</returns>
        /// <exception cref="ArgumentException">The data was written by an incompatible version of PaperGen.</exception>
        public static PaperCatalog FromCompiledData(PaperDataSource data, string? sourceFile = null, string? listingDate = null)
            => new(new CompiledCatalogData(data, sourceFile ?? string.Empty), sourceFile, listingDate);

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
        public Paper this[int index] => _papers[index] ?? Decode(index);

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

            if (_compiled is not null)
            {
                var found = _compiled.FindTitle(title, this);
                paper = found < 0 ? null : this[found];
                return paper is not null;
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

            if (_compiled is not null)
            {
                return FindCompiled(title);
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
                results.Add(this[hit.Key]);
            }

            return results;
        }

        /// <summary>Returns an enumerator over the papers in file order.</summary>
        public IEnumerator<Paper> GetEnumerator()
        {
            for (var i = 0; i < _papers.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private Paper? FindCompiled(string title)
        {
            // Typed titles are short and mostly ASCII: fold them on the stack, allocation-free.
            string? keyText = null;
            Span<char> buffer = title.Length <= StackFoldLength ? stackalloc char[title.Length] : new char[title.Length];
            scoped ReadOnlySpan<char> key;
            if (TitleFold.TryFoldAscii(title.AsSpan(), buffer, out var length))
            {
                key = buffer.Slice(0, length);
            }
            else
            {
                keyText = TextKey.Fold(title);
                key = keyText.AsSpan();
            }

            if (key.IsEmpty)
            {
                return null;
            }

            var found = _compiled!.FindFolded(key, ref keyText, this);
            return found < 0 ? null : this[found];
        }

        private Paper Decode(int index)
        {
            if (_compiled is null)
            {
                throw new InvalidOperationException("A catalog created from papers has every paper.");
            }

            var paper = _compiled.Decode(index);
            return Interlocked.CompareExchange(ref _papers[index], paper, null) ?? paper;
        }

        private Dictionary<string, Paper> Build(ref Dictionary<string, Paper>? slot, Func<Paper, string> key)
        {
            var index = new Dictionary<string, Paper>(_papers.Length, StringComparer.Ordinal);
            foreach (var paper in this)
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
                var paper = this[i];
                entries[i] = new SearchEntry(TextKey.ForSearch(paper.Title), TextKey.ForSearch(paper.Abstract));
            }

            return Interlocked.CompareExchange(ref _searchEntries, entries, null) ?? entries;
        }

        /// <summary>The catalog's papers as a list that decodes each paper on first access.</summary>
        private sealed class PaperList : IReadOnlyList<Paper>
        {
            private readonly PaperCatalog _catalog;

            public PaperList(PaperCatalog catalog) => _catalog = catalog;

            public int Count => _catalog.Count;

            public Paper this[int index] => _catalog[index];

            public IEnumerator<Paper> GetEnumerator() => _catalog.GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
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
