using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Model;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// How much of the metadata user-string heap the ordinary-literal layout would fill. The heap holds
    /// every <c>ldstr</c> string as UTF-16 and ends at 16 MiB (CS8103); the layout is refused well before
    /// that, leaving room for the rest of the assembly's strings, with PG0011 instead of CS8103.
    /// </summary>
    internal static class LiteralBudget
    {
        /// <summary>Heap bytes the generated literals may use: three quarters of the 16 MiB heap.</summary>
        public const long MaxHeapBytes = 12L * 1024 * 1024;

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
                total += Size(meta.ArxivId) + Size(meta.Organization) + Size(meta.Date) + Size(meta.CodeUrl);
            }

            return total;
        }

        public static DiagnosticInfo? Check(DumpModel model, TargetLanguage language)
        {
            var bytes = HeapBytes(model);
            if (bytes <= MaxHeapBytes)
            {
                return null;
            }

            return DiagnosticInfo.Create(
                DiagnosticDescriptors.DumpTooLargeForLiterals,
                LocationInfo.FileStart(model.FilePath),
                model.FileName,
                Mib(bytes),
                Mib(MaxHeapBytes),
                language.Version.ToDisplayString());
        }

        // A heap entry: a compressed length (1–4 bytes), two bytes a UTF-16 unit and a terminal byte.
        private static long Size(string? text)
            => text is null ? 0 : (2L * text.Length) + 1 + (text.Length < 0x40 ? 1 : text.Length < 0x2000 ? 2 : 4);

        private static string Mib(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
