using System.Collections.Generic;
using System.Linq;
using PaperGen.Testing;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Scale
{
    /// <summary>
    /// A Daily Papers archive as many JSON files of one class, read back exactly (issue 9.5). The 20,000-paper
    /// case (400 files of 50) is in the benchmarks (ArchiveBenchmarks), which also compare it with a text
    /// dump of the same papers; here 2,000 papers in 40 files keep the test short on a loaded machine.
    /// </summary>
    public class JsonArchiveScaleTests
    {
        private const int PerFile = 50;

        [Fact]
        public void Forty_daily_JSON_files_build_one_class_that_reads_back_every_paper_exactly()
        {
            var papers = SyntheticDump.Papers(40 * PerFile, seed: 9);
            var files = SyntheticJsonArchive.Files(papers, PerFile)
                .Select(f => new DumpFile("/project/papers/daily/" + f.FileName, f.Text, ClassName: "DailyArchive"))
                .Reverse()
                .ToList();

            var run = GeneratorHarness.Run(files);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            var all = (IReadOnlyList<Paper>)run.ReadStatic("TestApp.DailyArchive", "All")!;
            Assert.Equal(papers.Count, all.Count);
            for (var i = 0; i < papers.Count; i++)
            {
                var day = SyntheticJsonArchive.Day(i, PerFile);
                Assert.Equal(
                    (papers[i].Title, papers[i].Abstract, SyntheticJsonArchive.Id(i), day + ".json", 2 + (i % PerFile), day, "Author " + i),
                    (all[i].Title, all[i].Abstract, all[i].ArxivId, all[i].SourceFile, all[i].SourceLine, Assert.Single(all[i].ListingDates), Assert.Single(all[i].Authors)));
            }
        }
    }
}
