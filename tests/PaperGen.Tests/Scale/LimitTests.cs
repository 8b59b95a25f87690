using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;
using PaperGen.Generator.Planning;
using PaperGen.Testing;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Scale
{
    /// <summary>
    /// PG0011 (literal budget) and PG0012 (property limit) through the generator driver, on dumps just
    /// over and just at each limit. The limits are lowered for the small cases (the generator takes them
    /// from <see cref="EmitLimits"/>); the literal budget is also checked at its real size against what
    /// the compiler really refuses, with an actual Emit.
    /// </summary>
    public class LimitTests
    {
        private static readonly DumpFile ThreePapers = DumpFile.FromFixture("three-papers.txt");

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Dump_one_paper_over_the_property_limit_reports_PG0012_and_gives_properties_to_the_first_papers_only(bool csharp73)
        {
            var run = csharp73
                ? GeneratorHarness.Run(new[] { ThreePapers }, TargetSet.NetStandard20, LanguageVersion.CSharp7_3, limits: EmitLimits.Default with { MaxPaperProperties = 2 })
                : GeneratorHarness.Run(new[] { ThreePapers }, limits: EmitLimits.Default with { MaxPaperProperties = 2 });

            var capped = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("PG0012", capped.Id);
            Assert.Equal(DiagnosticSeverity.Warning, capped.Severity);
            Assert.Equal(ThreePapers.Path, capped.Location.GetLineSpan().Path);
            Assert.Contains("has 3 papers", capped.GetMessage());
            Assert.Empty(run.CompilationDiagnostics);
            var type = run.Output.GetTypeByMetadataName("TestApp.ThreePapers")!;
            Assert.Equal(new[] { "HowConnectivityStructureShapesRichLazy", "Monet" }, type.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).Where(n => n is not "All" and not "Catalog").OrderBy(n => n));
            Assert.Equal(3, type.GetTypeMembers("Titles").Single().GetMembers().OfType<IFieldSymbol>().Count());
        }

        [Fact]
        public void Dump_at_the_property_limit_reports_nothing_and_gives_every_paper_a_property()
        {
            var run = GeneratorHarness.Run(new[] { ThreePapers }, limits: EmitLimits.Default with { MaxPaperProperties = 3 });

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.NotNull(run.ReadStatic("TestApp.ThreePapers", "_3DWorldsSingleImage"));
        }

        [Fact]
        public void Default_property_limit_is_60000_papers()
        {
            var papers = Enumerable.Range(0, EmitLimits.DefaultMaxPaperProperties + 1).Select(i => HandBuilt.Paper("P" + i, "T" + i, "A.", i + 1));

            var plan = HandBuilt.Plan(HandBuilt.Dump(papers), HandBuilt.CSharp73);

            Assert.Equal(60_000, plan.PaperProperties);
            Assert.Equal(new[] { "hand.txt", "60001", "60000" }, Assert.Single(plan.Diagnostics, d => d.Id == "PG0012").Arguments);
        }

        [Fact]
        public void Literals_one_byte_over_the_budget_report_PG0011_and_generate_nothing_but_the_build_emits()
        {
            var budget = LiteralBudget.HeapBytes(Model(ThreePapers)) - 1;

            var run = GeneratorHarness.Run(new[] { ThreePapers }, TargetSet.NetStandard20, LanguageVersion.CSharp7_3, limits: EmitLimits.Default with { MaxLiteralHeapBytes = budget });

            var error = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("PG0011", error.Id);
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Equal(ThreePapers.Path, error.Location.GetLineSpan().Path);
            Assert.Empty(run.Result.GeneratedSources);
            AssertEmits(run.Output);
        }

        [Fact]
        public void Literals_exactly_at_the_budget_generate_the_class()
        {
            var budget = LiteralBudget.HeapBytes(Model(ThreePapers));

            var run = GeneratorHarness.Run(new[] { ThreePapers }, TargetSet.NetStandard20, LanguageVersion.CSharp7_3, limits: EmitLimits.Default with { MaxLiteralHeapBytes = budget });

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("new global::PaperGen.Paper(", run.Source);
        }

        [Fact]
        public void Literal_budget_counts_every_string_field_a_paper_carries()
        {
            var plain = HandBuilt.Paper("P", "A title", "An abstract.", 1);
            var metadata = PaperMetadata.None with
            {
                Authors = new[] { "Ada Lovelace", "Alan Turing" }.ToEquatableArray(),
                AiSummary = new string('s', 500),
                SubmittedBy = "someone",
                ProjectUrl = "https://example.org/project",
                Keywords = new[] { "agents" }.ToEquatableArray(),
            };
            var rich = plain with { Metadata = metadata, ListingDates = new[] { "2026-01-02" }.ToEquatableArray() };

            var added = LiteralBudget.HeapBytes(HandBuilt.Dump(new[] { rich })) - LiteralBudget.HeapBytes(HandBuilt.Dump(new[] { plain }));

            var characters = 12 + 11 + 500 + 7 + 27 + 6 + 10;
            Assert.InRange(added, 2 * characters, (2 * characters) + (7 * 5));
        }

        [Fact]
        public void Literal_budget_does_not_bind_where_the_data_is_compiled()
        {
            var run = GeneratorHarness.Run(new[] { ThreePapers }, limits: EmitLimits.Default with { MaxLiteralHeapBytes = 1 });

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("FromCompiledConstants(", run.Source);
        }

        [Fact]
        public void Dump_just_under_the_real_literal_budget_emits_without_CS8103_and_one_more_paper_gets_PG0011()
        {
            const string path = "/project/papers/big.txt";
            var papers = SyntheticDump.Papers(5500, seed: 7);
            var model = Model(new DumpFile(path, SyntheticDump.Text(papers)));
            var fits = LargestPrefixWithin(model, EmitLimits.DefaultMaxLiteralHeapBytes);
            Assert.InRange(fits, 1000, papers.Count - 1);

            var under = GeneratorHarness.Run(new DumpFile(path, SyntheticDump.Text(papers.Take(fits).ToList())), TargetSet.NetStandard20, LanguageVersion.CSharp7_3);
            Assert.Empty(under.GeneratorDiagnostics);
            AssertEmits(under.Output);

            var over = GeneratorHarness.Run(new DumpFile(path, SyntheticDump.Text(papers.Take(fits + 1).ToList())), TargetSet.NetStandard20, LanguageVersion.CSharp7_3);
            Assert.Equal("PG0011", Assert.Single(over.GeneratorDiagnostics).Id);
        }

        private static DumpModel Model(DumpFile dump)
            => CatalogBuilder.Build(dump.Path, Parse.Text(dump.Text, dump.Path), new DumpOptions(dump.ClassName, dump.Namespace, true, EquatableArray<DiagnosticInfo>.Empty));

        // A paper's name and line do not depend on the papers after it, so a prefix of the model is the
        // model of the prefix of the dump.
        private static int LargestPrefixWithin(DumpModel model, long budget)
        {
            int low = 0, high = model.Papers.Count;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (LiteralBudget.HeapBytes(model with { Papers = model.Papers.Take(mid).ToEquatableArray() }) <= budget)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return low;
        }

        // CS8103 is an emit error: GetDiagnostics never shows it.
        private static void AssertEmits(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }
    }
}
