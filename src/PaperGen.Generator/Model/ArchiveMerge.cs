using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Model
{
    /// <summary>One dump of an archive as its own parse left it.</summary>
    internal sealed record ArchiveFile(string Path, ParsedDump Dump);

    /// <summary>The archive as one dump, and the dates each of its papers was listed on.</summary>
    internal sealed class MergedArchive
    {
        public MergedArchive(ParsedDump dump, IReadOnlyList<EquatableArray<string>> listingDates, IReadOnlyList<string> sourcePaths)
        {
            Dump = dump;
            ListingDates = listingDates;
            SourcePaths = sourcePaths;
        }

        /// <summary>The merged papers, ready for <see cref="CatalogBuilder"/>, and every file's diagnostics.</summary>
        public ParsedDump Dump { get; }

        /// <summary>The listing dates of <c>Dump.Papers[i]</c> at index i, in the order the files were merged.</summary>
        public IReadOnlyList<EquatableArray<string>> ListingDates { get; }

        /// <summary>The file <c>Dump.Papers[i]</c> was first met in (its title and line are from there), at index i.</summary>
        public IReadOnlyList<string> SourcePaths { get; }
    }

    /// <summary>
    /// Merges the dumps that share a class name (issue 9: a folder of daily files is one archive) into one
    /// dump. Pure, and linear in the papers: the files are taken in the order of their file names; a paper
    /// met again in a later file (the same arXiv id, or the same exact title when either has no id) is the
    /// same paper, keeping its first title and abstract, the richest of each metadata field and every
    /// listing date. A different abstract under the same paper is PG0024 at the later one. Papers repeated
    /// inside one file are not merged here: the catalog reports them as in a single dump (PG0002, PG0003).
    /// </summary>
    internal static class ArchiveMerge
    {
        public static MergedArchive Merge(IEnumerable<ArchiveFile> files, CancellationToken cancellationToken)
        {
            var ordered = files
                .OrderBy(f => System.IO.Path.GetFileName(f.Path), StringComparer.Ordinal)
                .ThenBy(f => f.Path, StringComparer.Ordinal)
                .ToList();

            var merged = new ParsedDump { IsText = ordered.Count == 0 || ordered.Any(f => f.Dump.IsText) };
            var entries = new List<Entry>();
            var byId = new Dictionary<string, Entry>(StringComparer.Ordinal);
            var byTitle = new Dictionary<string, Entry>(StringComparer.Ordinal);
            var added = new List<Entry>();
            foreach (var file in ordered)
            {
                cancellationToken.ThrowIfCancellationRequested();
                merged.Diagnostics.AddRange(file.Dump.Diagnostics);
                merged.ListingDate ??= file.Dump.ListingDate;
                added.Clear();
                foreach (var paper in file.Dump.Papers)
                {
                    var date = ListingDate(paper, file.Dump);
                    var earlier = Find(paper, byId, byTitle);
                    if (earlier is null)
                    {
                        var entry = new Entry(paper, file.Path);
                        entry.AddDate(date);
                        entries.Add(entry);
                        added.Add(entry);
                        continue;
                    }

                    if (!string.Equals(earlier.Paper.Abstract, paper.Abstract, StringComparison.Ordinal))
                    {
                        merged.Diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.ConflictingArchiveAbstract,
                            paper.AbstractLocation,
                            Describe(paper),
                            System.IO.Path.GetFileName(earlier.Path)));
                    }

                    earlier.Paper = earlier.Paper with { Metadata = Richest(earlier.Paper.Metadata, paper.Metadata) };
                    earlier.AddDate(date);

                    // A paper first met without an id (a text dump) is found by the id a later dump gave it.
                    if (earlier.Paper.Metadata.ArxivId is { } gained && !byId.ContainsKey(gained))
                    {
                        byId.Add(gained, earlier);
                    }
                }

                // Registered after the file, so that repeats inside one file stay the catalog's to report.
                foreach (var entry in added)
                {
                    Register(entry, byId, byTitle);
                }
            }

            merged.Papers.AddRange(entries.Select(e => e.Paper));
            return new MergedArchive(merged, entries.Select(e => e.Dates.ToEquatableArray()).ToList(), entries.Select(e => e.Path).ToList());
        }

        private static Entry? Find(ParsedPaper paper, Dictionary<string, Entry> byId, Dictionary<string, Entry> byTitle)
        {
            var id = paper.Metadata.ArxivId;
            if (id is not null && byId.TryGetValue(id, out var sameId))
            {
                return sameId;
            }

            // A title matches only where an id cannot tell the papers apart.
            return byTitle.TryGetValue(paper.Title, out var sameTitle) && (id is null || sameTitle.Paper.Metadata.ArxivId is null)
                ? sameTitle
                : null;
        }

        private static void Register(Entry entry, Dictionary<string, Entry> byId, Dictionary<string, Entry> byTitle)
        {
            if (entry.Paper.Metadata.ArxivId is { } id && !byId.ContainsKey(id))
            {
                byId.Add(id, entry);
            }

            if (!byTitle.ContainsKey(entry.Paper.Title))
            {
                byTitle.Add(entry.Paper.Title, entry);
            }
        }

        /// <summary>
        /// The date a dump listed the paper on: the day it was put on Daily Papers when the API says so
        /// (<c>2024-10-25</c>), else the listing's own date header (text dumps), else none.
        /// </summary>
        private static string? ListingDate(ParsedPaper paper, ParsedDump dump)
        {
            var submitted = paper.Metadata.SubmittedAt;
            if (submitted is { Length: >= 10 } && submitted[4] == '-' && submitted[7] == '-')
            {
                return submitted.Substring(0, 10);
            }

            return dump.ListingDate;
        }

        /// <summary>
        /// Each field from whichever dump has it; where both do, the larger count (counts only grow
        /// between snapshots), the longer list, and otherwise the earlier file's value.
        /// </summary>
        internal static PaperMetadata Richest(PaperMetadata first, PaperMetadata later)
            => new(
                first.ArxivId ?? later.ArxivId,
                Max(first.AuthorCount, later.AuthorCount),
                first.Organization ?? later.Organization,
                first.Date ?? later.Date,
                Max(first.Upvotes, later.Upvotes),
                first.CodeUrl ?? later.CodeUrl)
            {
                Authors = later.Authors.Count > first.Authors.Count ? later.Authors : first.Authors,
                AiSummary = first.AiSummary ?? later.AiSummary,
                Comments = Max(first.Comments, later.Comments),
                PublishedAt = first.PublishedAt ?? later.PublishedAt,
                SubmittedAt = first.SubmittedAt ?? later.SubmittedAt,
                SubmittedBy = first.SubmittedBy ?? later.SubmittedBy,
                Keywords = later.Keywords.Count > first.Keywords.Count ? later.Keywords : first.Keywords,
                GitHubStars = Max(first.GitHubStars, later.GitHubStars),
                ProjectUrl = first.ProjectUrl ?? later.ProjectUrl,
            };

        private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

        private static string Describe(ParsedPaper paper)
            => "'" + MessageText.Shorten(paper.Title) + "'" + (paper.Metadata.ArxivId is { } id ? " (" + id + ")" : string.Empty);

        private sealed class Entry
        {
            private HashSet<string>? _seen;

            public Entry(ParsedPaper paper, string path)
            {
                Paper = paper;
                Path = path;
            }

            public ParsedPaper Paper { get; set; }

            /// <summary>The file the paper was first met in; its title and abstract are kept.</summary>
            public string Path { get; }

            public List<string> Dates { get; } = new();

            public void AddDate(string? date)
            {
                if (date is not null && (_seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(date))
                {
                    Dates.Add(date);
                }
            }
        }
    }
}
