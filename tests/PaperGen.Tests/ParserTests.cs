using System.Linq;
using System.Text;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests
{
    public class ParserTests
    {
        private static readonly string Shipped = Fixtures.Read("hf-papers-aug-6.txt");

        [Fact]
        public void Shipped_dump_gives_54_papers_and_no_diagnostics()
        {
            var parsed = Parse.Text(Shipped);

            Assert.Equal(54, parsed.Papers.Count);
            Assert.Empty(parsed.Diagnostics);
        }

        [Fact]
        public void Shipped_dump_keeps_its_listing_date()
        {
            Assert.Equal("Aug 6", Parse.Text(Shipped).ListingDate);
        }

        [Fact]
        public void First_paper_title_and_abstract_are_exact()
        {
            var first = Parse.Text(Shipped).Papers[0];

            Assert.Equal("FuxiTranyu: A Multilingual Large Language Model Trained with Balanced Data", first.Title);
            Assert.StartsWith("Large language models (LLMs) have demonstrated prowess in a wide range of tasks. However,", first.Abstract);
            Assert.EndsWith("together with 58 pretraining checkpoints at HuggingFace and Github.", first.Abstract);
            Assert.Equal(1514, first.Abstract.Length);
        }

        [Fact]
        public void Last_paper_title_and_abstract_are_exact_although_the_file_has_no_final_newline()
        {
            var last = Parse.Text(Shipped).Papers[^1];

            Assert.Equal("How connectivity structure shapes rich and lazy learning in neural circuits", last.Title);
            Assert.StartsWith("In theoretical neuroscience, recent work leverages deep learning tools", last.Abstract);
            Assert.EndsWith("with implications for metabolic costs of plasticity and risks of catastrophic forgetting.", last.Abstract);
        }

        [Fact]
        public void Papers_keep_the_line_and_column_spans_of_title_and_abstract()
        {
            var first = Parse.Text(Shipped).Papers[0];

            // Lines are zero-based in spans: the title stands on line 13 of the file, the abstract on 15.
            Assert.Equal(12, first.TitleLocation.LineSpan.Start.Line);
            Assert.Equal(0, first.TitleLocation.LineSpan.Start.Character);
            Assert.Equal(first.Title.Length, first.TitleLocation.LineSpan.End.Character);
            Assert.Equal(14, first.AbstractLocation.LineSpan.Start.Line);
            Assert.Equal(first.Title, Shipped.Substring(first.TitleLocation.Span.Start, first.TitleLocation.Span.Length));
        }

        [Fact]
        public void Page_chrome_never_becomes_a_title()
        {
            var titles = Parse.Text(Shipped).Papers.Select(p => p.Title).ToList();

            Assert.DoesNotContain(titles, t => t is "new" or "Subscribe" or "Daily Papers" or "Aug 6" or "byAK and the research community");
        }

        [Theory]
        [InlineData("Monet: Mixture of Monosemantic Experts for Transformers", new[] { "https://github.com/dmis-lab/Monet" })]
        [InlineData("Transcoders Find Interpretable LLM Feature Circuits", new[] { "https://github.com/jacobdunefsky/transcoder_circuits" })]
        [InlineData("LaVCa: LLM-assisted Visual Cortex Captioning", new[] { "https://sites.google.com/view/lavca-llm/" })]
        [InlineData("FuxiTranyu: A Multilingual Large Language Model Trained with Balanced Data", new string[0])]
        public void Links_are_extracted_from_abstracts_without_trailing_punctuation(string title, string[] links)
        {
            var paper = Build(Shipped).Papers.Single(p => p.Title == title);

            Assert.Equal(links, paper.Links.ToArray());
        }

        [Fact]
        public void A_paper_with_two_links_keeps_both_in_order()
        {
            var paper = Build(Shipped).Papers.Single(p => p.Title == "Automatically Interpreting Millions of Features in Large Language Models");

            Assert.Equal(2, paper.Links.Count);
            Assert.Equal("https://github.com/EleutherAI/sae-auto-interp", paper.Links[0]);
        }

        [Fact]
        public void Shipped_dump_has_twelve_links_in_all()
        {
            Assert.Equal(12, Build(Shipped).Papers.Sum(p => p.Links.Count));
        }

        [Fact]
        public void CRLF_BOM_trailing_spaces_and_final_newline_read_the_same_as_the_original()
        {
            var original = Parse.Text(Shipped);
            var crlf = Shipped.Replace("\n", "\r\n");
            var variants = new[]
            {
                Parse.Text(crlf),
                Parse.Bytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Shipped)).ToArray()),
                Parse.Bytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(crlf + "\r\n")).ToArray()),
                Parse.Text(string.Join("\n", Shipped.Split('\n').Select(line => line + "  \t")) + "\n"),
            };

            foreach (var variant in variants)
            {
                Assert.Equal(original.ListingDate, variant.ListingDate);
                Assert.Equal(original.Papers.Select(p => (p.Title, p.Abstract)), variant.Papers.Select(p => (p.Title, p.Abstract)));
                Assert.Equal(original.Papers.Select(p => p.TitleLocation.LineSpan.Start), variant.Papers.Select(p => p.TitleLocation.LineSpan.Start));
                Assert.Empty(variant.Diagnostics);
            }
        }

        [Fact]
        public void A_hard_wrapped_title_and_abstract_are_joined_with_single_spaces()
        {
            var parsed = Parse.Text("A Wrapped\nTitle\n\nAn abstract that\nwraps over lines.\n");

            var paper = Assert.Single(parsed.Papers);
            Assert.Equal("A Wrapped Title", paper.Title);
            Assert.Equal("An abstract that wraps over lines.", paper.Abstract);
        }

        private static DumpModel Build(string text)
            => CatalogBuilder.Build(Parse.DumpPath, Parse.Text(text), new Generator.Configuration.DumpOptions(null, null, true, EquatableArray<DiagnosticInfo>.Empty));

        [Fact]
        public void Each_run_of_invisible_characters_is_reported_at_its_own_column()
        {
            var parsed = Parse.Text("Two\u200B runs\u202E\u202C here\n\nAn abstract with\u2066 one.\n");

            Assert.Equal("Two runs here", Assert.Single(parsed.Papers).Title);
            Assert.Equal(
                new[] { (0, 3), (0, 9), (2, 16) },
                parsed.Diagnostics.Select(d => { Assert.Equal("PG0007", d.Id); return (d.Location.LineSpan.Start.Line, d.Location.LineSpan.Start.Character); }));
        }

        [Theory]
        [InlineData("\u2028")]
        [InlineData("\u2029")]
        [InlineData("\u0085")]
        public void Line_and_paragraph_separators_read_as_a_space_without_a_warning(string separator)
        {
            var parsed = Parse.Text("Separator" + separator + "and Title\n\nAn abstract" + separator + "with it.\n");

            var paper = Assert.Single(parsed.Papers);
            Assert.Equal("Separator and Title", paper.Title);
            Assert.Equal("An abstract with it.", paper.Abstract);
            Assert.Empty(parsed.Diagnostics);
        }

        [Fact]
        public void Paper_page_authors_and_ai_summary_reach_the_model()
        {
            var text = "arxiv:2401.00001\n\nA Paper Title\n\nAuthors: Ada Lovelace, Alan Turing\n\nAbstract\n\nOne sentence summary.\n\nAI-generated summary\n\nThe real abstract.\n";
            var model = CatalogBuilder.Build(
                "/project/papers/page.txt",
                Parse.Text(text),
                new PaperGen.Generator.Configuration.DumpOptions("Page", "TestApp", IsPublic: true, EquatableArray<DiagnosticInfo>.Empty));

            var paper = Assert.Single(model.Papers);
            Assert.Equal("A Paper Title", paper.Title);
            Assert.Equal("The real abstract.", paper.Abstract);
            Assert.Equal("One sentence summary.", paper.Metadata.AiSummary);
            Assert.Equal(new[] { "Ada Lovelace", "Alan Turing" }, paper.Metadata.Authors);
            Assert.Equal("2401.00001", paper.Metadata.ArxivId);
        }

        [Fact]
        public void Listing_card_without_an_abstract_on_a_page_that_shows_abstracts_is_PG0001()
        {
            var parsed = Parse.Text("### First\n\nIts abstract.\n\n### Second\n\n### Third\n\nIts abstract too.\n");

            Assert.Equal(new[] { "First", "Third" }, parsed.Papers.Select(p => p.Title));
            Assert.Equal("PG0001", Assert.Single(parsed.Diagnostics).Id);
        }

        [Fact]
        public void Abstract_links_come_from_the_parser()
        {
            var paper = Parse.Text("A Paper\n\nCode at https://github.com/o/r. More at https://example.org/x.\n").Papers.Single();

            Assert.Equal(new[] { "https://github.com/o/r", "https://example.org/x" }, paper.Links);
        }

        [Fact]
        public void Link_dump_paper_page_splits_a_one_sentence_summary_glued_above_a_one_line_abstract()
        {
            var summary = "A one sentence summary of what the paper does, written by a model for the page, and long enough to be longer than any wrap width a tool uses.";
            var text = "# Nickname\n**URL:** https://huggingface.co/papers/2401.00002\n**Page Title:** Paper page - The Real Title\n\n## The Real Title\n\n## Abstract\n\n"
                + summary + "\nThe abstract itself. It has several sentences on one line, as some pages keep it, and it goes on for longer than the summary does.\n\n### Community\n";

            var paper = Assert.Single(Parse.Text(text).Papers);

            Assert.Equal("The Real Title", paper.Title);
            Assert.Equal("2401.00002", paper.Metadata.ArxivId);
            Assert.Equal(summary, paper.Metadata.AiSummary);
            Assert.StartsWith("The abstract itself.", paper.Abstract, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Hard_wrapped_abstract_whose_first_line_ends_a_sentence_keeps_that_line()
        {
            var text = "arxiv:2401.00003\n\nA Title\n\nAbstract\n\nWe study short things.\nThen we study longer things across a second and longer line of text here.\n";

            var paper = Assert.Single(Parse.Text(text).Papers);

            Assert.Null(paper.Metadata.AiSummary);
            Assert.StartsWith("We study short things. Then", paper.Abstract, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Dump_read_from_a_file_reads_the_same_as_from_a_string()
        {
            // A file is read by the compiler as a large text in blocks; lines cross the parser's read blocks too.
            var text = PaperGen.Testing.SyntheticDump.Create(300).Replace("\n", "\r\n");
            var fromString = Parse.Text(text);
            var fromFile = DumpParser.Parse(
                Microsoft.CodeAnalysis.Text.SourceText.From(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(text)), Encoding.UTF8),
                Parse.DumpPath,
                System.Threading.CancellationToken.None);

            Assert.Equal(300, fromFile.Papers.Count);
            Assert.Equal(fromString.Papers.Select(p => (p.Title, p.Abstract, p.TitleLocation.LineSpan)), fromFile.Papers.Select(p => (p.Title, p.Abstract, p.TitleLocation.LineSpan)));
        }

        [Fact]
        public void Line_end_split_across_read_blocks_is_one_line_end()
        {
            // The CR of a CRLF as the last character of the parser's first read block, its LF the first of the next.
            var first = "A Paper\r\n\r\n";
            var text = first + "Its abstract" + new string('x', 8191 - first.Length - "Its abstract".Length - 1) + ".\r\n\r\nSecond Paper\r\n\r\nIts abstract too.\r\n";
            Assert.Equal('\r', text[8191]);

            var parsed = Parse.Text(text);

            Assert.Equal(new[] { "A Paper", "Second Paper" }, parsed.Papers.Select(p => p.Title));
            Assert.Equal(4, parsed.Papers[1].TitleLocation.LineSpan.Start.Line);
        }
    }
}
