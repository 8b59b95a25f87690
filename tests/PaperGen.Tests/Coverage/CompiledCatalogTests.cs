using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using PaperGen.Testing;
using Xunit;

namespace PaperGen.Tests.Coverage
{
    /// <summary>
    /// The catalog generated code creates over compiled data (net8.0, latest C#), through its public API:
    /// tolerant lookup with width and accents, titles that fold alike, very short titles, dumps whose titles
    /// no single hash window tells apart, argument checks, and many threads using a new catalog at once.
    /// </summary>
    public class CompiledCatalogTests : IClassFixture<CompiledCatalogTests.Catalogs>
    {
        private readonly Catalogs _catalogs;

        public CompiledCatalogTests(Catalogs catalogs) => _catalogs = catalogs;

        private PaperCatalog Lookup => _catalogs.Lookup;

        [Theory]
        [InlineData("Ｍｏｎｅｔ: Mixture of Monosemantic Experts", "Monet: Mixture of Monosemantic Experts")]
        [InlineData("ＭＯＮＥＴ　ＭＩＸＴＵＲＥ OF MONOSEMANTIC EXPERTS", "Monet: Mixture of Monosemantic Experts")]
        [InlineData("Cafe\u0301 neurons", "Café Neurons")]
        [InlineData("CAFÉ NEURONS!", "Café Neurons")]
        [InlineData("Café Decomposed Study", "Cafe\u0301 Decomposed Study")]
        [InlineData("ﬁne-grained ﬂow", "Fine Grained Flow")]
        public void Find_tolerates_width_ligatures_and_composed_or_decomposed_accents(string query, string expected)
        {
            Assert.Equal(expected, Lookup.Find(query)?.Title);
        }

        [Theory]
        [InlineData("graph networks", 3)]
        [InlineData("GRAPH-NETWORKS!", 3)]
        [InlineData("graph nets", 5)]
        [InlineData("vision nets", 7)]
        public void Titles_that_fold_alike_give_the_first_in_file_order(string query, int expected)
        {
            Assert.Same(Lookup[expected], Lookup.Find(query));
        }

        [Fact]
        public void Titles_that_fold_alike_are_still_told_apart_exactly()
        {
            Assert.True(Lookup.TryGetByTitle("Graph-Networks", out var second));
            Assert.Same(Lookup[4], second);
            Assert.True(Lookup.TryGetByTitle("Graph Nets", out var ascii));
            Assert.Same(Lookup[6], ascii);
            Assert.True(Lookup.TryGetByTitle("Ｖision Nets", out var wide));
            Assert.Same(Lookup[8], wide);
        }

        [Theory]
        [InlineData("AI", "AI", 9)]
        [InlineData("ai", null, 9)]
        [InlineData("Q&A", "Q&A", 10)]
        [InlineData("q a", null, 10)]
        [InlineData("Go", "Go", 11)]
        [InlineData("GO!", null, 11)]
        [InlineData("X", "X", 12)]
        public void Titles_under_four_characters_are_found_exactly_and_tolerantly(string query, string? exact, int expected)
        {
            Assert.Equal(exact is not null, Lookup.TryGetByTitle(query, out var found));
            Assert.Equal(exact, found?.Title);
            Assert.Same(Lookup[expected], Lookup.Find(query));
        }

        [Theory]
        [InlineData("A")]
        [InlineData("Q")]
        [InlineData("G")]
        [InlineData("")]
        public void Short_queries_that_match_no_title_find_nothing(string query)
        {
            Assert.False(Lookup.TryGetByTitle(query, out _));
            Assert.Null(Lookup.Find(query));
        }

        [Fact]
        public void Titles_no_single_hash_window_tells_apart_are_all_found()
        {
            var catalog = _catalogs.SameShape;

            Assert.Equal(SameShapeTitles.Count, catalog.Count);
            for (var i = 0; i < SameShapeTitles.Count; i++)
            {
                Assert.True(catalog.TryGetByTitle(SameShapeTitles[i], out var paper), SameShapeTitles[i]);
                Assert.Same(catalog[i], paper);
                Assert.Same(catalog[i], catalog.Find(SameShapeTitles[i].ToUpperInvariant()));
            }

            var absent = SameShapeTitle(SameShapeTitles.Count + 7);
            Assert.False(catalog.TryGetByTitle(absent, out _));
            Assert.Null(catalog.Find(absent));
        }

