using System.Linq;
using PaperGen.Generator.Emit;
using PaperGen.Generator.Planning;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;
using PaperGen.Testing;
using Xunit;
using static PaperGen.Tests.Runtime.HandBuiltDumps;

namespace PaperGen.Tests.Runtime
{
    /// <summary>The compiled-data encoder and the runtime's reader, driven directly on hand-built models.</summary>
    public class CompiledDataRoundTripTests
    {
        [Fact]
        public void Every_paper_field_reads_back_from_compiled_data()
        {
            var catalog = Compile(Dump(FullPaper()));

            PaperFieldAssertions.AssertIsFullPaper(catalog[0]);
        }

        [Fact]
        public void A_paper_with_listing_fields_only_reads_back_empty_lists_and_nulls()
        {
            var catalog = Compile(Dump(Paper("Plain", "Plain Paper", "An abstract.", metadata: new PaperMetadata(AuthorCount: 7, Upvotes: 3))));

            Assert.Equal(7, catalog[0].AuthorCount);
            Assert.Equal(3, catalog[0].Upvotes);
            Assert.Null(catalog[0].Url);
            PaperFieldAssertions.AssertHasNoNewFields(catalog[0]);
        }

        [Theory]
        [InlineData("Oct 7, 2024")]
        [InlineData("2024-13-45T10:00:00Z")]
        [InlineData("yesterday")]
        public void An_instant_that_is_not_ISO_8601_is_left_out_at_build_time(string text)
        {
            var catalog = Compile(Dump(Paper("P", "A Paper", "Text.", metadata: new PaperMetadata { PublishedAt = text, SubmittedAt = text })));

            Assert.Null(catalog[0].PublishedAt);
            Assert.Null(catalog[0].SubmittedAt);
        }

