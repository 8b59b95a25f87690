using System;
using PaperGen.Datasets;
using Xunit;

namespace PaperGen.Tests.Runtime
{
    /// <summary>
    /// Lookups on a compiled catalog allocate nothing once their tables are built (the shipped dataset,
    /// compiled data): a catalog is queried in loops, and the store interface must not have changed that.
    /// Counted in bytes on this thread, not timed.
    /// </summary>
    public class LookupAllocationTests
    {
        [Fact]
        public void Exact_tolerant_and_identifier_lookups_allocate_nothing_after_the_first()
        {
            var catalog = DailyPapers.Catalog;
            var title = catalog[50].Title;
            var typed = "monet mixture of monosemantic experts for transformers";
            Lookups(catalog, title, typed);

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
