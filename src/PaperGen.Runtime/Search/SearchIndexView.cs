using System;
using System.Runtime.CompilerServices;
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
            MeanTitleLength = ok ? (double)SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderMeanTitleLength) / SearchIndexLayout.LengthScale : 0;
            MeanAbstractLength = ok ? (double)SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderMeanAbstractLength) / SearchIndexLayout.LengthScale : 0;
            _wordsStart = ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderWordsStart) : 0;
            _lengthsStart = ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderLengthsStart) : 0;
            _postingsStart = ok ? SearchIndexLayout.ReadWide(data, SearchIndexLayout.HeaderPostingsStart) : 0;
        }

        public int WordCount { get; }

        public int PaperCount { get; }

        public double MeanTitleLength { get; }

        public double MeanAbstractLength { get; }

        public ReadOnlySpan<byte> Data => _data;

        /// <summary>The UTF-8 bytes of word <paramref name="w"/> (folded).</summary>
        public ReadOnlySpan<byte> Word(int w)
        {
            var start = Directory(w, 0);
            return _data.Slice(_wordsStart + start, Directory(w + 1, 0) - start);
        }

        /// <summary>Where word <paramref name="w"/>'s postings start (its document frequency first), as an offset into <see cref="Data"/>.</summary>
        public int PostingsOf(int w) => _postingsStart + Directory(w, 1);

        /// <summary>The word counts of paper <paramref name="paper"/>'s title and abstract.</summary>
        public void Lengths(int paper, out int title, out int @abstract)
        {
            var packed = PackedNumbers.Read(_data.Slice(_lengthsStart), paper);
            title = packed >> SearchIndexLayout.TitleLengthShift;
            @abstract = packed & SearchIndexLayout.MaxAbstractLength;
        }

        /// <summary>The words equal to <paramref name="word"/> (UTF-8), or with <paramref name="prefix"/> the words it starts: <c>[from, to)</c>.</summary>
        [MethodImpl((MethodImplOptions)512)] // AggressiveOptimization: a first search should not run tier-0 code
        public void Find(ReadOnlySpan<byte> word, bool prefix, out int from, out int to)
        {
            // The first word not below the query; the words it prefixes follow it.
            var lo = 0;
            var hi = WordCount;
            while (lo < hi)
            {
                var mid = (int)((uint)(lo + hi) >> 1);
                if (Word(mid).SequenceCompareTo(word) < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            from = lo;
            if (!prefix)
            {
                to = lo < WordCount && Word(lo).SequenceEqual(word) ? lo + 1 : lo;
                return;
            }

            hi = WordCount;
            var end = lo;
            while (end < hi)
            {
                var mid = (int)((uint)(end + hi) >> 1);
                if (Word(mid).StartsWith(word))
                {
                    end = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            to = end;
        }

        /// <summary>The folded word <paramref name="word"/> as UTF-8 in <paramref name="buffer"/> (3 bytes a character at most).</summary>
        public static unsafe int Utf8(string word, Span<byte> buffer)
        {
            if (word.Length == 0)
            {
                return 0;
            }

            fixed (char* c = word)
            fixed (byte* b = buffer)
            {
                return Encoding.UTF8.GetBytes(c, word.Length, b, buffer.Length);
            }
        }

        private int Directory(int w, int field) => SearchIndexLayout.ReadWide(_data, SearchIndexLayout.HeaderNumbers + (2 * w) + field);
    }
}
