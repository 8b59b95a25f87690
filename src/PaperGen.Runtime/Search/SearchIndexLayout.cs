using System;
using System.Text;
using PaperGen.CompiledData;

namespace PaperGen.Search
{
    /// <summary>
    /// Where things are in a search index (the compiled data's <c>CompiledLayout.SearchIndexPart</c>, or the
    /// bytes an in-memory catalog builds with the same <see cref="SearchIndexBuilder"/>). Linked into the
    /// generator, so the writer and the reader cannot drift apart.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <see cref="HeaderNumbers"/> wide numbers (<see cref="ReadWide"/>: 5 characters, 30 bits, so an index may
    /// pass 16 MB), then a directory of <c>blocks + 1</c> entries of two wide numbers: where the block's words
    /// start (from <see cref="HeaderWordsStart"/>) and where its first word's postings start (from
    /// <see cref="HeaderPostingsStart"/>). Words are sorted by their UTF-8 bytes and kept in blocks of
    /// <see cref="BlockWords"/>: a block's first word is whole (its length as a <see cref="Varint"/>, its bytes),
    /// each next one is the number of bytes it shares with the one before, its length beyond those and those
    /// bytes (front coding: sorted words share long prefixes); every word is followed by the length of its
    /// postings. A word is found by binary search over the blocks' first words and a scan of at most one block;
    /// the words with a prefix are one run from there, and their postings lie back to back.
    /// </para>
    /// <para>
    /// Per paper, at <see cref="HeaderLengthsStart"/>, one packed number (<see cref="PackedNumbers"/>): its
    /// title's word count (at most 255) shifted left by 16, or its abstract's word count (at most 65,535). Then
    /// the postings: per word, its document frequency as a <see cref="Varint"/>; for a word in more than
    /// <see cref="SkipBlock"/> papers, a skip table: its length in bytes, then per block of <see cref="SkipBlock"/>
    /// entries the block's last paper less the previous block's (-1 before the first), the block's length in
    /// bytes and an upper bound of the word's BM25F saturation <c>t / (k1 + t)</c> in the block, in
    /// <see cref="BoundSteps"/>ths rounded up (times the word's idf, a bound of what the word adds to a paper's
    /// score there). A query that looks for a paper further on passes whole blocks without decoding them, and a
    /// query for the best few passes blocks whose bound cannot beat the worst it keeps. Then one
    /// entry per paper that has the word, in file order: <c>gap &lt;&lt; 2 | kind</c> (gap: papers skipped since the
    /// previous entry, across blocks),
    /// where kind 0 and 1 are a word seen once or twice in the abstract only, kind 2 is three or more times in
    /// the abstract only (the count less 3 follows), and kind 3 means the title has it (the title count, then
    /// the abstract count follow). Most entries are one character.
    /// </para>
    /// <para>
    /// Everything but the words' bytes is ASCII from <c>'0'</c>, and words are cut between characters only, so
    /// the part is valid UTF-8 text for a literal. Words longer than <see cref="MaxWordBytes"/> are not indexed.
    /// An empty part means "no index" (one past a gigabyte): the runtime builds one from the papers.
    /// </para>
    /// </remarks>
    internal static class SearchIndexLayout
    {
        public const int HeaderWordCount = 0;
        public const int HeaderPaperCount = 1;

        /// <summary>The mean title length in words, times <see cref="LengthScale"/>.</summary>
        public const int HeaderMeanTitleLength = 2;

        /// <summary>The mean abstract length in words, times <see cref="LengthScale"/>.</summary>
        public const int HeaderMeanAbstractLength = 3;

        public const int HeaderWordsStart = 4;
        public const int HeaderLengthsStart = 5;
        public const int HeaderPostingsStart = 6;
        public const int HeaderNumbers = 7;

        public const int LengthScale = 64;
        public const int MaxTitleLength = 255;
        public const int MaxAbstractLength = 65535;
        public const int TitleLengthShift = 16;

        public const int KindAbstractOnce = 0;
        public const int KindAbstractTwice = 1;
        public const int KindAbstractMore = 2;
        public const int KindTitle = 3;
        public const int KindBits = 2;

        public const int BlockWords = 16;

        /// <summary>Entries per block of a word's postings; a word in more papers than this has a skip table.</summary>
        public const int SkipBlock = 32;
        public const int MaxWordBytes = 255;

        /// <summary>BM25F: term frequency saturation, length normalisation, and how much a title word outweighs an abstract word.</summary>
        public const double K1 = 1.2;
        public const double B = 0.75;
        public const double TitleWeight = 5.0;

        /// <summary>A block's score bound is a whole number of these steps of its word's idf.</summary>
        public const int BoundSteps = 255;

        public const int WideWidth = 5;
        public const int MaxWide = (1 << 30) - 1;
        private const int Zero = '0';

        /// <summary>b / mean field length, from the scaled mean the header keeps, so <c>norm = 1 - b + length · perWord</c>.</summary>
        public static double PerWord(int scaledMean)
        {
            var mean = (double)scaledMean / LengthScale;
            return B / (mean > 0 ? mean : 1);
        }

        /// <summary>BM25F's weighted term frequency <c>t</c> of a word with these counts in a paper with these field lengths.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static double WeightedFrequency(int titleCount, int abstractCount, int titleLength, int abstractLength, double perTitleWord, double perAbstractWord)
        {
            var t = abstractCount / (1 - B + (abstractLength * perAbstractWord));
            if (titleCount > 0)
            {
                t += TitleWeight * titleCount / (1 - B + (titleLength * perTitleWord));
            }

            return t;
        }

        /// <summary>Wide number <paramref name="index"/> of <paramref name="data"/>: 5 characters of 6 bits from <c>'0'</c>, high bits first.</summary>
        public static int ReadWide(ReadOnlySpan<byte> data, int index)
        {
            var at = index * WideWidth;
            return ((data[at] - Zero) << 24) | ((data[at + 1] - Zero) << 18) | ((data[at + 2] - Zero) << 12) | ((data[at + 3] - Zero) << 6) | (data[at + 4] - Zero);
        }

        public static void AppendWide(StringBuilder builder, int value)
        {
            for (var shift = 24; shift >= 0; shift -= 6)
            {
                builder.Append((char)(Zero + ((value >> shift) & 63)));
            }
        }
    }
}
