using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests
{
    public class IncrementalTests
    {
        private static readonly DumpFile Dump = DumpFile.FromFixture("three-papers.txt");

        [Fact]
        public void Editing_an_unrelated_cs_file_reruns_no_step()
        {
            var first = GeneratorHarness.Run(Dump);
            var tree = first.Input.SyntaxTrees.Single();
            var edited = first.Input.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(tree.GetText() + "\n// an edit\nclass Another { }\n")));

            var second = GeneratorHarness.RunDriver(first.Driver, edited);

            Incrementality.AssertAllCached(second.Result);
            Assert.Equal(first.Source, second.Source);
        }

        [Fact]
        public void Adding_an_unrelated_cs_file_reruns_no_step()
        {
            var first = GeneratorHarness.Run(Dump);
            var edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Added { }", (CSharpParseOptions)first.Input.SyntaxTrees.Single().Options));

            var second = GeneratorHarness.RunDriver(first.Driver, edited);

            Incrementality.AssertAllCached(second.Result);
        }

        [Fact]
        public void Editing_the_dump_parses_it_again_and_changes_the_output()
        {
            var first = GeneratorHarness.Run(Dump);
            var oldText = first.Driver.GetRunResult().Results.Single().GeneratedSources.Single();
            var file = new InMemoryAdditionalText(Dump.Path, SourceText.From(Dump.Text + "\n\nA New Paper\n\nIts abstract.\n", Encoding.UTF8));
            var driver = first.Driver.ReplaceAdditionalText(first.AdditionalTexts.Single(), file);

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            var models = second.Result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).ToList();
            Assert.Contains(models, o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains("A New Paper", second.Source);
            Assert.DoesNotContain("A New Paper", oldText.SourceText.ToString());
        }

        [Fact]
        public void Pipeline_steps_hold_no_compilation_symbol_or_syntax_node()
        {
            var run = GeneratorHarness.Run(Dump);

            Incrementality.AssertNoRoslynObjectsInOutputs(run.Result);
        }
    }
}
