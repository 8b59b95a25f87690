using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Reads a listing converted to markdown (layout 4): each card is a heading (<c>### Title</c>,
    /// <c>### [Title](…/papers/&lt;id&gt;)</c> or <c>### [Title][32]</c>) followed by its abstract or
    /// summary and its metadata lines, up to the next heading. The lines come classified.
    /// </summary>
    internal sealed class MarkdownLayoutReader
    {
        private readonly ParsedDump _result;
        private readonly LinkDefinitions _definitions;
        private readonly CardAssembler _cards;

        private MarkdownLayoutReader(IReadOnlyList<LogicalLine> lines, SourceText text, string path, ParsedDump result)
        {
            _definitions = lines.Count > 0 ? lines[0].Definitions : new LinkDefinitions();
            _cards = new CardAssembler(text, path, result);
            _result = result;
        }

        public static List<ParsedPaper> Read(IReadOnlyList<LogicalLine> lines, SourceText text, string path, ParsedDump result, ParseProgress progress)
        {
            var reader = new MarkdownLayoutReader(lines, text, path, result);
            for (var i = 0; i < lines.Count; i++)
            {
                progress.Step("markdown cards", lines[i].Text.Length);
                reader.Read(lines, i);
            }

            return reader._cards.Assemble(progress);
        }

        private void Read(IReadOnlyList<LogicalLine> lines, int index)
        {
            var line = lines[index];
            var card = _cards.Current;
            switch (line.Kind)
            {
                case LineKind.Heading:
                    ReadHeading(line);
                    break;
                case LineKind.Metadata:
                    // A card's image or video, linked to its paper, stands on top of the card: it is the next one's.
                    _cards.Place(line.Metadata!, startsNextCard: card is not null && line.Metadata!.IsThumbnail);
                    break;
                case LineKind.Prose when card is null:
                    // Page text before the first card: navigation, banners, a note's own lines.
                    _cards.SkipChrome(_cards.Span(line.Start, line.End));
                    break;
                case LineKind.Prose:
                    var linked = new CardMetadata();
                    _cards.AppendAbstract(ReadLinked(line.Text, linked), linked, line.Start, line.End);
                    break;
            }
        }

        private void ReadHeading(LogicalLine line)
        {
            var card = _cards.NewCard(_cards.Span(line.Start, line.HeadingEnd));
            card.Title = HardBreaks.Inside(ReadLinked(line.HeadingText, card.Metadata));
            if (card.Title.Length == 0)
            {
                _result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognizedLine, card.TitleLocation, MessageText.Shorten(line.HeadingText)));
                return;
            }

            _cards.Add(card);
        }

        /// <summary>
        /// The text of a line that is one link as a whole (a linked title or abstract): the link's text,
        /// its address read for the arXiv id. Any other line is kept as written.
        /// </summary>
        private string ReadLinked(string content, CardMetadata metadata)
        {
            var text = _definitions.WholeLink(content, out var url);
            if (url is not null)
            {
                metadata.ArxivId ??= PaperAddress.ArxivId(url);
            }

            return text;
        }
    }
}
