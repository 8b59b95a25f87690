using System;

namespace PaperGen.Search
{
    /// <summary>
    /// A query word that is the prefix of several index words, as one cursor: the papers that have any of them
    /// in file order, each with the sum of the words' scores (in word order). Their postings are decoded whole,
    /// into the thread's arrays (taken by the cursor until <see cref="Return"/> gives them back); a bitmap over the
    /// papers merges them in order. The thread's arrays rather than <c>ArrayPool</c>: its generic instantiations
    /// are compiled on a fresh process's first prefix search even when the app is published ReadyToRun (issue 12).
    /// </summary>
    internal static class PrefixMerge
    {
        [ThreadStatic]
        private static double[]? _dense;

        [ThreadStatic]
        private static ulong[]? _bits;

        [ThreadStatic]
        private static int[]? _merged;

        [ThreadStatic]
        private static double[]? _scores;

        public static PostingCursor Merge(SearchIndexView index, int postings, int words)
        {
            var data = index.Data;
            var papers = index.PaperCount;
            var perTitleWord = index.PerTitleWord;
            var perAbstractWord = index.PerAbstractWord;
            var dense = _dense is { } d && d.Length >= papers ? d : (_dense = new double[papers]);
            var bits = _bits is { } b && b.Length >= (papers + 63) >> 6 ? b : (_bits = new ulong[(papers + 63) >> 6]);
            Array.Clear(bits, 0, (papers + 63) >> 6);
            var count = 0;
            var at = postings;
            for (var w = 0; w < words; w++)
            {
                var cursor = PostingCursor.Postings(data, at, papers);
                for (var paper = cursor.Seek(data, 0); paper != PostingCursor.End; paper = cursor.Seek(data, paper + 1))
                {
                    index.Lengths(paper, out var titleLength, out var abstractLength);
                    var score = RankedSearch.Contribution(cursor.Idf, cursor.TitleCount, cursor.AbstractCount, titleLength, abstractLength, perTitleWord, perAbstractWord);
                    ref var word = ref bits[paper >> 6];
                    var bit = 1UL << (paper & 63);
                    if ((word & bit) == 0)
                    {
                        word |= bit;
                        dense[paper] = score;
                        count++;
                    }
                    else
                    {
                        dense[paper] += score;
                    }
                }

                at = cursor.Position;
            }

            // A query has one prefix word, so the thread's pair is free; were it taken, the cursor gets its own.
            var merged = _merged is { } m && m.Length >= count ? m : new int[Math.Max(count, 64)];
            var scores = _scores is { } s && s.Length >= count ? s : new double[Math.Max(count, 64)];
            _merged = null;
            _scores = null;
            var n = 0;
            var max = 0.0;
            for (var i = 0; i < (papers + 63) >> 6; i++)
            {
                for (var word = bits[i]; word != 0; word &= word - 1)
                {
                    var paper = (i << 6) + TrailingZeros(word);
                    merged[n] = paper;
                    scores[n++] = dense[paper];
                    max = Math.Max(max, dense[paper]);
                }
            }

            return PostingCursor.Merge(merged, scores, count, max);
        }

        /// <summary>Gives a merged cursor's arrays back (nothing for a plain cursor).</summary>
        public static void Return(ref PostingCursor cursor)
        {
            if (cursor.Merged is { } merged)
            {
                _merged = merged;
                _scores = cursor.MergedScores;
            }

            cursor = default;
        }

        private static int TrailingZeros(ulong value)
        {
#if NET8_0_OR_GREATER
            return System.Numerics.BitOperations.TrailingZeroCount(value);
#else
            var n = 0;
            while ((value & 1) == 0)
            {
                value >>= 1;
                n++;
            }

            return n;
#endif
        }
    }
}
