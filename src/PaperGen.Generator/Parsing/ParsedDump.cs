using System.Collections.Generic;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>What the parser read from a dump, before duplicates are resolved and names are given.</summary>
    internal sealed class ParsedDump
    {
        public string? ListingDate { get; set; }

        public List<ParsedPaper> Papers { get; } = new();

        public List<DiagnosticInfo> Diagnostics { get; } = new();

        /// <summary>False when the file could not be read as text at all.</summary>
        public bool IsText { get; set; } = true;

        /// <summary>Steps and characters the parser visited: linear in the size of the dump (tests check it).</summary>
        public long Work { get; set; }

        /// <summary>Lines of page text skipped before the first card and after the last, and where the first one is.</summary>
        public int SkippedChromeLines { get; set; }

        public LocationInfo? FirstSkippedChrome { get; set; }
    }

    /// <summary>One entry as it stands in the file.</summary>
    internal sealed record ParsedPaper(
        string Title,
        string Abstract,
        LocationInfo TitleLocation,
        LocationInfo AbstractLocation,
        PaperMetadata Metadata)
    {
        /// <summary>The web addresses in the abstract, in order, for the catalog's link list.</summary>
        public EquatableArray<string> Links => LinkExtractor.Extract(Abstract).ToEquatableArray();
    }
}
