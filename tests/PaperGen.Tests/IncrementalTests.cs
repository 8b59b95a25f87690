using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Tests.Infrastructure;
using Xunit;
using static PaperGen.Generator.TrackingNames;

namespace PaperGen.Tests
{
    /// <summary>
    /// What runs again after each kind of edit, step by step. The expected reasons are the design: a step
    /// that re-runs when it need not costs every keystroke in the IDE; one that is cached when it must
    /// not be shows stale code. (That a second run of the same input re-runs nothing is checked for
    /// every generator test by <see cref="GeneratorHarness"/>.)
    /// </summary>
    public class IncrementalTests
    {
        private static readonly DumpFile Dump = DumpFile.FromFixture("three-papers.txt");
        private static readonly DumpFile Other = new("/project/papers/other.txt", "Other Paper\n\nIts abstract.\n");
        private static readonly DumpFile WithStrayLine = new("/project/papers/stray.txt", "Title One\n\nAbstract one.\n\nA stray paragraph that ends like prose.\n\nTitle Two\n\nAbstract two.\n");

        [Fact]
        public void Editing_an_unrelated_cs_file_reruns_no_step()
        {
            var first = GeneratorHarness.Run(Dump);
            var tree = first.Input.SyntaxTrees.Single();
            var edited = first.Input.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(tree.GetText() + "\n// an edit\ninternal class Another { }\n")));

            var second = GeneratorHarness.RunDriver(first.Driver, edited);

