using System.Linq;
using System.Threading.Tasks;
using PaperGen.Datasets;
using Xunit;

namespace PaperGen.Runtime.NetStandardTests
{
    /// <summary>The shipped dataset as netstandard2.0 consumers get it, read back through the netstandard2.0 runtime.</summary>
    public class CompiledDatasetTests
    {
        [Fact]
        public void Every_paper_reads_back_with_its_text_line_and_identifier()
        {
            Assert.Equal(54, DailyPapers.All.Count);
            Assert.Equal(DailyPapers.All.Count, DailyPapers.All.Select(p => p.Identifier).Distinct().Count());
            Assert.All(DailyPapers.All, p =>
            {
                Assert.False(string.IsNullOrWhiteSpace(p.Title));
                Assert.True(p.Abstract.Length > 100, p.Title);
                Assert.Equal("hf-papers-aug-6.txt", p.SourceFile);
                Assert.True(p.SourceLine > 0);
            });
            Assert.Equal(DailyPapers.All.Select(p => p.SourceLine).OrderBy(l => l), DailyPapers.All.Select(p => p.SourceLine));
        }

        [Fact]
        public void A_paper_reads_back_with_its_short_name_and_links()
        {
            Assert.Equal("Monet: Mixture of Monosemantic Experts for Transformers", DailyPapers.Monet.Title);
            Assert.Equal("Monet", DailyPapers.Monet.ShortName);
            Assert.Equal(new[] { "https://github.com/dmis-lab/Monet" }, DailyPapers.Monet.Links.ToArray());
            Assert.Same(DailyPapers.Monet, DailyPapers.Catalog.Find("ＭＯＮＥＴ: mixture of monosemantic experts for transformers"));
        }

        [Fact]
        public void Every_title_is_found_exactly_and_tolerantly()
        {
            foreach (var paper in DailyPapers.All)
            {
                Assert.True(DailyPapers.Catalog.TryGetByTitle(paper.Title, out var exact));
                Assert.Same(paper, exact);
                Assert.Same(paper, DailyPapers.Catalog.Find(paper.Title.ToUpperInvariant() + " !"));
            }
        }

        [Fact]
        public void Search_ranks_title_matches_first()
        {
            var hits = DailyPapers.Catalog.Search("sparse autoencoders");

            Assert.Equal("Interpreting Attention Layer Outputs with Sparse Autoencoders", hits[0].Title);
            Assert.All(hits, p => Assert.Contains("sparse", (p.Title + " " + p.Abstract).ToLowerInvariant()));
        }

        [Fact]
        public void Threads_reading_the_dataset_at_once_get_the_same_paper_instances()
        {
            var count = DailyPapers.Catalog.Count;
            // Primes above the paper count: each thread visits every paper once, each in its own order.
            var steps = new[] { 59, 61, 67, 71, 73, 79, 83, 89 };
            var seen = new Paper[steps.Length][];
            Parallel.For(0, seen.Length, t =>
            {
                var mine = new Paper[count];
                foreach (var i in Enumerable.Range(0, count).Select(i => (i * steps[t]) % count))
                {
                    mine[i] = DailyPapers.Catalog[i];
                    Assert.NotEmpty(mine[i].Abstract);
                }

                seen[t] = mine;
            });

            for (var i = 0; i < count; i++)
            {
                Assert.All(seen, mine => Assert.Same(seen[0][i], mine[i]));
            }
        }
    }
}
