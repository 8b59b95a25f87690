using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using PaperGen.CompiledData;
using PaperGen.Generator.Model;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// Lays a dump out as compiled data: the text in chunks of about <see cref="ChunkBytes"/> UTF-8 bytes
    /// (many modest literals compile in linear time and memory; one giant literal does not), a manifest
    /// locating each paper, and title hash tables computed here so the runtime never builds a dictionary.
    /// </summary>
    internal static class CompiledDataWriter
    {
        /// <summary>Target size of one text chunk; a paper is never split, so a chunk may run over by one paper.</summary>
        public const int ChunkBytes = 64 * 1024;

        /// <summary>
        /// Dumps with more UTF-8 abstract text than this have their chunks Deflate-compressed. The compiler spends
        /// about 0.2 µs and tens of bytes on every byte of a u8 literal (it lowers each byte to a node),
        /// so fewer bytes is the lever on build time and memory; small dumps stay plain text to read.
        /// Optimal rather than Fastest: at 20,000 papers 0.6 s more in the generator, 19% fewer literal
        /// bytes (16.9 MB against 20.9 MB of assembly), which the compiler pays for in memory on every build.
        /// </summary>
        public const int CompressAboveBytes = 1024 * 1024;

        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>
        /// The layout of <paramref name="model"/>, or <see langword="null"/> when its text cannot be UTF-8
        /// literals (a lone surrogate) or a number does not fit the packed form; the caller falls back to
        /// ordinary literals then. A chunk never spans a multiple of <paramref name="papersPerFile"/>.
        /// </summary>
        public static CompiledData? TryWrite(DumpModel model, int papersPerFile, CancellationToken cancellationToken = default)
        {
            var layout = TryLayOut(model, papersPerFile, cancellationToken);
            if (layout is null || !layout.Compressed)
            {
                return layout;
            }

            var chunks = new List<TextChunk>(layout.Chunks.Count);
            foreach (var chunk in layout.Chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                chunks.Add(new TextChunk(Compress(chunk.Text), chunk.FirstPaper, chunk.PaperCount, chunk.File, chunk.Local, isPacked: true));
            }

            return new CompiledData(layout.Manifest, layout.TitleTable, layout.FoldTable, layout.RuntimeFold, chunks, layout.Heads, compressed: true);
        }

        private static string Compress(string text)
        {
            var raw = Utf8.GetBytes(text);
            using var compressed = new MemoryStream(raw.Length / 2);
            using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(raw, 0, raw.Length);
            }

            var packed = new StringBuilder(PackedNumbers.Width + (int)(compressed.Length * 4 / 3) + 4);
            PackedNumbers.Append(packed, raw.Length);
            PackedBytes.Append(packed, compressed.GetBuffer(), (int)compressed.Length);
            return packed.ToString();
        }

        private static CompiledData? TryLayOut(DumpModel model, int papersPerFile, CancellationToken cancellationToken)
        {
            var papers = model.Papers;
            var count = papers.Count;
            var manifest = new StringBuilder((CompiledLayout.HeaderNumbers + (count * CompiledLayout.PaperNumbers)) * PackedNumbers.Width);
            var titleBuckets = BucketCount(count);

            var chunks = new List<TextChunk>();
            var chunk = new StringBuilder(ChunkBytes + 4096);
            var chunkBytes = 0;
            var chunkFirst = 0;
            var chunkFile = 0;
            var chunkLocal = 0;
            var heads = new List<string>();
            var head = new StringBuilder();
            var headBytes = 0;
            var entries = new int[count * CompiledLayout.PaperNumbers];
            var extra = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                if ((i & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var paper = papers[i];
                extra.Clear();
                if (!TryWriteExtra(extra, paper))
                {
                    return null;
                }

                var extraText = extra.ToString();
                if (HasLoneSurrogate(paper.Title) || HasLoneSurrogate(paper.Abstract) || HasLoneSurrogate(extraText))
                {
                    return null;
                }

                var titleBytes = Utf8.GetByteCount(paper.Title);
                var abstractBytes = Utf8.GetByteCount(paper.Abstract);
                var extraBytes = Utf8.GetByteCount(extraText);
                var startsFile = papersPerFile > 0 && i % papersPerFile == 0;
                if (chunk.Length > 0 && (chunkBytes + abstractBytes > ChunkBytes || startsFile))
                {
                    chunks.Add(new TextChunk(chunk.ToString(), chunkFirst, i - chunkFirst, chunkFile, chunkLocal));
                    chunk.Clear();
                    chunkBytes = 0;
                    chunkFirst = i;
                    chunkLocal = startsFile ? 0 : chunkLocal + 1;
                    chunkFile = startsFile ? chunkFile + 1 : chunkFile;
                }

                if (startsFile && i > 0)
                {
                    heads.Add(head.ToString());
                    head.Clear();
                    headBytes = 0;
                }

                var at = i * CompiledLayout.PaperNumbers;
                entries[at + CompiledLayout.PaperChunk] = (chunkFile << CompiledLayout.ChunkFileShift) | chunkLocal;
                entries[at + CompiledLayout.PaperAbstractOffset] = chunkBytes;
                entries[at + CompiledLayout.PaperAbstractBytes] = abstractBytes;
                entries[at + CompiledLayout.PaperHeadOffset] = headBytes;
                entries[at + CompiledLayout.PaperTitleBytes] = titleBytes;
                entries[at + CompiledLayout.PaperExtraBytes] = extraBytes;
                entries[at + CompiledLayout.PaperLine] = paper.TitleLine;
                chunk.Append(paper.Abstract);
                chunkBytes += abstractBytes;
                head.Append(paper.Title).Append(extraText);
                headBytes += titleBytes + extraBytes;
                if (chunkBytes > PackedNumbers.MaxValue || headBytes > PackedNumbers.MaxValue || paper.TitleLine > PackedNumbers.MaxValue || paper.TitleLine < 0)
                {
                    return null;
                }
            }

            if (chunk.Length > 0)
            {
                chunks.Add(new TextChunk(chunk.ToString(), chunkFirst, count - chunkFirst, chunkFile, chunkLocal));
            }

            heads.Add(head.ToString());
            if (chunks.Count > 0 && (((chunkFile + 1) << CompiledLayout.ChunkFileShift) > PackedNumbers.MaxValue || chunkLocal >= CompiledLayout.HeadsLocal))
            {
                return null;
            }

            PackedNumbers.Append(manifest, CompiledLayout.FormatVersion);
            PackedNumbers.Append(manifest, count);
            PackedNumbers.Append(manifest, titleBuckets);

            // Tolerant lookup: ASCII titles are folded here; the rest by the runtime (see TitleFold).
            var foldKeys = new List<string>();
            var foldPapers = new List<int>();
            var runtimeFold = new StringBuilder();
            var runtimeFoldCount = 0;
            var seenKeys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var title = papers[i].Title;
                var buffer = new char[title.Length];
                if (TitleFold.TryFoldAscii(title.AsSpan(), buffer, out var length))
                {
                    var key = new string(buffer, 0, length);
                    if (length > 0 && seenKeys.Add(key))
                    {
                        foldKeys.Add(key);
                        foldPapers.Add(i);
                    }
                }
                else
                {
                    PackedNumbers.Append(runtimeFold, i);
                    runtimeFoldCount++;
                }
            }

            var foldBuckets = BucketCount(foldKeys.Count);
            PackedNumbers.Append(manifest, foldBuckets);
            PackedNumbers.Append(manifest, runtimeFoldCount);
            var titles = new string[count];
            var indexes = new int[count];
            for (var i = 0; i < count; i++)
            {
                titles[i] = papers[i].Title;
                indexes[i] = i;
            }

            var window = ChooseWindow(titles, cancellationToken);
            PackedNumbers.Append(manifest, window.Packed);
            var totalBytes = 0L;
            for (var i = 0; i < count; i++)
            {
                var at = i * CompiledLayout.PaperNumbers;
                totalBytes += entries[at + CompiledLayout.PaperAbstractBytes];
            }

            var compressed = totalBytes > CompressAboveBytes;
            PackedNumbers.Append(manifest, compressed ? 1 : 0);
            foreach (var number in entries)
            {
                PackedNumbers.Append(manifest, number);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var titleTable = HashTable(titles, indexes, titleBuckets, window);
            var foldTable = HashTable(foldKeys.ToArray(), foldPapers.ToArray(), foldBuckets, HashWindow.Full);
            return new CompiledData(manifest.ToString(), titleTable, foldTable, runtimeFold.ToString(), chunks, heads, compressed);
        }

        // A power of two at least the number of keys: a load factor of at most 1 keeps the table small
        // (4 bytes a bucket) while the stored tags keep the chains cheap to walk.
        private static int BucketCount(int keys)
        {
            var buckets = 1;
            while (buckets < keys)
            {
                buckets <<= 1;
            }

            return buckets;
        }

        // Bucket starts, then (paper, tag) pairs grouped by bucket; within a bucket, file order.
        private static string HashTable(string[] keys, int[] papers, int buckets, HashWindow window)
        {
            var hashes = new ulong[keys.Length];
            var starts = new int[buckets + 1];
            for (var k = 0; k < keys.Length; k++)
            {
                hashes[k] = TitleHash.Compute(keys[k].AsSpan(), window);
                starts[TitleHash.Bucket(hashes[k], buckets) + 1]++;
            }

            for (var b = 0; b < buckets; b++)
            {
                starts[b + 1] += starts[b];
            }

            var next = (int[])starts.Clone();
            var slots = new int[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                slots[next[TitleHash.Bucket(hashes[k], buckets)]++] = k;
            }

            var table = new StringBuilder((buckets + 1 + (2 * keys.Length)) * PackedNumbers.Width);
            foreach (var start in starts)
            {
                PackedNumbers.Append(table, start);
            }

            foreach (var k in slots)
            {
                PackedNumbers.Append(table, papers[k]);
                PackedNumbers.Append(table, TitleHash.Tag(hashes[k]));
            }

            return table.ToString();
        }

        // Exact lookups hash one 4-character window (and the length) when some window tells nearly all of
        // this dump's titles apart: the first from the start or the end with at most 1 in 64 titles
        // sharing a hash. Otherwise the four-window hash, which any set of titles suits.
        private static HashWindow ChooseWindow(string[] titles, CancellationToken cancellationToken)
        {
            var allowed = titles.Length / 64;
            var seen = new HashSet<ulong>();
            for (var offset = 0; offset < 8; offset++)
            {
                foreach (var fromEnd in new[] { false, true })
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var window = HashWindow.At(offset, fromEnd);
                    seen.Clear();
                    var shared = 0;
                    foreach (var title in titles)
                    {
                        if (!seen.Add(TitleHash.Compute(title.AsSpan(), window)) && ++shared > allowed)
                        {
                            break;
                        }
                    }

                    if (shared <= allowed)
                    {
                        return window;
                    }
                }
            }

            return HashWindow.Full;
        }

        private static bool TryWriteExtra(StringBuilder extra, PaperModel paper)
        {
            var ok = Field(extra, CompiledLayout.IdentifierTag, paper.Identifier)
                && Field(extra, CompiledLayout.ShortNameTag, paper.ShortName);
            foreach (var link in paper.Links)
            {
                ok = ok && Field(extra, CompiledLayout.LinkTag, link);
            }

            var meta = paper.Metadata;
            return ok
                && Field(extra, CompiledLayout.ArxivIdTag, meta.ArxivId)
                && Field(extra, CompiledLayout.AuthorCountTag, meta.AuthorCount?.ToString(CultureInfo.InvariantCulture))
                && Field(extra, CompiledLayout.OrganizationTag, meta.Organization)
                && Field(extra, CompiledLayout.DateTag, meta.Date)
                && Field(extra, CompiledLayout.UpvotesTag, meta.Upvotes?.ToString(CultureInfo.InvariantCulture))
                && Field(extra, CompiledLayout.CodeUrlTag, meta.CodeUrl);
        }

        private static bool Field(StringBuilder extra, byte tag, string? value)
        {
            if (value is null)
            {
                return true;
            }

            if (HasLoneSurrogate(value))
            {
                return false;
            }

            var bytes = Utf8.GetByteCount(value);
            if (bytes > PackedNumbers.MaxValue)
            {
                return false;
            }

            extra.Append((char)tag);
            PackedNumbers.Append(extra, bytes);
            extra.Append(value);
            return true;
        }

        private static bool HasLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
