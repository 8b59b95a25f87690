using System;
using System.IO;
using System.Linq;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Layouts
{
    /// <summary>Every layout the reader knows, read from a fixture: every entry's title, abstract start and metadata.</summary>
    public class LayoutFixtureTests
    {
        private const string Gh = "https://github.com/";

        [Fact]
        public void Shipped_plain_dump_reads_each_title_and_abstract_from_its_own_lines_with_its_recorded_identifier()
        {
            // The TSV records each paper's title line and identifier; the title and abstract are taken from the
            // dump's own lines here (title line, abstract two lines below), not from a recording of the parser.
            var expected = File.ReadAllLines(Path.Combine(Fixtures.Directory, "Layouts", "hf-papers-aug-6.expected.tsv"));
            var lines = Fixtures.Read("hf-papers-aug-6.txt").Replace("\r\n", "\n").Split('\n');
            var parsed = Parse.Fixture("hf-papers-aug-6.txt");
            var model = Generator.Model.CatalogBuilder.Build(
                "/project/papers/hf-papers-aug-6.txt",
                parsed,
                new Generator.Configuration.DumpOptions("Papers", "TestApp", IsPublic: true, Generator.Pipeline.EquatableArray<Generator.Pipeline.DiagnosticInfo>.Empty));

            Assert.Equal("date\t" + parsed.ListingDate, expected[0]);
            Assert.Equal(54, parsed.Papers.Count);
            Assert.Empty(parsed.Diagnostics);
            for (var i = 0; i < parsed.Papers.Count; i++)
            {
                var fields = expected[i + 1].Split('\t');
                var titleLine = int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture);
                var paper = parsed.Papers[i];
                Assert.Equal(titleLine, paper.TitleLocation.LineSpan.Start.Line + 1);
                Assert.Equal(lines[titleLine - 1].Trim(), paper.Title);
                Assert.Equal(lines[titleLine + 1].Trim(), paper.Abstract);
                Assert.Equal(fields[1], model.Papers[i].Identifier);
                Assert.Same(Generator.Parsing.PaperMetadata.None, paper.Metadata);
            }
        }

        [Fact]
        public void Markdown_capture_reads_each_twice_shown_card_once_with_authors_and_code()
        {
            var parsed = Parse.Fixture("Layouts/trending-markdown.txt");

            Expected.AssertPapers(
                new[]
                {
                    new Expected("Agent Lightning: Train ANY AI Agents with Reinforcement Learning", "Agent Lightning is a flexible RL framework", AuthorCount: 8, CodeUrl: Gh + "microsoft/agent-lightning"),
                    new Expected("HeartMuLa: A Family of Open Sourced Music Foundation Models", "A suite of open-source music foundation models", AuthorCount: 28, CodeUrl: Gh + "HeartMuLa/heartlib"),
                    new Expected("MemOS: A Memory OS for AI System", "MemOS, a memory operating system", AuthorCount: 39, CodeUrl: Gh + "MemTensor/MemOS"),
                    new Expected("ShapeR: Robust Conditional 3D Shape Generation from Casual Captures", "ShapeR generates high-fidelity 3D shapes", CodeUrl: Gh + "facebookresearch/ShapeR"),
                    new Expected("Conditional Memory via Scalable Lookup: A New Axis of Sparsity for Large Language Models", "Conditional memory via Engram module", CodeUrl: Gh + "deepseek-ai/Engram"),
                    new Expected("SimpleMem: Efficient Lifelong Memory for LLM Agents", "To support reliable long-term interaction", AuthorCount: 8, CodeUrl: Gh + "aiming-lab/SimpleMem"),
                    new Expected("Continuous Audio Language Models", "Audio Language Models (ALM) have emerged as the dominant paradigm for speech and music generation", AuthorCount: 5, CodeUrl: Gh + "kyutai-labs/pocket-tts"),
                    new Expected("dots.ocr: Multilingual Document Layout Parsing in a Single Vision-Language Model", "A unified Vision-Language Model, dots.ocr,", CodeUrl: Gh + "rednote-hilab/dots.ocr"),
                    new Expected("SmolDocling: An ultra-compact vision-language model for end-to-end multi-modal document conversion", "SmolDocling is a compact vision-language model", CodeUrl: Gh + "docling-project/docling"),
                },
                parsed);
            Assert.Empty(parsed.Diagnostics);
            Assert.EndsWith("Samples are available at https://continuous-audio-language-models.github.io", parsed.Papers[6].Abstract, StringComparison.Ordinal);
        }

        [Fact]
        public void Structured_capture_reads_linked_titles_organisations_dates_upvotes_and_arxiv_ids()
        {
            var parsed = Parse.Fixture("Layouts/trending-structured.txt");

            Expected.AssertPapers(
                new[]
                {
                    new Expected("Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation", "We present Kandinsky 6.0 Video, a family", "2610.05608", Organization: "Kandinsky Lab", Date: "Oct 4, 2026", Upvotes: 117, CodeUrl: Gh + "kandinskylab/kandinsky-6"),
                    new Expected("The Other Half of the Memory Wall: Serving 35B MoEs from SSD with Trained Routing Prediction", "Mixture-of-experts (MoE) inference on consumer hardware", "2609.18063", Organization: "Edge0", Date: "Sep 16, 2026", Upvotes: 25, CodeUrl: Gh + "Edge0-AI/edge0"),
                    new Expected("TradingAgents: Multi-Agents LLM Financial Trading Framework", "A multi-agent framework using large language models for stock trading", "2412.20138", AuthorCount: 4, Date: "Dec 28, 2024", Upvotes: 149, CodeUrl: Gh + "tauricresearch/tradingagents"),
                    new Expected("UniMate: One Unified Model to Animate Diverse Skeletons", "UniMate is a unified diffusion transformer", "2609.05415", Organization: "Princeton University", Date: "Sep 4, 2026", Upvotes: 22, CodeUrl: Gh + "Friedrich-M/UniMate"),
                    new Expected("VisionHOPE: Visual Backbones as Self-Modifying Learning Systems", "Visual backbones have evolved from Convolutional Neural Networks", "2609.33325", Organization: "Mininglamp Technology", Date: "Sep 27, 2026", Upvotes: 323, CodeUrl: Gh + "PSRben/VisionHOPE"),
                    new Expected("Efficient Memory Management for Large Language Model Serving with PagedAttention", "PagedAttention algorithm and vLLM system", "2309.06180", AuthorCount: 9, Date: "Sep 12, 2023", Upvotes: 76, CodeUrl: Gh + "vllm-project/vllm"),
                },
                parsed);
            Assert.Empty(parsed.Diagnostics);
            Assert.Contains("On a single 24GB machine, Edge0 serves a 35B MoE", parsed.Papers[1].Abstract, StringComparison.Ordinal);
            Assert.EndsWith("under the MIT license.", parsed.Papers[0].Abstract, StringComparison.Ordinal);
        }

        [Fact]
        public void Plain_text_with_metadata_lines_keeps_them_out_of_titles_and_abstracts()
        {
            var parsed = Parse.Fixture("Layouts/daily-with-metadata.txt");

            Expected.AssertPapers(
                new[]
                {
                    new Expected("Differential Transformer", "Transformer tends to overallocate attention to irrelevant context. In this work, we introduce", AuthorCount: 14, Date: "Oct 7, 2024", Upvotes: 117),
                    new Expected("Pixtral 12B: An Open Multimodal Model from Mistral", "We introduce Pixtral-12B", Organization: "Mistral AI", Date: "May 30"),
                    new Expected("Movie Gen: A Cast of Media Foundation Models", "We present Movie Gen", AuthorCount: 89, Organization: "Meta", Date: "Oct 4, 2026", Upvotes: 42),
                },
                parsed);
            Assert.Equal("Oct 7", parsed.ListingDate);
            Assert.Empty(parsed.Diagnostics);
            Assert.EndsWith("context while canceling noise.", parsed.Papers[0].Abstract, StringComparison.Ordinal);
            Assert.EndsWith("natural images and documents.", parsed.Papers[1].Abstract, StringComparison.Ordinal);
        }

        [Fact]
        public void Plain_text_with_addresses_on_their_own_lines_reads_arxiv_ids_and_code_links()
        {
            var parsed = Parse.Fixture("Layouts/daily-with-addresses.txt");

            Expected.AssertPapers(
                new[]
                {
                    new Expected("Differential Transformer", "Transformer tends to overallocate attention", "2410.05258", AuthorCount: 14, CodeUrl: Gh + "microsoft/unilm"),
                    new Expected("Pixtral 12B", "We introduce Pixtral-12B", "2410.07073", Organization: "Mistral AI", Date: "Oct 9, 2024", Upvotes: 58),
                },
                parsed);
            Assert.Empty(parsed.Diagnostics);

            // An address that ends a sentence of the abstract is text, not a link target.
            Assert.EndsWith("Code is available at https://github.com/mistralai/mistral-inference.", parsed.Papers[1].Abstract, StringComparison.Ordinal);
        }

        [Fact]
        public void Markdown_with_reference_links_resolves_definitions_and_hard_breaks()
        {
            var parsed = Parse.Fixture("Layouts/daily-reference-links.md");

            Expected.AssertPapers(
                new[]
                {
                    new Expected("Differential Transformer", "Transformer tends to overallocate attention to irrelevant context. In this work", "2410.05258", AuthorCount: 14, Date: "Oct 7, 2024", Upvotes: 117, CodeUrl: Gh + "microsoft/unilm"),
                    new Expected("Pixtral 12B: An Open Multimodal Model", "We introduce Pixtral-12B, a 12-billion-parameter multimodal language model.", "2410.07073", Organization: "Mistral AI", Date: "May 30"),
                },
                parsed);
            Assert.Equal("Oct 7", parsed.ListingDate);
            Assert.Empty(parsed.Diagnostics);
            Assert.Equal("We introduce Pixtral-12B, a 12-billion-parameter multimodal language model.", parsed.Papers[1].Abstract);
        }

        [Theory]
        [InlineData("Layouts/trending-markdown.txt")]
        [InlineData("Layouts/trending-structured.txt")]
        [InlineData("Layouts/daily-with-metadata.txt")]
        [InlineData("Layouts/daily-with-addresses.txt")]
        [InlineData("Layouts/daily-reference-links.md")]
        public void Every_layout_compiles_for_both_targets_and_reads_back_its_metadata(string fixture)
        {
            var dump = new DumpFile("/project/papers/" + Path.GetFileName(fixture), Fixtures.Read(fixture), ClassName: "Listing");
            var parsed = Parse.Fixture(fixture);
            var modern = GeneratorHarness.Run(dump, TargetSet.Net80, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
            var legacy = GeneratorHarness.Run(dump, TargetSet.NetStandard20, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);

            Assert.Empty(modern.GeneratorDiagnostics);
            Assert.Empty(modern.CompilationDiagnostics);
            Assert.Empty(legacy.CompilationDiagnostics);
            var all = (System.Collections.Generic.IReadOnlyList<Paper>)modern.ReadStatic("TestApp.Listing", "All")!;
            Assert.Equal(parsed.Papers.Select(p => (p.Title, p.Abstract)), all.Select(p => (p.Title, p.Abstract)));
            Assert.Equal(
                parsed.Papers.Select(p => p.Metadata),
                all.Select(p => new Generator.Parsing.PaperMetadata(p.ArxivId, p.AuthorCount, p.Organization, p.Date, p.Upvotes, p.CodeUrl)));
        }

        [Theory]
        [InlineData("hf-papers-aug-6.txt")]
        [InlineData("Layouts/trending-markdown.txt")]
        [InlineData("Layouts/trending-structured.txt")]
        [InlineData("Layouts/daily-with-metadata.txt")]
        [InlineData("Layouts/daily-with-addresses.txt")]
        [InlineData("Layouts/daily-reference-links.md")]
        public void Every_layout_gives_byte_identical_source_for_LF_CRLF_and_a_second_run(string fixture)
        {
            var lf = Fixtures.Read(fixture).Replace("\r\n", "\n");
            var path = "/project/papers/" + Path.GetFileName(fixture);

            var first = GeneratorHarness.Run(new DumpFile(path, lf)).Source;
            var second = GeneratorHarness.Run(new DumpFile(path, lf)).Source;
            var crlf = GeneratorHarness.Run(new DumpFile(path, lf.Replace("\n", "\r\n"))).Source;

            Assert.Equal(first, second);
            Assert.Equal(first, crlf);
        }
    }
}
