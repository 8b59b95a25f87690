using System.Globalization;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// Says so (PG0012) when a dump has more papers than one class can give properties to, rather than let
    /// the missing members surprise the user.
    /// </summary>
    internal static class PropertyLimit
    {
        public static DiagnosticInfo? Check(DumpModel model, int limit)
            => model.Papers.Count <= limit
                ? null
                : DiagnosticInfo.Create(
                    DiagnosticDescriptors.PaperPropertiesCapped,
                    LocationInfo.FileStart(model.FilePath),
                    model.FileName,
                    model.Papers.Count.ToString(CultureInfo.InvariantCulture),
                    limit.ToString(CultureInfo.InvariantCulture));
    }
}
