using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Reads a listing saved as plain text: title and abstract paragraphs separated by blank lines
    /// (layout 1), with the card's metadata on lines of their own around them (layout 2), and with each
    /// link's address on the line after its text (layout 3). The lines come classified; titles are told
    /// from abstracts by their shape when the cards are assembled.
    /// </summary>
    internal static class PlainLayoutReader
    {
        public static List<ParsedPaper> Read(IReadOnlyList<LogicalLine> lines, SourceText text, string path, ParsedDump result, ParseProgress progress)
        {
            var cards = new CardAssembler(text, path, result);
            foreach (var line in lines)
            {
                progress.Step("plain lines", line.Text.Length);
                switch (line.Kind)
                {
                    case LineKind.Prose:
                    case LineKind.Heading:
                    case LineKind.Continuation:
                        cards.AppendText(line);
                        break;
                    case LineKind.Metadata:
                        cards.EndParagraph();
                        cards.Add(line.Metadata!);
                        break;
                    case LineKind.DateHeader:
                        break;
                    default:
                        cards.EndParagraph();
                        break;
                }
            }

            return cards.Assemble(progress);
        }
    }
}