        [Theory]
        [InlineData("2024-10-24T13:33:37.000Z", "2024-10-24T13:33:37.0000000+00:00")]
        [InlineData("2025-08-06T09:05:00Z", "2025-08-06T09:05:00.0000000+00:00")]
        [InlineData("2025-08-06T09:05:00.1234567-05:30", "2025-08-06T09:05:00.1234567-05:30")]
        [InlineData("2025-08-06", "2025-08-06T00:00:00.0000000+00:00")]
        public void An_ISO_8601_instant_reads_back_with_its_offset(string written, string expected)
        {
            var catalog = Compile(Dump(Paper("P", "A Paper", "Text.", metadata: new PaperMetadata { PublishedAt = written })));

            Assert.Equal(expected, catalog[0].PublishedAt?.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Papers_without_abstracts_in_later_files_read_their_own_titles()
        {
            // Two papers per generated file: chunks must start a new file even when they hold no text.
            var papers = Enumerable.Range(0, 7).Select(i => Paper("P" + i, "Paper number " + i, i % 3 == 0 ? "Abstract " + i + "." : string.Empty, line: i + 1)).ToArray();

            var catalog = Compile(Dump(papers), papersPerFile: 2);

            Assert.Equal(papers.Select(p => p.Title), catalog.Select(p => p.Title));
            Assert.Equal(papers.Select(p => p.Abstract), catalog.Select(p => p.Abstract));
            Assert.Equal(papers.Select(p => p.Identifier), catalog.Select(p => p.Identifier));
            Assert.True(catalog.TryGetByTitle("Paper number 5", out var five));
            Assert.Equal(6, five!.SourceLine);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Large_dump_is_compressed_and_reads_back_exactly_for_either_carrier(bool constantCarrier)
        {
            var synthetic = SyntheticDump.Papers(700, seed: 4);
            var model = Dump(synthetic.Select((p, i) => Paper("P" + i, p.Title, p.Abstract, line: (4 * i) + 13)));

            var encoded = CompiledDataEncoder.TryEncode(model, Generator.Planning.EmitLimits.DefaultPapersPerFile, "0.1.0", level: CompiledDataEncoder.LevelFor(constantCarrier))!;
            var catalog = PaperCatalog.FromCompiledData(DataSource(encoded), "hand.txt");

            Assert.True(encoded.Compressed);
            Assert.All(encoded.Chunks, chunk => Assert.True(chunk.IsPacked));
            Assert.Equal(synthetic.Select(p => p.Title), catalog.Select(p => p.Title));
            Assert.Equal(synthetic.Select(p => p.Abstract), catalog.Select(p => p.Abstract));
            Assert.Same(catalog[699], catalog.Find(synthetic[699].Title.ToUpperInvariant()));
        }

        [Fact]
        public void Lookups_find_the_same_papers_in_place_and_after_the_tables_are_widened()
        {
            // The first lookups read the compiled tables in place, later ones arrays widened from them: three
            // rounds over every title cross the switch for both the exact and the folded table.
            var synthetic = SyntheticDump.Papers(40, seed: 7);
            var catalog = Compile(Dump(synthetic.Select((p, i) => Paper("P" + i, p.Title, p.Abstract, line: i + 1))));

            for (var round = 0; round < 3; round++)
            {
                for (var i = 0; i < synthetic.Count; i++)
                {
                    Assert.True(catalog.TryGetByTitle(synthetic[i].Title, out var exact), "round " + round + ", paper " + i);
                    Assert.Same(catalog[i], exact);
                    Assert.Same(catalog[i], catalog.Find(synthetic[i].Title.ToUpperInvariant()));
                    Assert.False(catalog.TryGetByTitle(synthetic[i].Title + " (not a title)", out _));
                }
            }
        }

        [Fact]
        public void U8_literals_get_smaller_compressed_chunks_than_the_constant_carrier()
        {
            var synthetic = SyntheticDump.Papers(700, seed: 4);
            var model = Dump(synthetic.Select((p, i) => Paper("P" + i, p.Title, p.Abstract, line: i + 1)));

            long Bytes(bool constants) => CompiledDataEncoder.TryEncode(model, Generator.Planning.EmitLimits.DefaultPapersPerFile, "0.1.0", level: CompiledDataEncoder.LevelFor(constants))!
                .Chunks.Sum(c => (long)c.Text.Length);

            Assert.True(Bytes(constants: false) < Bytes(constants: true));
        }

        [Fact]
        public void AI_summaries_travel_with_the_abstracts_not_with_the_heads()
        {
            var papers = Enumerable.Range(0, 3).Select(i => Paper("P" + i, "Paper " + i, "Abstract " + i + ".", metadata: new PaperMetadata { AiSummary = i == 1 ? null : "Summary " + i + " of the paper." })).ToArray();

            var encoded = CompiledDataEncoder.TryEncode(Dump(papers), Generator.Planning.EmitLimits.DefaultPapersPerFile, "0.1.0")!;
            var catalog = PaperCatalog.FromCompiledData(DataSource(encoded), "hand.txt");

            Assert.DoesNotContain("Summary", encoded.Heads[0]);
            Assert.Equal("Abstract 0.Summary 0 of the paper.Abstract 1.Abstract 2.Summary 2 of the paper.", encoded.Chunks.Single().Text);
            Assert.Equal(new[] { "Summary 0 of the paper.", null, "Summary 2 of the paper." }, catalog.Select(p => p.AiSummary));
            Assert.Equal(papers.Select(p => p.Abstract), catalog.Select(p => p.Abstract));
        }

        [Fact]
        public void Small_dump_is_not_marked_compressed()
        {
            var encoded = CompiledDataEncoder.TryEncode(Dump(FullPaper()), Generator.Planning.EmitLimits.DefaultPapersPerFile, "0.1.0")!;

            Assert.False(encoded.Compressed);
            Assert.All(encoded.Chunks, chunk => Assert.False(chunk.IsPacked));
        }

        [Fact]
        public void A_lone_surrogate_in_a_new_field_falls_back_to_literals()
        {
            var paper = Paper("P", "A Paper", "Text.", metadata: new PaperMetadata { Keywords = new[] { "bad \uD800 keyword" }.ToEquatableArray() });

            Assert.Null(CompiledDataEncoder.TryEncode(Dump(paper), Generator.Planning.EmitLimits.DefaultPapersPerFile, "0.1.0"));
        }
    }
}
