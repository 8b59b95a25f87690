using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;
using PaperGen.Generator.Parsing;
using Xunit;

namespace PaperGen.Tests.Json
{
    public class JsonDumpReaderTests
    {
        private static string? Str(JsonElement e, string name)
            => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static int? Int(JsonElement e, string name)
            => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

        /// <summary>What each paper of an items response must read as, from System.Text.Json's view of the same file.</summary>
        private static void AssertReadAsSystemTextJsonSees(string json, ParsedDump parsed)
        {
            using var document = JsonDocument.Parse(json);
            var items = document.RootElement.EnumerateArray().ToList();
            Assert.Equal(items.Count, parsed.Papers.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var paper = item.GetProperty("paper");
                var read = parsed.Papers[i];
                var meta = read.Metadata;
                var authors = paper.GetProperty("authors").EnumerateArray()
                    .Where(a => !(a.TryGetProperty("hidden", out var h) && h.GetBoolean()))
                    .Select(a => a.GetProperty("name").GetString()!)
                    .ToList();

                Assert.Equal(JsonDump.Joined(paper.GetProperty("title").GetString()!), read.Title);
                Assert.Equal(JsonDump.Joined(paper.GetProperty("summary").GetString()!), read.Abstract);
                Assert.Equal(paper.GetProperty("id").GetString(), meta.ArxivId);
                Assert.Equal(authors, meta.Authors);
                Assert.Equal(authors.Count == 0 ? null : authors.Count, meta.AuthorCount);
                Assert.Equal(Int(paper, "upvotes"), meta.Upvotes);
                Assert.Equal(Int(item, "numComments"), meta.Comments);
                Assert.Equal(Str(paper, "publishedAt"), meta.PublishedAt);
                Assert.Equal(Str(paper, "submittedOnDailyAt") ?? Str(item, "publishedAt"), meta.SubmittedAt);
                Assert.Equal(item.GetProperty("submittedBy").GetProperty("name").GetString(), meta.SubmittedBy);
                var organization = item.TryGetProperty("organization", out var org) ? org : paper.TryGetProperty("organization", out org) ? org : default;
                Assert.Equal(organization.ValueKind == JsonValueKind.Object ? Str(organization, "fullname") : null, meta.Organization);
                Assert.Equal(Str(paper, "ai_summary"), meta.AiSummary);
                Assert.Equal(
                    paper.TryGetProperty("ai_keywords", out var keywords) ? keywords.EnumerateArray().Select(k => k.GetString()!).ToList() : new List<string>(),
                    meta.Keywords);
                Assert.Equal(Str(paper, "githubRepo"), meta.CodeUrl);
                Assert.Equal(Int(paper, "githubStars"), meta.GitHubStars);
                Assert.Equal(Str(paper, "projectPage"), meta.ProjectUrl);
                Assert.Equal(
                    paper.GetProperty("publishedAt").GetDateTimeOffset().UtcDateTime.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
                    meta.Date);
            }
        }

        [Fact]
        public void Real_daily_papers_response_reads_every_field_as_System_Text_Json_does()
        {
            var json = JsonDump.Fixture(JsonDump.RealDaily);
            var parsed = JsonDump.Read(json);

            Assert.Empty(parsed.Diagnostics);
            Assert.Equal(4, parsed.Papers.Count);
            AssertReadAsSystemTextJsonSees(json, parsed);
        }

        [Fact]
        public void Real_daily_papers_titles_join_arXiv_line_breaks_into_the_one_line_title_the_item_repeats()
        {
            var json = JsonDump.Fixture(JsonDump.RealDaily);
            using var document = JsonDocument.Parse(json);

            Assert.Equal(
                document.RootElement.EnumerateArray().Select(item => item.GetProperty("title").GetString()),
                JsonDump.Read(json).Papers.Select(p => p.Title));
        }

        [Fact]
        public void Real_daily_papers_first_paper_reads_as_the_page_shows_it()
        {
            var paper = JsonDump.Read(JsonDump.Fixture(JsonDump.RealDaily)).Papers[0];

            Assert.Equal("Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss", paper.Title);
            Assert.StartsWith("Contrastive loss is a powerful approach for representation learning, where larger batch sizes", paper.Abstract);
            Assert.EndsWith("The code will be made publicly available.", paper.Abstract);
            Assert.Equal(
                new PaperMetadata("2410.17243", 9, null, "Oct 22, 2024", 64, null)
                {
                    Authors = new[] { "Zesen Cheng", "Hang Zhang", "Kehan Li", "Sicong Leng", "Zhiqiang Hu", "Fei Wu", "Deli Zhao", "Xin Li", "Lidong Bing" }.ToEquatableArray(),
                    Comments = 3,
                    PublishedAt = "2024-10-22T17:59:30.000Z",
                    SubmittedAt = "2024-10-25T00:57:09.392Z",
                    SubmittedBy = "ClownRat",
                },
                paper.Metadata);
        }

