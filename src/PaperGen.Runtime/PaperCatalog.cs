using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using PaperGen.CompiledData;
using PaperGen.Search;
using PaperGen.Storage;

namespace PaperGen
{
    /// <summary>
    /// The papers of one dump: a read-only list in file order (index it, count it, <c>foreach</c> it,
    /// use LINQ on it) with exact, tolerant and ranked lookup.
    /// </summary>
    /// <remarks>
    /// Generated code creates one catalog per dump and exposes it as <c>Catalog</c>. Lookup structures are
    /// built on first use and are safe to use from several threads. A catalog over compiled data decodes
    /// each paper on first use and looks titles up in tables computed at build time.
    /// </remarks>
    public sealed class PaperCatalog : IReadOnlyList<Paper>
    {
        private readonly IPaperStore _store;
        private Dictionary<string, int>? _byIdentifier;
        private TitleSuggestions? _suggestions;

        /// <summary>Creates a catalog over <paramref name="papers"/>, kept in the order given.</summary>
        /// <param name="papers">The papers, in file order.</param>
        /// <param name="sourceFile">The file name of the dump, or <see langword="null"/>.</param>
        /// <param name="listingDate">The listing date the dump's header showed (<c>Aug 6</c>), or <see langword="null"/>.</param>
        public PaperCatalog(IEnumerable<Paper> papers, string? sourceFile = null, string? listingDate = null)
            : this(new PaperArrayStore(new List<Paper>(papers ?? throw new ArgumentNullException(nameof(papers))).ToArray()), sourceFile, listingDate)
        {
        }

        private PaperCatalog(IPaperStore store, string? sourceFile, string? listingDate)
        {
            _store = store;
            SourceFile = sourceFile;
            ListingDate = listingDate;
        }

        /// <summary>
        /// Creates a catalog over the UTF-8 data PaperGen's generated code compiles a dump into. Generated
        /// code calls this; it is not meant for user code. Nothing is decoded until it is used: a paper's
        /// text on first access, a lookup table on the first lookup.
        /// </summary>
        /// <param name="data">The generated accessor of the compiled parts.</param>
        /// <param name="sourceFile">The file name of the dump, or <see langword="null"/>.</param>
        /// <param name="listingDate">The listing date the dump's header showed (<c>Aug 6</c>), or <see langword="null"/>.</param>
        /// <returns>The catalog.</returns>
        /// <exception cref="ArgumentException">
        /// The data was written by a newer PaperGen than this runtime reads (the message names both versions:
        /// update the PaperGen.Runtime package), or is not compiled paper data.
        /// </exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static PaperCatalog FromCompiledData(PaperDataSource data, string? sourceFile = null, string? listingDate = null)
            => new(new CompiledPaperStore(data, sourceFile ?? string.Empty, readHeader: true), sourceFile, listingDate);

        /// <summary>
        /// Creates a catalog over compiled data carried as constant fields of a generated type, which the
        /// compiler handles far more cheaply than UTF-8 literals. Generated code calls this; it is not meant for
        /// user code. Nothing is read here: each part is read on first use and kept, and nothing else is decoded
        /// until it is used, so a program pays at start-up only for what its first lookup or search touches.
        /// </summary>
        /// <param name="data">The generated type whose constant fields hold the compiled parts.</param>
        /// <param name="sourceFile">The file name of the dump, or <see langword="null"/>.</param>
        /// <param name="listingDate">The listing date the dump's header showed (<c>Aug 6</c>), or <see langword="null"/>.</param>
        /// <returns>The catalog.</returns>
        /// <exception cref="ArgumentException">
        /// Thrown by the catalog's first use, not here: the data was written by a newer PaperGen than this runtime
        /// reads (the message names both versions: update the PaperGen.Runtime package), or is not compiled paper data.
        /// </exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static PaperCatalog FromCompiledConstants([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type data, string? sourceFile = null, string? listingDate = null)
            => new(new CompiledPaperStore(new ConstantParts(data).Read, sourceFile ?? string.Empty, readHeader: false), sourceFile, listingDate);

        /// <summary>The catalog itself: it is the list of papers in file order. Kept for code written against PaperGen 0.1.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public IReadOnlyList<Paper> All => this;

        /// <summary>The number of papers.</summary>
        public int Count => _store.Count;

        /// <summary>The file name of the dump, or <see langword="null"/>.</summary>
        public string? SourceFile { get; }

        /// <summary>The listing date the dump's header showed, as written (<c>Aug 6</c>), or <see langword="null"/>.</summary>
        public string? ListingDate { get; }

        /// <summary>The paper at <paramref name="index"/> in file order.</summary>
        /// <param name="index">A zero-based position.</param>
        public Paper this[int index] => _store[index];

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

            return TryGet(_store.IndexOfTitle(title), out paper);
        }

