using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// A catalog's papers as generated code compiled them: UTF-8 text read from the assembly image and
    /// decoded one paper at a time on first use, and title hash tables that were computed at build time.
    /// </summary>
    internal sealed class CompiledCatalogData
    {
        private readonly PaperDataSource _data;
        private readonly string _sourceFile;
        private readonly int _titleBuckets;
        private readonly int _foldBuckets;
        private readonly int _runtimeFoldCount;
        private readonly HashWindow _titleWindow;
        private readonly Dictionary<int, byte[]>? _inflated;
        private HashTable? _titles;
        private HashTable? _folded;
        private string?[]? _foldedTitles;
        private Dictionary<string, int>? _runtimeFolded;

        public CompiledCatalogData(PaperDataSource data, string sourceFile)
        {
            _data = data ?? throw new ArgumentNullException(nameof(data));
            _sourceFile = sourceFile;
            var manifest = data(CompiledLayout.ManifestPart);
            if (manifest.Length < CompiledLayout.HeaderNumbers * PackedNumbers.Width
                || PackedNumbers.Read(manifest, CompiledLayout.HeaderVersion) != CompiledLayout.FormatVersion)
            {
                throw new ArgumentException("The compiled paper data has an unknown layout; rebuild it with the matching PaperGen version.", nameof(data));
            }

            Count = PackedNumbers.Read(manifest, CompiledLayout.HeaderPaperCount);
            _titleBuckets = PackedNumbers.Read(manifest, CompiledLayout.HeaderTitleBuckets);
            _foldBuckets = PackedNumbers.Read(manifest, CompiledLayout.HeaderFoldBuckets);
            _runtimeFoldCount = PackedNumbers.Read(manifest, CompiledLayout.HeaderRuntimeFoldCount);
            _titleWindow = HashWindow.FromPacked(PackedNumbers.Read(manifest, CompiledLayout.HeaderTitleWindow));
            _inflated = PackedNumbers.Read(manifest, CompiledLayout.HeaderCompressed) != 0 ? new Dictionary<int, byte[]>() : null;
        }

        public int Count { get; }

        public Paper Decode(int index)
        {
            var manifest = _data(CompiledLayout.ManifestPart);
            var at = CompiledLayout.HeaderNumbers + (index * CompiledLayout.PaperNumbers);
            var file = PackedNumbers.Read(manifest, at + CompiledLayout.PaperChunk) >> CompiledLayout.ChunkFileShift;
            var heads = _data(CompiledLayout.FirstChunkPart + ((file << CompiledLayout.ChunkFileShift) | CompiledLayout.HeadsLocal));
            var offset = PackedNumbers.Read(manifest, at + CompiledLayout.PaperHeadOffset);
            var titleBytes = PackedNumbers.Read(manifest, at + CompiledLayout.PaperTitleBytes);
            var extraBytes = PackedNumbers.Read(manifest, at + CompiledLayout.PaperExtraBytes);
            var line = PackedNumbers.Read(manifest, at + CompiledLayout.PaperLine);

            var title = Utf8(heads.Slice(offset, titleBytes));
            var extra = heads.Slice(offset + titleBytes, extraBytes);

            string identifier = string.Empty;
            string? shortName = null, arxivId = null, organization = null, date = null, codeUrl = null;
            int? authorCount = null, upvotes = null;
            List<string>? links = null;
            while (!extra.IsEmpty)
            {
                var tag = extra[0];
                var length = PackedNumbers.Read(extra.Slice(1), 0);
                var value = Utf8(extra.Slice(1 + PackedNumbers.Width, length));
                extra = extra.Slice(1 + PackedNumbers.Width + length);
                switch (tag)
                {
                    case CompiledLayout.IdentifierTag: identifier = value; break;
                    case CompiledLayout.ShortNameTag: shortName = value; break;
                    case CompiledLayout.LinkTag: (links ??= new List<string>()).Add(value); break;
                    case CompiledLayout.ArxivIdTag: arxivId = value; break;
                    case CompiledLayout.AuthorCountTag: authorCount = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                    case CompiledLayout.OrganizationTag: organization = value; break;
                    case CompiledLayout.DateTag: date = value; break;
                    case CompiledLayout.UpvotesTag: upvotes = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                    case CompiledLayout.CodeUrlTag: codeUrl = value; break;
                }
            }

            return new Paper(identifier, title, this, index, _sourceFile, line, shortName, links?.ToArray(), arxivId, authorCount, organization, date, upvotes, codeUrl);
        }

        /// <summary>The abstract of paper <paramref name="index"/>: what a Paper reads on first access to it.</summary>
        public string DecodeAbstract(int index)
        {
            var manifest = _data(CompiledLayout.ManifestPart);
            var at = CompiledLayout.HeaderNumbers + (index * CompiledLayout.PaperNumbers);
            var chunk = Chunk(PackedNumbers.Read(manifest, at + CompiledLayout.PaperChunk));
            return Utf8(chunk.Slice(PackedNumbers.Read(manifest, at + CompiledLayout.PaperAbstractOffset), PackedNumbers.Read(manifest, at + CompiledLayout.PaperAbstractBytes)));
        }

        // A compressed chunk is inflated on the first use of one of its papers and kept: its papers are
        // likely used together, and 64 KB is small next to the strings decoded from it.
        private ReadOnlySpan<byte> Chunk(int id)
        {
            var part = _data(CompiledLayout.FirstChunkPart + id);
            if (_inflated is null)
            {
                return part;
            }

            lock (_inflated)
            {
                if (!_inflated.TryGetValue(id, out var text))
                {
                    text = new byte[PackedNumbers.Read(part, 0)];
                    using (var deflate = new DeflateStream(new MemoryStream(PackedBytes.Decode(part.Slice(PackedNumbers.Width))), CompressionMode.Decompress))
                    {
                        var read = 0;
                        int n;
                        while (read < text.Length && (n = deflate.Read(text, read, text.Length - read)) > 0)
                        {
                            read += n;
                        }
                    }

                    _inflated.Add(id, text);
                }

                return text;
            }
        }

        /// <summary>The index of the paper titled exactly <paramref name="title"/>, or -1.</summary>
        public int FindTitle(string title, PaperCatalog papers)
        {
            var table = _titles ?? InterlockedInit(ref _titles, HashTable.Read(_data(CompiledLayout.TitleTablePart), _titleBuckets));
            var hash = TitleHash.Compute(title.AsSpan(), _titleWindow);
            var starts = table.Starts;
            var bucket = TitleHash.Bucket(hash, _titleBuckets);
            var k = starts[bucket];
            var end = starts[bucket + 1];
            if (k == end)
            {
                return -1;
            }

            var tag = TitleHash.Tag(hash);
            var entries = table.Entries;
            for (; k < end; k++)
            {
                if (entries[(2 * k) + 1] == tag)
                {
                    var index = entries[2 * k];
                    if (string.Equals(papers[index].Title, title))
                    {
                        return index;
                    }
                }
            }

            return -1;
        }

        /// <summary>The index of the first paper whose folded title is <paramref name="key"/>, or -1.</summary>
        public int FindFolded(ReadOnlySpan<char> key, ref string? keyText, PaperCatalog papers)
        {
            var best = -1;
            var table = _folded ?? InterlockedInit(ref _folded, HashTable.Read(_data(CompiledLayout.FoldTablePart), _foldBuckets));
            var hash = TitleHash.Compute(key);
            var tag = TitleHash.Tag(hash);
            var bucket = TitleHash.Bucket(hash, _foldBuckets);
            var end = table.Starts[bucket + 1];
            for (var k = table.Starts[bucket]; k < end; k++)
            {
                if (table.Entries[(2 * k) + 1] == tag)
                {
                    var index = table.Entries[2 * k];
                    if (key.SequenceEqual(FoldedTitle(index, papers).AsSpan()))
                    {
                        best = index;
                        break;
                    }
                }
            }

            if (_runtimeFoldCount > 0)
            {
                var runtime = _runtimeFolded ?? BuildRuntimeFolded(papers);
                keyText ??= key.ToString();
                if (runtime.TryGetValue(keyText, out var index) && (best < 0 || index < best))
                {
                    best = index;
                }
            }

            return best;
        }

        private string FoldedTitle(int index, PaperCatalog papers)
        {
            var cache = _foldedTitles ?? InterlockedInit(ref _foldedTitles, new string?[Count]);
            var folded = cache[index];
            if (folded is null)
            {
                var title = papers[index].Title;
                var buffer = new char[title.Length];
                folded = TitleFold.TryFoldAscii(title.AsSpan(), buffer, out var length) ? new string(buffer, 0, length) : TextKey.Fold(title);
                cache[index] = folded;
            }

            return folded;
        }

        // Titles outside ASCII fold with Unicode tables, which may differ between the build machine and
        // this process; folding them here keeps Find agreeing with TextKey.Fold on the running framework.
        private Dictionary<string, int> BuildRuntimeFolded(PaperCatalog papers)
        {
            var part = _data(CompiledLayout.RuntimeFoldPart);
            var map = new Dictionary<string, int>(_runtimeFoldCount, StringComparer.Ordinal);
            for (var i = 0; i < _runtimeFoldCount; i++)
            {
                var index = PackedNumbers.Read(part, i);
                var key = TextKey.Fold(papers[index].Title);
                if (key.Length != 0 && !map.ContainsKey(key))
                {
                    map.Add(key, index);
                }
            }

            return InterlockedInit(ref _runtimeFolded, map);
        }

        // Two threads may both build; either result is equal, so the first one published wins.
        private static T InterlockedInit<T>(ref T? slot, T value)
            where T : class
            => Interlocked.CompareExchange(ref slot, value, null) ?? value;

        /// <summary>
        /// A compiled hash table unpacked into arrays on first lookup: bucket starts, then (paper, tag) pairs.
        /// The table was computed at build time; this only widens its numbers, a linear pass the JIT
        /// optimizes at once (no tier-0 loop), about 0.1 ms at 20,000 papers.
        /// </summary>
        private sealed class HashTable
        {
            private HashTable(int[] starts, int[] entries)
            {
                Starts = starts;
                Entries = entries;
            }

            public int[] Starts { get; }

            public int[] Entries { get; }

            [MethodImpl((MethodImplOptions)512)] // AggressiveOptimization, which netstandard2.0 does not name
            public static HashTable Read(ReadOnlySpan<byte> part, int buckets)
            {
                var starts = new int[buckets + 1];
                for (var b = 0; b < starts.Length; b++)
                {
                    starts[b] = PackedNumbers.Read(part, b);
                }

                var entries = new int[2 * starts[buckets]];
                for (var k = 0; k < entries.Length; k++)
                {
                    entries[k] = PackedNumbers.Read(part, buckets + 1 + k);
                }

                return new HashTable(starts, entries);
            }
        }

        private static unsafe string Utf8(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return string.Empty;
            }

            fixed (byte* p = bytes)
            {
                return Encoding.UTF8.GetString(p, bytes.Length);
            }
        }
    }
}
