using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Parsing;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Hostile
{
    /// <summary>Files that are not a listing, or only part of one: each gets a located PG diagnostic, never an exception.</summary>
    public class BadFileTests
    {
        private const string Path = "/project/papers/bad.txt";

        private static Diagnostic Single(GeneratorRun run, string id)
        {
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PG0099");
            var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
            Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
            return diagnostic;
        }

        [Fact]
        public void Empty_file_reports_PG0005_at_its_start()
        {
            var run = GeneratorHarness.Run(new DumpFile(Path, string.Empty, Bytes: Array.Empty<byte>()));

            Assert.Equal(0, Single(run, "PG0005").Location.SourceSpan.Start);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Fact]
        public void File_of_page_chrome_only_reports_PG0005_and_no_stray_lines()
        {
            var run = GeneratorHarness.Run(new DumpFile(Path, "Hugging Face\nModels\nDatasets\nSpaces\nDocs\nPricing\nLog In\nSign Up\n\nDaily Papers\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily / Weekly / Monthly\n\nAug 6\n"));

            Single(run, "PG0005");
            Assert.Single(run.GeneratorDiagnostics);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Binary_data_decoded_as_latin1_reports_PG0008_where_the_controls_start(bool withNul)
        {
            // The compiler reads a file that is not UTF-8 as Latin-1: binary arrives as control characters.
            var random = new Random(5);
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            if (!withNul)
            {
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
                }
            }

            var text = Encoding.Latin1.GetString(bytes);
            var run = GeneratorHarness.Run(new DumpFile(Path, text, ClassName: "Bad"));

            var at = Single(run, "PG0008").Location.SourceSpan.Start;
            Assert.True(text[at] < ' ' || (text[at] >= '\u007F' && text[at] <= '\u009F'), "PG0008 should point at a control character");

            // Nothing of the binary is read, but the (empty) class is generated so only PG0008 shows.
            Assert.Empty((System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.Bad", "All")!);
        }

        [Fact]
        public void Binary_data_decoded_as_utf8_reports_PG0008()
        {
            var random = new Random(7);
            var bytes = new byte[4096];
            random.NextBytes(bytes);

            var run = GeneratorHarness.Run(new DumpFile(Path, string.Empty, Bytes: bytes));

            Single(run, "PG0008");
        }

        [Fact]
        public void A_few_stray_control_characters_are_removed_not_taken_for_binary()
        {
            var run = GeneratorHarness.Run(new DumpFile(Path, "A \u0001Title\n\nAn abstract\u0002 with a \u0003 few controls.\n", ClassName: "Few"));

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PG0008");
            Assert.Equal("A Title", ((Paper)run.ReadStatic("TestApp.Few", "ATitle")!).Title);
        }

        [Fact]
        public void Truncated_last_entry_reports_PG0001_at_its_title_and_keeps_the_others()
        {
            var text = "First Paper\n\nIts abstract.\n\nSecond Paper Cut Off Here\n";
            var run = GeneratorHarness.Run(new DumpFile(Path, text, ClassName: "Cut"));

            var diagnostic = Single(run, "PG0001");
            Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Single((System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.Cut", "All")!);
        }

        [Fact]
        public void Truncated_markdown_card_reports_PG0001_at_its_heading()
        {
            var run = GeneratorHarness.Run(new DumpFile(Path, "### First Paper\n\nIts abstract.\n\n### Second Paper\n"));

            Assert.Equal(4, Single(run, "PG0001").Location.GetLineSpan().StartLinePosition.Line);
        }

        [Fact]
        public void Duplicate_title_with_another_abstract_reports_PG0002_and_an_exact_repeat_PG0003()
        {
            var text = "Same Title\n\nOne abstract.\n\nOther Paper\n\nIts abstract.\n\nSame Title\n\nAnother abstract.\n\nSame Title\n\nOne abstract.\n";
            var run = GeneratorHarness.Run(new DumpFile(Path, text));

            Assert.Equal(8, Single(run, "PG0002").Location.GetLineSpan().StartLinePosition.Line);
            Assert.Equal(12, Single(run, "PG0003").Location.GetLineSpan().StartLinePosition.Line);
        }

        [Fact]
        public void Card_shown_twice_in_a_row_with_its_metadata_is_one_paper_without_PG0003()
        {
            var card = "### Repeated Card\n\nIts summary.\n- 4 authors\n\n";
            var run = GeneratorHarness.Run(new DumpFile(Path, card + card, ClassName: "Twice"));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Single((System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.Twice", "All")!);
        }

        [Fact]
        public void Card_shown_twice_with_different_upvotes_is_two_entries_and_the_repeat_reports_PG0003_keeping_the_first()
        {
            var run = GeneratorHarness.Run(new DumpFile(Path, "### Card\n\nIts summary.\n\nUpvote 3\n\n### Card\n\nIts summary.\n\nUpvote 4\n", ClassName: "Cards"));

            // Two entries, not one merged card: the second is the repeat PG0003 points at, and the first one's upvotes survive.
            Assert.Equal(6, Single(run, "PG0003").Location.GetLineSpan().StartLinePosition.Line);
            var kept = Assert.Single((System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.Cards", "All")!);
            Assert.Equal(3, kept.Upvotes);
        }

        [Fact]
        public void Single_ten_megabyte_line_reports_PG0010_at_the_line_and_reads_the_rest()
        {
            var text = "A Paper\n\nIts abstract.\n\n" + new string('x', 10 * 1024 * 1024) + "\n";
            var run = GeneratorHarness.Run(new DumpFile(Path, text, ClassName: "Huge"));

            Assert.Equal(4, Single(run, "PG0010").Location.GetLineSpan().StartLinePosition.Line);
            Assert.Single((System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.Huge", "All")!);
        }

        public static TheoryData<string, string> LongLoops()
        {
            var plain = string.Concat(Enumerable.Range(0, 2000).Select(i => "Plain Title " + i + "\n\nIts abstract, number " + i + ".\n\n"));
            var markdown = string.Concat(Enumerable.Range(0, 2000).Select(i => "### Markdown Title " + i + "\n\nIts abstract.\n\n- 3 authors\n\n"));
            var paperPage = "arxiv:2401.00001\n\nA Paper\n\nAbstract\n\n" + string.Concat(Enumerable.Repeat("One more line of the abstract.\n", 5000));
            var json = "{\"a\":[\n" + string.Concat(Enumerable.Repeat("1,\n", 5000)) + "2]}\n\nA Paper\n\nIts abstract.\n";
            return new TheoryData<string, string>
            {
                { "text check", plain },
                { "lines", plain },
                { "unwrap", json },
                { "page kind", plain },
                { "classify", plain },
                { "classify", markdown },
                { "plain lines", plain },
                { "assemble", plain },
                { "normalise", markdown },
                { "markdown cards", markdown },
                { "paper page", paperPage },
            };
        }

        [Theory]
        [MemberData(nameof(LongLoops))]
        public void Cancelling_during_a_long_loop_stops_the_parser_at_its_next_check(string loop, string text)
        {
            var whole = DumpParser.Parse(SourceText.From(text), Path, CancellationToken.None).Work;
            using var source = new CancellationTokenSource();
            ParseProgress? progress = null;
            long workAtCancel = -1;
            progress = new ParseProgress(source.Token, name =>
            {
                if (name == loop && workAtCancel < 0)
                {
                    workAtCancel = progress!.Work;
                    source.Cancel();
                }
            });

            Assert.ThrowsAny<OperationCanceledException>(() => DumpParser.Parse(SourceText.From(text), Path, progress));

            // The loop checked the token while it ran, and nothing more was done after the cancellation.
            Assert.True(workAtCancel >= 0, $"the {loop} loop never checked the token");
            Assert.Equal(workAtCancel, progress.Work);
            Assert.True(progress.Work < whole, $"cancelled in {loop} after all the work ({progress.Work} of {whole})");
        }

        [Fact]
        public void Parser_honours_a_token_cancelled_before_it_starts()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(
                () => DumpParser.Parse(SourceText.From(Fixtures.Read("hf-papers-aug-6.txt")), Path, cancelled.Token));
        }

        [Fact]
        public void Unreadable_dump_still_generates_its_class_so_only_PG_errors_show()
        {
            var run = GeneratorHarness.Run(new DumpFile(Path, string.Empty, ClassName: "Unreadable", Bytes: new byte[] { 0x00, 0x01, 0x02, 0x50 }));

            Single(run, "PG0008");
            Assert.Empty((System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.Unreadable", "All")!);
        }

        [Fact]
        public void Text_with_no_recognisable_paper_is_a_PG0005_error()
        {
            var run = GeneratorHarness.Run(new DumpFile(Path, "Daily Papers - Hugging Face\n\nSome notes I took.\n\nNothing here is a paper\n"));

            Assert.Equal(DiagnosticSeverity.Error, Single(run, "PG0005").Severity);
        }
    }
}
