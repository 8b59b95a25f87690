using System;
using System.Collections.Generic;
using Xunit;

namespace PaperGen.Tests.Search
{
    /// <summary>
    /// A query allocates the list it returns and nothing else (issue 12): its words, cursors and sort keys live in
    /// per-thread or pooled buffers. Measured with the thread's allocation counter once the query has run (so buffers
    /// have grown, pools hold arrays and non-ASCII folds are cached); the least of a few runs is compared, so a pool
    /// emptied by a collection between two runs does not fail the test, while a query that always allocates does.
    /// </summary>
    public class SearchAllocationTests : IClassFixture<CompiledSearchCatalogs>
    {
        private readonly CompiledSearchCatalogs _catalogs;

        public SearchAllocationTests(CompiledSearchCatalogs catalogs) => _catalogs = catalogs;

        public static IEnumerable<object[]> Queries()
        {
            foreach (var kind in new[] { "in-memory", "compiled" })
            {
                yield return new object[] { kind, "language models ", int.MaxValue };
                yield return new object[] { kind, "language models ", 1 };
                yield return new object[] { kind, "mo", int.MaxValue };
                yield return new object[] { kind, "autoencoder", 2 };
                yield return new object[] { kind, "Schrödinger équation", int.MaxValue };
                yield return new object[] { kind, "\"language models\"", int.MaxValue };
                yield return new object[] { kind, "models nothingmatches ", int.MaxValue };
                yield return new object[] { kind, " .,; ", int.MaxValue };
            }
        }

        [Theory]
        [MemberData(nameof(Queries))]
        public void A_query_allocates_only_the_list_it_returns(string kind, string query, int limit)
        {
            var catalog = _catalogs.Catalog(kind);

            var (allocated, found) = LeastAllocated(() => catalog.Search(query, limit));

            Assert.Equal(ListOf(found), allocated);
        }

        [Theory]
        [InlineData("sparse autoencoders ", int.MaxValue)]
        [InlineData("sparse autoencoders ", 10)]
        [InlineData("sparse autoencoders language models features ", 10)]
        [InlineData("interpretability neu", 10)]
        public void A_query_over_postings_with_skip_tables_allocates_only_the_list_it_returns(string query, int limit)
        {
            var (allocated, found) = LeastAllocated(() => _catalogs.Synthetic.Search(query, limit));

            Assert.NotEqual(0, found);
            Assert.Equal(ListOf(found), allocated);
        }

        // What a List<Paper> of exactly `count` papers costs: the list and its array.
        private static long ListOf(int count)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var list = new List<Paper>(count);
            var after = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(list);
            return after - before;
        }

        private static (long Allocated, int Found) LeastAllocated(Func<IReadOnlyList<Paper>> search)
        {
            var found = search().Count;
            var least = long.MaxValue;
            for (var run = 0; run < 5; run++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var results = search();
                var after = GC.GetAllocatedBytesForCurrentThread();
                Assert.Equal(found, results.Count);
                least = Math.Min(least, after - before);
            }

            return (least, found);
        }
    }
}