            Incrementality.AssertAllCached(second.Result);
            Assert.Equal(first.Source, second.Source);
        }

        [Fact]
        public void Adding_an_unrelated_cs_file_reruns_no_step()
        {
            var first = GeneratorHarness.Run(Dump);
            var edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal class Added { }", (CSharpParseOptions)first.Input.SyntaxTrees.Single().Options));

            var second = GeneratorHarness.RunDriver(first.Driver, edited);

            Incrementality.AssertAllCached(second.Result);
        }

        [Fact]
        public void Editing_the_dump_parses_it_again_and_changes_the_output()
        {
            var first = GeneratorHarness.Run(Dump);
            var driver = Replace(first, Dump, Dump.Text + "\n\nA New Paper\n\nIts abstract.\n");

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            Incrementality.AssertReasons(second.Result, new Dictionary<string, string>
            {
                [DumpFiles] = "Modified",
                [Models] = "Modified",
                [Language] = "Cached",
                [Diagnostics] = "Unchanged",
                [DumpsToEmit] = "Modified",
                [EmitPlans] = "Modified",
                [ClassNames] = "Cached",
                [DuplicateClasses] = "Cached",
                [Classes] = "Modified",
                [MergeDiagnostics] = "Unchanged",
            });
            Assert.Contains("A New Paper", second.Source);
            Assert.DoesNotContain("A New Paper", first.Source);
        }

        [Fact]
        public void Rewording_a_stray_line_reports_again_but_emits_nothing_again()
        {
            var first = GeneratorHarness.Run(WithStrayLine);
            var driver = Replace(first, WithStrayLine, WithStrayLine.Text.Replace("A stray paragraph", "Another stray paragraph"));

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            Incrementality.AssertReasons(second.Result, new Dictionary<string, string>
            {
                [DumpFiles] = "Modified",
                [Models] = "Modified",
                [Language] = "Cached",
                [Diagnostics] = "Modified",
                [DumpsToEmit] = "Unchanged",
                [EmitPlans] = "Cached",
                [ClassNames] = "Cached",
                [DuplicateClasses] = "Cached",
                [Classes] = "Modified",
                [MergeDiagnostics] = "Unchanged",
            });
            Assert.Contains("Another stray", Assert.Single(second.GeneratorDiagnostics).GetMessage());
        }

        [Fact]
        public void Adding_a_second_dump_builds_only_the_new_one()
        {
            var first = GeneratorHarness.Run(Dump);
            var driver = first.Driver
                .AddAdditionalTexts(ImmutableArray.Create(GeneratorHarness.AdditionalText(Other)))
                .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options(new[] { Dump, Other }, "TestApp"));

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            Incrementality.AssertReasons(second.Result, new Dictionary<string, string>
            {
                [DumpFiles] = "Cached, New",
                [Models] = "Cached, New",
                [Language] = "Cached",
                [Diagnostics] = "Cached, New",
                [DumpsToEmit] = "Cached, New",
                [EmitPlans] = "Cached, New",
                [ClassNames] = "Modified",
                [DuplicateClasses] = "Unchanged",
                [Classes] = "New, Unchanged",
                [MergeDiagnostics] = "Cached, New",
            });
            Assert.Equal(2, second.Sources.Count);
        }

        [Fact]
        public void Removing_a_dump_removes_its_steps_and_keeps_the_other()
        {
            var first = GeneratorHarness.Run(new[] { Dump, Other });
            var driver = first.Driver
                .RemoveAdditionalTexts(ImmutableArray.Create(first.AdditionalTexts.Single(t => t.Path == Other.Path)))
                .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options(new[] { Dump }, "TestApp"));

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            Incrementality.AssertReasons(second.Result, new Dictionary<string, string>
            {
                [DumpFiles] = "Cached, Removed",
                [Models] = "Cached, Removed",
                [Language] = "Cached",
                [Diagnostics] = "Cached, Removed",
                [DumpsToEmit] = "Cached, Removed",
                [EmitPlans] = "Cached, Removed",
                [ClassNames] = "Modified",
                [DuplicateClasses] = "Unchanged",
                [Classes] = "Removed, Unchanged",
                [MergeDiagnostics] = "Cached, Removed",
            });
            Assert.Contains("Monet", Assert.Single(second.Sources));
        }

        [Fact]
        public void Editing_one_of_two_dumps_rebuilds_only_that_one()
        {
            var first = GeneratorHarness.Run(new[] { Dump, Other });
            var driver = Replace(first, Other, "Other Paper\n\nIts abstract, edited.\n");

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            Incrementality.AssertReasons(second.Result, new Dictionary<string, string>
            {
                [DumpFiles] = "Cached, Modified",
                [Models] = "Cached, Modified",
                [Language] = "Cached",
                [Diagnostics] = "Cached, Unchanged",
                [DumpsToEmit] = "Cached, Modified",
                [EmitPlans] = "Cached, Modified",
                [ClassNames] = "Cached",
                [DuplicateClasses] = "Cached",
                [Classes] = "Modified, Unchanged",
                [MergeDiagnostics] = "Cached, Unchanged",
            });
            Assert.Contains(second.Sources, s => s.Contains("Its abstract, edited."));
        }

        [Fact]
        public void Changing_one_dumps_ClassName_rebuilds_only_that_one()
        {
            var first = GeneratorHarness.Run(new[] { Dump, Other });
            var renamed = Other with { ClassName = "Renamed" };
            var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options(new[] { Dump, renamed }, "TestApp"));

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            Incrementality.AssertReasons(second.Result, new Dictionary<string, string>
            {
                [DumpFiles] = "Cached, Modified",
                [Models] = "Cached, Modified",
                [Language] = "Cached",
                [Diagnostics] = "Cached, Unchanged",
                [DumpsToEmit] = "Cached, Modified",
                [EmitPlans] = "Cached, Modified",
                [ClassNames] = "Modified",
                [DuplicateClasses] = "Unchanged",
                [Classes] = "Modified, Unchanged",
                [MergeDiagnostics] = "Cached, Unchanged",
            });
            Assert.Contains(second.Sources, s => s.Contains("static partial class Renamed"));
        }

        [Fact]
        public void Changing_the_RootNamespace_rebuilds_every_model_but_reports_nothing_again()
        {
            var first = GeneratorHarness.Run(new[] { Dump, Other });
            var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options(new[] { Dump, Other }, "OtherApp"));

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            Incrementality.AssertReasons(second.Result, new Dictionary<string, string>
            {
                [DumpFiles] = "Modified, Modified",
                [Models] = "Modified, Modified",
                [Language] = "Cached",
                [Diagnostics] = "Unchanged, Unchanged",
                [DumpsToEmit] = "Modified, Modified",
                [EmitPlans] = "Modified, Modified",
                [ClassNames] = "Modified",
                [DuplicateClasses] = "Unchanged",
                [Classes] = "Modified, Modified",
                [MergeDiagnostics] = "Unchanged, Unchanged",
            });
            Assert.All(second.Sources, s => Assert.Contains("namespace OtherApp", s));
        }

        [Fact]
        public void Changing_the_language_version_plans_and_emits_again_without_parsing()
        {
            var first = GeneratorHarness.Run(Dump);
            var options = new CSharpParseOptions(LanguageVersion.CSharp10, DocumentationMode.Diagnose);
            var tree = first.Input.SyntaxTrees.Single();
            var compilation = first.Input.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(tree.GetRoot(), options));

            var second = GeneratorHarness.RunDriver(first.Driver.WithUpdatedParseOptions(options), compilation);

            Incrementality.AssertReasons(second.Result, new Dictionary<string, string>
            {
                [DumpFiles] = "Cached",
                [Models] = "Cached",
                [Language] = "Modified",
                [Diagnostics] = "Cached",
                [DumpsToEmit] = "Cached",
                [EmitPlans] = "Modified",
                [ClassNames] = "Cached",
                [DuplicateClasses] = "Cached",
                [Classes] = "Cached",
                [MergeDiagnostics] = "Cached",
            });
            Assert.DoesNotContain("\"u8", second.Source);
        }

        private static GeneratorDriver Replace(GeneratorRun run, DumpFile dump, string newText)
            => run.Driver.ReplaceAdditionalText(
                run.AdditionalTexts.Single(t => t.Path == dump.Path),
                GeneratorHarness.AdditionalText(dump with { Text = newText }));
    }
}
