using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PaperGen.Storage;

namespace PaperGen.Search
{
    /// <summary>
    /// Answers a query from a search index: the papers having every query word, ranked by BM25F (title and
    /// abstract as two fields, the title weighted <see cref="TitleWeight"/> times, document frequencies from the
    /// whole dump), ties in file order. A paper at a time: the rarest word's postings propose papers, the others'
    /// are sought to them (passing whole blocks by their skip tables), and only papers with every word are
    /// scored; the best <c>limit</c> are kept in a bounded heap. Nothing is shared between searches: buffers are
    /// per thread or rented, so a query allocates its result list and its parsed words.
    /// </summary>
    /// <remarks>
    /// A paper's score is the sum over its matched index words <c>w</c> of
    /// <c>idf(w) · t / (k1 + t)</c>, where <c>t = TitleWeight · tfTitle / normTitle + tfAbstract / normAbstract</c>,
    /// <c>norm = 1 − b + b · length / meanLength</c> per field, and <c>idf(w) = ln(1 + (N − df + 0.5) / (df + 0.5))</c>.
    /// A prefix query word sums the words it starts that the paper has. Scores are compared as single-precision
    /// numbers; equal ones keep file order. Phrases are checked on the text of the papers that have all their
    /// words (the index keeps no positions: phrases are rare, positions would double its size).
    /// </remarks>
    internal static class RankedSearch
    {
        public const double K1 = 1.2;
        public const double B = 0.75;
        public const double TitleWeight = 5.0;

        // The longest word the index holds.
        private const int MaxWordBytes = SearchIndexLayout.MaxWordBytes;

        // AggressiveOptimization (which netstandard2.0 does not name) on the loops over postings: the first search in
        // a process must not run them unoptimized (tier 0), and they are too hot for on-stack replacement to come in time.
        private const MethodImplOptions Optimized = (MethodImplOptions)512;

        // One per thread, reused: a query's cursors (searches on other threads have their own).
        [ThreadStatic]
        private static PostingCursor[]? _cursors;

        /// <summary>The best <paramref name="limit"/> papers for <paramref name="query"/>, best first.</summary>
        [MethodImpl(Optimized)]
        public static List<Paper> Run(IPaperStore store, ReadOnlySpan<byte> data, string query, int limit)
        {
            var parsed = SearchQuery.Parse(query);
            var index = new SearchIndexView(data);
            var terms = parsed.Words.Count;
            if (terms == 0 || limit <= 0 || index.PaperCount == 0)
            {
                return new List<Paper>();
            }

            var cursors = _cursors is { } reused && reused.Length >= terms ? reused : (_cursors = new PostingCursor[Math.Max(terms, 8)]);
            Span<long> order = terms <= 32 ? stackalloc long[terms] : new long[terms];
            Span<byte> utf8 = stackalloc byte[MaxWordBytes];
            try
            {
                // Each query word's cursor; the rarest leads (and bounds the hits), the others are asked for its papers.
                for (var q = 0; q < terms; q++)
                {
                    var word = parsed.Words[q];
                    if ((word.Length > MaxWordBytes / 3 && SearchIndexView.Utf8Length(word) > MaxWordBytes)
                        || !index.Find(utf8.Slice(0, SearchIndexView.Utf8(word, utf8)), parsed.IsPrefix(q), out var postings, out var words, out var frequency))
                    {
                        return new List<Paper>();
                    }

                    cursors[q] = words == 1 ? PostingCursor.Postings(data, postings, index.PaperCount) : PrefixMerge.Merge(index, postings, words);
                    cursors[q].Order = q;
                    order[q] = (frequency << 8) | (uint)q;
                }

                // Insertion sort: queries have a handful of words (Span.Sort is not in netstandard2.0).
                for (var i = 1; i < terms; i++)
                {
                    for (var j = i; j > 0 && order[j - 1] > order[j]; j--)
                    {
                        (order[j - 1], order[j]) = (order[j], order[j - 1]);
                        (cursors[j - 1], cursors[j]) = (cursors[j], cursors[j - 1]);
                    }
                }

                return Collect(store, parsed, index, cursors, terms, limit);
            }
            finally
            {
                for (var q = 0; q < terms; q++)
                {
                    PrefixMerge.Return(ref cursors[q]);
                }
            }
        }

