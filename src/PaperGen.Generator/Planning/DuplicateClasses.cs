using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// Finds dumps that would generate the same class (PG0009). The dump whose path sorts first keeps the
    /// name quietly; each other one is reported at its own file, naming the first.
    /// </summary>
    internal static class DuplicateClasses
    {
        public static EquatableArray<DiagnosticInfo> Find(ImmutableArray<(string FullName, string FilePath)> classes)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var firstPath = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (fullName, path) in classes.OrderBy(c => c.FilePath, StringComparer.Ordinal))
            {
                if (firstPath.TryGetValue(fullName, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateClass,
                        LocationInfo.FileStart(path),
                        Path.GetFileName(path),
                        fullName,
                        Path.GetFileName(first)));
                }
                else
                {
                    firstPath.Add(fullName, path);
                }
            }

            return diagnostics.ToEquatableArray();
        }
    }
}
