using System;
using PaperGen.Datasets;
using Xunit;

namespace PaperGen.Tests.Runtime
{
    /// <summary>
    /// Lookups on a compiled catalog allocate nothing once their tables are built (the shipped dataset,
    /// compiled data): a catalog is queried in loops, and the store interface must not have changed that.
    /// Counted in bytes on this thread, not timed. The first lookups read the compiled tables in place and a
    /// later one widens them into arrays (a start-up choice, issue 12), so the count starts after a warm-up.
    /// </summary>
    public class LookupAllocationTests
    {
        [Fact]
        public void Exact_tolerant_and_identifier_lookups_allocate_nothing_once_warmed_up()
        {
            var catalog = DailyPapers.Catalog;
            var title = catalog[50].Title;
            var typed = "monet mixture of monosemantic experts for transformers";
            for (var i = 0; i < 100; i++)
            {
                Lookups(catalog, title, typed);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                Lookups(catalog, title, typed);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        private static void Lookups(PaperCatalog catalog, string title, string typed)
        {
            Assert.True(catalog.TryGetByTitle(title, out _));
            Assert.NotNull(catalog.Find(typed));
            Assert.True(catalog.TryGetByIdentifier("Monet", out _));
            Assert.False(catalog.TryGetByTitle("No Such Paper", out _));
        }
    }
}
