using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace PaperGen.Tests.Coverage
{
    /// <summary>
    /// The ordinary-literal layout (<c>new Paper(…)</c> in factory methods), which C# 7.3 gets and which C# 11+
    /// falls back to when ReadOnlySpan or the compiled-data runtime API is missing: with more papers than one
    /// generated file holds, every field a card carries reads back from every file.
    /// </summary>
    public class LiteralLayoutTests
    {
        private const int Count = 2_100;

        public static IEnumerable<object[]> Targets() => new[]
        {
            new object[] { LanguageVersion.CSharp7_3 },
            new object[] { LanguageVersion.Latest },
        };

        [Theory]
        [MemberData(nameof(Targets))]
        public void Netstandard20_dump_over_several_files_reads_back_metadata_short_names_links_and_lines(LanguageVersion version)
        {
            var (text, expected) = Listing(Count);

            var run = GeneratorProbe.Run(new[] { GeneratorProbe.Dump("/project/papers/archive.txt", text, className: "Archive") }, netStandard: true, version);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationErrorsAndWarnings);
            var sources = run.Result.GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
            Assert.Equal(2, sources.Count);
            Assert.All(sources, s => Assert.DoesNotContain("u8;", s, StringComparison.Ordinal));
            Assert.All(sources, s => Assert.Contains("new global::PaperGen.Paper(", s, StringComparison.Ordinal));
            var all = (IReadOnlyList<Paper>)run.ReadStatic("Probe.Archive", "All")!;
            Assert.Equal(Count, all.Count);
            for (var i = 0; i < Count; i++)
            {
                var e = expected[i];
                var p = all[i];
                Assert.Equal(e.Title, p.Title);
                Assert.Equal(e.Abstract, p.Abstract);
                Assert.Equal(e.ShortName, p.ShortName);
                Assert.Equal(e.ShortName, p.Identifier);
                Assert.Equal(e.Line, p.SourceLine);
                Assert.Equal("archive.txt", p.SourceFile);
                Assert.Equal(new[] { e.Link }, p.Links.ToArray());
                Assert.Equal(e.ArxivId, p.ArxivId);
                Assert.Equal(e.AuthorCount, p.AuthorCount);
                Assert.Equal(e.CodeUrl, p.CodeUrl);
                Assert.Equal(e.Organization, p.Organization);
                Assert.Equal(e.Date, p.Date);
                Assert.Equal(e.Upvotes, p.Upvotes);
            }

            // A paper in the second file, through its generated property and the catalog's lookups.
            var late = expected[Count - 5];
            Assert.Same(all[Count - 5], run.ReadStatic("Probe.Archive", late.ShortName));
            var catalog = run.Catalog("Probe.Archive");
            Assert.Same(all[Count - 5], catalog.Find(late.Title.ToUpperInvariant()));
            Assert.True(catalog.TryGetByTitle(late.Title, out var exact));
            Assert.Same(all[Count - 5], exact);
        }

        private sealed record ExpectedPaper(
            string Title, string Abstract, string ShortName, int Line, string Link, string ArxivId,
            int? AuthorCount, string? CodeUrl, string? Organization, string? Date, int? Upvotes);

        /// <summary>
        /// A daily listing saved as plain text with addresses on their own lines, in the two card shapes
        /// real captures show (Layouts/daily-with-addresses.txt): authors and a code repository, or an
        /// organisation, date and upvotes.
        /// </summary>
        private static (string Text, List<ExpectedPaper> Papers) Listing(int count)
        {
            var lines = new List<string> { "Daily Papers", "https://huggingface.co/papers", string.Empty, "Oct 7", string.Empty };
            var papers = new List<ExpectedPaper>(count);
            for (var i = 0; i < count; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                var shortName = "Model" + Letters(i);
                var title = shortName + ": Sparse Features in Layer " + n;
                var arxiv = "2410." + (10000 + i).ToString(CultureInfo.InvariantCulture);
                var link = "https://github.com/lab" + n + "/code";
                var @abstract = "We study sparse features of layer " + n + ". Code: " + link + " is public. Results hold across scales.";
                lines.AddRange(new[] { "Submitted by", "user" + n, "https://huggingface.co/user" + n, string.Empty });
                var titleLine = lines.Count + 1;
                lines.AddRange(new[] { title, "https://huggingface.co/papers/" + arxiv, string.Empty, @abstract, string.Empty });
                if (i % 2 == 0)
                {
                    var repo = "https://github.com/org" + n + "/repo";
                    lines.AddRange(new[] { "· " + (2 + (i % 30)).ToString(CultureInfo.InvariantCulture) + " authors", string.Empty, "GitHub 1.2k", repo, string.Empty });
                    papers.Add(new ExpectedPaper(title, @abstract, shortName, titleLine, link, arxiv, 2 + (i % 30), repo, null, null, null));
                }
                else
                {
                    var org = "Lab " + Letters(i);
                    lines.AddRange(new[] { org, "https://huggingface.co/lab" + n, "· Oct 9, 2024", "Upvote " + n, string.Empty });
                    papers.Add(new ExpectedPaper(title, @abstract, shortName, titleLine, link, arxiv, null, null, org, "Oct 9, 2024", i));
                }
            }

            return (string.Join("\n", lines) + "\n", papers);
        }

        // Distinct letters-only names, so short names never collide or end in digits a collision would add.
        private static string Letters(int i)
        {
            var builder = new StringBuilder();
            do
            {
                builder.Insert(0, (char)('A' + (i % 26)));
                i /= 26;
            }
            while (i > 0);
            return builder.ToString();
        }
    }
}