        [Fact]
        public void Real_daily_papers_locations_point_at_each_title_and_summary_value()
        {
            var json = JsonDump.Fixture(JsonDump.RealDaily);
            var papers = JsonDump.Read(json).Papers;

            for (var i = 0; i < papers.Count; i++)
            {
                // The paper's own "title" comes before the item's one-line "title" in each item.
                var title = JsonDump.Nth(json, "\"title\":", (2 * i) + 1) + "\"title\":".Length;
                var summary = JsonDump.Nth(json, "\"summary\":", i + 1) + "\"summary\":".Length;
                Assert.Equal(JsonDump.LineColumn(json, title), JsonDump.Start(papers[i].TitleLocation));
                Assert.Equal(JsonDump.LineColumn(json, summary), JsonDump.Start(papers[i].AbstractLocation));
                Assert.Equal('"', json[papers[i].TitleLocation.Span.Start]);
                Assert.Equal('"', json[papers[i].TitleLocation.Span.End - 1]);
                Assert.Equal(JsonDump.Path, papers[i].TitleLocation.Path);
            }
        }

        [Fact]
        public void Paper_response_reads_every_field_and_ignores_linked_models()
        {
            var parsed = JsonDump.Read(JsonDump.Fixture(JsonDump.PaperResponse));

            Assert.Empty(parsed.Diagnostics);
            var paper = Assert.Single(parsed.Papers);
            Assert.Equal("Sparse Experts Learn to Route 🧠: Mixture-of-Experts Without Load Balancing Losses", paper.Title);
            Assert.Equal(
                "Mixture-of-experts models route each token to a few experts, and the usual auxiliary load-balancing loss trades quality for balance. "
                + "We show that a \"router temperature\" schedule alone keeps experts balanced (within 3% of uniform) and improves perplexity by 0.4 on C4. "
                + "Code: https://github.com/example/sparse-route",
                paper.Abstract);
            Assert.Equal(
                new PaperMetadata("2502.01234", 3, "Example Lab", "Feb 3, 2025", 128, "https://github.com/example/sparse-route")
                {
                    Authors = new[] { "Ana Ruiz-Pérez", "Wei Zhang", "山田 太郎" }.ToEquatableArray(),
                    AiSummary = "A router temperature schedule replaces the load-balancing loss in mixture-of-experts models.",
                    PublishedAt = "2025-02-03T18:59:59.000Z",
                    SubmittedAt = "2025-02-04T06:30:11.512Z",
                    SubmittedBy = "jlee",
                    Keywords = new[] { "mixture-of-experts", "load balancing", "router temperature", "perplexity" }.ToEquatableArray(),
                    GitHubStars = 2314,
                    ProjectUrl = "https://example.org/sparse-route",
                },
                paper.Metadata);
        }

        [Fact]
        public void Search_response_reads_every_field_as_System_Text_Json_does()
        {
            var json = JsonDump.Fixture(JsonDump.SearchResponse);
            var parsed = JsonDump.Read(json);

            Assert.Empty(parsed.Diagnostics);
            AssertReadAsSystemTextJsonSees(json, parsed);
            Assert.Equal("Vision Lab", parsed.Papers[0].Metadata.Organization);
            Assert.Equal(new[] { 4, 0 }, parsed.Papers.Select(p => p.Metadata.Comments!.Value));
            Assert.Equal(new[] { "priyan", "kimdoe" }, parsed.Papers.Select(p => p.Metadata.SubmittedBy));
        }

        [Fact]
        public void One_item_on_its_own_reads_as_that_item_in_the_array()
        {
            var json = JsonDump.Fixture(JsonDump.RealDaily);
            using var document = JsonDocument.Parse(json);
            var all = JsonDump.Read(json).Papers;

            for (var i = 0; i < all.Count; i++)
            {
                var one = JsonDump.Read(document.RootElement[i].GetRawText());
                Assert.Empty(one.Diagnostics);
                var paper = Assert.Single(one.Papers);
                Assert.Equal((all[i].Title, all[i].Abstract, all[i].Metadata), (paper.Title, paper.Abstract, paper.Metadata));
            }
        }

        [Fact]
        public void Array_of_paper_objects_reads_what_the_papers_hold_and_nothing_of_the_items()
        {
            var json = JsonDump.Fixture(JsonDump.RealDaily);
            using var document = JsonDocument.Parse(json);
            var papers = "[\n" + string.Join(",\n", document.RootElement.EnumerateArray().Select(item => item.GetProperty("paper").GetRawText())) + "\n]";
            var fromItems = JsonDump.Read(json).Papers;

            var parsed = JsonDump.Read(papers);

            Assert.Empty(parsed.Diagnostics);
            Assert.Equal(fromItems.Select(p => (p.Title, p.Abstract)), parsed.Papers.Select(p => (p.Title, p.Abstract)));
            Assert.Equal(
                fromItems.Select(p => p.Metadata with { Comments = null, SubmittedAt = null, SubmittedBy = null }),
                parsed.Papers.Select(p => p.Metadata));
        }

