using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// The part of the classify step that depends on the line before: a count after a lone <c>Upvote</c>,
    /// a name after <c>Submitted by</c>, the part after a lone <c>·</c>, a number that continues an
    /// unfinished sentence. Every layout classifies its lines through one of these, so those rules live once.
    /// </summary>
    internal sealed class LineSequence
    {
        private bool _expectUserName;
        private bool _expectCount;
        private bool _afterSeparator;

        /// <summary>For the line being classified: the line before was a lone <c>Upvote</c>.</summary>
        public bool ExpectCount { get; private set; }

        /// <summary>For the line being classified: the line before was a lone <c>·</c>.</summary>
        public bool AfterSeparator { get; private set; }

        private bool ExpectUserName { get; set; }

        /// <summary>A blank line: a lone separator joins only the line right after it; a submitter's name or an
        /// upvote count may still follow their label after a blank line, as pages render them in blocks.</summary>
        public void Blank() => _afterSeparator = false;

        /// <summary>A heading started a card: nothing the lines before it expected carries into it.</summary>
        public void CardStarted() => _expectUserName = _expectCount = _afterSeparator = false;

        /// <summary>
        /// The shared rules for a non-blank line, as <paramref name="seen"/> (its text as the layout reads it):
        /// chrome, the date header above the first card, a submitter's name. <see cref="LineKind.Open"/> leaves
        /// metadata and text to the layout, which then reports what it read through <see cref="Metadata"/>.
        /// </summary>
        public LineKind Classify(IReadOnlyList<LogicalLine> lines, int index, string seen, bool paragraphOpen, bool atTop, ParsedDump result)
        {
            ExpectUserName = _expectUserName;
            ExpectCount = _expectCount;
            AfterSeparator = _afterSeparator;
            _expectUserName = _expectCount = _afterSeparator = false;

            if (PageChrome.IsChrome(seen) || PageChrome.IsChrome(lines, index, paragraphOpen, atTop))
            {
                return LineKind.Chrome;
            }

            if (atTop && !paragraphOpen && result.ListingDate is null && PageChrome.IsDateHeader(seen))
            {
                result.ListingDate = seen;
                return LineKind.DateHeader;
            }

            if (ExpectUserName && MetadataLine.IsUserName(seen))
            {
                return LineKind.UserName;
            }

            return LineKind.Open;
        }

        /// <summary>
        /// The metadata the layout read from an open line, or null when the line is text after all: a bare
        /// number or <c>-</c> inside an unfinished paragraph is more likely a wrapped line of it.
        /// </summary>
        public MetadataLine? Metadata(MetadataLine? metadata, string seen, bool paragraphOpen, bool paragraphEndsSentence)
        {
            if (metadata is null
                || (paragraphOpen
                    && !paragraphEndsSentence
                    && metadata.Place == MetadataPlace.Leading
                    && (metadata.Fields.Upvotes is not null || seen == "-")))
            {
                return null;
            }

            _expectUserName = metadata.NamesSubmitterNext || (ExpectUserName && metadata.Fields.IsEmpty);
            _expectCount = metadata.CountFollows;
            _afterSeparator = metadata.IsSeparator;
            return metadata;
        }
    }
}
