using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests
{
    /// <summary>
    /// The generated source for real dumps through the generator, compared with reviewed files under
    /// Snapshots/ (the harness also checks that each run caches; see <see cref="GeneratorHarness"/>).
    /// </summary>
    public class SnapshotTests
    {
        [Fact]
        public void Three_paper_dump()
        {
            var run = GeneratorHarness.Run(DumpFile.FromFixture("three-papers.txt", className: "ReadingList", ns: "MyApp.Papers"));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            Snapshot.Verify(run.Source, nameof(SnapshotTests));
        }

        [Fact]
        public void Three_paper_dump_for_CSharp_7_3()
        {
            var run = GeneratorHarness.Run(DumpFile.FromFixture("three-papers.txt", className: "ReadingList", ns: "MyApp.Papers"), TargetSet.NetStandard20, LanguageVersion.CSharp7_3);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            Snapshot.Verify(run.Source, nameof(SnapshotTests));
        }

        [Fact]
        public void Shipped_dump()
        {
            var run = GeneratorHarness.Run(DumpFile.FromFixture("hf-papers-aug-6.txt", className: "DailyPapers", ns: "PaperGen.Datasets"));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            Snapshot.Verify(run.Source, nameof(SnapshotTests));
        }
    }
}
