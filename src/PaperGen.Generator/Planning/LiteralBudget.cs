using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// How much of the metadata user-string heap the ordinary-literal layout would fill. The heap holds
    /// every <c>ldstr</c> string as UTF-16 and ends at 16 MiB (CS8103); the layout is refused before that
    /// (<see cref="EmitLimits.MaxLiteralHeapBytes"/>) with PG0011 instead of CS8103.
    /// </summary>
    internal static class LiteralBudget
    {
        public static long HeapBytes(DumpModel model)
        {
            var total = Size(model.FileName) + Size(model.ListingDate);
            foreach (var paper in model.Papers)
            {
                total += Size(paper.Identifier) + Size(paper.Title) + Size(paper.Abstract) + Size(paper.ShortName);
                foreach (var link in paper.Links)
                {
                    total += Size(link);
                }

                var meta = paper.Metadata;
                total += Size(meta.ArxivId) + Size(meta.Organization) + Size(meta.Date) + Size(meta.CodeUrl)
                    + Size(meta.AiSummary) + Size(meta.SubmittedBy) + Size(meta.ProjectUrl)
                    + Size(meta.Authors) + Size(meta.Keywords) + Size(paper.ListingDates);
            }

            return total;
        }

        /// <summary>PG0011 when the literals of <paramref name="model"/> need more than <paramref name="maxHeapBytes"/>.</summary>
        public static DiagnosticInfo? Check(DumpModel model, TargetLanguage language, long maxHeapBytes)
        {
            var bytes = HeapBytes(model);
            if (bytes <= maxHeapBytes)
            {
                return null;
            }

            return DiagnosticInfo.Create(
                DiagnosticDescriptors.DumpTooLargeForLiterals,
                LocationInfo.FileStart(model.FilePath),
                model.FileName,
                Mib(bytes),
                Mib(maxHeapBytes),
                language.Version.ToDisplayString());
        }

        // A heap entry: a compressed length (1–4 bytes), two bytes a UTF-16 unit and a terminal byte.
        private static long Size(string? text)
            => text is null ? 0 : (2L * text.Length) + 1 + (text.Length < 0x40 ? 1 : text.Length < 0x2000 ? 2 : 4);

        // The string fields PaperValuesExpression writes as literals too (issue 8's authors, issue 9's JSON fields).
        private static long Size(EquatableArray<string> texts)
        {
            var total = 0L;
            foreach (var text in texts)
            {
                total += Size(text);
            }

            return total;
        }

        private static string Mib(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