        /// <summary>The score one word adds for a paper with the given counts and field lengths (BM25F).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Contribution(double idf, int titleCount, int abstractCount, int titleLength, int abstractLength, double perTitleWord, double perAbstractWord)
        {
            var t = abstractCount / (1 - B + (abstractLength * perAbstractWord));
            if (titleCount > 0)
            {
                t += TitleWeight * titleCount / (1 - B + (titleLength * perTitleWord));
            }

            return idf * t / (K1 + t);
        }

        /// <summary>norm = 1 - b + b * length / mean per field, with the divisions by the means done once: b / mean.</summary>
        public static void PerWord(SearchIndexView index, out double perTitleWord, out double perAbstractWord)
        {
            perTitleWord = B / (index.MeanTitleLength > 0 ? index.MeanTitleLength : 1);
            perAbstractWord = B / (index.MeanAbstractLength > 0 ? index.MeanAbstractLength : 1);
        }

        // Papers with every word (and phrase), a paper at a time: the leading cursor proposes, the others are sought to
        // it, and a paper one of them passes becomes the next proposal. Sort keys (score descending, then file order)
        // go to all hits sorted, or to a bounded max-heap of the best `limit`.
        [MethodImpl(Optimized)]
        private static List<Paper> Collect(IPaperStore store, SearchQuery query, SearchIndexView index, PostingCursor[] cursors, int terms, int limit)
        {
            var data = index.Data;
            PerWord(index, out var perTitleWord, out var perAbstractWord);
            var all = limit >= cursors[0].Frequency;
            var keys = ArrayPool<long>.Shared.Rent(all ? cursors[0].Frequency : limit);
            var count = 0;
            try
            {
                var target = 0;
                while (true)
                {
                    var k = 0;
                    while (k < terms)
                    {
                        var paper = cursors[k].Seek(data, target);
                        if (paper == target)
                        {
                            k++;
                            continue;
                        }

                        if (paper == PostingCursor.End)
                        {
                            return Results(store, keys, count);
                        }

                        target = paper;
                        k = k == 0 ? 1 : 0;
                    }

                    index.Lengths(target, out var titleLength, out var abstractLength);
                    var score = 0.0;
                    for (k = 0; k < terms; k++)
                    {
                        ref var cursor = ref cursors[k];
                        score += cursor.MergedScores is { } merged
                            ? merged[cursor.MergedAt]
                            : Contribution(cursor.Idf, cursor.TitleCount, cursor.AbstractCount, titleLength, abstractLength, perTitleWord, perAbstractWord);
                    }

                    var key = ((long)(int.MaxValue - FloatBits((float)score)) << 32) | (uint)target;
                    target++;
                    if (!all && count == limit && key >= keys[0])
                    {
                        continue;
                    }

                    if (query.PhraseCount > 0 && !PhraseCheck.Matches(query, store[target - 1]))
                    {
                        continue;
                    }

                    if (all || count < limit)
                    {
                        keys[count++] = key;
                        if (!all && count == limit)
                        {
                            for (var i = (limit / 2) - 1; i >= 0; i--)
                            {
                                SiftDown(keys, i, limit);
                            }
                        }
                    }
                    else
                    {
                        keys[0] = key;
                        SiftDown(keys, 0, limit);
                    }
                }
            }
            finally
            {
                ArrayPool<long>.Shared.Return(keys);
            }
        }

        [MethodImpl(Optimized)]
        private static List<Paper> Results(IPaperStore store, long[] keys, int count)
        {
            Array.Sort(keys, 0, count);
            var results = new List<Paper>(count);
            for (var i = 0; i < count; i++)
            {
                results.Add(store[(int)(keys[i] & 0xFFFFFFFF)]);
            }

            return results;
        }

        // Non-negative floats order as their bits do.
        private static unsafe int FloatBits(float value) => *(int*)&value;

        private static void SiftDown(long[] heap, int i, int size)
        {
            while (true)
            {
                var largest = i;
                var left = (2 * i) + 1;
                var right = left + 1;
                if (left < size && heap[left] > heap[largest])
                {
                    largest = left;
                }

                if (right < size && heap[right] > heap[largest])
                {
                    largest = right;
                }

                if (largest == i)
                {
                    return;
                }

                (heap[i], heap[largest]) = (heap[largest], heap[i]);
                i = largest;
            }
        }
    }
}
