using System;
using System.Text;
using PaperGen.CompiledData;

namespace PaperGen.Search
{
    /// <summary>
    /// Reads a search index (<see cref="SearchIndexLayout"/>) where it lies: a view over the compiled part or an
    /// in-memory catalog's bytes. Creating one reads four numbers; nothing is decoded ahead of a query.
    /// </summary>
    internal readonly ref struct SearchIndexView
    {
        [ThreadStatic]
        private static byte[]? _wordBuffer;

        private readonly ReadOnlySpan<byte> _data;
        private readonly int _wordsStart;
        private readonly int _lengthsStart;
        private readonly int _postingsStart;

        public SearchIndexView(ReadOnlySpan<byte> data)
        {
            _data = data;
            var ok = data.Length >= SearchIndexLayout.HeaderNumbers * SearchIndexLayout.WideWidth;
            WordCount = ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderWordCount) : 0;
            PaperCount = ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderPaperCount) : 0;
            PerTitleWord = SearchIndexLayout.PerWord(ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderMeanTitleLength) : 0);
            PerAbstractWord = SearchIndexLayout.PerWord(ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderMeanAbstractLength) : 0);
            _wordsStart = ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderWordsStart) : 0;
            _lengthsStart = ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderLengthsStart) : 0;
            _postingsStart = ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderPostingsStart) : 0;
        }

        public int WordCount { get; }

        public int PaperCount { get; }

        /// <summary>b / the mean title length (<see cref="SearchIndexLayout.PerWord"/>).</summary>
        public double PerTitleWord { get; }

        /// <summary>b / the mean abstract length.</summary>
        public double PerAbstractWord { get; }

        public ReadOnlySpan<byte> Data => _data;

        /// <summary>The word counts of paper <paramref name="paper"/>'s title and abstract.</summary>
        public void Lengths(int paper, out int title, out int @abstract)
        {
            var packed = PackedNumbers.Read(_data.Slice(_lengthsStart), paper);
            title = packed >> SearchIndexLayout.TitleLengthShift;
            @abstract = packed & SearchIndexLayout.MaxAbstractLength;
        }

        /// <summary>
        /// The words equal to <paramref name="word"/> (UTF-8), or with <paramref name="prefix"/> the words it
        /// starts: where their postings start in <see cref="Data"/> (back to back, in word order), how many words,
        /// and the sum of their document frequencies. False when there is none.
        /// </summary>
        public bool Find(ReadOnlySpan<byte> word, bool prefix, out int postings, out int words, out long frequency)
        {
            postings = 0;
            words = 0;
            frequency = 0;
            var blocks = (WordCount + SearchIndexLayout.BlockWords - 1) / SearchIndexLayout.BlockWords;

            // The first block whose first word is not below the query; the query's first word may be in the one before.
            var lo = 0;
            var hi = blocks;
            while (lo < hi)
            {
                var mid = (int)((uint)(lo + hi) >> 1);
                if (Compare(BlockFirstWord(mid), word) < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            var block = lo == 0 ? 0 : lo - 1;

            // A buffer kept per thread rather than on the stack: a method with stackalloc and a loop is compiled
            // fully optimised on its first call (no on-stack replacement for it), which a fresh process's first search
            // waits for; this one is compiled at tier 0 in a fraction of that, and scans at most one block.
            var buffer = _wordBuffer ??= new byte[SearchIndexLayout.MaxWordBytes];
            var at = _wordsStart + Directory(block, 0);
            var p = _postingsStart + Directory(block, 1);
            var length = 0;
            for (var w = block * SearchIndexLayout.BlockWords; w < WordCount; w++)
            {
                if (w % SearchIndexLayout.BlockWords == 0)
                {
                    length = Varint.Read(_data, ref at);
                    _data.Slice(at, length).CopyTo(buffer);
                    at += length;
                }
                else
                {
                    var shared = Varint.Read(_data, ref at);
                    var suffix = Varint.Read(_data, ref at);
                    _data.Slice(at, suffix).CopyTo(buffer.AsSpan(shared));
                    at += suffix;
                    length = shared + suffix;
                }

                var postingsLength = Varint.Read(_data, ref at);
                var current = new ReadOnlySpan<byte>(buffer, 0, length);
                if (words == 0)
                {
                    var order = Compare(current, word);
                    if (order < 0)
                    {
                        p += postingsLength;
                        continue;
                    }

                    if (prefix ? !StartsWith(current, word) : order != 0)
                    {
                        return false;
                    }

                    postings = p;
                }
                else if (!StartsWith(current, word))
                {
                    break;
                }

                words++;
                var df = p;
                frequency += Varint.Read(_data, ref df);
                p += postingsLength;
                if (!prefix)
                {
                    break;
                }
            }

            return words > 0;
        }

        /// <summary>
        /// The folded word <paramref name="word"/> as UTF-8 in <paramref name="buffer"/>; -1 when it does not fit (a word
        /// longer than the buffer is longer than any word of the index, so in none).
        /// </summary>
        /// <remarks>
        /// A plain loop rather than <see cref="Encoding.UTF8"/>, whose first use in a process costs about 3.5 ms (its
        /// transcoder is set up on the first call), which a fresh process's first search paid for its first query word. A
        /// lone surrogate (no word of the index has one) is left to the framework, which writes its replacement character.
        /// </remarks>
        public static int Utf8(ReadOnlySpan<char> word, Span<byte> buffer)
        {
            var n = 0;
            for (var i = 0; i < word.Length; i++)
            {
                int c = word[i];
                if (c < 0x80)
                {
                    if (n >= buffer.Length)
                    {
                        return -1;
                    }

                    buffer[n++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    if (n + 1 >= buffer.Length)
                    {
                        return -1;
                    }

                    buffer[n++] = (byte)(0xC0 | (c >> 6));
                    buffer[n++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c < 0xD800 || c > 0xDFFF)
                {
                    if (n + 2 >= buffer.Length)
                    {
                        return -1;
                    }

                    buffer[n++] = (byte)(0xE0 | (c >> 12));
                    buffer[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buffer[n++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c <= 0xDBFF && i + 1 < word.Length && word[i + 1] >= 0xDC00 && word[i + 1] <= 0xDFFF)
                {
                    if (n + 3 >= buffer.Length)
                    {
                        return -1;
                    }

                    c = 0x10000 + ((c - 0xD800) << 10) + (word[++i] - 0xDC00);
                    buffer[n++] = (byte)(0xF0 | (c >> 18));
                    buffer[n++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                    buffer[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buffer[n++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    return FrameworkUtf8(word, buffer);
                }
            }

            return n;
        }

        private static unsafe int FrameworkUtf8(ReadOnlySpan<char> word, Span<byte> buffer)
        {
            fixed (char* c = word)
            fixed (byte* b = buffer)
            {
                return Encoding.UTF8.GetByteCount(c, word.Length) > buffer.Length ? -1 : Encoding.UTF8.GetBytes(c, word.Length, b, buffer.Length);
            }
        }

        // Byte order, as the builder sorted the words (SearchIndexBuilder.CompareBytes). Plain loops over words of a few
        // bytes: the framework's vectorised comparisons are compiled on a fresh process's first search, not precompiled.
        private static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
        {
            var common = Math.Min(a.Length, b.Length);
            for (var i = 0; i < common; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] - b[i];
                }
            }

            return a.Length - b.Length;
        }

        private static bool StartsWith(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix)
        {
            if (prefix.Length > text.Length)
            {
                return false;
            }

            for (var i = 0; i < prefix.Length; i++)
            {
                if (text[i] != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private ReadOnlySpan<byte> BlockFirstWord(int block)
        {
            var at = _wordsStart + Directory(block, 0);
            var length = Varint.Read(_data, ref at);
            return _data.Slice(at, length);
        }

        private int Directory(int block, int field) => SearchIndexLayout.ReadWide(_data, SearchIndexLayout.HeaderNumbers + (2 * block) + field);
    }
}