        [Fact]
        public void Compiled_catalog_rejects_null_arguments_by_name()
        {
            Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => Lookup.TryGetByTitle(null!, out _)).ParamName);
            Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => Lookup.Find(null!)).ParamName);
            Assert.Equal("query", Assert.Throws<ArgumentNullException>(() => Lookup.Search(null!)).ParamName);
            Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => PaperCatalog.FromCompiledData(null!)).ParamName);
        }

        [Fact]
        public void In_memory_catalog_rejects_null_arguments_by_name()
        {
            var catalog = new PaperCatalog(new[] { new Paper("A", "A Paper", "Its abstract.", "a.txt", 1) });

            Assert.Equal("papers", Assert.Throws<ArgumentNullException>(() => new PaperCatalog(null!)).ParamName);
            Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => catalog.TryGetByTitle(null!, out _)).ParamName);
            Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => catalog.Find(null!)).ParamName);
            Assert.Equal("query", Assert.Throws<ArgumentNullException>(() => catalog.Search(null!)).ParamName);
        }

        [Fact]
        public void Many_threads_using_a_new_compressed_catalog_at_once_see_the_same_papers()
        {
            // Over 1 MB of abstracts: the chunks are compressed and inflated on first use, shared by all threads.
            var papers = SyntheticDump.Papers(800, seed: 13);
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/shared.txt", SyntheticDump.Text(papers), className: "Shared"));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("compressed", run.SourceText(), StringComparison.Ordinal);
            var type = run.Load().GetType("Probe.Shared", throwOnError: true)!;
            const int threads = 8;
            var seen = new Paper[threads][];
            var errors = new List<Exception>();
            using var start = new Barrier(threads);
            var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    var catalog = (PaperCatalog)type.GetProperty("Catalog")!.GetValue(null)!;
                    var mine = new Paper[papers.Count];
                    var order = Enumerable.Range(0, papers.Count).OrderBy(i => (i * 7919 * (t + 1)) % papers.Count).ToList();
                    foreach (var i in order)
                    {
                        mine[i] = (t % 3) switch
                        {
                            0 => catalog[i],
                            1 => catalog.Find(papers[i].Title.ToUpperInvariant())!,
                            _ => catalog.TryGetByTitle(papers[i].Title, out var p) ? p : null!,
                        };
                        Assert.Equal(papers[i].Title, mine[i].Title);
                        Assert.Equal(papers[i].Abstract, mine[i].Abstract);
                    }

                    Assert.NotEmpty(catalog.Search("sparse"));
                    seen[t] = mine;
                }
                catch (Exception ex)
                {
                    lock (errors)
                    {
                        errors.Add(ex);
                    }
                }
            })).ToList();

            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());

            Assert.Empty(errors);
            for (var i = 0; i < papers.Count; i++)
            {
                Assert.All(seen, mine => Assert.Same(seen[0][i], mine[i]));
            }
        }

        /// <summary>Titles of equal length whose first and last eleven characters agree: every 4-character window in reach hashes alike.</summary>
        private static readonly IReadOnlyList<string> SameShapeTitles = Enumerable.Range(0, 70).Select(SameShapeTitle).ToList();

        private static string SameShapeTitle(int i)
            => "Sparse Autoencoders, study " + Word(i) + " of the same long benchmark suite";

        private static string Word(int i)
            => new string(new[] { (char)('a' + (i % 26)), (char)('a' + (i / 26 % 26)), 'x', (char)('a' + ((i * 7) % 26)) });

        /// <summary>The dumps compiled once: one for tolerant and short lookups, one whose titles defeat every single hash window.</summary>
        public sealed class Catalogs
        {
            public static readonly (string Title, string Abstract)[] LookupPapers =
            {
                ("Monet: Mixture of Monosemantic Experts", "Experts that are sparse."),
                ("Café Neurons", "Neurons that respond to coffee."),
                ("Cafe\u0301 Decomposed Study", "A title saved in decomposed form."),
                ("Graph Networks", "The first of two titles that fold alike."),
                ("Graph-Networks", "The second of two titles that fold alike."),
                ("Ｇraph Nets", "A full-width title before an ASCII one that folds alike."),
                ("Graph Nets", "The ASCII title after it."),
                ("Vision Nets", "An ASCII title before a full-width one that folds alike."),
                ("Ｖision Nets", "The full-width title after it."),
                ("AI", "A two-letter title."),
                ("Q&A", "A title of three characters, two of them letters."),
                ("Go", "Another two-letter title."),
                ("X", "A one-letter title."),
                ("Fine Grained Flow", "A title that ligatures in a query fold to."),
            };

            public Catalogs()
            {
                var lookup = string.Join("\n\n", LookupPapers.Select(p => p.Title + "\n\n" + p.Abstract)) + "\n";
                var sameShape = string.Join("\n\n", SameShapeTitles.Select((t, i) => t + "\n\nAbstract number " + i.ToString(CultureInfo.InvariantCulture) + ".")) + "\n";
                var run = GeneratorProbe.Run(
                    GeneratorProbe.Dump("/project/papers/lookup.txt", lookup, className: "Lookup"),
                    GeneratorProbe.Dump("/project/papers/same-shape.txt", sameShape, className: "SameShape"));
                Assert.Empty(run.GeneratorDiagnostics);
                Assert.Empty(run.CompilationErrorsAndWarnings);
                Assert.All(run.Result.GeneratedSources, s => Assert.Contains("FromCompiledConstants", s.SourceText.ToString(), StringComparison.Ordinal));
                Lookup = run.Catalog("Probe.Lookup");
                SameShape = run.Catalog("Probe.SameShape");
                Assert.Equal(LookupPapers.Select(p => p.Title), Lookup.Select(p => p.Title));
            }

            public PaperCatalog Lookup { get; }

            public PaperCatalog SameShape { get; }
        }
    }
}
