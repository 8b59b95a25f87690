using System.Collections.Generic;
using PaperGen.Generator.Model;
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
    }

    /// <summary>One entry as it stands in the file.</summary>
    internal sealed record ParsedPaper(
        string Title,
        string Abstract,
        LocationInfo TitleLocation,
        LocationInfo AbstractLocation,
        PaperMetadata Metadata);
}
