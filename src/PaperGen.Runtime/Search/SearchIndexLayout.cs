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
    /// entries the block's last paper less the previous block's (-1 before the first) and the block's length in
    /// bytes, so a query that looks for a paper further on passes whole blocks without decoding them. Then one
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

        public const int WideWidth = 5;
        public const int MaxWide = (1 << 30) - 1;
        private const int Zero = '0';

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
