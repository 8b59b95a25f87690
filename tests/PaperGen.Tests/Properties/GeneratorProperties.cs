using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Parsing;
using PaperGen.Tests.Hostile;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Properties
{
    /// <summary>
    /// Properties over dumps drawn from the grammar of the layouts (<see cref="Grammar"/>), with hostile
    /// text and random damage. Case counts are sized for about a minute of CI on two cores; see
    /// <see cref="PropertyRunner"/> for running more.
    /// </summary>
    public class GeneratorProperties
    {
        private const string TypeName = "TestApp.Drawn";

        // Compiling and loading costs about a hundred times as much as generating: only every Nth case.
        private const int CompileEvery = 40;

        private static readonly Gen<(DumpCase Dump, Mutation[] Mutations)> Damaged =
            Gen.Select(Grammar.Case, Mutation.Any.Array[1, 6]);

        private static DumpFile File(string text) => new("/project/papers/drawn.txt", text, ClassName: "Drawn");

        [Fact]
        public void Drawn_dumps_read_back_every_title_abstract_and_metadata()
        {
            PropertyRunner.ForAll(Grammar.Case, PropertyRunner.Scaled(8000), (dump, i) =>
            {
                var text = Grammar.Render(dump, "\n");
                var parsed = DumpParser.Parse(SourceText.From(text), "/project/papers/drawn.txt", CancellationToken.None);

                Assert.All(parsed.Diagnostics, d => Assert.Equal("PG0007", d.Id));
                Assert.Equal(dump.Shown.Select(c => Grammar.Expected(c.TitleLines)), parsed.Papers.Select(p => p.Title));
                Assert.Equal(dump.Shown.Select(c => Grammar.Expected(c.AbstractLines)), parsed.Papers.Select(p => p.Abstract));
                Assert.Equal(dump.Shown.Select(c => Grammar.ExpectedMeta(dump.Layout, c)), parsed.Papers.Select(p => p.Metadata));

                if (i % CompileEvery == 0)
                {
                    var target = i / CompileEvery % 2 == 0 ? (TargetSet.Net80, LanguageVersion.Latest) : (TargetSet.NetStandard20, LanguageVersion.CSharp7_3);
                    var run = GeneratorHarness.Run(File(text), target.Item1, target.Item2);
                    Assert.Empty(run.CompilationDiagnostics);
                    if (parsed.Papers.Count > 0 && target.Item1 == TargetSet.Net80)
                    {
                        var all = (IReadOnlyList<Paper>)run.ReadStatic(TypeName, "All")!;
                        Assert.Equal(parsed.Papers.Select(p => (p.Title, p.Abstract)), all.Select(p => (p.Title, p.Abstract)));
                    }
                }
            });
        }

        [Fact]
        public void Damaged_dumps_never_throw_and_generate_source_that_hides_nothing()
        {
            PropertyRunner.ForAll(Damaged, PropertyRunner.Scaled(5000), (input, i) =>
            {
                var text = Mutation.ApplyAll(Grammar.Render(input.Dump, "\n"), input.Mutations);

                // Straight to the parser first: an exception here shows its stack, not a PG0099.
                DumpParser.Parse(SourceText.From(text), "/project/papers/drawn.txt", CancellationToken.None);
                var run = GeneratorHarness.Run(File(text));

                Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PG0099");
                Assert.All(run.GeneratorDiagnostics, d => Assert.Equal("/project/papers/drawn.txt", d.Location.GetLineSpan().Path));
                foreach (var source in run.Result.GeneratedSources)
                {
                    GeneratedSourceChecks.AssertNoHiddenCharacters(source.SourceText.ToString());
                    GeneratedSourceChecks.AssertXmlDocsWellFormed(source.SourceText.ToString());
                }

                if (i % CompileEvery == 0)
                {
                    foreach (var source in run.Result.GeneratedSources)
                    {
                        GeneratedSourceChecks.AssertIdentifiersValid(source.SourceText.ToString());
                    }

                    Assert.Empty(run.CompilationDiagnostics);
                    var legacy = GeneratorHarness.Run(File(text), TargetSet.NetStandard20, LanguageVersion.CSharp7_3);
                    Assert.Empty(legacy.CompilationDiagnostics);
                }
            });
        }

        [Fact]
        public void Same_dump_gives_byte_identical_source_across_runs_and_line_endings()
        {
            PropertyRunner.ForAll(Grammar.Case, PropertyRunner.Scaled(800), (dump, _) =>
            {
                var lf = GeneratorHarness.Run(File(Grammar.Render(dump, "\n")));
                var again = GeneratorHarness.Run(File(Grammar.Render(dump, "\n")));
                var crlf = GeneratorHarness.Run(File(Grammar.Render(dump, "\r\n")));

                var source = lf.Source;
                Assert.Equal(source, again.Source);
                Assert.Equal(source, crlf.Source);
                Assert.Equal(lf.GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition)), crlf.GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition)));
            });
        }
    }
}