        /// <summary>
        /// Finds the paper whose generated member name is exactly <paramref name="identifier"/> (ordinal), as in
        /// <c>InterpPapers.Monet</c>: for code that has the name as text, such as a command line.
        /// </summary>
        /// <param name="identifier">A generated member name, e.g. <c>Monet</c>.</param>
        /// <param name="paper">The paper, when found.</param>
        /// <returns><see langword="true"/> when a paper has this identifier.</returns>
        public bool TryGetByIdentifier(string identifier, [MaybeNullWhen(false)] out Paper paper)
        {
            if (identifier is null)
            {
                throw new ArgumentNullException(nameof(identifier));
            }

            var index = _byIdentifier ?? BuildIdentifierIndex();
            return TryGet(index.TryGetValue(identifier, out var found) ? found : -1, out paper);
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

            var index = _store.IndexOfTitle(title);
            return TryGet(index >= 0 ? index : _store.IndexOfFoldedTitle(title), out var paper) ? paper : null;
        }

        /// <summary>
        /// Finds the papers that have every word of <paramref name="query"/> in their title or abstract, best
        /// first, as a search engine ranks them (BM25F: a word counts more the rarer it is in the dump, the more
        /// often the paper uses it and the shorter the field; the title weighs five times the abstract); equal
        /// scores keep file order.
        /// </summary>
        /// <remarks>
        /// Words are compared whole after folding case, accents, width (<c>ＡＢＣ</c>) and a plural <c>s</c>
        /// (<c>autoencoder</c> finds <c>Autoencoders</c>; <c>RL</c> does not find <c>world</c>). The last word
        /// also matches as a prefix unless the query ends after it with a space or punctuation, so a query can be
        /// searched as it is typed. Words in double quotes must also follow each other, in the title or in the
        /// abstract. The index is compiled with the dump (or built on the first search of a catalog made from
        /// papers); answering a query decodes only the postings of its words.
        /// </remarks>
        /// <param name="query">One or more words; <c>"quoted words"</c> for a phrase.</param>
        /// <returns>The matching papers, best first; empty when the query has no words or nothing matches.</returns>
        public IReadOnlyList<Paper> Search(string query) => Search(query, int.MaxValue);

        /// <summary>
        /// The best <paramref name="limit"/> papers of <see cref="Search(string)"/> for <paramref name="query"/>,
        /// in the same order, without ranking the rest.
        /// </summary>
        /// <param name="query">One or more words; <c>"quoted words"</c> for a phrase.</param>
        /// <param name="limit">The most papers to return.</param>
        /// <returns>At most <paramref name="limit"/> matching papers, best first.</returns>
        public IReadOnlyList<Paper> Search(string query, int limit)
        {
            if (query is null)
            {
                throw new ArgumentNullException(nameof(query));
            }

            if (limit < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit cannot be negative.");
            }

            return RankedSearch.Run(_store, _store.SearchIndex, query, limit);
        }

        /// <summary>
        /// Suggests papers for text that <see cref="Find"/> and <see cref="TryGetByIdentifier"/> did not match, for
        /// a "did you mean": titles, identifiers and short names within a few typing mistakes (a swap of
        /// neighbouring letters is one), then titles that have every typed word, so left-out words are forgiven
        /// (<c>attention all need</c> suggests <c>Attention Is All You Need</c>).
        /// </summary>
        /// <param name="text">A title, identifier or short name as typed.</param>
        /// <param name="max">The most papers to suggest.</param>
        /// <returns>Up to <paramref name="max"/> papers, closest first (ties in file order); empty for text without letters or digits.</returns>
        public IReadOnlyList<Paper> Suggest(string text, int max)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (max < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(max), max, "The number of suggestions cannot be negative.");
            }

            var found = (_suggestions ?? BuildSuggestions()).Suggest(text, max);
            var papers = new List<Paper>(found.Count);
            foreach (var index in found)
            {
                papers.Add(_store[index]);
            }

            return papers;
        }

        /// <summary>Returns an enumerator over the papers in file order.</summary>
        public IEnumerator<Paper> GetEnumerator()
        {
            for (var i = 0; i < _store.Count; i++)
            {
                yield return _store[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private bool TryGet(int index, [MaybeNullWhen(false)] out Paper paper)
        {
            paper = index < 0 ? null : _store[index];
            return paper is not null;
        }

        private Dictionary<string, int> BuildIdentifierIndex()
        {
            var index = new Dictionary<string, int>(_store.Count, StringComparer.Ordinal);
            for (var i = 0; i < _store.Count; i++)
            {
                var identifier = _store[i].Identifier;
                if (!index.ContainsKey(identifier))
                {
                    index.Add(identifier, i);
                }
            }

            // Two threads may both build; either result is equal, so the first one published wins.
            return Interlocked.CompareExchange(ref _byIdentifier, index, null) ?? index;
        }

        private TitleSuggestions BuildSuggestions()
        {
            var suggestions = TitleSuggestions.Build(_store);
            return Interlocked.CompareExchange(ref _suggestions, suggestions, null) ?? suggestions;
        }
    }
}
