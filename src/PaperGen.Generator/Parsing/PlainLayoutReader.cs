using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Reads a listing saved as plain text: title and abstract paragraphs separated by blank lines
    /// (layout 1), with the card's metadata on lines of their own around them (layout 2), and with each
    /// link's address on the line after its text (layout 3). Hard-wrapped lines join with a space.
    /// </summary>
    internal sealed class PlainLayoutReader
    {
        private readonly ParsedDump _result;
        private readonly CardAssembler _cards;
        private readonly LineSequence _sequence = new();
        private bool _lastWasMetadata;

        private PlainLayoutReader(SourceText text, string path, ParsedDump result)
        {
            _result = result;
            _cards = new CardAssembler(text, path, result);
        }

        public static List<ParsedPaper> Read(IReadOnlyList<LogicalLine> lines, SourceText text, string path, ParsedDump result, ParseProgress progress)
        {
            var reader = new PlainLayoutReader(text, path, result);
            for (var i = 0; i < lines.Count; i++)
            {
                progress.Step("plain lines", lines[i].Text.Length);
                reader.ReadLine(lines, i);
            }

            return reader._cards.Assemble(progress);
        }

        private bool ParagraphOpen => _cards.ParagraphOpen;

        private void ReadLine(IReadOnlyList<LogicalLine> lines, int index)
        {
            var line = lines[index];
            if (line.IsBlank)
            {
                _sequence.Blank();
                _cards.EndParagraph();
                return;
            }

            var text = line.Text;
            var wasMetadata = _lastWasMetadata;
            _lastWasMetadata = false;
            switch (_sequence.Classify(lines, index, text, ParagraphOpen, atTop: !_cards.HasParagraphs, _result))
            {
                case LineKind.Chrome:
                    _cards.EndParagraph();
                    return;
                case LineKind.DateHeader:
                    return;
                case LineKind.UserName:
                    _lastWasMetadata = true;
                    return;
            }

            if (PaperAddress.IsAddress(text) && ReadAddress(text, wasMetadata))
            {
                return;
            }

            var afterSeparator = _sequence.AfterSeparator || (!ParagraphOpen && DatedSeparatorFollows(lines, index));
            var metadata = _sequence.Metadata(ReadMetadata(text, _sequence.ExpectCount, afterSeparator), text, ParagraphOpen, _cards.ParagraphEndsSentence);
            if (metadata is not null)
            {
                _cards.EndParagraph();
                _cards.Add(metadata);
                _lastWasMetadata = true;
                return;
            }

            _cards.AppendText(line);
        }

        private MetadataLine? ReadMetadata(string text, bool expectCount, bool afterSeparator)
        {
            if (expectCount && MetadataLine.ForUpvoteCount(text) is { } upvotes)
            {
                return upvotes;
            }

            if (afterSeparator)
            {
                var separated = MetadataLine.Read(new[] { text }, hadSeparator: false, afterSeparator: true);
                if (separated is not null)
                {
                    return separated;
                }
            }

            return MetadataLine.Read(text);
        }

        /// <summary>
        /// An address on its own line is a link's target when no paragraph is open, when it follows a
        /// metadata label (GitHub 11.3k), or when it is a paper's address (after its title). Any other
        /// address continues the paragraph: abstracts end with "Code: https://…" wrapped onto a new line.
        /// </summary>
        private bool ReadAddress(string url, bool afterMetadata)
        {
            var arxivId = PaperAddress.ArxivId(url);
            if (ParagraphOpen && arxivId is null && !afterMetadata)
            {
                return false;
            }

            _cards.EndParagraph();
            _cards.Add(MetadataLine.ForAddress(arxivId, afterMetadata ? PaperAddress.CodeUrl(url) : null));
            _lastWasMetadata = afterMetadata;
            return true;
        }

        /// <summary>
        /// Whether the next line (past link addresses) is "· date": then this line is the organisation the
        /// page shows before the date, split off by its link's address ("Mistral AI", address, "· Oct 9").
        /// </summary>
        private static bool DatedSeparatorFollows(IReadOnlyList<LogicalLine> lines, int index)
        {
            for (var i = index + 1; i < lines.Count; i++)
            {
                var text = lines[i].Text;

                // Notebook exports put a blank line between every line, and the link's address on its own.
                if (text.Length == 0 || PaperAddress.IsAddress(text))
                {
                    continue;
                }

                return text.StartsWith("·", System.StringComparison.Ordinal) && MetadataLine.IsDate(text.Substring(1).Trim());
            }

            return false;
        }
    }
}
