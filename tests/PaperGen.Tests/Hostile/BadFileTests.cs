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
            var run = GeneratorHarness.Run(new DumpFile(Path, text));

            var at = Single(run, "PG0008").Location.SourceSpan.Start;
            Assert.True(text[at] < ' ' || (text[at] >= '\u007F' && text[at] <= '\u009F'), "PG0008 should point at a control character");
            Assert.Empty(run.Result.GeneratedSources);
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

        [Fact]
        public void Parser_honours_a_cancelled_token()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(
                () => DumpParser.Parse(SourceText.From(Fixtures.Read("hf-papers-aug-6.txt")), Path, cancelled.Token));
        }
    }
}
