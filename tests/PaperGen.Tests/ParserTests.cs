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
    }
}
