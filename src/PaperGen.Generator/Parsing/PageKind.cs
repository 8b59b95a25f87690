using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>What a saved page is: a list of paper cards (as plain text or as markdown), or one paper's own page.</summary>
    internal enum PageKind
    {
        /// <summary>
        /// A listing (daily, weekly, monthly, trending, search results, a collection) saved as plain text:
        /// paragraphs, metadata lines and bare addresses; a card's title is told by its shape.
        /// </summary>
        PlainListing,

        /// <summary>A listing converted to markdown: a heading names each card's paper.</summary>
        MarkdownListing,

        /// <summary>One paper's page (<c>/papers/&lt;arXiv id&gt;</c>): title, metadata, <c>Abstract</c>, then comments and lists.</summary>
        PaperPage,
    }

    /// <summary>
    /// The page-kind step, from the page's structure alone (no option is needed). A paper page says so by an
    /// <c>Abstract</c> section label together with either the <c>arxiv:ID</c> header the site shows above the
    /// title or a capture of a <c>/papers/ID</c> address or a <c>Paper page - </c> title; listings label no
    /// section <c>Abstract</c>. A listing is markdown when a heading names a paper (<c>### Title</c>); page
    /// headings such as <c>## Trending Papers</c> do not count.
    /// </summary>
    internal static class PageKindDetector
    {
        public static PageKind Tell(IReadOnlyList<LogicalLine> lines, CaptureHints hints, ParseProgress progress)
        {
            var hasAbstractLabel = false;
            var names = hints.ArxivId is not null || hints.Title is not null;
            foreach (var line in lines)
            {
                progress.Step("page kind");
                if (line.IsBlank || line.Text.Length > 200)
                {
                    continue;
                }

                hasAbstractLabel |= line.Label == SectionLabel.Abstract;
                names |= LineClassifier.ArxivHeader(line) is not null
                    || CaptureWrapper.PaperPageTitle(line.Plain) is not null;
                if (hasAbstractLabel && names)
                {
                    return PageKind.PaperPage;
                }
            }

            foreach (var line in lines)
            {
                progress.Step("page kind");
                if (line.Text.Length > 1 && line.Text[0] == '#' && IsPaperHeading(line))
                {
                    return PageKind.MarkdownListing;
                }
            }

            return PageKind.PlainListing;
        }

        /// <summary>Whether a line is a markdown heading that names a paper rather than the page.</summary>
        public static bool IsPaperHeading(LogicalLine line)
        {
            if (!line.IsHeading(out var content))
            {
                return false;
            }

            return LineClassifier.HeadingKind(content, out _) == LineKind.Heading;
        }
    }
}
