using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PaperGen.Storage;

namespace PaperGen.Search
{
    /// <summary>
    /// Answers a query from a search index: the papers having every query word, ranked by BM25F (title and
    /// abstract as two fields, the title weighted <see cref="TitleWeight"/> times, document frequencies from the
    /// whole dump), ties in file order. Postings are decoded only for the query's words; scratch arrays are
    /// kept per thread, so a query allocates its result list and little else.
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

        [ThreadStatic]
        private static Scratch? _scratch;

        /// <summary>The indexes of the best <paramref name="limit"/> papers for <paramref name="query"/>, best first.</summary>
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

            // Each query word's index words (postings back to back), and its cost: the rarest goes first and sets the candidates.
            Span<int> postings = terms <= 32 ? stackalloc int[terms] : new int[terms];
            Span<int> words = terms <= 32 ? stackalloc int[terms] : new int[terms];
            Span<long> order = terms <= 32 ? stackalloc long[terms] : new long[terms];
            Span<byte> utf8 = stackalloc byte[MaxWordBytes];
            for (var q = 0; q < terms; q++)
            {
                var word = parsed.Words[q];
                if (word.Length > MaxWordBytes / 3 && SearchIndexView.Utf8Length(word) > MaxWordBytes)
                {
                    return new List<Paper>();
                }

                if (!index.Find(utf8.Slice(0, SearchIndexView.Utf8(word, utf8)), parsed.IsPrefix(q), out postings[q], out words[q], out var frequency))
                {
                    return new List<Paper>();
                }

                order[q] = (frequency << 8) | (uint)q;
            }

            // Insertion sort: queries have a handful of words (Span.Sort is not in netstandard2.0).
            for (var i = 1; i < terms; i++)
            {
                for (var j = i; j > 0 && order[j - 1] > order[j]; j--)
                {
                    (order[j - 1], order[j]) = (order[j], order[j - 1]);
                }
            }

            var scratch = Scratch.For(index.PaperCount);
            var touched = 0;
            try
            {
                for (var stage = 0; stage < terms; stage++)
                {
                    var q = (int)(order[stage] & 0xFF);
                    var at = postings[q];
                    for (var w = 0; w < words[q]; w++)
                    {
                        Score(index, ref at, stage, scratch, ref touched);
                    }
                }

                var count = Collect(store, parsed, index, scratch, touched, terms);
                return Results(store, scratch.Keys, count, limit);
            }
            finally
            {
                for (var k = 0; k < touched; k++)
                {
                    var paper = scratch.Touched[k];
                    scratch.Hits[paper] = 0;
                    scratch.Scores[paper] = 0;
                }
            }
        }

        // AggressiveOptimization (which netstandard2.0 does not name) on the loops over postings: the first search in
        // a process must not run them unoptimized (tier 0), and they are too hot for on-stack replacement to come in time.
        private const MethodImplOptions Optimized = (MethodImplOptions)512;

        // Adds the contribution of the word whose postings are at `at` (and moves past them) to every paper that had
        // all earlier query words (stage) or already has this one through another word of a prefix (stage + 1); the
        // first stage makes the candidates. `touched` counts them as they come, so a failure midway still resets all.
        [MethodImpl(Optimized)]
        private static void Score(SearchIndexView index, ref int at, int stage, Scratch scratch, ref int touched)
        {
            var data = index.Data;
            var df = Varint.Read(data, ref at);
            var idf = Math.Log(1 + ((index.PaperCount - df + 0.5) / (df + 0.5)));

            // norm = 1 - b + b * length / mean, with the divisions by the means done once.
            var perTitleWord = B / (index.MeanTitleLength > 0 ? index.MeanTitleLength : 1);
            var perAbstractWord = B / (index.MeanAbstractLength > 0 ? index.MeanAbstractLength : 1);
            var hits = scratch.Hits;
            var paper = -1;
            for (var k = 0; k < df; k++)
            {
                var entry = Varint.Read(data, ref at);
                paper += (entry >> SearchIndexLayout.KindBits) + 1;
                int titleCount = 0, abstractCount;
                switch (entry & ((1 << SearchIndexLayout.KindBits) - 1))
                {
                    case SearchIndexLayout.KindAbstractOnce:
                        abstractCount = 1;
                        break;
                    case SearchIndexLayout.KindAbstractTwice:
                        abstractCount = 2;
                        break;
                    case SearchIndexLayout.KindAbstractMore:
                        abstractCount = 3 + Varint.Read(data, ref at);
                        break;
                    default:
                        titleCount = Varint.Read(data, ref at);
                        abstractCount = Varint.Read(data, ref at);
                        break;
                }

                var h = hits[paper];
                if (h != stage && h != stage + 1)
                {
                    continue;
                }

                if (h == 0)
                {
                    scratch.Touched[touched++] = paper;
                }

                hits[paper] = stage + 1;
                index.Lengths(paper, out var titleLength, out var abstractLength);
                var t = abstractCount / (1 - B + (abstractLength * perAbstractWord));
                if (titleCount > 0)
                {
                    t += TitleWeight * titleCount / (1 - B + (titleLength * perTitleWord));
                }

                scratch.Scores[paper] += idf * t / (K1 + t);
            }
        }

        // The candidates that have every word (and every phrase) as sort keys: score descending, then file order.
        [MethodImpl(Optimized)]
        private static int Collect(IPaperStore store, SearchQuery query, SearchIndexView index, Scratch scratch, int touched, int terms)
        {
            var count = 0;
            for (var k = 0; k < touched; k++)
            {
                var paper = scratch.Touched[k];
                if (scratch.Hits[paper] != terms || (query.PhraseCount > 0 && !PhraseCheck.Matches(query, store[paper])))
                {
                    continue;
                }

                scratch.Keys[count++] = ((long)(int.MaxValue - FloatBits((float)scratch.Scores[paper])) << 32) | (uint)paper;
            }

            return count;
        }

        // All candidates sorted, or the best `limit` by a bounded max-heap kept in the front of the keys.
        [MethodImpl(Optimized)]
        private static List<Paper> Results(IPaperStore store, long[] keys, int count, int limit)
        {
            if (limit < count)
            {
                for (var i = (limit / 2) - 1; i >= 0; i--)
                {
                    SiftDown(keys, i, limit);
                }

                for (var j = limit; j < count; j++)
                {
                    if (keys[j] < keys[0])
                    {
                        keys[0] = keys[j];
                        SiftDown(keys, 0, limit);
                    }
                }

                count = limit;
            }

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

        /// <summary>Per thread, arrays as long as the largest catalog searched; all zero between queries.</summary>
        private sealed class Scratch
        {
            private Scratch(int papers)
            {
                Hits = new int[papers];
                Scores = new double[papers];
                Touched = new int[papers];
                Keys = new long[papers];
            }

            public int[] Hits { get; }

            public double[] Scores { get; }

            public int[] Touched { get; }

            public long[] Keys { get; }

            public static Scratch For(int papers)
            {
                var scratch = _scratch;
                if (scratch is null || scratch.Hits.Length < papers)
                {
                    _scratch = scratch = new Scratch(papers);
                }

                return scratch;
            }
        }
    }
}
