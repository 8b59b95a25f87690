using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
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
    }
}
