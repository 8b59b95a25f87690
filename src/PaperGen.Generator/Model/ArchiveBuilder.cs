using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Model
{
    /// <summary>One class to generate, and what merging its dumps found (PG0024, duplicates across files).</summary>
    internal sealed record ClassModel(DumpModel Model, EquatableArray<DiagnosticInfo> MergeDiagnostics);

    /// <summary>
    /// Turns the models of every dump into the classes to generate (issue 9.4): dumps that generate the same
    /// class (name and namespace) are one archive, merged by <see cref="ArchiveMerge"/> in the order of their
    /// file names; a dump alone is passed through untouched, so its generated code is what it always was.
    /// A dump whose accessibility differs from the archive's first dump is left out (it is PG0009,
    /// reported by <c>Planning/DuplicateClasses</c> with the same rule, <see cref="Members"/>).
    /// </summary>
    internal static class ArchiveBuilder
    {
        public static ImmutableArray<ClassModel> Build(ImmutableArray<DumpModel> models, CancellationToken cancellationToken)
        {
            var classes = ImmutableArray.CreateBuilder<ClassModel>();
            // In the order the dumps come (GroupBy keeps first appearances): the step after SelectMany caches by
            // position, so adding a dump at the end must not shift every other class.
            foreach (var group in models.GroupBy(m => m.FullName, StringComparer.Ordinal))
            {
                var members = Members(group.Select(m => (m, m.FilePath, m.IsPublic)), out _);
                classes.Add(members.Count == 1
                    ? new ClassModel(members[0], EquatableArray<DiagnosticInfo>.Empty)
                    : Merge(members, cancellationToken));
            }

            return classes.ToImmutable();
        }

        /// <summary>
        /// The dumps of one class in archive order (file name, then path), less those whose accessibility
        /// differs from the first one's, which go to <paramref name="disagreeing"/> with that first one.
        /// </summary>
        public static List<T> Members<T>(IEnumerable<(T Item, string Path, bool IsPublic)> dumps, out List<(T Item, T First)> disagreeing)
        {
            var ordered = dumps
                .OrderBy(d => Path.GetFileName(d.Path), StringComparer.Ordinal)
                .ThenBy(d => d.Path, StringComparer.Ordinal)
                .ToList();
            var kept = new List<T>(ordered.Count);
            disagreeing = new List<(T, T)>();
            foreach (var dump in ordered)
            {
                if (dump.IsPublic == ordered[0].IsPublic)
                {
                    kept.Add(dump.Item);
                }
                else
                {
                    disagreeing.Add((dump.Item, ordered[0].Item));
                }
            }

            return kept;
        }

        private static ClassModel Merge(List<DumpModel> members, CancellationToken cancellationToken)
        {
            // Each dump's own diagnostics were reported with its model; the merge starts from its papers only.
            var files = members.Select(m => new ArchiveFile(m.FilePath, ToParsed(m))).ToList();
            var merged = ArchiveMerge.Merge(files, cancellationToken);
            merged.Dump.IsText = false;

            var first = members[0];
            var options = new DumpOptions(first.ClassName, first.Namespace, first.IsPublic, EquatableArray<DiagnosticInfo>.Empty);
            var built = CatalogBuilder.Build(first.FilePath, merged.Dump, options);

            // The catalog keeps the first of papers with one title (two arXiv ids, one title, in two files:
            // PG0002/PG0003 at the later one), so its papers are the merged ones less those.
            var papers = new List<PaperModel>(built.Papers.Count);
            var next = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < merged.Dump.Papers.Count && next < built.Papers.Count; i++)
            {
                if (!seen.Add(merged.Dump.Papers[i].Title))
                {
                    continue;
                }

                papers.Add(built.Papers[next++] with
                {
                    SourceFile = Path.GetFileName(merged.SourcePaths[i]),
                    ListingDates = merged.ListingDates[i],
                });
            }

            var mergeDiagnostics = built.Diagnostics;
            var model = built with
            {
                FileName = first.FileName + " … " + members[members.Count - 1].FileName + " (" + members.Count + " dumps)",
                ListingDate = members.Select(m => m.ListingDate).FirstOrDefault(d => d is not null),
                Papers = papers.ToEquatableArray(),

                // Every file's errors count in the class's error notice, not only the merge's.
                Diagnostics = members.SelectMany(m => m.Diagnostics).Concat(mergeDiagnostics).ToEquatableArray(),
            };
            return new ClassModel(model, mergeDiagnostics);
        }

        private static ParsedDump ToParsed(DumpModel model)
        {
            var parsed = new ParsedDump { ListingDate = model.ListingDate };
            foreach (var paper in model.Papers)
            {
                // The model keeps a paper's line, not its span: the merge's warnings point at the title's line.
                var line = new LinePosition(Math.Max(paper.TitleLine - 1, 0), 0);
                var location = new LocationInfo(model.FilePath, default(TextSpan), new LinePositionSpan(line, line));
                parsed.Papers.Add(new ParsedPaper(paper.Title, paper.Abstract, location, location, paper.Metadata));
            }

            return parsed;
        }
    }
}
