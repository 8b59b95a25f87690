using System.Linq;
using PaperGen.Tests.Ranking;
using Xunit;

namespace PaperGen.Runtime.NetStandardTests
{
    /// <summary>Search's order on the netstandard2.0 build: ranked against file order, and 45 ties in file order.</summary>
    public class SearchRankingTests
    {
        [Fact]
        public void Search_puts_papers_with_more_query_words_in_the_title_first_whatever_their_file_order()
        {
            var hits = RankingDump.InMemory(RankingDump.Small).Search("sparse probe").Select(p => p.Title);

            Assert.Equal(RankingDump.SmallExpected, hits);
        }

        [Fact]
        public void Search_keeps_file_order_among_many_papers_with_the_same_title_hits()
        {
            var hits = RankingDump.InMemory(RankingDump.Many()).Search(RankingDump.TieQuery).Select(p => p.Title);

            Assert.Equal(RankingDump.ManyExpected(), hits);
        }
    }
}
