using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Compatibility
{
    /// <summary>
    /// Dataset assemblies built by PaperGen 0.1.0 (compiled-data layout 4), checked in as binaries
    /// (Fixtures/Compatibility/Layout4/README.md says how they were made), read by the current runtime:
    /// a dataset package must keep working when its users upgrade PaperGen.Runtime.
    /// </summary>
    public class Layout4Tests
    {
        private const string Compiled = "PaperGen.Compat.Layout4.Compiled.dll";
        private const string CSharp73 = "PaperGen.Compat.Layout4.CSharp73.dll";
        private const string Compressed = "PaperGen.Compat.Layout4.Compressed.dll";

        // SyntheticDump.Papers(700, seed: 4) as "title\nabstract\n" in order, hashed when the binary was built.
        private const string CompressedTextSha256 = "08BAC89B2574E22F27950D8215C3862FBDC6A8F73F26D680D6FD23DBA4466BC4";

        public static TheoryData<string> ShippedDumpBinaries => new() { Compiled, CSharp73 };

        [Theory]
        [MemberData(nameof(ShippedDumpBinaries))]
        public void Layout4_assembly_reads_all_54_papers_exactly_as_the_dump_has_them(string binary)
        {
            var catalog = LoadCatalog(binary, "PaperGen.Compat.Layout4Papers");
            var expected = ShippedDump();

            Assert.Equal(54, catalog.Count);
            Assert.Equal("hf-papers-aug-6.txt", catalog.SourceFile);
            Assert.Equal("Aug 6", catalog.ListingDate);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Title, catalog[i].Title);
                Assert.Equal(expected[i].Abstract, catalog[i].Abstract);
                Assert.Equal(expected[i].Line, catalog[i].SourceLine);
                Assert.Equal("hf-papers-aug-6.txt", catalog[i].SourceFile);
            }

            Assert.Equal(expected.Select(p => p.Title), catalog.Select(p => p.Title));
        }

        [Theory]
        [MemberData(nameof(ShippedDumpBinaries))]
        public void Layout4_assembly_keeps_identifiers_short_names_and_links(string binary)
        {
            var type = Load(binary).GetType("PaperGen.Compat.Layout4Papers", throwOnError: true)!;
            var catalog = Catalog(type);
            var monet = (Paper)type.GetProperty("Monet")!.GetValue(null)!;

            Assert.Same(catalog[50], monet);
            Assert.Equal("Monet", monet.Identifier);
            Assert.Equal("Monet", monet.ShortName);
            Assert.Contains("https://github.com/dmis-lab/Monet", monet.Links);
            Assert.Equal(monet.Title, type.GetNestedType("Titles")!.GetField("Monet")!.GetRawConstantValue());
        }

        [Theory]
        [MemberData(nameof(ShippedDumpBinaries))]
        public void Layout4_papers_have_none_of_the_fields_added_after_it(string binary)
        {
            var catalog = LoadCatalog(binary, "PaperGen.Compat.Layout4Papers");

            Assert.All(catalog, Runtime.PaperFieldAssertions.AssertHasNoNewFields);
        }

        [Theory]
        [MemberData(nameof(ShippedDumpBinaries))]
        public void Layout4_assembly_finds_every_title_exactly_and_tolerantly(string binary)
        {
            var catalog = LoadCatalog(binary, "PaperGen.Compat.Layout4Papers");

            foreach (var paper in catalog)
            {
                Assert.True(catalog.TryGetByTitle(paper.Title, out var found));
                Assert.Same(paper, found);
                Assert.Same(paper, catalog.Find(paper.Title.ToUpperInvariant() + " "));
            }

            Assert.False(catalog.TryGetByTitle("monet: mixture of monosemantic experts for transformers", out _));
            Assert.Equal("Monet: Mixture of Monosemantic Experts for Transformers", catalog.Find("monet mixture of monosemantic experts for transformers")?.Title);
            Assert.Null(catalog.Find("No Such Paper"));
        }

        [Theory]
        [MemberData(nameof(ShippedDumpBinaries))]
        public void Layout4_assembly_searches_like_a_catalog_of_the_same_papers(string binary)
        {
            var catalog = LoadCatalog(binary, "PaperGen.Compat.Layout4Papers");
            var reference = new PaperCatalog(ShippedDump().Select((p, i) => new Paper("P" + i, p.Title, p.Abstract, "hf-papers-aug-6.txt", p.Line)));

            Assert.Equal(
                "Interpreting Attention Layer Outputs with Sparse Autoencoders",
                catalog.Search("sparse autoencoders")[0].Title);
            foreach (var query in new[] { "sparse autoencoders", "brain", "NEURONS language", "fMRI", "interpretability" })
            {
                var hits = catalog.Search(query).Select(p => p.Title).ToList();
                Assert.NotEmpty(hits);
                Assert.Equal(reference.Search(query).Select(p => p.Title), hits);
            }

            Assert.Empty(catalog.Search("zzzyzzy"));
        }

        [Fact]
        public void Layout4_compressed_assembly_reads_all_700_papers_exactly()
        {
            var catalog = LoadCatalog(Compressed, "PaperGen.Compat.Layout4Synthetic");
            var text = new StringBuilder();
            foreach (var paper in catalog)
            {
                text.Append(paper.Title).Append('\n').Append(paper.Abstract).Append('\n');
            }

            Assert.Equal(700, catalog.Count);
            Assert.Equal(CompressedTextSha256, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
            Assert.Equal("NeuroLM16: cortex mechanistic monosemantic cortex vectors monosemantic retrieval steering network gradient reasoning neural reasoning diffusion", catalog[699].Title);
        }

        [Fact]
        public void Layout4_compressed_assembly_finds_every_title_exactly_and_tolerantly()
        {
            var catalog = LoadCatalog(Compressed, "PaperGen.Compat.Layout4Synthetic");

            foreach (var paper in catalog)
            {
                Assert.True(catalog.TryGetByTitle(paper.Title, out var found));
                Assert.Same(paper, found);
                Assert.Same(paper, catalog.Find(paper.Title.ToUpperInvariant()));
            }

            Assert.Equal(catalog[10], catalog.Search(catalog[10].Title)[0]);
        }

        private static PaperCatalog LoadCatalog(string binary, string typeName)
            => Catalog(Load(binary).GetType(typeName, throwOnError: true)!);

        private static PaperCatalog Catalog(Type type) => (PaperCatalog)type.GetProperty("Catalog")!.GetValue(null)!;

        // LoadFrom binds the binary's reference to PaperGen.Runtime to the runtime this test project built.
        private static Assembly Load(string binary)
            => Assembly.LoadFrom(Path.Combine(Fixtures.Directory, "Compatibility", "Layout4", binary));

        // The shipped dump's papers straight from its lines: after six lines of page chrome, each paper
        // is a title line and an abstract line, with blank lines between.
        private static List<(string Title, string Abstract, int Line)> ShippedDump()
        {
            var lines = Fixtures.Read("hf-papers-aug-6.txt").Replace("\r\n", "\n").Split('\n');
            var text = lines.Select((line, i) => (Text: line, Line: i + 1)).Where(l => l.Text.Trim().Length > 0).Skip(6).ToList();
            var papers = new List<(string, string, int)>();
            for (var i = 0; i + 1 < text.Count; i += 2)
            {
                papers.Add((text[i].Text.Trim(), text[i + 1].Text.Trim(), text[i].Line));
            }

            return papers;
        }
    }
}
