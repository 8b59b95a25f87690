using System.Globalization;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// What the generated class says about its dump's errors (issue 10): an error located in a dump reaches
    /// the build output and nothing else, since editors publish diagnostics for C# documents only. The class
    /// carries the notice as <c>[Obsolete]</c>, so every use of it in the user's own files shows a warning
    /// that names the file, the first error and its line.
    /// </summary>
    internal static class DumpErrors
    {
        /// <summary>The notice for <paramref name="model"/>, or <see langword="null"/> when it has no errors.</summary>
        public static string? Notice(DumpModel model)
        {
            DiagnosticInfo? first = null;
            var count = 0;
            foreach (var diagnostic in model.Diagnostics)
            {
                if (!diagnostic.IsError)
                {
                    continue;
                }

                count++;
                if (first is null || IsBefore(diagnostic.Location, first.Location))
                {
                    first = diagnostic;
                }
            }

            if (first is null)
            {
                return null;
            }

            // In an archive the error may be in any of its files: name it when it is not the class's own.
            var file = System.IO.Path.GetFileName(first.Location.Path);
            var where = first.Id + " at " + (file.Length == 0 || file == model.FileName ? string.Empty : file + " ") + "line " + first.Location.Line.ToString(CultureInfo.InvariantCulture) + ": " + first.Message;
            return count == 1
                ? model.FileName + " has 1 error: " + where
                : model.FileName + " has " + count.ToString(CultureInfo.InvariantCulture) + " errors, the first: " + where;
        }

        // Across an archive's files, the diagnostics come in file order already.
        private static bool IsBefore(LocationInfo a, LocationInfo b)
            => string.Equals(a.Path, b.Path, System.StringComparison.Ordinal) && (a.LineSpan.Start.Line < b.LineSpan.Start.Line
                || (a.LineSpan.Start.Line == b.LineSpan.Start.Line && a.LineSpan.Start.Character < b.LineSpan.Start.Character));
    }
}
