using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>How a listing was saved; each has its own reader.</summary>
    internal enum DumpLayout
    {
        /// <summary>Plain text: paragraphs, metadata lines and bare addresses (layouts 1 to 3).</summary>
        PlainText,

        /// <summary>Markdown with one heading per card (layout 4).</summary>
        Markdown,
    }

    /// <summary>
    /// Tells the layouts apart from the file itself, so no option is needed: a dump is markdown when a
    /// heading line names a paper (<c>### Title</c>); page headings such as <c>## Trending Papers</c> do not
    /// count. Plain-text layouts differ only in which lines they carry, and one reader takes them all.
    /// </summary>
    internal static class LayoutDetector
    {
        public static DumpLayout Detect(IReadOnlyList<LogicalLine> lines)
        {
            foreach (var line in lines)
            {
                if (line.Text.Length > 1 && line.Text[0] == '#' && MarkdownLayoutReader.IsPaperHeading(line))
                {
                    return DumpLayout.Markdown;
                }
            }

            return DumpLayout.PlainText;
        }
    }
}
