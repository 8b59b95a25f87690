using System.Linq;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Layouts
{
    /// <summary>The rules that decide whether a line is text, metadata or chrome where the layouts could disagree.</summary>
    public class LineRuleTests
    {
        [Fact]
        public void Separator_followed_by_a_blank_line_does_not_make_the_next_title_an_organisation()
        {
            var parsed = Parse.Text("First Paper\n\nIts abstract.\n·\n\nSecond Paper\n\nIts abstract too.\n");

            Assert.Equal(new[] { "First Paper", "Second Paper" }, parsed.Papers.Select(p => p.Title));
            Assert.All(parsed.Papers, p => Assert.Null(p.Metadata.Organization));
        }

        [Fact]
        public void Number_on_a_wrapped_line_of_an_unfinished_abstract_stays_text()
        {
            var parsed = Parse.Text("A Paper\n\nWe train on data from\n2024\nand evaluate it.\n");

            Assert.Equal("We train on data from 2024 and evaluate it.", Assert.Single(parsed.Papers).Abstract);
            Assert.Null(parsed.Papers[0].Metadata.Upvotes);
        }

        [Fact]
        public void Navigation_word_as_a_title_between_papers_stays_a_title()
        {
            var parsed = Parse.Text("Models\nDatasets\n\nFirst Paper\n\nIts abstract.\n\nSpaces\n\nA paper whose title is one navigation word.\n");

            Assert.Equal(new[] { "First Paper", "Spaces" }, parsed.Papers.Select(p => p.Title));
        }

        [Fact]
        public void Paper_address_after_a_title_gives_the_arxiv_id_and_another_address_in_an_abstract_stays_text()
        {
            var parsed = Parse.Text("A Paper\nhttps://huggingface.co/papers/2410.05434\n\nSee the project at\nhttps://example.org/project for more.\n");

            var paper = Assert.Single(parsed.Papers);
            Assert.Equal("2410.05434", paper.Metadata.ArxivId);
            Assert.Equal("See the project at https://example.org/project for more.", paper.Abstract);
        }

        [Fact]
        public void Upvotes_before_a_title_belong_to_it_and_authors_after_an_abstract_to_the_paper_before()
        {
            var parsed = Parse.Text("12\n\nFirst Paper\n\nIts abstract.\n· 3 authors\n\n-\n\nSecond Paper\n\nIts abstract too.\n· 5 authors\n");

            Assert.Equal(new int?[] { 12, null }, parsed.Papers.Select(p => p.Metadata.Upvotes));
            Assert.Equal(new int?[] { 3, 5 }, parsed.Papers.Select(p => p.Metadata.AuthorCount));
        }

        [Fact]
        public void Markdown_abstract_keeps_its_inline_markup_and_only_a_whole_line_link_is_unwrapped()
        {
            var parsed = Parse.Text("### A Paper\n\nWe use [LoRA](https://arxiv.org/abs/2106.09685) *here*.\n");

            Assert.Equal("We use [LoRA](https://arxiv.org/abs/2106.09685) *here*.", Assert.Single(parsed.Papers).Abstract);
        }

        [Fact]
        public void Text_before_the_first_markdown_card_is_page_chrome_counted_once_not_reported_per_line()
        {
            var parsed = Parse.Text("Some stray sentence.\n\nAnother menu line\n\n### A Paper\n\nIts abstract.\n");

            Assert.Empty(parsed.Diagnostics);
            Assert.Single(parsed.Papers);
            Assert.Equal(2, parsed.SkippedChromeLines);
            Assert.Equal(0, parsed.FirstSkippedChrome!.LineSpan.Start.Line);
        }

        [Fact]
        public void Skipped_page_chrome_is_one_PG0013_summary_that_is_off_by_default()
        {
            var run = GeneratorHarness.RunText("Menu\n\nMore menu text here\n\n### A Paper\n\nIts abstract.\n");

            Assert.Empty(run.GeneratorDiagnostics);
            var descriptor = Generator.Diagnostics.DiagnosticDescriptors.PageTextSkipped;
            Assert.False(descriptor.IsEnabledByDefault);
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, descriptor.DefaultSeverity);
        }

        [Fact]
        public void A_line_between_two_plain_cards_that_fits_nowhere_is_still_PG0004_at_its_line()
        {
            var parsed = Parse.Text("First Paper\n\nIts abstract.\n\nA stray sentence.\n\nSecond Paper\n\nIts abstract too.\n");

            Assert.Equal(2, parsed.Papers.Count);
            var stray = Assert.Single(parsed.Diagnostics);
            Assert.Equal("PG0004", stray.Id);
            Assert.Equal(4, stray.Location.LineSpan.Start.Line);
        }

        [Fact]
        public void Site_title_of_a_notebook_export_is_chrome_not_a_paper_or_a_truncated_entry()
        {
            var parsed = Parse.Text("Daily Papers - Hugging Face\n\nA Paper\n\nhttps://huggingface.co/papers/2410.05258\n\nIts abstract.\n");

            Assert.Equal("A Paper", Assert.Single(parsed.Papers).Title);
            Assert.Empty(parsed.Diagnostics);
        }

        [Fact]
        public void Markdown_submitter_and_upvotes_between_heading_and_abstract_belong_to_that_card()
        {
            var parsed = Parse.Text("### First\n\n42\n\nSubmitted by\n\nsomeone\n\nIts abstract.\n\n- 3 authors\n\n### Second\n\nIts abstract too.\n\n- 5 authors\n");

            Assert.Equal(new int?[] { 42, null }, parsed.Papers.Select(p => p.Metadata.Upvotes));
            Assert.Equal(new int?[] { 3, 5 }, parsed.Papers.Select(p => p.Metadata.AuthorCount));
            Assert.Equal("Its abstract.", parsed.Papers[0].Abstract);
        }

        [Fact]
        public void Markdown_number_on_a_wrapped_line_of_an_unfinished_abstract_stays_text()
        {
            var parsed = Parse.Text("### A Paper\n\nWe train on data from\n2024\nand evaluate it.\n");

            Assert.Equal("We train on data from 2024 and evaluate it.", Assert.Single(parsed.Papers).Abstract);
        }

        [Fact]
        public void Hard_wrapped_plain_abstract_closes_a_hyphen_split_and_drops_a_hard_break_like_every_layout()
        {
            var plain = Parse.Text("A Paper\n\nWe train agent-\nspecific models on\\\nmany tasks.\n");
            var markdown = Parse.Text("### A Paper\n\nWe train agent-\nspecific models on\\\nmany tasks.\n");

            Assert.Equal("We train agent-specific models on many tasks.", Assert.Single(plain.Papers).Abstract);
            Assert.Equal("We train agent-specific models on many tasks.", Assert.Single(markdown.Papers).Abstract);
        }

        [Fact]
        public void Section_label_between_listing_cards_is_neither_a_paper_nor_a_stray_line()
        {
            var parsed = Parse.Text("First Paper\n\nIts abstract.\n\nComments\n\nSecond Paper\n\nIts abstract too.\n");

            Assert.Equal(new[] { "First Paper", "Second Paper" }, parsed.Papers.Select(p => p.Title));
            Assert.Empty(parsed.Diagnostics);
        }

        [Fact]
        public void Date_heading_above_a_plain_listing_is_its_date_not_a_title()
        {
            var parsed = Parse.Text("## Aug 6\n\nA Paper\n\nIts abstract.\n");

            Assert.Equal("Aug 6", parsed.ListingDate);
            Assert.Equal("A Paper", Assert.Single(parsed.Papers).Title);
        }

        [Fact]
        public void Link_broken_over_lines_reads_as_one_line_in_a_plain_listing_too()
        {
            var parsed = Parse.Text("A Paper\n[arXiv\nPage](https://arxiv.org/abs/2410.05258)\n\nIts abstract.\n");

            var paper = Assert.Single(parsed.Papers);
            Assert.Equal("A Paper", paper.Title);
            Assert.Equal("2410.05258", paper.Metadata.ArxivId);
        }

        [Fact]
        public void Paper_address_after_a_daily_pages_empty_upvote_count_belongs_to_the_next_paper()
        {
            var parsed = Parse.Text("First Paper\n\nIts abstract.\n\n-\n\nhttps://huggingface.co/papers/2410.00002\n\nSecond Paper\n\nIts abstract too.\n");

            Assert.Equal(new string?[] { null, "2410.00002" }, parsed.Papers.Select(p => p.Metadata.ArxivId));
        }
    }
}