        [Fact]
        public void Paper_response_in_an_array_reads_the_same_as_on_its_own()
        {
            var json = JsonDump.Fixture(JsonDump.PaperResponse);

            var alone = JsonDump.Read(json).Papers.Single();
            var inArray = JsonDump.Read("[" + json + "]").Papers.Single();

            Assert.Equal((alone.Title, alone.Abstract, alone.Metadata), (inArray.Title, inArray.Abstract, inArray.Metadata));
        }

        [Fact]
        public void Item_without_a_paper_title_falls_back_to_its_own_title_and_summary()
        {
            var parsed = JsonDump.Read("[{\"paper\":{\"id\":\"2401.00001\"},\"title\":\"Outer Title\",\"summary\":\"Outer\\nabstract.\"}]");

            var paper = Assert.Single(parsed.Papers);
            Assert.Equal(("Outer Title", "Outer abstract."), (paper.Title, paper.Abstract));
        }

        [Fact]
        public void Fields_in_any_order_and_unknown_fields_of_every_type_are_read_past()
        {
            var parsed = JsonDump.Read(
                "{\"future\":{\"deep\":[[{\"x\":[1,2,{\"title\":\"not this\"}]}]]},\"summary\":\"Abstract.\",\"upvotes\":null,"
                + "\"isAuthorParticipating\":true,\"title\":\"A Title\",\"n\":-1.5e3,\"id\":\"2401.00002\",\"githubRepo\":null}");

            Assert.Empty(parsed.Diagnostics);
            var paper = Assert.Single(parsed.Papers);
            Assert.Equal(("A Title", "Abstract.", "2401.00002", (int?)null), (paper.Title, paper.Abstract, paper.Metadata.ArxivId, paper.Metadata.Upvotes));
        }

        [Fact]
        public void Weekend_response_with_no_items_reads_as_JSON_with_no_papers()
        {
            var parsed = JsonDump.Parse("[]");

            Assert.Empty(parsed.Papers);
            Assert.Empty(parsed.Diagnostics);
        }

        [Fact]
        public void JSON_is_told_from_the_content_whatever_the_file_is_called()
        {
            var parsed = JsonDump.Parse("\uFEFF  \n" + JsonDump.Fixture(JsonDump.PaperResponse));

            Assert.Equal("2502.01234", Assert.Single(parsed.Papers).Metadata.ArxivId);
        }

        [Theory]
        [InlineData("[Monet: Mixture of Monosemantic Experts](https://huggingface.co/papers/2412.04139)\n\nAn abstract.\n")]
        [InlineData("[\"Quoted\" Title](https://huggingface.co/papers/2412.04139)\n\nAn abstract.\n")]
        [InlineData("{Braces} in a Title\n\nAn abstract.\n")]
        [InlineData("[1] A footnote-style first line\n\nAn abstract.\n")]
        public void Text_that_starts_with_a_bracket_is_still_a_text_dump(string text)
            => Assert.False(Generator.Parsing.Json.JsonDumpReader.LooksLikeJson(text));

        [Theory]
        [InlineData("[")]
        [InlineData("{")]
        [InlineData("[{\"paper\":")]
        [InlineData("{\"id\":\"2401")]
        [InlineData("[\"abc")]
        public void Truncated_JSON_is_still_JSON_so_that_its_truncation_is_reported(string text)
            => Assert.True(Generator.Parsing.Json.JsonDumpReader.LooksLikeJson(text));

        [Fact]
        public void Hidden_authors_are_left_out_and_author_count_counts_the_shown_ones()
        {
            var parsed = JsonDump.Read(
                "{\"id\":\"1\",\"title\":\"T\",\"summary\":\"S.\",\"authors\":[{\"name\":\"A\",\"hidden\":false},{\"name\":\"B\",\"hidden\":true},{\"name\":\"C\"},{\"_id\":\"x\"}]}");

            var meta = Assert.Single(parsed.Papers).Metadata;
            Assert.Equal(new[] { "A", "C" }, meta.Authors);
            Assert.Equal(2, meta.AuthorCount);
        }

        [Fact]
        public void Invisible_characters_in_values_are_removed_with_PG0007_at_the_value()
        {
            var json = "{\"id\":\"1\",\n\"title\":\"Bidi \\u202Etrick\",\"summary\":\"Lone \\uD800 surrogate.\"}";
            var parsed = JsonDump.Read(json);

            var paper = Assert.Single(parsed.Papers);
            Assert.Equal(("Bidi trick", "Lone  surrogate."), (paper.Title, paper.Abstract));
            Assert.Equal(new[] { "PG0007", "PG0007" }, parsed.Diagnostics.Select(d => d.Id));
            Assert.Equal((2, 9), JsonDump.Start(parsed.Diagnostics[0].Location));
        }
    }
}
