using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
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
        private static readonly Encoding Utf8Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

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

                var titleWords = collector.Read(title(i), inTitle: true);
                var abstractWords = collector.Read(@abstract(i), inTitle: false);
                collector.EndPaper(i);

                lengths[i] = (Math.Min(titleWords, SearchIndexLayout.MaxTitleLength) << SearchIndexLayout.TitleLengthShift)
                    | Math.Min(abstractWords, SearchIndexLayout.MaxAbstractLength);
                titleTotal += titleWords;
                abstractTotal += abstractWords;
            }

            cancellationToken.ThrowIfCancellationRequested();

            // Longer "words" (a pasted sequence, a base64 blob) are not indexed: the reader's buffer stays small.
            var words = new List<byte[]>(collector.WordCount);
            var ids = new List<int>(collector.WordCount);
            for (var w = 0; w < collector.WordCount; w++)
            {
                var bytes = collector.Utf8(w);
                if (bytes.Length <= SearchIndexLayout.MaxWordBytes)
                {
                    words.Add(bytes);
                    ids.Add(w);
                }
            }

            var (keys, order) = Sorted(words, ids);
            return TryWrite(keys, order, collector.Postings(), lengths, count, titleTotal, abstractTotal, cancellationToken);
        }

        // The words in byte order with their ids: sorted by their first 8 bytes as one number (a primitive sort, no
        // comparer calls), then runs that share those bytes by the whole words.
        private static (byte[][] Words, int[] Ids) Sorted(List<byte[]> words, List<int> ids)
        {
            var prefixes = new ulong[words.Count];
            var positions = new int[words.Count];
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w];
                var prefix = 0UL;
                for (var i = 0; i < 8; i++)
                {
                    prefix = (prefix << 8) | (i < word.Length ? word[i] : 0UL);
                }

                prefixes[w] = prefix;
                positions[w] = w;
            }

            Array.Sort(prefixes, positions);
            var whole = Comparer<int>.Create((a, b) => CompareBytes(words[a], words[b]));
            for (var start = 0; start < prefixes.Length;)
            {
                var end = start + 1;
                while (end < prefixes.Length && prefixes[end] == prefixes[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(positions, start, end - start, whole);
                }

                start = end;
            }

            var sortedWords = new byte[positions.Length][];
            var sortedIds = new int[positions.Length];
            for (var w = 0; w < positions.Length; w++)
            {
                sortedWords[w] = words[positions[w]];
                sortedIds[w] = ids[positions[w]];
            }

            return (sortedWords, sortedIds);
        }

        /// <summary>Orders UTF-8 bytes as the runtime's binary search does (unsigned bytes, then length): code point order.</summary>
        public static int CompareBytes(byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b);

        private static byte[]? TryWrite(byte[][] words, int[] ids, WordPostings postings, int[] lengths, int count, long titleTotal, long abstractTotal, CancellationToken cancellationToken)
        {
            // Postings first, to know each word's postings length for the words section.
            var entries = new ByteBuffer(postings.Total * 2);
            var postingsAt = new int[words.Length + 1];
            var blockBytes = new ByteBuffer(256);
            var skips = new List<int>();
            var fields = new FieldLengths(lengths, SearchIndexLayout.PerWord(Mean(titleTotal, count)), SearchIndexLayout.PerWord(Mean(abstractTotal, count)));
            for (var w = 0; w < words.Length; w++)
            {
                if ((w & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                postingsAt[w] = entries.Count;
                WritePostings(entries, postings, ids[w], blockBytes, skips, fields);
            }

            postingsAt[words.Length] = entries.Count;

            // Blocks of BlockWords words, each word after a block's first sharing what it can of the one before.
            var text = new ByteBuffer(words.Length * 8);
            var blocks = (words.Length + SearchIndexLayout.BlockWords - 1) / SearchIndexLayout.BlockWords;
            var directory = new int[2 * (blocks + 1)];
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                if (w % SearchIndexLayout.BlockWords == 0)
                {
                    directory[2 * (w / SearchIndexLayout.BlockWords)] = text.Count;
                    directory[(2 * (w / SearchIndexLayout.BlockWords)) + 1] = postingsAt[w];
                    text.Varint(word.Length);
                    text.Add(word, 0);
                }
                else
                {
                    var shared = SharedPrefix(words[w - 1], word);
                    text.Varint(shared);
                    text.Varint(word.Length - shared);
                    text.Add(word, shared);
                }

                text.Varint(postingsAt[w + 1] - postingsAt[w]);
            }

            directory[2 * blocks] = text.Count;
            directory[(2 * blocks) + 1] = entries.Count;

            var header = new int[SearchIndexLayout.HeaderNumbers];
            header[SearchIndexLayout.HeaderWordCount] = words.Length;
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
        private static void WritePostings(ByteBuffer entries, WordPostings postings, int id, ByteBuffer blocks, List<int> skips, FieldLengths fields)
        {
            var first = postings.Start[id];
            var df = postings.Start[id + 1] - first;
            entries.Varint(df);
            if (df <= SearchIndexLayout.SkipBlock)
            {
                WriteEntries(entries, postings, first, first + df, -1);
                return;
            }

            blocks.Clear();
            skips.Clear();
            var previous = -1;
            for (var k = first; k < first + df; k += SearchIndexLayout.SkipBlock)
            {
                var end = Math.Min(first + df, k + SearchIndexLayout.SkipBlock);
                var start = blocks.Count;
                WriteEntries(blocks, postings, k, end, previous);
                var last = postings.Papers[end - 1];
                skips.Add(last - previous);
                skips.Add(blocks.Count - start);
                skips.Add(Bound(postings, k, end, fields));
                previous = last;
            }

            var table = 0;
            foreach (var number in skips)
            {
                table += Varint.Length(number);
            }

            entries.Varint(table);
            foreach (var number in skips)
            {
                entries.Varint(number);
            }

            entries.Add(blocks);
        }

        // The block's highest t / (k1 + t) in BoundSteps rounded up, with room for the reader's rounding: at most
        // BoundSteps (a saturation is below 1).
        // The saturation grows with t, so the block's is taken at its highest t; t by multiplying with each paper's
        // reciprocal norms, which may differ from the reader's divisions in the last bit: the step added covers it.
        private static int Bound(WordPostings postings, int first, int end, FieldLengths fields)
        {
            var max = 0.0;
            for (var k = first; k < end; k++)
            {
                var paper = postings.Papers[k];
                var counts = postings.Counts[k];
                max = Math.Max(max, ((counts & 0xFFFF) * fields.AbstractScale[paper]) + ((counts >> 16) * fields.TitleScale[paper]));
            }

            var saturation = max / (SearchIndexLayout.K1 + max);
            return Math.Min(SearchIndexLayout.BoundSteps, (int)((saturation * SearchIndexLayout.BoundSteps) + 1e-6) + 1);
        }

        private static void WriteEntries(ByteBuffer entries, WordPostings postings, int first, int end, int previous)
        {
            for (var k = first; k < end; k++)
            {
                var paper = postings.Papers[k];
                var titleCount = postings.Counts[k] >> 16;
                var abstractCount = postings.Counts[k] & 0xFFFF;
                var gap = paper - previous - 1;
                previous = paper;
                if (titleCount > 0)
                {
                    entries.Varint((gap << SearchIndexLayout.KindBits) | SearchIndexLayout.KindTitle);
                    entries.Varint(titleCount);
                    entries.Varint(abstractCount);
                }
                else if (abstractCount <= 2)
                {
                    entries.Varint((gap << SearchIndexLayout.KindBits) | (abstractCount == 1 ? SearchIndexLayout.KindAbstractOnce : SearchIndexLayout.KindAbstractTwice));
                }
                else
                {
                    entries.Varint((gap << SearchIndexLayout.KindBits) | SearchIndexLayout.KindAbstractMore);
                    entries.Varint(abstractCount - 3);
                }
            }
        }

        /// <summary>
        /// Collects each paper's words into postings. ASCII runs (most text) are folded here into one reused buffer,
        /// hashed and looked up in an open-addressing table over the characters of the words seen so far (kept in
        /// one pool), so a word costs no allocation; other runs go through <see cref="SearchWords.FoldRun"/>. Words
        /// are numbered on first sight, counted per paper, and each paper's (word, paper, counts) appended to one
        /// flat log that <see cref="Postings"/> groups by word at the end.
        /// </summary>
        private sealed class Collector : SearchWords.ISink
        {
            // Per ASCII character its folded form if it is a word character (lower case letters, digits), else 0.
            private static readonly char[] AsciiFold = CreateAsciiFold();

            private int[] _table = new int[4096];
            private int[] _hashes = new int[2048];
            private int[] _starts = new int[2049];
            private char[] _pool = new char[16384];
            private int[] _counts = new int[2048];
            private int[] _seen = new int[256];
            private int _seenCount;
            private int[] _log = new int[3 * 4096];
            private int _logCount;
            private char[] _fold = new char[128];
            private bool _inTitle;
            private int _fieldWords;

            public int WordCount { get; private set; }

            /// <summary>Reads the words of one field of the current paper; returns how many.</summary>
            public int Read(string text, bool inTitle)
            {
                _inTitle = inTitle;
                _fieldWords = 0;
                var table = AsciiFold;
                var fold = _fold;
                var n = text.Length;
                var i = 0;
                while (i < n)
                {
                    var c = text[i];
                    if (c < 0x80 ? table[c] == 0 : !SearchWords.IsWordChar(c))
                    {
                        i++;
                        continue;
                    }

                    // One pass over the run: ASCII characters folded into the buffer as they come.
                    var start = i;
                    var ascii = true;
                    var length = 0;
                    while (true)
                    {
                        if (c < 0x80)
                        {
                            var folded = table[c];
                            if (folded == 0)
                            {
                                break;
                            }

                            if (length == fold.Length)
                            {
                                Array.Resize(ref _fold, 2 * length);
                                fold = _fold;
                            }

                            fold[length++] = folded;
                        }
                        else if (SearchWords.IsWordChar(c))
                        {
                            ascii = false;
                        }
                        else
                        {
                            break;
                        }

                        if (++i == n)
                        {
                            break;
                        }

                        c = text[i];
                    }

                    if (ascii)
                    {
                        Word(SearchWords.StripPlural(fold.AsSpan(0, length)), i);
                    }
                    else
                    {
                        SearchWords.FoldRun(text, start, i, this);
                    }
                }

                return _fieldWords;
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
                    if (_seenCount == _seen.Length)
                    {
                        Array.Resize(ref _seen, 2 * _seen.Length);
                    }

                    _seen[_seenCount++] = id;
                }

                // Title counts above the low 16 bits, abstract counts below; both saturate.
                _counts[id] = _inTitle ? ((n >> 16) < 0x7FFF ? n + (1 << 16) : n) : ((n & 0xFFFF) < 0xFFFF ? n + 1 : n);
            }

            public void EndPaper(int paper)
            {
                if (_logCount + (3 * _seenCount) > _log.Length)
                {
                    Array.Resize(ref _log, Math.Max(2 * _log.Length, _logCount + (3 * _seenCount)));
                }

                for (var k = 0; k < _seenCount; k++)
                {
                    var id = _seen[k];
                    _log[_logCount++] = id;
                    _log[_logCount++] = paper;
                    _log[_logCount++] = _counts[id];
                    _counts[id] = 0;
                }

                _seenCount = 0;
            }

            /// <summary>Each word's papers in file order with their counts, grouped by word (a counting sort of the log).</summary>
            public WordPostings Postings()
            {
                var start = new int[WordCount + 1];
                for (var k = 0; k < _logCount; k += 3)
                {
                    start[_log[k] + 1]++;
                }

                for (var w = 0; w < WordCount; w++)
                {
                    start[w + 1] += start[w];
                }

                var total = _logCount / 3;
                var papers = new int[total];
                var counts = new int[total];
                var next = new int[WordCount];
                Array.Copy(start, next, WordCount);
                for (var k = 0; k < _logCount; k += 3)
                {
                    var at = next[_log[k]]++;
                    papers[at] = _log[k + 1];
                    counts[at] = _log[k + 2];
                }

                return new WordPostings(start, papers, counts, total);
            }

            /// <summary>Word <paramref name="id"/> as UTF-8.</summary>
            public byte[] Utf8(int id)
            {
                var start = _starts[id];
                var bytes = new byte[_starts[id + 1] - start];
                for (var i = 0; i < bytes.Length; i++)
                {
                    var c = _pool[start + i];
                    if (c >= 0x80)
                    {
                        return Utf8Encoding.GetBytes(_pool, start, bytes.Length);
                    }

                    bytes[i] = (byte)c;
                }

                return bytes;
            }

            private static char[] CreateAsciiFold()
            {
                var fold = new char[0x80];
                for (var c = '0'; c <= '9'; c++)
                {
                    fold[c] = c;
                }

                for (var c = 'a'; c <= 'z'; c++)
                {
                    fold[c] = c;
                    fold[c - 32] = c;
                }

                return fold;
            }

            // The length and the first, middle and last four characters, each read as one number: a word costs a few
            // multiplications, not one a character (the hash only places words in this table; it is never stored).
            private static uint Hash(ReadOnlySpan<char> word)
            {
                const ulong Multiplier = 0x9E3779B97F4A7C15UL;
                var h = (ulong)word.Length * Multiplier;
                if (word.Length >= 4)
                {
                    var bytes = MemoryMarshal.AsBytes(word);
                    h = (h ^ MemoryMarshal.Read<ulong>(bytes)) * Multiplier;
                    h = (h ^ MemoryMarshal.Read<ulong>(bytes.Slice(bytes.Length - 8))) * Multiplier;
                    if (word.Length > 8)
                    {
                        h = (h ^ MemoryMarshal.Read<ulong>(bytes.Slice((word.Length / 2 - 2) * 2))) * Multiplier;
                    }
                }
                else
                {
                    foreach (var c in word)
                    {
                        h = (h ^ c) * Multiplier;
                    }
                }

                return (uint)(h >> 32);
            }

            private int Id(ReadOnlySpan<char> word)
            {
                var hash = Hash(word);

                var mask = _table.Length - 1;
                for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
                {
                    var id = _table[slot] - 1;
                    if (id < 0)
                    {
                        return Add(word, hash, slot);
                    }

                    if (_hashes[id] == (int)hash && word.SequenceEqual(_pool.AsSpan(_starts[id], _starts[id + 1] - _starts[id])))
                    {
                        return id;
                    }
                }
            }

            private int Add(ReadOnlySpan<char> word, uint hash, int slot)
            {
                var id = WordCount++;
                if (id == _hashes.Length)
                {
                    Array.Resize(ref _hashes, 2 * id);
                    Array.Resize(ref _starts, (2 * id) + 1);
                    Array.Resize(ref _counts, 2 * id);
                }

                var at = _starts[id];
                if (at + word.Length > _pool.Length)
                {
                    Array.Resize(ref _pool, Math.Max(2 * _pool.Length, at + word.Length));
                }

                word.CopyTo(_pool.AsSpan(at));
                _starts[id + 1] = at + word.Length;
                _hashes[id] = (int)hash;
                _table[slot] = id + 1;

                // Half full at most, so probes stay short.
                if (2 * WordCount > _table.Length)
                {
                    _table = new int[2 * _table.Length];
                    var mask = _table.Length - 1;
                    for (var w = 0; w < WordCount; w++)
                    {
                        var s = _hashes[w] & mask;
                        while (_table[s] != 0)
                        {
                            s = (s + 1) & mask;
                        }

                        _table[s] = w + 1;
                    }
                }

                return id;
            }
        }

        /// <summary>Postings grouped by word id: word <c>w</c>'s are <c>[Start[w], Start[w + 1])</c> of the papers and counts.</summary>
        private sealed class WordPostings
        {
            public WordPostings(int[] start, int[] papers, int[] counts, int total)
            {
                Start = start;
                Papers = papers;
                Counts = counts;
                Total = total;
            }

            public int[] Start { get; }

            public int[] Papers { get; }

            /// <summary>Title count &lt;&lt; 16 | abstract count.</summary>
            public int[] Counts { get; }

            public int Total { get; }
        }

        /// <summary>Per paper what a title and an abstract occurrence add to BM25F's t: title weight / title norm, 1 / abstract norm.</summary>
        private sealed class FieldLengths
        {
            public FieldLengths(int[] lengths, double perTitleWord, double perAbstractWord)
            {
                TitleScale = new double[lengths.Length];
                AbstractScale = new double[lengths.Length];
                for (var i = 0; i < lengths.Length; i++)
                {
                    TitleScale[i] = SearchIndexLayout.WeightedFrequency(1, 0, lengths[i] >> SearchIndexLayout.TitleLengthShift, 0, perTitleWord, perAbstractWord);
                    AbstractScale[i] = SearchIndexLayout.WeightedFrequency(0, 1, 0, lengths[i] & SearchIndexLayout.MaxAbstractLength, perTitleWord, perAbstractWord);
                }
            }

            public double[] TitleScale { get; }

            public double[] AbstractScale { get; }
        }

        /// <summary>Bytes appended to a growing array (a List of bytes, without a call per byte).</summary>
        private sealed class ByteBuffer
        {
            private byte[] _bytes;

            public ByteBuffer(int capacity) => _bytes = new byte[Math.Max(16, capacity)];

            public int Count { get; private set; }

            public void Clear() => Count = 0;

            public void Varint(int value)
            {
                Reserve(7);
                var v = (uint)value;
                while (v >= 32)
                {
                    _bytes[Count++] = (byte)('0' + 32 + (v & 31));
                    v >>= 5;
                }

                _bytes[Count++] = (byte)('0' + v);
            }

            public void Add(byte[] bytes, int from)
            {
                Reserve(bytes.Length - from);
                Array.Copy(bytes, from, _bytes, Count, bytes.Length - from);
                Count += bytes.Length - from;
            }

            public void Add(ByteBuffer other)
            {
                Reserve(other.Count);
                Array.Copy(other._bytes, 0, _bytes, Count, other.Count);
                Count += other.Count;
            }

            public void CopyTo(byte[] target, int at) => Array.Copy(_bytes, 0, target, at, Count);

            private void Reserve(int more)
            {
                if (Count + more > _bytes.Length)
                {
                    Array.Resize(ref _bytes, Math.Max(2 * _bytes.Length, Count + more));
                }
            }
        }

        private static int Mean(long total, int count)
            => count == 0 ? 0 : (int)Math.Min(PackedNumbers.MaxValue, total * SearchIndexLayout.LengthScale / count);
    }
}
