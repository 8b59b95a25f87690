using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using Xunit;
using static PaperGen.Tests.Runtime.HandBuiltDumps;

namespace PaperGen.Tests.Runtime
{
    /// <summary>The runtime's public surface as users meet it: read-only papers, one catalog story, generated-only members hidden.</summary>
    public class PaperApiTests
    {
        [Fact]
        public void A_paper_copies_the_arrays_it_is_created_from()
        {
            var links = new[] { "https://a.example" };
            var authors = new[] { "Ada" };
            var keywords = new[] { "sparse" };
            var paper = new Paper(new PaperValues { Identifier = "P", Title = "T", Abstract = "A", SourceFile = "f.txt", Links = links, Authors = authors, Keywords = keywords });
            var old = new Paper("Q", "T2", "A", "f.txt", 1, links: links);

            links[0] = "changed";
            authors[0] = "changed";
            keywords[0] = "changed";

            Assert.Equal("https://a.example", paper.Links[0]);
            Assert.Equal("Ada", paper.Authors[0]);
            Assert.Equal("sparse", paper.Keywords[0]);
            Assert.Equal("https://a.example", old.Links[0]);
        }

        [Fact]
        public void A_papers_lists_cannot_be_changed_through_a_cast()
        {
            var paper = new Paper(new PaperValues { Identifier = "P", Title = "T", Abstract = "A", SourceFile = "f.txt", Links = new[] { "x" }, Authors = new[] { "Ada" } });

            Assert.Throws<NotSupportedException>(() => ((IList<string>)paper.Links)[0] = "y");
            Assert.Throws<NotSupportedException>(() => ((IList<string>)paper.Authors).Add("Bob"));
        }

        [Fact]
        public void Addresses_derive_from_the_arXiv_id_and_are_null_without_one()
        {
            var paper = new Paper("P", "T", "A", "f.txt", 1, arxivId: "2410.05434");
            var without = new Paper("Q", "T", "A", "f.txt", 1);

            Assert.Equal("https://huggingface.co/papers/2410.05434", paper.Url);
            Assert.Equal("https://arxiv.org/abs/2410.05434", paper.ArxivUrl);
            Assert.Equal("https://arxiv.org/pdf/2410.05434", paper.PdfUrl);
            Assert.Null(without.Url);
            Assert.Null(without.ArxivUrl);
            Assert.Null(without.PdfUrl);
        }

        [Fact]
        public void Author_count_is_the_number_of_names_unless_the_listing_gave_one()
        {
            Assert.Equal(2, new Paper(new PaperValues { Identifier = "P", Title = "T", Abstract = "A", SourceFile = "f", Authors = new[] { "A", "B" } }).AuthorCount);
            Assert.Equal(9, new Paper(new PaperValues { Identifier = "P", Title = "T", Abstract = "A", SourceFile = "f", AuthorCount = 9 }).AuthorCount);
            Assert.Null(new Paper("P", "T", "A", "f", 1).AuthorCount);
        }

        [Fact]
        public void A_paper_without_a_title_is_refused()
        {
            Assert.Throws<ArgumentNullException>(() => new Paper(new PaperValues { Identifier = "P", Title = null!, Abstract = "A", SourceFile = "f" }));
            Assert.Throws<ArgumentNullException>(() => new Paper(null!));
        }

        public static TheoryData<string> Stores => new() { "objects", "compiled" };

        [Theory]
        [MemberData(nameof(Stores))]
        public void TryGetByIdentifier_finds_a_paper_by_its_generated_name_exactly(string store)
        {
            var catalog = Catalog(store);

            Assert.True(catalog.TryGetByIdentifier("Monet", out var monet));
            Assert.Same(catalog[0], monet);
            Assert.True(catalog.TryGetByIdentifier("Plain", out var plain));
            Assert.Same(catalog[1], plain);
            Assert.False(catalog.TryGetByIdentifier("monet", out var none));
            Assert.Null(none);
            Assert.False(catalog.TryGetByIdentifier("Monet: Mixture of Monosemantic Experts for Transformers", out _));
        }

        [Theory]
        [MemberData(nameof(Stores))]
        public void Both_stores_answer_every_lookup_alike(string store)
        {
            var catalog = Catalog(store);

            Assert.Equal(2, catalog.Count);
            Assert.True(catalog.TryGetByTitle("Plain Paper", out var plain));
            Assert.Same(catalog[1], plain);
            Assert.Same(catalog[0], catalog.Find("monet mixture of monosemantic experts for transformers"));
            Assert.Null(catalog.Find("Plain"));
            Assert.Equal(new[] { "Plain Paper" }, catalog.Search("abstract").Select(p => p.Title));
            Assert.Equal(new[] { catalog[0], catalog[1] }, catalog.ToArray());
        }

        [Theory]
        [MemberData(nameof(Stores))]
        public void All_is_the_catalog_itself(string store)
        {
            var catalog = Catalog(store);

            Assert.Same(catalog, catalog.All);
        }

        [Theory]
        [InlineData(typeof(PaperCatalog), nameof(PaperCatalog.FromCompiledData))]
        [InlineData(typeof(PaperCatalog), nameof(PaperCatalog.FromCompiledConstants))]
        [InlineData(typeof(PaperCatalog), nameof(PaperCatalog.All))]
        public void Members_only_generated_code_needs_are_hidden_from_completion(Type type, string member)
        {
            Assert.All(type.GetMember(member), m => Assert.Equal(EditorBrowsableState.Never, m.GetCustomAttribute<EditorBrowsableAttribute>()?.State));
        }

        [Fact]
        public void Types_and_constructors_only_generated_code_needs_are_hidden_from_completion()
        {
            Assert.Equal(EditorBrowsableState.Never, typeof(PaperDataSource).GetCustomAttribute<EditorBrowsableAttribute>()?.State);
            Assert.Equal(EditorBrowsableState.Never, typeof(PaperValues).GetCustomAttribute<EditorBrowsableAttribute>()?.State);
            Assert.All(typeof(Paper).GetConstructors(), c => Assert.Equal(EditorBrowsableState.Never, c.GetCustomAttribute<EditorBrowsableAttribute>()?.State));
        }

        private static PaperCatalog Catalog(string store)
        {
            var model = Dump(FullPaper(), Paper("Plain", "Plain Paper", "An abstract.", line: 20));
            if (store == "compiled")
            {
                return Compile(model);
            }

            return new PaperCatalog(new[]
            {
                new Paper(new PaperValues { Identifier = "Monet", Title = model.Papers[0].Title, Abstract = model.Papers[0].Abstract, SourceFile = "hand.txt" }),
                new Paper("Plain", "Plain Paper", "An abstract.", "hand.txt", 20),
            });
        }
    }
}
