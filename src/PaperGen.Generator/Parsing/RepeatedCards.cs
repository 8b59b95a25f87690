using System;
using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Trending pages render every card twice (one copy per screen size), so their captures hold each
    /// paper twice in a row. A card right after an identical one (same title and abstract) is that same
    /// card: it becomes one paper, with the metadata of both, and no PG0003. This applies in markdown and
    /// wherever a card carries metadata, which is where such pages are saved; plain title-and-abstract
    /// lists keep PG0003 for a repeat, and a repeat elsewhere in the file or with another abstract is
    /// still reported (PG0003, PG0002) by the catalog builder.
    /// </summary>
    internal static class RepeatedCards
    {
        public static List<ParsedPaper> Collapse(List<ParsedPaper> papers, PageKind kind)
        {
            var kept = new List<ParsedPaper>(papers.Count);
            foreach (var paper in papers)
            {
                var previous = kept.Count > 0 ? kept[kept.Count - 1] : null;
                if (previous is not null
                    && string.Equals(previous.Title, paper.Title, StringComparison.Ordinal)
                    && string.Equals(previous.Abstract, paper.Abstract, StringComparison.Ordinal)
                    && (kind == PageKind.MarkdownListing || !ReferenceEquals(previous.Metadata, PaperMetadata.None) || !ReferenceEquals(paper.Metadata, PaperMetadata.None))
                    && !Conflict(previous.Metadata, paper.Metadata))
                {
                    kept[kept.Count - 1] = previous with { Metadata = Merge(previous.Metadata, paper.Metadata) };
                    continue;
                }

                kept.Add(paper);
            }

            return kept;
        }

        // Two cards that show different upvotes or ids are two entries, whatever their text says.
        private static bool Conflict(PaperMetadata a, PaperMetadata b)
            => Differ(a.ArxivId, b.ArxivId) || Differ(a.Upvotes, b.Upvotes) || Differ(a.CodeUrl, b.CodeUrl) || Differ(a.AuthorCount, b.AuthorCount);

        private static bool Differ<T>(T? a, T? b) => a is not null && b is not null && !Equals(a, b);

        private static PaperMetadata Merge(PaperMetadata a, PaperMetadata b)
            => new(a.ArxivId ?? b.ArxivId, a.AuthorCount ?? b.AuthorCount, a.Organization ?? b.Organization, a.Date ?? b.Date, a.Upvotes ?? b.Upvotes, a.CodeUrl ?? b.CodeUrl);
    }
}
