using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Planning;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests
{
    public class CompilationTests
    {
        [Fact]
        public void Shipped_dump_compiles_without_warnings_for_net8_at_latest_CSharp()
        {
            var run = GeneratorHarness.Run(DumpFile.FromFixture("hf-papers-aug-6.txt"), TargetSet.Net80, LanguageVersion.Latest);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Fact]
        public void Shipped_dump_compiles_without_warnings_for_netstandard20_at_CSharp_7_3()
        {
            var run = GeneratorHarness.Run(DumpFile.FromFixture("hf-papers-aug-6.txt"), TargetSet.NetStandard20, LanguageVersion.CSharp7_3);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            Assert.DoesNotContain("#nullable", run.Source);
        }

        [Fact]
        public void Generated_papers_read_back_exactly_after_compiling()
        {
            var run = GeneratorHarness.Run(DumpFile.FromFixture("hf-papers-aug-6.txt", className: "InterpPapers"));

            var all = (System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.InterpPapers", "All")!;
            var monet = (Paper)run.ReadStatic("TestApp.InterpPapers", "Monet")!;

            Assert.Equal(54, all.Count);
            Assert.Equal("Monet: Mixture of Monosemantic Experts for Transformers", monet.Title);
            Assert.Equal("Monet", monet.ShortName);
            Assert.Equal(new[] { "https://github.com/dmis-lab/Monet" }, monet.Links.ToArray());
        }

        [Fact]
        public void Harness_reports_documentation_warnings_so_generated_docs_are_checked()
        {
            var run = GeneratorHarness.Run(
                new[] { DumpFile.FromFixture("three-papers.txt") },
                userSource: "namespace TestApp { public static class Undocumented { } /// <summary>Unclosed\n internal static class Malformed { } }");

            Assert.Equal(new[] { "CS1570", "CS1591" }, run.CompilationDiagnostics.Select(d => d.Id).OrderBy(id => id));
            Assert.All(run.CompilationDiagnostics, d => Assert.Equal("/project/UserCode.cs", d.Location.GetLineSpan().Path));
        }

        [Fact]
        public void Shipped_dump_split_over_many_files_compiles_without_warnings_in_either_layout()
        {
            var limits = EmitLimits.Default with { PapersPerFile = 10 };
            var modern = GeneratorHarness.Run(new[] { DumpFile.FromFixture("hf-papers-aug-6.txt") }, limits: limits);
            var legacy = GeneratorHarness.Run(new[] { DumpFile.FromFixture("hf-papers-aug-6.txt") }, TargetSet.NetStandard20, LanguageVersion.CSharp7_3, limits: limits);

            Assert.Equal(6, modern.Sources.Count);
            Assert.Equal(6, legacy.Sources.Count);
            Assert.Empty(modern.CompilationDiagnostics);
            Assert.Empty(legacy.CompilationDiagnostics);
            var all = (System.Collections.Generic.IReadOnlyList<Paper>)modern.ReadStatic("TestApp.HfPapersAug6Papers", "All")!;
            Assert.Equal(54, all.Count);
            Assert.Equal("Monet", all.Single(p => p.Identifier == "Monet").ShortName);
        }
    }
}
