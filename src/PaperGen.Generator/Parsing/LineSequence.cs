using System;
using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// The classify step's pass over the page, for the rules that depend on the lines around: a count after a
    /// lone <c>Upvote</c>, a name after <c>Submitted by</c>, the part after a lone <c>·</c> or before a
    /// <c>· date</c>, a number or address that continues an unfinished sentence, navigation words at the top of
    /// the page or among other chrome, the date header above the first card, a title's wrapped lines under its
    /// heading. Each line is classified once, here, for every page kind.
    /// </summary>
    internal sealed class LineSequence
    {
        private readonly IReadOnlyList<LogicalLine> _lines;
        private readonly ParsedDump _result;

        // Where headings mark the titles, a card starts at its heading; elsewhere at its first text.
        private readonly bool _headingsMarkTitles;

        private bool _expectUserName;
        private bool _expectCount;
        private bool _afterSeparator;
        private bool _lastWasMetadata;

        // The text being read: lines of prose with no blank, chrome or metadata line between them.
        private bool _proseOpen;
        private bool _proseEndsSentence;
        private bool _cardSeen;

        public LineSequence(IReadOnlyList<LogicalLine> lines, PageKind kind, ParsedDump result)
        {
            _lines = lines;
            _result = result;
            _headingsMarkTitles = kind == PageKind.MarkdownListing;
        }

        /// <summary>Before the first card: navigation and banners, not a card's lines.</summary>
        private bool AtTop => !_cardSeen;

        public void Classify(int index)
        {
            var line = _lines[index];
            if (line.IsBlank)
            {
                // A lone separator joins only the line right after it; a submitter's name or an upvote count
                // may still follow their label after a blank line, as pages render them in blocks.
                line.Kind = LineKind.Blank;
                _afterSeparator = false;
                EndProse();
                return;
            }

            if (line.IsDefinition || line.IsAnchor || line.IsSetextUnderline)
            {
                line.Kind = LineKind.Markup;
                return;
            }

            var expectUserName = _expectUserName;
            var expectCount = _expectCount;
            var afterSeparator = _afterSeparator;
            var wasMetadata = _lastWasMetadata;
            _expectUserName = _expectCount = _afterSeparator = _lastWasMetadata = false;

            if (line.IsHeading(out var heading))
            {
                Heading(index, heading);
                return;
            }

            var plain = line.Plain;
            if (PageChrome.IsChrome(plain) || PageChrome.IsNavigation(_lines, index, plain, _proseOpen, AtTop))
            {
                line.Kind = LineKind.Chrome;
                EndProse();
                return;
            }

            if (AtTop && !_proseOpen && _result.ListingDate is null && PageChrome.IsDateHeader(plain))
            {
                _result.ListingDate = plain;
                line.Kind = LineKind.DateHeader;
                return;
            }

            if (line.Label is SectionLabel.Abstract or SectionLabel.AiSummary or SectionLabel.Authors or SectionLabel.AfterPaper)
            {
                line.Kind = LineKind.SectionLabel;
                EndProse();
                return;
            }

            if (expectUserName && MetadataLine.IsUserName(plain))
            {
                Metadata(line, MetadataLine.Read(Array.Empty<string>(), hadSeparator: false)!);
                return;
            }

            if (PaperAddress.IsAddress(line.Text))
            {
                Address(line, wasMetadata);
                return;
            }

            afterSeparator |= !_proseOpen && DatedSeparatorFollows(index);
            // A lone "-" is the daily page's empty upvote count where text is plain; in markdown, an empty list item.
            var metadata = line.Text == "-" && !_headingsMarkTitles ? MetadataLine.NoUpvotesYet() : MetadataLine.Read(line, afterSeparator, expectCount);
            if (metadata is not null && !ContinuesSentence(metadata, line.Text))
            {
                _expectUserName = metadata.NamesSubmitterNext || (expectUserName && metadata.Fields.IsEmpty);
                _expectCount = metadata.CountFollows;
                _afterSeparator = metadata.IsSeparator;
                Metadata(line, metadata);
                return;
            }

            line.Kind = LineKind.Prose;
            _proseOpen = true;
            _proseEndsSentence = EndsSentence(line.Text);
            _cardSeen |= !_headingsMarkTitles;
        }

        private void Heading(int index, string content)
        {
            var line = _lines[index];
            EndProse();

            // A converter may indent a wrapped title under its heading.
            var end = line.End;
            var next = index + 1;
            var text = new WrappedText();
            text.Append(content);
            while (_headingsMarkTitles && next < _lines.Count && !_lines[next].IsBlank && _lines[next].Indent > 0 && !StartsItem(_lines[next]))
            {
                text.Append(_lines[next].Text);
                end = _lines[next].End;
                _lines[next].Kind = LineKind.Continuation;
                next++;
            }

            line.Kind = LineClassifier.HeadingKind(text.ToString(), out var plain);
            if (line.Kind == LineKind.DateHeader && _result.ListingDate is null && AtTop)
            {
                _result.ListingDate = plain;
            }

            if (line.Kind == LineKind.Heading)
            {
                line.HeadingText = text.ToString();
                line.HeadingEnd = end;
                _cardSeen |= _headingsMarkTitles;
            }

            // A heading starts a card: nothing the lines before it expected carries into it.
            _expectUserName = _expectCount = _afterSeparator = false;
        }

        /// <summary>
        /// An address on its own line is a link's target when no text is open, when it follows a metadata
        /// label (GitHub 11.3k), or when it is a paper's address (after its title). Any other address continues
        /// the text: abstracts end with "Code: https://…" wrapped onto a new line.
        /// </summary>
        private void Address(LogicalLine line, bool afterMetadata)
        {
            var arxivId = PaperAddress.ArxivId(line.Text);
            if (_proseOpen && arxivId is null && !afterMetadata)
            {
                line.Kind = LineKind.Prose;
                _proseEndsSentence = false;
                return;
            }

            Metadata(line, MetadataLine.ForAddress(arxivId, afterMetadata ? PaperAddress.CodeUrl(line.Text) : null));
            _lastWasMetadata = afterMetadata;
        }

        private void Metadata(LogicalLine line, MetadataLine metadata)
        {
            line.Kind = LineKind.Metadata;
            line.Metadata = metadata;
            _lastWasMetadata = true;
            EndProse();
        }

        private void EndProse() => _proseOpen = false;

        /// <summary>A bare number or <c>-</c> inside an unfinished sentence is more likely a wrapped line of it.</summary>
        private bool ContinuesSentence(MetadataLine metadata, string text)
            => _proseOpen
                && !_proseEndsSentence
                && ((metadata.Place == MetadataPlace.Leading && metadata.Fields.Upvotes is not null) || text == "-");

        /// <summary>
        /// Whether the next line (past link addresses) is "· date": then this line is the organisation the
        /// page shows before the date, split off by its link's address ("Mistral AI", address, "· Oct 9").
        /// </summary>
        private bool DatedSeparatorFollows(int index)
        {
            for (var i = index + 1; i < _lines.Count; i++)
            {
                var text = _lines[i].Text;

                // Notebook exports put a blank line between every line, and the link's address on its own.
                if (text.Length == 0 || PaperAddress.IsAddress(text))
                {
                    continue;
                }

                return text.StartsWith("·", StringComparison.Ordinal) && MetadataLine.IsDate(text.Substring(1).Trim());
            }

            return false;
        }

        // What ends a heading's wrapped lines: a new item of the page rather than more of the title.
        private static bool StartsItem(LogicalLine line)
            => line.IsHeading(out _) || line.IsAnchor || LineClassifier.IsListItem(line.Text) || MetadataLine.Read(line, afterSeparator: false, expectCount: false) is not null;

        private static bool EndsSentence(string text)
            => text.Length > 0 && (text[text.Length - 1] == '.' || text[text.Length - 1] == '!' || text[text.Length - 1] == '?');
    }
}
