using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using PaperGen.Storage;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// A catalog's papers as generated code compiled them: UTF-8 text read from the assembly image and
    /// decoded one paper at a time on first use, and title hash tables that were computed at build time.
    /// Reads every layout <see cref="CompiledHeader"/> knows.
    /// </summary>
    /// <remarks>
    /// A fresh process pays for what its first lookup touches, so that is as little as it can be: the manifest,
    /// the title table read in place (arrays are widened from it only once a program has made enough lookups to
    /// gain from them), one file's titles and one paper's extra fields. A store over constants reads even the
    /// manifest header only on first use.
    /// </remarks>
    internal sealed class CompiledPaperStore : IPaperStore, ILazyPaperText
    {
        // Typed titles up to this length are folded in a stack buffer: tolerant lookups allocate nothing.
        private const int StackFoldLength = 256;

        // Lookups read the exact-title table in place until this many, then through arrays widened from it: a
        // program that looks up a few titles compiles and fills nothing, one that looks up many pays the 0.1 ms
        // and the optimized loop once and then reads plain arrays, about a fifth faster per lookup than in place.
        private const int LookupsBeforeWidening = 16;

        private readonly PaperDataSource _data;
        private readonly string _sourceFile;
        private CompiledHeader? _header;
        private Paper?[]? _papers;
        private Dictionary<int, byte[]>? _inflated;
        private HashTable? _titles;
        private HashTable? _folded;
        private int _titleLookups;
        private int _foldLookups;
        private string?[]? _foldedTitles;
        private Dictionary<string, int>? _runtimeFolded;
        private byte[]? _builtSearchIndex;

        /// <summary>A store over <paramref name="data"/>; <paramref name="readHeader"/> reads and checks the manifest header now rather than on first use.</summary>
        /// <exception cref="ArgumentException"><paramref name="readHeader"/> and no reader here knows the data's layout.</exception>
        public CompiledPaperStore(PaperDataSource data, string sourceFile, bool readHeader)
        {
            _data = data ?? throw new ArgumentNullException(nameof(data));
            _sourceFile = sourceFile;
            if (readHeader)
            {
                _ = Header;
            }
        }

        public int Count => Papers.Length;

        public Paper this[int index] => Papers[index] ?? Decode(index);

        /// <summary>The manifest header, read on first use.</summary>
        /// <exception cref="ArgumentException">No reader here knows the data's layout.</exception>
        private CompiledHeader Header => _header ?? ReadHeader();

        // One slot per paper, filled as papers are decoded.
        private Paper?[] Papers => _papers ?? InterlockedInit(ref _papers, new Paper?[Header.PaperCount]);

        public int IndexOfTitle(string title)
        {
            var table = _titles;
            if (table is not null)
            {
                return IndexOfTitle(title, table);
            }

            // Not atomic: a lost count only delays widening by a lookup.
            return ++_titleLookups <= LookupsBeforeWidening ? IndexOfTitleInPlace(title) : IndexOfTitleWidening(title);
        }

        private int IndexOfTitleWidening(string title)
            => IndexOfTitle(title, InterlockedInit(ref _titles, HashTable.Read(_data(CompiledLayout.TitleTablePart), Header.TitleBuckets)));

        // The lookup through the widened arrays, apart from IndexOfTitle so that a fresh process's first lookups compile
        // neither its loop nor the table it reads; inlined into IndexOfTitle once that is optimized.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int IndexOfTitle(string title, HashTable table)
        {
            var header = Header;
            var hash = TitleHash.Compute(title.AsSpan(), header.TitleWindow);
            var starts = table.Starts;
            var bucket = TitleHash.Bucket(hash, header.TitleBuckets);
            var k = starts[bucket];
            var end = starts[bucket + 1];
            var tag = TitleHash.Tag(hash);
            var entries = table.Entries;
            for (; k < end; k++)
            {
                if (entries[(2 * k) + 1] == tag)
                {
                    var index = entries[2 * k];
                    if (string.Equals(this[index].Title, title))
                    {
                        return index;
                    }
                }
            }

            return -1;
        }

        // Only a catalog's first lookups come here, so it is compiled once without the instrumentation and loop patchpoints tier 0
        // adds to a method with loops (less to compile on a fresh process's first lookup), and never again; ReadyToRun still
        // precompiles it.
        [MethodImpl(MethodImplOptions.NoOptimization)]
        private int IndexOfTitleInPlace(string title)
        {
            var header = Header;
            var hash = TitleHash.Compute(title.AsSpan(), header.TitleWindow);
            var tag = TitleHash.Tag(hash);
            var buckets = header.TitleBuckets;

            // The table as compiled (bucket starts, then (paper, tag) pairs), read in place: a lookup reads two
            // starts and its bucket's pairs, so nothing is built from the table and nothing is allocated.
            var table = _data(CompiledLayout.TitleTablePart);
            var bucket = TitleHash.Bucket(hash, buckets);
            var end = PackedNumbers.Read(table, bucket + 1);
            for (var k = PackedNumbers.Read(table, bucket); k < end; k++)
            {
                var entry = buckets + 1 + (2 * k);
                if (PackedNumbers.Read(table, entry + 1) == tag)
                {
                    var index = PackedNumbers.Read(table, entry);
                    if (string.Equals(this[index].Title, title))
                    {
                        return index;
                    }
                }
            }

            return -1;
        }

        public int IndexOfFoldedTitle(string title)
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

            return key.IsEmpty ? -1 : IndexOfFolded(key, ref keyText);
        }

        /// <summary>
        /// The compiled search index, read in place; layout 4 (and a dump whose index was too large to compile)
        /// has none, so one is built from the papers on first use, decompressing every abstract once.
        /// </summary>
        public ReadOnlySpan<byte> SearchIndex
        {
            get
            {
                if (_builtSearchIndex is not null)
                {
                    return _builtSearchIndex;
                }

                var part = Header.Layout >= CompiledLayout.FormatVersion ? _data(CompiledLayout.SearchIndexPart) : default;
                return part.IsEmpty ? PaperArrayStore.BuildSearchIndex(ref _builtSearchIndex, Count, i => this[i]) : part;
            }
        }

        /// <summary>The abstract of paper <paramref name="index"/>: what a Paper reads on first access to it.</summary>
        public string LoadAbstract(int index)
        {
            var manifest = _data(CompiledLayout.ManifestPart);
            var at = PaperAt(index);
            var chunk = Chunk(PackedNumbers.Read(manifest, at + CompiledLayout.PaperChunk));
            return Utf8Text.Decode(chunk.Slice(PackedNumbers.Read(manifest, at + CompiledLayout.PaperAbstractOffset), PackedNumbers.Read(manifest, at + CompiledLayout.PaperAbstractBytes)));
        }

        /// <summary>The AI summary of paper <paramref name="index"/>, right after its abstract in the chunk (layout 5 on).</summary>
        public string LoadAiSummary(int index)
        {
            var manifest = _data(CompiledLayout.ManifestPart);
            var at = PaperAt(index);
            var chunk = Chunk(PackedNumbers.Read(manifest, at + CompiledLayout.PaperChunk));
            var start = PackedNumbers.Read(manifest, at + CompiledLayout.PaperAbstractOffset) + PackedNumbers.Read(manifest, at + CompiledLayout.PaperAbstractBytes);
            return Utf8Text.Decode(chunk.Slice(start, SummaryBytes(manifest, at)));
        }

        // Layout 4 had no AI summaries: its papers have fewer numbers.
        private int SummaryBytes(ReadOnlySpan<byte> manifest, int at)
            => Header.PaperNumbers > CompiledLayout.PaperSummaryBytes ? PackedNumbers.Read(manifest, at + CompiledLayout.PaperSummaryBytes) : 0;

        private int PaperAt(int index)
        {
            var header = Header;
            return header.HeaderNumbers + (index * header.PaperNumbers);
        }

        private CompiledHeader ReadHeader()
        {
            return InterlockedInit(ref _header, CompiledHeader.Read(_data(CompiledLayout.ManifestPart), _sourceFile));
        }

        private Paper Decode(int index)
        {
            var manifest = _data(CompiledLayout.ManifestPart);
            var at = PaperAt(index);
            var file = PackedNumbers.Read(manifest, at + CompiledLayout.PaperChunk) >> CompiledLayout.ChunkFileShift;
            var heads = _data(CompiledLayout.FirstChunkPart + ((file << CompiledLayout.ChunkFileShift) | CompiledLayout.HeadsLocal));
            var offset = PackedNumbers.Read(manifest, at + CompiledLayout.PaperHeadOffset);
            var titleBytes = PackedNumbers.Read(manifest, at + CompiledLayout.PaperTitleBytes);
            var extraBytes = PackedNumbers.Read(manifest, at + CompiledLayout.PaperExtraBytes);

            var values = ExtraFields.Read(heads.Slice(offset + titleBytes, extraBytes));
            values.Title = Utf8Text.Decode(heads.Slice(offset, titleBytes));
            values.Identifier ??= string.Empty;
            if (string.IsNullOrEmpty(values.SourceFile))
            {
                // Only a paper of an archive (several dumps, one class) names its own file.
                values.SourceFile = _sourceFile;
            }

            values.SourceLine = PackedNumbers.Read(manifest, at + CompiledLayout.PaperLine);
            var paper = new Paper(values, this, index, aiSummaryIsLazy: SummaryBytes(manifest, at) > 0);
            return Interlocked.CompareExchange(ref Papers[index], paper, null) ?? paper;
        }

        // A compressed chunk is inflated on the first use of one of its papers and kept: its papers are
        // likely used together, and 64 KB is small next to the strings decoded from it.
        private ReadOnlySpan<byte> Chunk(int id)
        {
            var part = _data(CompiledLayout.FirstChunkPart + id);
            return Header.Compressed ? Inflated(id, part) : part;
        }

        // Apart from Chunk, so that reading a plain chunk compiles none of the decompression (nor loads its assembly).
        private byte[] Inflated(int id, ReadOnlySpan<byte> part)
        {
            var inflated = _inflated ?? InterlockedInit(ref _inflated, new Dictionary<int, byte[]>());
            lock (inflated)
            {
                if (!inflated.TryGetValue(id, out var text))
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

                    inflated.Add(id, text);
                }

                return text;
            }
        }

        private int IndexOfFolded(ReadOnlySpan<char> key, ref string? keyText)
        {
            var best = -1;
            var header = Header;
            var hash = TitleHash.Compute(key);
            var tag = TitleHash.Tag(hash);
            var buckets = header.FoldBuckets;
            var bucket = TitleHash.Bucket(hash, buckets);
            var table = _folded;
            if (table is null && ++_foldLookups > LookupsBeforeWidening)
            {
                table = InterlockedInit(ref _folded, HashTable.Read(_data(CompiledLayout.FoldTablePart), buckets));
            }

            if (table is not null)
            {
                var end = table.Starts[bucket + 1];
                for (var k = table.Starts[bucket]; k < end; k++)
                {
                    if (table.Entries[(2 * k) + 1] == tag)
                    {
                        var index = table.Entries[2 * k];
                        if (key.SequenceEqual(FoldedTitle(index).AsSpan()))
                        {
                            best = index;
                            break;
                        }
                    }
                }
            }
            else
            {
                // In place for the first lookups, as IndexOfTitle reads its table.
                var part = _data(CompiledLayout.FoldTablePart);
                var end = PackedNumbers.Read(part, bucket + 1);
                for (var k = PackedNumbers.Read(part, bucket); k < end; k++)
                {
                    var entry = buckets + 1 + (2 * k);
                    if (PackedNumbers.Read(part, entry + 1) == tag)
                    {
                        var index = PackedNumbers.Read(part, entry);
                        if (key.SequenceEqual(FoldedTitle(index).AsSpan()))
                        {
                            best = index;
                            break;
                        }
                    }
                }
            }

            if (Header.RuntimeFoldCount > 0)
            {
                var runtime = _runtimeFolded ?? BuildRuntimeFolded();
                keyText ??= key.ToString();
                if (runtime.TryGetValue(keyText, out var index) && (best < 0 || index < best))
                {
                    best = index;
                }
            }

            return best;
        }

        private string FoldedTitle(int index)
        {
            var cache = _foldedTitles ?? InterlockedInit(ref _foldedTitles, new string?[Count]);
            var folded = cache[index];
            if (folded is null)
            {
                var title = this[index].Title;
                var buffer = new char[title.Length];
                folded = TitleFold.TryFoldAscii(title.AsSpan(), buffer, out var length) ? new string(buffer, 0, length) : TextKey.Fold(title);
                cache[index] = folded;
            }

            return folded;
        }

        // Titles outside ASCII fold with Unicode tables, which may differ between the build machine and
        // this process; folding them here keeps Find agreeing with TextKey.Fold on the running framework.
        private Dictionary<string, int> BuildRuntimeFolded()
        {
            var part = _data(CompiledLayout.RuntimeFoldPart);
            var map = new Dictionary<string, int>(Header.RuntimeFoldCount, StringComparer.Ordinal);
            for (var i = 0; i < Header.RuntimeFoldCount; i++)
            {
                var index = PackedNumbers.Read(part, i);
                var key = TextKey.Fold(this[index].Title);
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
        /// A compiled hash table unpacked into arrays: bucket starts, then (paper, tag) pairs. The table was computed
        /// at build time; this only widens its numbers, a linear pass the JIT optimizes at once (no tier-0 loop),
        /// about 0.1 ms at 20,000 papers.
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
    }
}
