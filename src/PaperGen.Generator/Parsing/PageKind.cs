using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>What a saved page is: a list of paper cards, or one paper's own page.</summary>
    internal enum PageKind
    {
        /// <summary>Daily, weekly, monthly, trending, search results or a collection: many cards.</summary>
        Listing,

        /// <summary>One paper's page (<c>/papers/&lt;arXiv id&gt;</c>): title, metadata, <c>Abstract</c>, then comments and lists.</summary>
        PaperPage,
    }

    /// <summary>
    /// The page-kind step. A paper page says so by its structure: an <c>Abstract</c> section label, and
    /// either the <c>arxiv:ID</c> header the site shows above the title or a capture of a <c>/papers/ID</c>
    /// address or a <c>Paper page - </c> title. Listings label no section <c>Abstract</c>.
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

                hasAbstractLabel |= LineClassifier.Label(line) == SectionLabel.Abstract;
                names |= LineClassifier.ArxivHeader(line) is not null
                    || CaptureWrapper.PaperPageTitle(line.Plain) is not null;
                if (hasAbstractLabel && names)
                {
                    return PageKind.PaperPage;
                }
            }

            return PageKind.Listing;
        }
    }
}
