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
            var collector = new Collector();
            var lengths = new int[count];
            var titleTotal = 0L;
            var abstractTotal = 0L;
            for (var i = 0; i < count; i++)
            {
                if ((i & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                collector.InTitle = true;
                SearchWords.ForEachWord(title(i), collector);
                var titleWords = collector.FieldWords;
                collector.InTitle = false;
                SearchWords.ForEachWord(@abstract(i), collector);
                var abstractWords = collector.FieldWords;
                collector.EndPaper(i);

                lengths[i] = (Math.Min(titleWords, SearchIndexLayout.MaxTitleLength) << SearchIndexLayout.TitleLengthShift)
                    | Math.Min(abstractWords, SearchIndexLayout.MaxAbstractLength);
                titleTotal += titleWords;
                abstractTotal += abstractWords;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var words = new List<KeyValuePair<byte[], List<int>>>(collector.Words.Count);
            for (var w = 0; w < collector.Words.Count; w++)
            {
                // Longer "words" (a pasted sequence, a base64 blob) are not indexed: the reader's buffer stays small.
                var bytes = Utf8.GetBytes(collector.Words[w]);
                if (bytes.Length <= SearchIndexLayout.MaxWordBytes)
                {
                    words.Add(new KeyValuePair<byte[], List<int>>(bytes, collector.Postings[w]));
                }
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
            // Postings first, to know each word's postings length for the words section.
            var entries = new List<byte>();
            var postingsAt = new int[words.Count + 1];
            var blockBytes = new List<byte>();
            var skips = new List<int>();
            for (var w = 0; w < words.Count; w++)
            {
                if ((w & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                postingsAt[w] = entries.Count;
                WritePostings(entries, words[w].Value, blockBytes, skips);
            }

            postingsAt[words.Count] = entries.Count;

            // Blocks of BlockWords words, each word after a block's first sharing what it can of the one before.
            var text = new List<byte>();
            var blocks = (words.Count + SearchIndexLayout.BlockWords - 1) / SearchIndexLayout.BlockWords;
            var directory = new int[2 * (blocks + 1)];
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w].Key;
                if (w % SearchIndexLayout.BlockWords == 0)
                {
                    directory[2 * (w / SearchIndexLayout.BlockWords)] = text.Count;
                    directory[(2 * (w / SearchIndexLayout.BlockWords)) + 1] = postingsAt[w];
                    Varint.Append(text, word.Length);
                    text.AddRange(word);
                }
                else
                {
                    var shared = SharedPrefix(words[w - 1].Key, word);
                    Varint.Append(text, shared);
                    Varint.Append(text, word.Length - shared);
                    for (var i = shared; i < word.Length; i++)
                    {
                        text.Add(word[i]);
                    }
                }

                Varint.Append(text, postingsAt[w + 1] - postingsAt[w]);
            }

            directory[2 * blocks] = text.Count;
            directory[(2 * blocks) + 1] = entries.Count;

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

        // The bytes two words share, cut back to a character boundary: the suffix must be whole UTF-8
        // characters, or the part would not be valid UTF-8 text for its literal.
        private static int SharedPrefix(byte[] previous, byte[] word)
        {
            var shared = 0;
            var n = Math.Min(previous.Length, word.Length);
            while (shared < n && previous[shared] == word[shared])
            {
                shared++;
            }

            while (shared > 0 && shared < word.Length && (word[shared] & 0xC0) == 0x80)
            {
                shared--;
            }

            return shared;
        }

        // Per word: document frequency, the skip table of a long list, then (gap << 2 | kind) with the counts the kind needs (SearchIndexLayout).
        private static void WritePostings(List<byte> entries, List<int> postings, List<byte> blocks, List<int> skips)
        {
            var df = postings.Count / 2;
            Varint.Append(entries, df);
            if (df <= SearchIndexLayout.SkipBlock)
            {
                WriteEntries(entries, postings, 0, df, -1);
                return;
            }

            blocks.Clear();
            skips.Clear();
            var previous = -1;
            for (var first = 0; first < df; first += SearchIndexLayout.SkipBlock)
            {
                var end = Math.Min(df, first + SearchIndexLayout.SkipBlock);
                var start = blocks.Count;
                WriteEntries(blocks, postings, first, end, previous);
                var last = postings[2 * (end - 1)];
                skips.Add(last - previous);
                skips.Add(blocks.Count - start);
                previous = last;
            }

            var table = 0;
            foreach (var number in skips)
            {
                table += Varint.Length(number);
            }

            Varint.Append(entries, table);
            foreach (var number in skips)
            {
                Varint.Append(entries, number);
            }

            entries.AddRange(blocks);
        }

        private static void WriteEntries(List<byte> entries, List<int> postings, int first, int end, int previous)
        {
            for (var k = first; k < end; k++)
            {
                var paper = postings[2 * k];
                var titleCount = postings[(2 * k) + 1] >> 16;
                var abstractCount = postings[(2 * k) + 1] & 0xFFFF;
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

        /// <summary>
        /// Collects each paper's words into postings: words are numbered on first sight (looked up by their
        /// characters, so a word seen before costs no allocation), counted per paper in arrays, and appended to
        /// their postings as (paper, title count &lt;&lt; 16 | abstract count) when the paper ends.
        /// </summary>
        private sealed class Collector : SearchWords.ISink
        {
            private int[] _buckets = new int[1024];
            private readonly List<int> _hashes = new();
            private readonly List<int> _next = new();
            private int[] _counts = new int[1024];
            private readonly List<int> _seen = new();
            private int _fieldWords;

            public List<string> Words { get; } = new();

            public List<List<int>> Postings { get; } = new();

            public bool InTitle { get; set; }

            /// <summary>The words of the field just read; reading the next field starts again from 0.</summary>
            public int FieldWords
            {
                get
                {
                    var n = _fieldWords;
                    _fieldWords = 0;
                    return n;
                }
            }

            public void Word(ReadOnlySpan<char> folded, int end)
            {
                if (folded.IsEmpty)
                {
                    return;
                }

                _fieldWords++;
                var id = Id(folded);
                var n = _counts[id];
                if (n == 0)
                {
                    _seen.Add(id);
                }

                // Title counts above the low 16 bits, abstract counts below; both saturate.
                _counts[id] = InTitle ? ((n >> 16) < 0x7FFF ? n + (1 << 16) : n) : ((n & 0xFFFF) < 0xFFFF ? n + 1 : n);
            }

            public void EndPaper(int paper)
            {
                foreach (var id in _seen)
                {
                    Postings[id].Add(paper);
                    Postings[id].Add(_counts[id]);
                    _counts[id] = 0;
                }

                _seen.Clear();
            }

            private int Id(ReadOnlySpan<char> word)
            {
                var hash = (int)(TitleHash.Compute(word) & 0x7FFFFFFF);
                for (var id = _buckets[hash & (_buckets.Length - 1)] - 1; id >= 0; id = _next[id])
                {
                    if (_hashes[id] == hash && word.SequenceEqual(Words[id].AsSpan()))
                    {
                        return id;
                    }
                }

                var added = Words.Count;
                Words.Add(word.ToString());
                Postings.Add(new List<int>());
                _hashes.Add(hash);
                if (added >= _counts.Length)
                {
                    Array.Resize(ref _counts, _counts.Length * 2);
                }

                if (added >= _buckets.Length)
                {
                    Rehash(_buckets.Length * 2);
                }
                else
                {
                    var bucket = hash & (_buckets.Length - 1);
                    _next.Add(_buckets[bucket] - 1);
                    _buckets[bucket] = added + 1;
                }

                return added;
            }

            private void Rehash(int size)
            {
                _buckets = new int[size];
                _next.Clear();
                for (var id = 0; id < Words.Count; id++)
                {
                    var bucket = _hashes[id] & (size - 1);
                    _next.Add(_buckets[bucket] - 1);
                    _buckets[bucket] = id + 1;
                }
            }
        }

        private static int Mean(long total, int count)
            => count == 0 ? 0 : (int)Math.Min(PackedNumbers.MaxValue, total * SearchIndexLayout.LengthScale / count);
    }
}
