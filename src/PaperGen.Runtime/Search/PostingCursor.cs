using System;
using System.Runtime.CompilerServices;

namespace PaperGen.Search
{
    /// <summary>
    /// Walks one query word's papers in file order for a query answered a paper at a time: either one index
    /// word's postings (<see cref="SearchIndexLayout"/>), decoded entry by entry and jumping over whole blocks
    /// through the skip table when asked for a paper further on, or the merged papers and scores of a prefix
    /// that starts several words (<see cref="Merged"/>). A plain struct over positions: the bytes are passed in.
    /// </summary>
    internal struct PostingCursor
    {
        /// <summary>The current paper, <see cref="End"/> once past the last.</summary>
        public int Paper;

        /// <summary>Title and abstract counts of the word in <see cref="Paper"/> (postings only).</summary>
        public int TitleCount;
        public int AbstractCount;

        /// <summary>Papers with the word (an upper bound on the query's hits when this word leads).</summary>
        public int Frequency;

        /// <summary>The word's inverse document frequency (postings only).</summary>
        public double Idf;

        /// <summary>At least what the word adds to the score of any paper of the current block (the whole list when it has no skip table).</summary>
        public double BlockBound;

        /// <summary>At least what the word adds to the score of any paper.</summary>
        public double Bound;

        /// <summary>For a prefix of several words: the merged papers and their summed scores, from <see cref="MergedAt"/>.</summary>
        public int[]? Merged;
        public double[]? MergedScores;
        public int MergedAt;

        /// <summary>Where in the query's word order this word is (cursors are sorted rarest first).</summary>
        public int Order;

        public const int End = int.MaxValue;

        private int _at;
        private int _leftInBlock;
        private int _blockLast;
        private int _skipAt;
        private int _skipsLeft;
        private int _nextBlock;
        private int _left;

        /// <summary>Where the next entry is; past the postings once <see cref="Seek"/> has returned <see cref="End"/> (the next word's postings start there).</summary>
        public int Position => _at;

        /// <summary>A cursor before the first entry of the postings at <paramref name="at"/>.</summary>
        public static PostingCursor Postings(ReadOnlySpan<byte> data, int at, int papers)
        {
            var cursor = default(PostingCursor);
            var df = Varint.Read(data, ref at);
            cursor.Frequency = df;
            cursor.Idf = Math.Log(1 + ((papers - df + 0.5) / (df + 0.5)));
            cursor.Paper = -1;
            cursor._left = df;
            cursor.Bound = cursor.Idf;
            cursor.BlockBound = cursor.Idf;
            if (df > SearchIndexLayout.SkipBlock)
            {
                var skipLength = Varint.Read(data, ref at);
                cursor._skipAt = at;
                cursor._nextBlock = at + skipLength;
                cursor._skipsLeft = (df + SearchIndexLayout.SkipBlock - 1) / SearchIndexLayout.SkipBlock;
                cursor._blockLast = -1;
            }
            else
            {
                cursor._at = at;
                cursor._leftInBlock = df;
                cursor._blockLast = End;
            }

            return cursor;
        }

        /// <summary>A cursor over merged papers (ascending) and their scores, the first <paramref name="count"/> of the arrays.</summary>
        public static PostingCursor Merge(int[] papers, double[] scores, int count, double max)
            => new PostingCursor { Paper = -1, Merged = papers, MergedScores = scores, Frequency = count, MergedAt = -1, Bound = max, BlockBound = max, _blockLast = End };

        /// <summary>The last paper of the current block (<see cref="End"/> when the list has no skip table).</summary>
        public int BlockLast => _blockLast;

        /// <summary>
        /// Moves to the block that may hold <paramref name="target"/> without decoding entries (its bound is then
        /// <see cref="BlockBound"/>); false when no paper at or after it is left.
        /// </summary>
        public bool Shallow(ReadOnlySpan<byte> data, int target)
        {
            while (_blockLast < target)
            {
                if (_skipsLeft == 0)
                {
                    Paper = End;
                    return false;
                }

                var base_ = _blockLast;
                _blockLast += Varint.Read(data, ref _skipAt);
                _at = _nextBlock;
                _nextBlock += Varint.Read(data, ref _skipAt);
                BlockBound = Idf * Varint.Read(data, ref _skipAt) / SearchIndexLayout.BoundSteps;
                _skipsLeft--;
                _leftInBlock = Math.Min(_left, SearchIndexLayout.SkipBlock);
                _left -= _leftInBlock;
                Paper = base_;
            }

            return Paper != End;
        }

        /// <summary>Moves to the first paper at or after <paramref name="target"/> and returns it (<see cref="End"/> when none).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Seek(ReadOnlySpan<byte> data, int target)
        {
            if (Paper >= target)
            {
                return Paper;
            }

            if (Merged is not null)
            {
                var i = MergedAt + 1;
                while (i < Frequency && Merged[i] < target)
                {
                    i++;
                }

                MergedAt = i;
                return Paper = i < Frequency ? Merged[i] : End;
            }

            // Whole blocks whose last paper is before the target are passed over by their skip entries.
            if (_blockLast < target && !Shallow(data, target))
            {
                return End;
            }

            var paper = Paper;
            var at = _at;
            var left = _leftInBlock;
            while (left != 0)
            {
                // Varint.Read by hand, longer entries included: a call that takes `at` by reference (the rest of a long
                // entry, out of line) kept `at` in memory for the whole loop, a load and a store per character, and
                // made a call per entry the loop's largest cost where the compiler left it out of line.
                var entry = data[at++] - Varint.Zero;
                if (entry >= Varint.More)
                {
                    entry -= Varint.More;
                    for (var shift = 5; ; shift += 5)
                    {
                        var next = data[at++] - Varint.Zero;
                        if (next < Varint.More)
                        {
                            entry |= next << shift;
                            break;
                        }

                        entry |= (next - Varint.More) << shift;
                    }
                }

                paper += (entry >> SearchIndexLayout.KindBits) + 1;
                left--;
                if (paper < target)
                {
                    // Kinds 2 and 3 carry counts; they are read only for the paper looked for.
                    if ((entry & 2) != 0)
                    {
                        Varint.Skip(data, ref at);
                        if ((entry & 1) != 0)
                        {
                            Varint.Skip(data, ref at);
                        }
                    }

                    continue;
                }

                if ((entry & 2) == 0)
                {
                    TitleCount = 0;
                    AbstractCount = 1 + (entry & 1);
                }
                else if ((entry & 1) != 0)
                {
                    TitleCount = Varint.Read(data, ref at);
                    AbstractCount = Varint.Read(data, ref at);
                }
                else
                {
                    TitleCount = 0;
                    AbstractCount = 3 + Varint.Read(data, ref at);
                }

                _at = at;
                _leftInBlock = left;
                return Paper = paper;
            }

            _at = at;
            _leftInBlock = 0;
            return Paper = End;
        }
    }
}
