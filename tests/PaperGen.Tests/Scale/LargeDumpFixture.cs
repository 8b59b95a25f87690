using System;
using System.Collections.Generic;
using System.Linq;
using PaperGen.Testing;
using PaperGen.Tests.Infrastructure;

namespace PaperGen.Tests.Scale
{
    /// <summary>
    /// One 20,000-paper dump generated, compiled in memory and loaded once for all scale tests: that is
    /// most of their cost, and each test only reads.
    /// </summary>
    public sealed class LargeDumpFixture
    {
        public const int PaperCount = 20_000;

        public LargeDumpFixture()
        {
            Papers = SyntheticDump.Papers(PaperCount, seed: 4);
            Run = GeneratorHarness.Run(new DumpFile("/project/papers/archive.txt", SyntheticDump.Text(Papers), ClassName: "Archive"));
            Catalog = (PaperCatalog)Run.ReadStatic("TestApp.Archive", "Catalog")!;
        }

        public IReadOnlyList<SyntheticPaper> Papers { get; }

        internal GeneratorRun Run { get; }

        public PaperCatalog Catalog { get; }
    }
}
