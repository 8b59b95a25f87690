using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// Finds dumps that generate the same class but cannot be merged into it (PG0009). Dumps sharing a class
    /// name and namespace are one archive (<see cref="ArchiveBuilder"/>); what cannot be merged is the class's
    /// accessibility, so a dump whose <c>Accessibility</c> differs from the archive's first dump (by file
    /// name) is reported at its own file, naming that first one, and left out of the class.
    /// </summary>
    internal static class DuplicateClasses
    {
        public static EquatableArray<DiagnosticInfo> Find(ImmutableArray<(string FullName, string FilePath, bool IsPublic)> classes)
        {
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var group in classes.GroupBy(c => c.FullName, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                ArchiveBuilder.Members(group.Select(c => (c, c.FilePath, c.IsPublic)), out var disagreeing);
                foreach (var (dump, first) in disagreeing)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateClass,
                        LocationInfo.FileStart(dump.FilePath),
                        Path.GetFileName(dump.FilePath),
                        dump.FullName,
                        Path.GetFileName(first.FilePath)));
                }
            }

            return diagnostics.ToEquatableArray();
        }
    }
}
