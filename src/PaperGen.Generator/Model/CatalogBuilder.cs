using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Model
{
    /// <summary>
    /// Turns what the parser read into the model the emitter writes: one paper per title, each with its
    /// C# name, and the dump-level diagnostics (duplicates, no papers).
    /// </summary>
    internal static class CatalogBuilder
    {
        public static DumpModel Build(string path, ParsedDump parsed, DumpOptions options)
        {
            var diagnostics = new List<DiagnosticInfo>(options.Diagnostics);
            diagnostics.AddRange(parsed.Diagnostics);
            var fileName = Path.GetFileName(path);
            var className = options.ClassName ?? MemberNames.ForDumpFile(Path.GetFileNameWithoutExtension(path));

            var kept = new List<ParsedPaper>();
            var firstByTitle = new Dictionary<string, ParsedPaper>(StringComparer.Ordinal);
            foreach (var paper in parsed.Papers)
            {
                if (firstByTitle.TryGetValue(paper.Title, out var first))
                {
                    var firstLine = (first.TitleLocation.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
                    var descriptor = string.Equals(first.Abstract, paper.Abstract, StringComparison.Ordinal)
                        ? DiagnosticDescriptors.RepeatedPaper
                        : DiagnosticDescriptors.ConflictingDuplicateTitle;
                    diagnostics.Add(DiagnosticInfo.Create(descriptor, paper.TitleLocation, MessageText.Shorten(paper.Title), firstLine));
                    continue;
                }

                firstByTitle.Add(paper.Title, paper);
                kept.Add(paper);
            }

            if (parsed.SkippedChromeLines > 0 && parsed.FirstSkippedChrome is { } skippedAt)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PageTextSkipped, skippedAt, parsed.SkippedChromeLines.ToString(CultureInfo.InvariantCulture)));
            }

            if (kept.Count == 0 && parsed.IsText)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoPapers, LocationInfo.FileStart(path), fileName));
            }

            var shortNames = kept.Select(p => MemberNames.ShortName(p.Title)).ToList();
            var identifiers = MemberNames.Assign(kept.Select((p, i) => MemberNames.ForPaper(p.Title, shortNames[i])).ToList(), className);

            var papers = new List<PaperModel>(kept.Count);
            for (var i = 0; i < kept.Count; i++)
            {
                var paper = kept[i];
                papers.Add(new PaperModel(
                    identifiers[i],
                    paper.Title,
                    paper.Abstract,
                    shortNames[i],
                    paper.Links,
                    paper.TitleLocation.LineSpan.Start.Line + 1,
                    paper.Metadata));
            }

            return new DumpModel(
                path,
                fileName,
                options.Namespace,
                className,
                options.IsPublic,
                parsed.ListingDate,
                papers.ToEquatableArray(),
                diagnostics.ToEquatableArray())
            {
                // A dump that cannot be read still gets its class, empty or partial: then the only errors a
                // user sees are PaperGen's, not CS0234 wherever the class is named (issue 8).
                CanEmit = !options.Diagnostics.Any(),
            };
        }
    }
}
