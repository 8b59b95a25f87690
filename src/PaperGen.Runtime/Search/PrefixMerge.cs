using System;
using System.Buffers;

namespace PaperGen.Search
{
    /// <summary>
    /// A query word that is the prefix of several index words, as one cursor: the papers that have any of them
    /// in file order, each with the sum of the words' scores (in word order). Their postings are decoded whole,
    /// into rented arrays that <see cref="Return"/> gives back; a bitmap over the papers merges them in order.
    /// </summary>
    internal static class PrefixMerge
    {
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
        public static PostingCursor Merge(SearchIndexView index, int postings, int words)
        {
            var data = index.Data;
            var papers = index.PaperCount;
            var perTitleWord = index.PerTitleWord;
            var perAbstractWord = index.PerAbstractWord;
            var dense = ArrayPool<double>.Shared.Rent(papers);
            var bits = ArrayPool<ulong>.Shared.Rent((papers + 63) >> 6);
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

            var merged = ArrayPool<int>.Shared.Rent(count);
            var scores = ArrayPool<double>.Shared.Rent(count);
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

            ArrayPool<ulong>.Shared.Return(bits);
            ArrayPool<double>.Shared.Return(dense);
            return PostingCursor.Merge(merged, scores, count, max);
        }

        /// <summary>Gives a merged cursor's arrays back (nothing for a plain cursor).</summary>
        public static void Return(ref PostingCursor cursor)
        {
            if (cursor.Merged is { } merged)
            {
                ArrayPool<int>.Shared.Return(merged);
                ArrayPool<double>.Shared.Return(cursor.MergedScores!);
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
