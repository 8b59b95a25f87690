using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using PaperGen.CompiledData;

namespace PaperGen.Search
{
    /// <summary>
    /// Builds the search index of papers (see <see cref="SearchIndexLayout"/>) from their titles and abstracts in
    /// file order. The one builder: the generator calls it to compile a dump's index and the runtime calls it
    /// for a catalog made from <c>Paper</c> objects, so both catalogs answer a query from the same bytes.
    /// </summary>
    internal static class SearchIndexBuilder
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>
        /// The index, or <see langword="null"/> when an offset or count does not fit a packed number (past a gigabyte): the runtime then builds it from the papers on first search. Never throws on text.
        /// </summary>
        /// <param name="count">How many papers.</param>
        /// <param name="title">The title of paper <c>i</c>.</param>
        /// <param name="abstract">The abstract of paper <c>i</c>.</param>
        /// <param name="cancellationToken">Cancels the work (the generator's token).</param>
        public static byte[]? TryBuild(int count, Func<int, string> title, Func<int, string> @abstract, CancellationToken cancellationToken = default)
        {
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var lengths = new int[count];
            var titleTotal = 0L;
            var abstractTotal = 0L;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                if ((i & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                counts.Clear();
                var titleWords = SearchWords.Split(title(i));
                var abstractWords = SearchWords.Split(@abstract(i));
                foreach (var word in titleWords)
                {
                    counts.TryGetValue(word, out var n);
                    counts[word] = (n >> 16) < 0x7FFF ? n + (1 << 16) : n;
                }

                foreach (var word in abstractWords)
                {
                    counts.TryGetValue(word, out var n);
                    counts[word] = (n & 0xFFFF) < 0xFFFF ? n + 1 : n;
                }

                // Postings per word as (paper, title count << 16 | abstract count), in file order by construction.
                foreach (var pair in counts)
                {
                    if (!postings.TryGetValue(pair.Key, out var list))
                    {
                        list = new List<int>();
                        postings.Add(pair.Key, list);
                    }

                    list.Add(i);
                    list.Add(pair.Value);
                }

                lengths[i] = (Math.Min(titleWords.Count, SearchIndexLayout.MaxTitleLength) << SearchIndexLayout.TitleLengthShift)
                    | Math.Min(abstractWords.Count, SearchIndexLayout.MaxAbstractLength);
                titleTotal += titleWords.Count;
                abstractTotal += abstractWords.Count;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var words = new List<KeyValuePair<byte[], List<int>>>(postings.Count);
            foreach (var pair in postings)
            {
                words.Add(new KeyValuePair<byte[], List<int>>(Utf8.GetBytes(pair.Key), pair.Value));
            }

            words.Sort((a, b) => CompareBytes(a.Key, b.Key));
            return TryWrite(words, lengths, count, titleTotal, abstractTotal, cancellationToken);
        }

        /// <summary>Orders UTF-8 bytes as the runtime's binary search does (unsigned bytes, then length): code point order.</summary>
        public static int CompareBytes(byte[] a, byte[] b)
        {
            var n = Math.Min(a.Length, b.Length);
            for (var i = 0; i < n; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] - b[i];
                }
            }

            return a.Length - b.Length;
        }

        private static byte[]? TryWrite(List<KeyValuePair<byte[], List<int>>> words, int[] lengths, int count, long titleTotal, long abstractTotal, CancellationToken cancellationToken)
        {
            var text = new List<byte>();
            var entries = new List<byte>();
            var directory = new int[2 * (words.Count + 1)];
            for (var w = 0; w < words.Count; w++)
            {
                if ((w & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                directory[2 * w] = text.Count;
                directory[(2 * w) + 1] = entries.Count;
                text.AddRange(words[w].Key);
                WritePostings(entries, words[w].Value);
            }

            directory[2 * words.Count] = text.Count;
            directory[(2 * words.Count) + 1] = entries.Count;

            var header = new int[SearchIndexLayout.HeaderNumbers];
            header[SearchIndexLayout.HeaderWordCount] = words.Count;
            header[SearchIndexLayout.HeaderPaperCount] = count;
            header[SearchIndexLayout.HeaderMeanTitleLength] = Mean(titleTotal, count);
            header[SearchIndexLayout.HeaderMeanAbstractLength] = Mean(abstractTotal, count);
            var wordsStart = (header.Length + directory.Length) * SearchIndexLayout.WideWidth;
            var lengthsStart = wordsStart + text.Count;
            var postingsStart = lengthsStart + (lengths.Length * PackedNumbers.Width);
            header[SearchIndexLayout.HeaderWordsStart] = wordsStart;
            header[SearchIndexLayout.HeaderLengthsStart] = lengthsStart;
            header[SearchIndexLayout.HeaderPostingsStart] = postingsStart;
            if ((long)postingsStart + entries.Count > SearchIndexLayout.MaxWide || count > PackedNumbers.MaxValue)
            {
                return null;
            }

            var packed = new StringBuilder(postingsStart);
            foreach (var number in header)
            {
                SearchIndexLayout.AppendWide(packed, number);
            }

            foreach (var number in directory)
            {
                SearchIndexLayout.AppendWide(packed, number);
            }

            var bytes = new byte[postingsStart + entries.Count];
            var at = Encoding.ASCII.GetBytes(packed.ToString(), 0, packed.Length, bytes, 0);
            text.CopyTo(bytes, at);
            packed.Clear();
            foreach (var length in lengths)
            {
                PackedNumbers.Append(packed, length);
            }

            Encoding.ASCII.GetBytes(packed.ToString(), 0, packed.Length, bytes, lengthsStart);
            entries.CopyTo(bytes, postingsStart);
            return bytes;
        }

        // Per word: document frequency, then (gap << 2 | kind) with the counts the kind needs (SearchIndexLayout).
        private static void WritePostings(List<byte> entries, List<int> postings)
        {
            Varint.Append(entries, postings.Count / 2);
            var previous = -1;
            for (var k = 0; k < postings.Count; k += 2)
            {
                var paper = postings[k];
                var titleCount = postings[k + 1] >> 16;
                var abstractCount = postings[k + 1] & 0xFFFF;
                var gap = paper - previous - 1;
                previous = paper;
                if (titleCount > 0)
                {
                    Varint.Append(entries, (gap << SearchIndexLayout.KindBits) | SearchIndexLayout.KindTitle);
                    Varint.Append(entries, titleCount);
                    Varint.Append(entries, abstractCount);
                }
                else if (abstractCount <= 2)
                {
                    Varint.Append(entries, (gap << SearchIndexLayout.KindBits) | (abstractCount == 1 ? SearchIndexLayout.KindAbstractOnce : SearchIndexLayout.KindAbstractTwice));
                }
                else
                {
                    Varint.Append(entries, (gap << SearchIndexLayout.KindBits) | SearchIndexLayout.KindAbstractMore);
                    Varint.Append(entries, abstractCount - 3);
                }
            }
        }

        private static int Mean(long total, int count)
            => count == 0 ? 0 : (int)Math.Min(PackedNumbers.MaxValue, total * SearchIndexLayout.LengthScale / count);
    }
}
