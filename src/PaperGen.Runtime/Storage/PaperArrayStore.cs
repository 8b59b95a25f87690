using System;
using System.Collections.Generic;
using System.Threading;
using PaperGen.Search;

namespace PaperGen.Storage
{
    /// <summary>Papers created as objects (C# 7.3 generated code, or user code): title indexes are dictionaries built on first lookup.</summary>
    internal sealed class PaperArrayStore : IPaperStore
    {
        private readonly Paper[] _papers;
        private Dictionary<string, int>? _byTitle;
        private Dictionary<string, int>? _byFoldedTitle;
        private byte[]? _searchIndex;

        public PaperArrayStore(Paper[] papers) => _papers = papers;

        public int Count => _papers.Length;

        public Paper this[int index] => _papers[index];

        public int IndexOfTitle(string title)
        {
            var index = _byTitle ?? Index(ref _byTitle, p => p.Title);
            return index.TryGetValue(title, out var found) ? found : -1;
        }

        public int IndexOfFoldedTitle(string title)
        {
            var key = TextKey.Fold(title);
            var index = _byFoldedTitle ?? Index(ref _byFoldedTitle, p => TextKey.Fold(p.Title));
            return key.Length != 0 && index.TryGetValue(key, out var found) ? found : -1;
        }

        public ReadOnlySpan<byte> SearchIndex => _searchIndex ?? BuildSearchIndex(ref _searchIndex, _papers.Length, i => _papers[i]);

        /// <summary>Builds a search index from papers with the generator's own builder, published once for all threads.</summary>
        internal static byte[] BuildSearchIndex(ref byte[]? slot, int count, Func<int, Paper> paper)
        {
            var index = SearchIndexBuilder.TryBuild(count, i => paper(i).Title, i => paper(i).Abstract) ?? Array.Empty<byte>();

            // Two threads may both build; either result is equal, so the first one published wins.
            return Interlocked.CompareExchange(ref slot, index, null) ?? index;
        }

        private Dictionary<string, int> Index(ref Dictionary<string, int>? slot, Func<Paper, string> key)
        {
            var index = new Dictionary<string, int>(_papers.Length, StringComparer.Ordinal);
            for (var i = 0; i < _papers.Length; i++)
            {
                var k = key(_papers[i]);
                if (!index.ContainsKey(k))
                {
                    index.Add(k, i);
                }
            }

            // Two threads may both build; either result is equal, so the first one published wins.
            return Interlocked.CompareExchange(ref slot, index, null) ?? index;
        }
    }
}
