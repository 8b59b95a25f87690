using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Layouts
{
    /// <summary>
    /// Real captures of Hugging Face Papers pages (and hand-made ones for shapes the team has no file for),
    /// each with the papers a careful reader finds on it: every listed paper is read exactly (title, arXiv
    /// id, abstract start) and nothing else is read.
    /// </summary>
    public class CaptureFixtureTests
    {
        private static List<string> Names()
            => Directory.GetFiles(Path.Combine(Fixtures.Directory, "Captures"), "*.expected.json")
                .Select(f => Path.GetFileName(f).Replace(".expected.json", ".txt"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        public static TheoryData<string> Captures()
        {
            var data = new TheoryData<string>();
            foreach (var name in Names())
            {
                data.Add(name);
            }

            return data;
        }

        [Fact]
        public void Every_shared_capture_and_every_described_shape_has_a_fixture()
        {
            var names = Names();

            Assert.Equal(6, names.Count(n => !n.StartsWith("handmade-", StringComparison.Ordinal)));
            foreach (var shape in new[] { "lynx", "notebook", "firecrawl", "turndown", "print-to-pdf", "hydration-json" })
            {
                Assert.Contains(names, n => n.Contains(shape, StringComparison.Ordinal));
            }
        }

        [Theory]
        [MemberData(nameof(Captures))]
        public void Capture_reads_exactly_the_papers_a_reader_finds_on_the_page(string capture)
        {
            var expected = JsonDocument.Parse(Fixtures.Read("Captures/" + capture.Replace(".txt", ".expected.json"))).RootElement.EnumerateArray().ToList();
            var parsed = Parse.Fixture("Captures/" + capture);

            Assert.Equal(expected.Select(e => Fold(e.GetProperty("title").GetString())), parsed.Papers.Select(p => Fold(p.Title)));
            for (var i = 0; i < expected.Count; i++)
            {
                var paper = parsed.Papers[i];
                var arxiv = expected[i].GetProperty("arxiv").GetString();
                var start = expected[i].GetProperty("abstract_starts").GetString();
                if (arxiv is not null)
                {
                    Assert.Equal(arxiv, paper.Metadata.ArxivId);
                }

                if (start is null)
                {
                    Assert.Equal(string.Empty, paper.Abstract);
                }
                else
                {
                    Assert.StartsWith(Fold(start), Fold(paper.Abstract), StringComparison.Ordinal);
                }
            }

            Assert.DoesNotContain(parsed.Diagnostics, d => d.Id != "PG0007");
        }

        [Fact]
        public void Paper_page_keeps_the_ai_summary_apart_and_reads_the_authors()
        {
            var parsed = Parse.Fixture("Captures/paper-page-2310.03714-jina-json-in-markdown-wrapper.txt");
            var paper = Assert.Single(parsed.Papers);

            Assert.Equal(13, paper.Metadata.Authors.Count);
            Assert.Equal("Omar Khattab", paper.Metadata.Authors[0]);
            Assert.Equal("Christopher Potts", paper.Metadata.Authors[12]);
            Assert.EndsWith("DSPy is available at https://github.com/stanfordnlp/dspy", paper.Abstract, StringComparison.Ordinal);
            Assert.Equal("Oct 5, 2023", paper.Metadata.Date);
        }

        [Theory]
        [InlineData("paper-page-2406.06623-obsidian-clipper.txt", "Spectrum accelerates LLM training by selectively targeting")]
        [InlineData("paper-page-2502.11705-markdown-linkdump-alias-heading.txt", "ToolMaker autonomously converts scientific code repositories")]
        [InlineData("paper-page-2405.07960-openclaw-fetch-split-keywords.txt", "AgentClinic evaluates the interactive decision-making")]
        [InlineData("handmade-paper-page-print-to-pdf.txt", "Fine-tuning on tool traces teaches models when to call a tool.")]
        public void Paper_page_ai_summary_is_kept_apart_from_the_abstract(string capture, string summaryStart)
        {
            var paper = Assert.Single(Parse.Fixture("Captures/" + capture).Papers);

            Assert.StartsWith(summaryStart, paper.Metadata.AiSummary, StringComparison.Ordinal);
            Assert.DoesNotContain(summaryStart, paper.Abstract, StringComparison.Ordinal);
        }

        [Fact]
        public void Print_to_pdf_page_joins_hyphen_splits_and_drops_page_margins()
        {
            var paper = Assert.Single(Parse.Fixture("Captures/handmade-paper-page-print-to-pdf.txt").Papers);

            Assert.Contains("calls for agent-specific training", paper.Abstract, StringComparison.Ordinal);
            Assert.Contains("successful ones, and fine-tune on them.", paper.Abstract, StringComparison.Ordinal);
            Assert.DoesNotContain("1/2", paper.Abstract, StringComparison.Ordinal);
            Assert.DoesNotContain("PM", paper.Abstract, StringComparison.Ordinal);
            Assert.Equal(new[] { "Jane Doe", "John Smith", "Ada Lovelace" }, paper.Metadata.Authors);
        }

        [Fact]
        public void Daily_page_without_abstracts_reads_every_card_with_no_diagnostic()
        {
            var parsed = Parse.Fixture("Captures/daily-date-2026-04-17-obsidian-clipper-no-abstracts.txt");

            Assert.Equal(29, parsed.Papers.Count);
            Assert.All(parsed.Papers, p => Assert.Equal(string.Empty, p.Abstract));
            Assert.Empty(parsed.Diagnostics);
            Assert.Equal(45, parsed.Papers[0].Metadata.AuthorCount);
            Assert.Equal(1090, parsed.Papers[0].Metadata.Upvotes);
            Assert.Equal("Huazhong University of Science and Technology", parsed.Papers[1].Metadata.Organization);
        }

        // As the shared scorer compares: whitespace runs (and line separators) as one space, invisible characters dropped.
        private static string Fold(string? text)
            => text is null ? string.Empty : Regex.Replace(new string(text.Normalize().Where(c => !char.IsControl(c) || char.IsWhiteSpace(c)).ToArray()), @"\s+", " ").Trim();
    }
}
