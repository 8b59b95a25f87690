using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using PaperGen.CompiledData;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// Encodes a dump as compiled data (<see cref="CompiledLayout"/>): the text in chunks of about
    /// <see cref="ChunkBytes"/> UTF-8 bytes (many modest literals compile in linear time and memory; one giant
    /// literal does not), a manifest locating each paper, and title hash tables computed here so the runtime
    /// never builds a dictionary. It writes no C#: the emitter turns the result into literals.
    /// </summary>
    internal static class CompiledDataEncoder
    {
        /// <summary>Target size of one text chunk; a paper is never split, so a chunk may run over by one paper.</summary>
        public const int ChunkBytes = 64 * 1024;

        /// <summary>
        /// Dumps with more UTF-8 text in chunks (abstracts and AI summaries) than this have their chunks
        /// Deflate-compressed; small dumps stay plain text to read. How hard to compress depends on what a byte
        /// costs the consumer's compiler (<see cref="LevelFor"/>).
        /// </summary>
        public const int CompressAboveBytes = 1024 * 1024;

        /// <summary>
        /// In a <c>"…"u8</c> literal the compiler spends about 0.2 µs and tens of bytes on every byte (one bound
        /// node each), so there Optimal pays: at 20,000 papers 0.6 s more in the generator for 19% fewer bytes.
        /// A constant string carries its bytes for about 0.02 s a MB (issue 12), so the generator's time weighs
        /// more and Fastest wins: about 0.3–0.6 s less per 20,000 papers for some 4 MB more constant data.
        /// </summary>
        public static CompressionLevel LevelFor(bool constantCarrier) => constantCarrier ? CompressionLevel.Fastest : CompressionLevel.Optimal;

        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>
        /// The compiled data of <paramref name="model"/>, or <see langword="null"/> when its text cannot be
        /// UTF-8 literals (a lone surrogate) or a number does not fit the packed form; the caller falls back
        /// to ordinary literals then. A chunk never spans a multiple of <paramref name="papersPerFile"/>.
        /// </summary>
        /// <param name="model">The dump.</param>
        /// <param name="papersPerFile">Papers per generated file; each file holds its papers' heads and chunks.</param>
        /// <param name="generatorVersion">This PaperGen's version, recorded so that a runtime too old for the layout can name it.</param>
        /// <param name="cancellationToken">Cancels the work.</param>
        /// <param name="level">How hard to compress large dumps' chunks (<see cref="LevelFor"/>).</param>
        public static EncodedCatalog? TryEncode(DumpModel model, int papersPerFile, string generatorVersion, CancellationToken cancellationToken = default, CompressionLevel level = CompressionLevel.Optimal)
        {
            var papers = model.Papers;
            var numbers = new int[papers.Count * CompiledLayout.PaperNumbers];
            var heads = TryEncodeHeads(papers, papersPerFile, numbers, cancellationToken);
            var textBytes = heads is null ? null : TryCountChunkText(papers);
            var compressed = textBytes is not null && Sum(textBytes) > CompressAboveBytes;
            var chunks = textBytes is null ? null : TryChunkAbstracts(papers, textBytes, compressed ? level : null, papersPerFile, numbers, cancellationToken);
            if (heads is null || chunks is null)
            {
                return null;
            }

            var titles = IndexTitles(papers, cancellationToken);
            var folded = IndexFoldedTitles(papers);

            var header = Header(generatorVersion, papers.Count, titles, folded, compressed);
            var search = SearchIndexEncoder.Encode(papers, cancellationToken);
            return new EncodedCatalog(Manifest(header, numbers), titles.Table, folded.Table, folded.RuntimeFold, chunks, heads, compressed, search);
        }

        // Per generated file, its papers' titles and extra fields back to back; the manifest gets where
        // each paper's head starts, the lengths of its title and extra fields, and its line.
        private static List<string>? TryEncodeHeads(EquatableArray<PaperModel> papers, int papersPerFile, int[] numbers, CancellationToken cancellationToken)
        {
            var heads = new List<string>();
            var head = new StringBuilder();
            var headBytes = 0;
            var extra = new StringBuilder();
            for (var i = 0; i < papers.Count; i++)
            {
                if ((i & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (i > 0 && StartsFile(i, papersPerFile))
                {
                    heads.Add(head.ToString());
                    head.Clear();
                    headBytes = 0;
                }

                var paper = papers[i];
                extra.Clear();
                if (HasLoneSurrogate(paper.Title) || !ExtraFieldWriter.TryWrite(extra, paper))
                {
                    return null;
                }

                var extraText = extra.ToString();
                var titleBytes = Utf8.GetByteCount(paper.Title);
                var extraBytes = Utf8.GetByteCount(extraText);
                var at = i * CompiledLayout.PaperNumbers;
                numbers[at + CompiledLayout.PaperHeadOffset] = headBytes;
                numbers[at + CompiledLayout.PaperTitleBytes] = titleBytes;
                numbers[at + CompiledLayout.PaperExtraBytes] = extraBytes;
                numbers[at + CompiledLayout.PaperLine] = paper.TitleLine;
                head.Append(paper.Title).Append(extraText);
                headBytes += titleBytes + extraBytes;
                if (headBytes > PackedNumbers.MaxValue || paper.TitleLine > PackedNumbers.MaxValue || paper.TitleLine < 0)
                {
                    return null;
                }
            }

            heads.Add(head.ToString());
            return heads;
        }

        // The UTF-8 lengths of each paper's abstract and AI summary (two numbers a paper), or null when a
        // lone surrogate keeps the text from being UTF-8.
        private static int[]? TryCountChunkText(EquatableArray<PaperModel> papers)
        {
            var bytes = new int[papers.Count * 2];
            for (var i = 0; i < papers.Count; i++)
            {
                var paper = papers[i];
                var summary = paper.Metadata.AiSummary ?? string.Empty;
                if (HasLoneSurrogate(paper.Abstract) || HasLoneSurrogate(summary))
                {
                    return null;
                }

                bytes[2 * i] = Utf8.GetByteCount(paper.Abstract);
                bytes[(2 * i) + 1] = Utf8.GetByteCount(summary);
            }

            return bytes;
        }

        private static long Sum(int[] values)
        {
            var total = 0L;
            foreach (var value in values)
            {
                total += value;
            }

            return total;
        }

        // Abstracts, each followed by its AI summary, in file order, in chunks of about ChunkBytes that never
        // cross a file; the manifest gets each paper's chunk number, offset and the two lengths. The text
        // goes into one reused UTF-8 buffer, compressed from there when the dump is large: no string of
        // the whole chunk is made only to be encoded again.
        private static List<TextChunk>? TryChunkAbstracts(EquatableArray<PaperModel> papers, int[] textBytes, CompressionLevel? compress, int papersPerFile, int[] numbers, CancellationToken cancellationToken)
        {
            var chunks = new List<TextChunk>();
            var buffer = new byte[ChunkBytes + 4096];
            var chunkBytes = 0;
            var first = 0;
            var file = 0;
            var local = 0;
            for (var i = 0; i < papers.Count; i++)
            {
                if ((i & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var paper = papers[i];
                var summary = paper.Metadata.AiSummary ?? string.Empty;
                var abstractBytes = textBytes[2 * i];
                var summaryBytes = textBytes[(2 * i) + 1];
                var startsFile = i > 0 && StartsFile(i, papersPerFile);

                // Counted in papers, not text: papers without an abstract still start their file's chunks.
                if (i > first && (chunkBytes + abstractBytes + summaryBytes > ChunkBytes || startsFile))
                {
                    chunks.Add(Chunk(buffer, chunkBytes, compress, first, i - first, file, local));
                    chunkBytes = 0;
                    first = i;
                    local = startsFile ? 0 : local + 1;
                    file = startsFile ? file + 1 : file;
                }

                var at = i * CompiledLayout.PaperNumbers;
                numbers[at + CompiledLayout.PaperChunk] = (file << CompiledLayout.ChunkFileShift) | local;
                numbers[at + CompiledLayout.PaperAbstractOffset] = chunkBytes;
                numbers[at + CompiledLayout.PaperAbstractBytes] = abstractBytes;
                numbers[at + CompiledLayout.PaperSummaryBytes] = summaryBytes;
                if (chunkBytes + abstractBytes + summaryBytes > buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(buffer.Length * 2, chunkBytes + abstractBytes + summaryBytes));
                }

                chunkBytes += Utf8.GetBytes(paper.Abstract, 0, paper.Abstract.Length, buffer, chunkBytes);
                chunkBytes += Utf8.GetBytes(summary, 0, summary.Length, buffer, chunkBytes);
                if (chunkBytes > PackedNumbers.MaxValue || local >= CompiledLayout.HeadsLocal || ((file + 1) << CompiledLayout.ChunkFileShift) > PackedNumbers.MaxValue)
                {
                    return null;
                }
            }

            if (papers.Count > first)
            {
                chunks.Add(Chunk(buffer, chunkBytes, compress, first, papers.Count - first, file, local));
            }

            return chunks;
        }

        private static TextChunk Chunk(byte[] utf8, int count, CompressionLevel? compress, int first, int paperCount, int file, int local)
            => compress is { } level
                ? new TextChunk(Compress(utf8, count, level), first, paperCount, file, local, IsPacked: true)
                : new TextChunk(Utf8.GetString(utf8, 0, count), first, paperCount, file, local);

        private static bool StartsFile(int paper, int papersPerFile) => papersPerFile > 0 && paper % papersPerFile == 0;

        // The exact-title table, hashed with the window that tells this dump's titles apart.
        private static TitleIndex IndexTitles(EquatableArray<PaperModel> papers, CancellationToken cancellationToken)
        {
            var titles = new string[papers.Count];
            var indexes = new int[papers.Count];
            for (var i = 0; i < titles.Length; i++)
            {
                titles[i] = papers[i].Title;
                indexes[i] = i;
            }

            var window = ChooseWindow(titles, cancellationToken);
            var buckets = BucketCount(titles.Length);
            cancellationToken.ThrowIfCancellationRequested();
            return new TitleIndex(HashTable(titles, indexes, buckets, window), buckets, window);
        }

        // Tolerant lookup: ASCII titles are folded here; the rest by the runtime (see TitleFold).
        private static FoldIndex IndexFoldedTitles(EquatableArray<PaperModel> papers)
        {
            var keys = new List<string>();
            var keyPapers = new List<int>();
            var runtimeFold = new StringBuilder();
            var runtimeFoldCount = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < papers.Count; i++)
            {
                var title = papers[i].Title;
                var buffer = new char[title.Length];
                if (TitleFold.TryFoldAscii(title.AsSpan(), buffer, out var length))
                {
                    var key = new string(buffer, 0, length);
                    if (length > 0 && seen.Add(key))
                    {
                        keys.Add(key);
                        keyPapers.Add(i);
                    }
                }
                else
                {
                    PackedNumbers.Append(runtimeFold, i);
                    runtimeFoldCount++;
                }
            }

            var buckets = BucketCount(keys.Count);
            return new FoldIndex(HashTable(keys.ToArray(), keyPapers.ToArray(), buckets, HashWindow.Full), buckets, runtimeFold.ToString(), runtimeFoldCount);
        }

        // The raw length as a packed number, then the Deflate bytes packed into ASCII.
        private static string Compress(byte[] raw, int count, CompressionLevel level)
        {
            using var compressed = new MemoryStream(count / 2);
            using (var deflate = new DeflateStream(compressed, level, leaveOpen: true))
            {
                deflate.Write(raw, 0, count);
            }

            var packed = new StringBuilder(PackedNumbers.Width + (int)(compressed.Length * 4 / 3) + 4);
            PackedNumbers.Append(packed, count);
            PackedBytes.Append(packed, compressed.GetBuffer(), (int)compressed.Length);
            return packed.ToString();
        }

        private static int[] Header(string generatorVersion, int paperCount, TitleIndex titles, FoldIndex folded, bool compressed)
        {
            var header = new int[CompiledLayout.HeaderNumbers];
            header[CompiledLayout.HeaderVersion] = CompiledLayout.FormatVersion;
            header[CompiledLayout.HeaderWriterVersion] = PackedVersion(generatorVersion);
            header[CompiledLayout.HeaderPaperCount] = paperCount;
            header[CompiledLayout.HeaderTitleBuckets] = titles.Buckets;
            header[CompiledLayout.HeaderFoldBuckets] = folded.Buckets;
            header[CompiledLayout.HeaderRuntimeFoldCount] = folded.RuntimeFoldCount;
            header[CompiledLayout.HeaderTitleWindow] = titles.Window.Packed;
            header[CompiledLayout.HeaderCompressed] = compressed ? 1 : 0;
            return header;
        }

        private static string Manifest(int[] header, int[] numbers)
        {
            var manifest = new StringBuilder((header.Length + numbers.Length) * PackedNumbers.Width);
            foreach (var number in header)
            {
                PackedNumbers.Append(manifest, number);
            }

            foreach (var number in numbers)
            {
                PackedNumbers.Append(manifest, number);
            }

            return manifest.ToString();
        }

        // "0.2.0" or "0.2.0-beta.1+abc": the numbers before any suffix; 0 (unknown) when they do not fit.
        private static int PackedVersion(string version)
        {
            var end = version.IndexOfAny(new[] { '-', '+' });
            var parts = (end < 0 ? version : version.Substring(0, end)).Split('.');
            return parts.Length >= 3
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var patch)
                ? CompiledLayout.PackVersion(major, minor, patch)
                : 0;
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

        internal static bool HasLoneSurrogate(string text)
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

        private sealed record TitleIndex(string Table, int Buckets, HashWindow Window);

        private sealed record FoldIndex(string Table, int Buckets, string RuntimeFold, int RuntimeFoldCount);
    }
}
