using System;
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
    /// per thread or rented, so a query allocates its result list and nothing else (but for a non-ASCII word the
    /// thread has not folded before: normalisation allocates, see <see cref="SearchWords.FoldRun"/>).
    /// </summary>
    /// <remarks>
    /// A paper's score is the sum over its matched index words <c>w</c> of
    /// <c>idf(w) · t / (k1 + t)</c>, where <c>t = TitleWeight · tfTitle / normTitle + tfAbstract / normAbstract</c>,
    /// <c>norm = 1 − b + b · length / meanLength</c> per field, and <c>idf(w) = ln(1 + (N − df + 0.5) / (df + 0.5))</c>.
    /// A prefix query word sums the words it starts that the paper has. Scores are compared as single-precision
    /// numbers; equal ones keep file order. Phrases are checked on the text of the papers that have all their
    /// words (the index keeps no positions: phrases are rare, positions would double its size).
    /// Nothing here asks for AggressiveOptimization, ArrayPool or the framework's generic sorts: ReadyToRun leaves
    /// AggressiveOptimization methods to the JIT and compiles generic framework code over our element types on first
    /// use, which cost a published app's first 2-word search at 20,000 papers 18 ms against 5 (issue 12,
    /// <c>search-startup</c>). Without ReadyToRun, tier 0 and on-stack replacement cost a first real-text query less
    /// than fully optimising these loops did.
    /// </remarks>
    internal static class RankedSearch
    {
        public const double K1 = SearchIndexLayout.K1;
        public const double B = SearchIndexLayout.B;
        public const double TitleWeight = SearchIndexLayout.TitleWeight;

        // The longest word the index holds.
        private const int MaxWordBytes = SearchIndexLayout.MaxWordBytes;

        // One per thread, reused: a query's cursors (searches on other threads have their own).
        [ThreadStatic]
        private static PostingCursor[]? _cursors;

        [ThreadStatic]
        private static long[]? _order;

        [ThreadStatic]
        private static byte[]? _utf8;

        [ThreadStatic]
        private static long[]? _keys;

        /// <summary>The best <paramref name="limit"/> papers for <paramref name="query"/>, best first.</summary>
        public static List<Paper> Run(IPaperStore store, ReadOnlySpan<byte> data, string query, int limit)
        {
            var parsed = SearchQuery.Parse(query);
            var index = new SearchIndexView(data);
            var terms = parsed.Count;
            if (terms == 0 || limit <= 0 || index.PaperCount == 0)
            {
                return new List<Paper>();
            }

            var cursors = _cursors is { } reused && reused.Length >= terms ? reused : (_cursors = new PostingCursor[Math.Max(terms, 8)]);
            // Per-thread buffers rather than stackalloc: a method with stackalloc and a loop skips tier 0 and is compiled
            // fully optimised, about 3 ms of a fresh process's first search (issue 12).
            var order = _order is { } sized && sized.Length >= terms ? sized : (_order = new long[Math.Max(terms, 8)]);
            var utf8 = _utf8 ??= new byte[MaxWordBytes];
            try
            {
                // Each query word's cursor; the rarest leads (and bounds the hits), the others are asked for its papers.
                for (var q = 0; q < terms; q++)
                {
                    var length = SearchIndexView.Utf8(parsed.Word(q), utf8);
                    if (length < 0 || !index.Find(utf8.AsSpan(0, length), parsed.IsPrefix(q), out var postings, out var words, out var frequency))
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
                // A loop of its own: a loop inside a finally sends the whole method to full optimisation at its first
                // call (tier 0 cannot leave a handler for optimised code), ~2 ms of a fresh process's first search.
                ReturnAll(cursors, terms);
            }
        }

        private static void ReturnAll(PostingCursor[] cursors, int terms)
        {
            for (var q = 0; q < terms; q++)
            {
                PrefixMerge.Return(ref cursors[q]);
            }
        }

        /// <summary>The score one word adds for a paper with the given counts and field lengths (BM25F).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Contribution(double idf, int titleCount, int abstractCount, int titleLength, int abstractLength, double perTitleWord, double perAbstractWord)
        {
            var t = SearchIndexLayout.WeightedFrequency(titleCount, abstractCount, titleLength, abstractLength, perTitleWord, perAbstractWord);
            return idf * t / (K1 + t);
        }

        // Papers with every word (and phrase), a paper at a time: the leading cursor proposes, the others are sought to
        // it, and a paper one of them passes becomes the next proposal. Sort keys (score descending, then file order)
        // go to all hits sorted, or to a bounded max-heap of the best `limit`. Once the heap is full, a proposal is
        // passed over, unscored, when the words' bounds (BM25F scores are sums of what each word adds) cannot beat
        // the worst paper kept (a later paper must score higher, ties keep file order): the leader's whole block when
        // its block bound and the others' bounds cannot, else every paper up to the first end of the words' current
        // blocks when the sum of those blocks' bounds cannot.
        private static List<Paper> Collect(IPaperStore store, SearchQuery query, SearchIndexView index, PostingCursor[] cursors, int terms, int limit)
        {
            var data = index.Data;
            var perTitleWord = index.PerTitleWord;
            var perAbstractWord = index.PerAbstractWord;
            var all = limit >= cursors[0].Frequency;
            var wanted = all ? cursors[0].Frequency : limit;
            var keys = _keys is { } kept && kept.Length >= wanted ? kept : (_keys = new long[Math.Max(wanted, 64)]);
            var count = 0;
            var full = false;
            var worst = 0f;
            var checkedTo = -1;
            var checkedWorst = -1f;
            {
                var target = 0;
                while (true)
                {
                    ref var lead = ref cursors[0];
                    target = lead.Seek(data, target);
                    if (target == PostingCursor.End)
                    {
                        break;
                    }

                    // The bounds are summed once for the papers up to the first end of the words' current blocks,
                    // and again only past it or once the worst kept has changed.
                    if (full && (target > checkedTo || worst != checkedWorst))
                    {
                        var bound = lead.BlockBound;
                        for (var k = 1; k < terms; k++)
                        {
                            bound += cursors[k].Bound;
                        }

                        if ((float)bound <= worst)
                        {
                            if (lead.BlockLast == PostingCursor.End)
                            {
                                break;
                            }

                            target = lead.BlockLast + 1;
                            continue;
                        }

                        // Each word's block that holds the target bounds what it adds up to the block's last paper,
                        // so when their sum cannot beat the worst kept, every paper up to the first of those ends is passed.
                        bound = lead.BlockBound;
                        var blocksEnd = lead.BlockLast;
                        var ended = false;
                        for (var k = 1; k < terms && !ended; k++)
                        {
                            ref var other = ref cursors[k];
                            ended = other.BlockLast < target && !other.Shallow(data, target);
                            bound += other.BlockBound;
                            blocksEnd = Math.Min(blocksEnd, other.BlockLast);
                        }

                        if (ended)
                        {
                            break;
                        }

                        if ((float)bound <= worst)
                        {
                            if (blocksEnd == PostingCursor.End)
                            {
                                break;
                            }

                            target = blocksEnd + 1;
                            continue;
                        }

                        checkedTo = blocksEnd;
                        checkedWorst = worst;
                    }

                    var next = target;
                    for (var k = 1; k < terms && next == target; k++)
                    {
                        next = cursors[k].Seek(data, target);
                    }

                    if (next != target)
                    {
                        if (next == PostingCursor.End)
                        {
                            break;
                        }

                        target = next;
                        continue;
                    }

                    index.Lengths(target, out var titleLength, out var abstractLength);
                    var score = 0.0;
                    for (var k = 0; k < terms; k++)
                    {
                        ref var cursor = ref cursors[k];
                        score += cursor.MergedScores is { } merged
                            ? merged[cursor.MergedAt]
                            : Contribution(cursor.Idf, cursor.TitleCount, cursor.AbstractCount, titleLength, abstractLength, perTitleWord, perAbstractWord);
                    }

                    var paper = target++;
                    if (full && (float)score <= worst)
                    {
                        continue;
                    }

                    if (query.PhraseCount > 0 && !PhraseCheck.Matches(query, store[paper]))
                    {
                        continue;
                    }

                    var key = ((long)(int.MaxValue - FloatBits((float)score)) << 32) | (uint)paper;
                    if (!full)
                    {
                        keys[count++] = key;
                        if (all || count < limit)
                        {
                            continue;
                        }

                        for (var i = (limit / 2) - 1; i >= 0; i--)
                        {
                            SiftDown(keys, i, limit);
                        }

                        full = true;
                    }
                    else
                    {
                        keys[0] = key;
                        SiftDown(keys, 0, limit);
                    }

                    worst = FloatOf(int.MaxValue - (int)(keys[0] >> 32));
                }

                return Results(store, keys, count);
            }
        }

        private static List<Paper> Results(IPaperStore store, long[] keys, int count)
        {
            KeySort.Sort(keys, count);
            var results = new List<Paper>(count);
            for (var i = 0; i < count; i++)
            {
                results.Add(store[(int)(keys[i] & 0xFFFFFFFF)]);
            }

            return results;
        }

        // Non-negative floats order as their bits do.
        private static unsafe int FloatBits(float value) => *(int*)&value;

        private static unsafe float FloatOf(int bits) => *(float*)&bits;

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
