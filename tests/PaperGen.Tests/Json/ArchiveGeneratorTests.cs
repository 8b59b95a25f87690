using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Tests.Infrastructure;
using Xunit;
using static PaperGen.Generator.TrackingNames;

namespace PaperGen.Tests.Json
{
    /// <summary>
    /// Archives through the generator (issue 9.4): dumps that share a class name become one class, in the
    /// order of their file names, a paper seen in several dumps once, with every date it was listed on.
    /// </summary>
    public class ArchiveGeneratorTests
    {
        private static string Item(string id, string title, string summary, string day, int upvotes, string extra = "")
            => "{\"paper\":{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"summary\":\"" + summary + "\",\"upvotes\":" + upvotes
                + ",\"submittedOnDailyAt\":\"" + day + "T01:00:00.000Z\"" + extra
                + "},\"publishedAt\":\"" + day + "T01:00:00.000Z\",\"title\":\"" + title + "\",\"numComments\":1}";

        private static string Day(params string[] items) => "[\n" + string.Join(",\n", items) + "\n]\n";

        private static DumpFile Daily(string day, string json) => new("/project/papers/daily/" + day + ".json", json, ClassName: "DailyArchive");

        // Given out of file-name order on purpose: the archive's order is the file names', not the items'.
        private static readonly DumpFile[] ThreeDays =
        {
            Daily("2024-10-27", Day(Item("2410.00003", "Third Paper", "C.", "2024-10-27", 3), Item("2410.00001", "First Paper", "A.", "2024-10-27", 40, ",\"githubStars\":7"))),
            Daily("2024-10-25", Day(Item("2410.00001", "First Paper", "A.", "2024-10-25", 10))),
            Daily("2024-10-26", Day(Item("2410.00002", "Second Paper", "B.", "2024-10-26", 2))),
        };

        private static IReadOnlyList<Paper> All(GeneratorRun run) => (IReadOnlyList<Paper>)run.ReadStatic("TestApp.DailyArchive", "All")!;

        [Theory]
        [InlineData(LanguageVersion.Latest)]
        [InlineData(LanguageVersion.CSharp7_3)]
        public void Daily_files_sharing_a_class_name_build_one_class_with_each_paper_once(LanguageVersion language)
        {
            var run = GeneratorHarness.Run(ThreeDays, TargetSet.Net80, language);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            Assert.Single(run.Result.GeneratedSources);
            var papers = All(run);
            Assert.Equal(new[] { "First Paper", "Second Paper", "Third Paper" }, papers.Select(p => p.Title));

            var first = papers[0];
            Assert.Equal(new[] { "2024-10-25", "2024-10-27" }, first.ListingDates);
            Assert.Equal((40, 7), (first.Upvotes!.Value, first.GitHubStars!.Value));
            Assert.Equal(("2024-10-25.json", 2), (first.SourceFile, first.SourceLine));
            Assert.Equal(("2024-10-27.json", 2), (papers[2].SourceFile, papers[2].SourceLine));
            Assert.Equal(new[] { "2024-10-26" }, papers[1].ListingDates);
        }

        [Fact]
        public void An_archive_compiles_for_netstandard20_at_CSharp_7_3()
        {
            var run = GeneratorHarness.Run(ThreeDays, TargetSet.NetStandard20, LanguageVersion.CSharp7_3);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            Assert.Contains("ListingDates = new string[] { \"2024-10-25\", \"2024-10-27\" }", run.Source);
        }

        [Fact]
        public void Text_and_JSON_dumps_mix_and_a_paper_without_an_id_merges_by_its_exact_title()
        {
            var text = new DumpFile("/project/papers/daily/2024-10-24.txt", "First Paper\n\nA.\n\nOnly In Text\n\nT.\n", ClassName: "DailyArchive");
            var run = GeneratorHarness.Run(new[] { ThreeDays[1], text });

            Assert.Empty(run.GeneratorDiagnostics);
            var papers = All(run);
            Assert.Equal(new[] { "First Paper", "Only In Text" }, papers.Select(p => p.Title));
            Assert.Equal(("2024-10-24.txt", "2410.00001"), (papers[0].SourceFile, papers[0].ArxivId));
        }

        [Fact]
        public void A_different_abstract_for_the_same_id_is_PG0024_at_the_later_file()
        {
            var later = Daily("2024-10-26", Day(Item("2410.00001", "First Paper", "A revised abstract.", "2024-10-26", 12)));
            var run = GeneratorHarness.Run(new[] { later, ThreeDays[1] });

            var warning = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal(("PG0024", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
            Assert.Equal("/project/papers/daily/2024-10-26.json", warning.Location.GetLineSpan().Path);
            Assert.Equal(1, warning.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Equal("A.", Assert.Single(All(run)).Abstract);
        }

        [Fact]
        public void Dumps_of_one_class_that_disagree_on_accessibility_report_PG0009_and_the_class_is_built_from_the_others()
        {
            var internalDay = ThreeDays[0] with { Accessibility = "internal" };
            var run = GeneratorHarness.Run(new[] { ThreeDays[1], ThreeDays[2], internalDay });

            var error = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("PG0009", error.Id);
            Assert.Equal(internalDay.Path, error.Location.GetLineSpan().Path);
            Assert.Equal(new[] { "First Paper", "Second Paper" }, All(run).Select(p => p.Title));
        }

        [Fact]
        public void Editing_one_days_file_parses_that_file_again_and_merges_once()
        {
            var first = GeneratorHarness.Run(ThreeDays);
            var edited = Day(Item("2410.00002", "Second Paper", "B.", "2024-10-26", 5));
            var old = first.AdditionalTexts.Single(t => t.Path == ThreeDays[2].Path);
            var driver = first.Driver.ReplaceAdditionalText(old, GeneratorHarness.AdditionalText(ThreeDays[2] with { Text = edited }));

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            Incrementality.AssertReasons(second.Result, new Dictionary<string, string>
            {
                [DumpFiles] = "Cached, Cached, Modified",
                [Models] = "Cached, Cached, Modified",
                [Language] = "Cached",
                [Diagnostics] = "Cached, Cached, Unchanged",
                [Classes] = "Modified",
                [MergeDiagnostics] = "Unchanged",
                [DumpsToEmit] = "Modified",
                [EmitPlans] = "Modified",
                [ClassNames] = "Cached",
                [DuplicateClasses] = "Cached",
            });
            Assert.Equal(5, All(second)[1].Upvotes);
        }

        [Fact]
        public void A_dump_alone_generates_what_it_did_before_archives()
        {
            var alone = GeneratorHarness.Run(ThreeDays[1]);

            Assert.DoesNotContain("ListingDates", alone.Source);
            Assert.Equal(new[] { "2024-10-25" }, Assert.Single(All(alone)).ListingDates);
        }
    }
}
