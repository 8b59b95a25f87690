using System.Collections.Generic;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using Xunit;

namespace PaperGen.Tests.Layouts
{
    /// <summary>One entry as a layout test expects to read it; null metadata fields must be absent.</summary>
    internal sealed record Expected(
        string Title,
        string AbstractStart,
        string? ArxivId = null,
        int? AuthorCount = null,
        string? Organization = null,
        string? Date = null,
        int? Upvotes = null,
        string? CodeUrl = null)
    {
        public static void AssertPapers(IReadOnlyList<Expected> expected, ParsedDump parsed)
        {
            Assert.Equal(Titles(expected), Titles(parsed.Papers));
            for (var i = 0; i < expected.Count; i++)
            {
                var want = expected[i];
                var paper = parsed.Papers[i];
                Assert.StartsWith(want.AbstractStart, paper.Abstract, System.StringComparison.Ordinal);
                Assert.Equal(
                    new PaperMetadata(want.ArxivId, want.AuthorCount, want.Organization, want.Date, want.Upvotes, want.CodeUrl),
                    paper.Metadata);
            }
        }

        private static List<string> Titles(IEnumerable<Expected> papers)
        {
            var titles = new List<string>();
            foreach (var paper in papers)
            {
                titles.Add(paper.Title);
            }

            return titles;
        }

        private static List<string> Titles(IEnumerable<ParsedPaper> papers)
        {
            var titles = new List<string>();
            foreach (var paper in papers)
            {
                titles.Add(paper.Title);
            }

            return titles;
        }
    }
}
