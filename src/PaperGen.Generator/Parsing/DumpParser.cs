using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Reads the text of a saved Hugging Face Papers page into entries and diagnostics. Pure: text in,
    /// values out; it knows nothing of compilations or C#. The steps: is it text (PG0008), split into
    /// lines (PG0007, PG0010), tell the layout, read the cards with that layout's reader, and merge the
    /// cards the page itself shows twice.
    /// </summary>
    internal static class DumpParser
    {
        private const int MessageTextLength = 80;

        public static ParsedDump Parse(SourceText text, string path, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = new ParsedDump();
            if (!TextCheck.IsText(text, path, result))
            {
                return result;
            }

            if (Json.JsonDumpReader.TryRead(text, path, cancellationToken, out var json)) return json;

            var lines = LineReader.Read(text, path, result, cancellationToken);
            var layout = LayoutDetector.Detect(lines);
            var papers = layout == DumpLayout.Markdown
                ? MarkdownLayoutReader.Read(lines, text, path, result, cancellationToken)
                : PlainLayoutReader.Read(lines, text, path, result, cancellationToken);
            result.Papers.AddRange(RepeatedCards.Collapse(papers, layout));
            return result;
        }

        public static string Shorten(string text)
        {
            if (text.Length <= MessageTextLength)
            {
                return text;
            }

            // Never cut an emoji or other surrogate pair in half: the message would hold a lone surrogate.
            var length = MessageTextLength - 1;
            if (char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }

            return text.Substring(0, length) + "…";
        }
    }
}
