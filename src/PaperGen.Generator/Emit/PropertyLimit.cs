using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Model;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// Says so (PG0012) when a dump has more papers than one class can give properties to, rather than let
    /// the missing members surprise the user.
    /// </summary>
    internal static class PropertyLimit
    {
        public static DiagnosticInfo? Check(DumpModel model, int limit = CatalogEmitter.MaxPaperProperties)
            => model.Papers.Count <= limit
                ? null
                : DiagnosticInfo.Create(
                    DiagnosticDescriptors.PaperPropertiesCapped,
                    LocationInfo.FileStart(model.FilePath),
                    model.FileName,
                    model.Papers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
