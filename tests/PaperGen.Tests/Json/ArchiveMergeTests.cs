using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;
using PaperGen.Generator.Parsing;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Json
{
    /// <summary>Many dumps, one catalog: <see cref="ArchiveMerge"/> on dumps parsed as the generator parses them.</summary>
    public class ArchiveMergeTests
    {
        private static ArchiveFile File(string path, string text)
            => new(path, DumpParser.Parse(SourceText.From(text, Encoding.UTF8), path, CancellationToken.None));

        private static string Item(string id, string title, string summary, string submitted, int upvotes, string extra = "")
            => "{\"paper\":{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"summary\":\"" + summary + "\",\"upvotes\":" + upvotes + extra
                + "},\"publishedAt\":\"" + submitted + "T01:00:00.000Z\",\"title\":\"" + title + "\",\"numComments\":1}";

        private static MergedArchive Merge(params ArchiveFile[] files) => ArchiveMerge.Merge(files, CancellationToken.None);

        [Fact]
        public void Files_merge_in_file_name_order_whatever_order_they_come_in()
        {
            var day2 = File("/p/daily/2024-10-26.json", "[" + Item("2", "Second", "B.", "2024-10-26", 1) + "]");
            var day1 = File("/p/daily/2024-10-25.json", "[" + Item("1", "First", "A.", "2024-10-25", 1) + "]");

            var merged = Merge(day2, day1);

            Assert.Equal(new[] { "First", "Second" }, merged.Dump.Papers.Select(p => p.Title));
        }

        [Fact]
        public void Paper_listed_on_several_days_is_one_paper_with_every_listing_date_and_the_richest_fields()
        {
            var day1 = File("/p/daily/2024-10-25.json", "[" + Item("2410.1", "Same Paper", "Abstract.", "2024-10-25", 10) + "]");
            var day2 = File("/p/daily/2024-10-26.json", "[" + Item("2410.1", "Same Paper", "Abstract.", "2024-10-26", 64, ",\"githubRepo\":\"https://github.com/o/r\"") + "]");

            var merged = Merge(day1, day2);

            var paper = Assert.Single(merged.Dump.Papers);
            Assert.Equal(new[] { "2024-10-25", "2024-10-26" }, merged.ListingDates.Single());
            Assert.Equal((64, "https://github.com/o/r", "2024-10-25T01:00:00.000Z"), (paper.Metadata.Upvotes!.Value, paper.Metadata.CodeUrl, paper.Metadata.SubmittedAt));
            Assert.Empty(merged.Dump.Diagnostics);
        }

        [Fact]
        public void Conflicting_abstract_for_the_same_id_is_PG0024_at_the_later_file_and_the_first_is_kept()
        {
            var day1 = File("/p/daily/a.json", "[" + Item("2410.1", "Same Paper", "First abstract.", "2024-10-25", 1) + "]");
            var day2 = File("/p/daily/b.json", "[\n" + Item("2410.1", "Same Paper", "Edited abstract.", "2024-10-26", 1) + "]");

            var merged = Merge(day2, day1);

            Assert.Equal("First abstract.", Assert.Single(merged.Dump.Papers).Abstract);
            var diagnostic = Assert.Single(merged.Dump.Diagnostics);
            Assert.Equal("PG0024", diagnostic.Id);
            Assert.Equal("/p/daily/b.json", diagnostic.Location.Path);
            Assert.Equal(1, diagnostic.Location.LineSpan.Start.Line);
            Assert.Contains("a.json", diagnostic.ToDiagnostic().GetMessage());
        }

        [Fact]
        public void Text_and_JSON_dumps_mix_and_match_by_title_where_the_text_has_no_id()
        {
            var text = File("/p/daily/2024-10-24.txt", "Daily Papers\n\nOct 24\n\nSame Paper\n\nAbstract.\n\nOnly In Text\n\nOther abstract.\n");
            var json = File("/p/daily/2024-10-25.json", "[" + Item("2410.1", "Same Paper", "Abstract.", "2024-10-25", 5) + "]");
            var later = File("/p/daily/2024-10-26.json", "[" + Item("2410.1", "Same Paper", "Abstract.", "2024-10-26", 7) + "]");

            var merged = Merge(later, text, json);

            Assert.Equal(new[] { "Same Paper", "Only In Text" }, merged.Dump.Papers.Select(p => p.Title));
            Assert.Equal(("2410.1", 7), (merged.Dump.Papers[0].Metadata.ArxivId, merged.Dump.Papers[0].Metadata.Upvotes!.Value));
            Assert.Equal(new[] { "Oct 24", "2024-10-25", "2024-10-26" }, merged.ListingDates[0]);
        }

        [Fact]
        public void Same_title_under_two_different_ids_stays_two_papers()
        {
            var merged = Merge(
                File("/p/a.json", "[" + Item("1", "Same Title", "A.", "2024-10-25", 1) + "]"),
                File("/p/b.json", "[" + Item("2", "Same Title", "B.", "2024-10-26", 1) + "]"));

            Assert.Equal(new[] { "1", "2" }, merged.Dump.Papers.Select(p => p.Metadata.ArxivId));
        }

        [Fact]
        public void Repeats_inside_one_file_are_left_for_the_catalog_to_report()
        {
            var merged = Merge(File("/p/a.json", "[" + Item("1", "T", "A.", "2024-10-25", 1) + "," + Item("1", "T", "A.", "2024-10-25", 1) + "]"));

            Assert.Equal(2, merged.Dump.Papers.Count);
            var provider = new TestOptionsProvider(
                new System.Collections.Generic.Dictionary<string, string>(),
                new System.Collections.Generic.Dictionary<string, System.Collections.Generic.Dictionary<string, string>> { ["/p/a.json"] = new() });
            var options = Generator.Configuration.DumpOptions.Read("/p/a.json", provider.GetOptions(new InMemoryAdditionalText("/p/a.json", null)), provider.GlobalOptions);
            var model = CatalogBuilder.Build("/p/a.json", merged.Dump, options);
            Assert.Equal("PG0003", Assert.Single(model.Diagnostics).Id);
        }

        [Fact]
        public void Every_file_keeps_its_own_diagnostics()
        {
            var merged = Merge(File("/p/a.json", "[" + Item("1", "T", "A.", "2024-10-25", 1) + ",]"), File("/p/b.json", "[{\"id\":\"1\"}"));

            Assert.Equal(new[] { ("/p/a.json", "PG0025"), ("/p/b.json", "PG0027"), ("/p/b.json", "PG0023") }, merged.Dump.Diagnostics.Select(d => (d.Location.Path, d.Id)));
        }

        [Fact]
        public void Real_response_merged_with_itself_a_day_later_keeps_four_papers_with_two_dates_each()
        {
            var json = Fixtures.Read(JsonDump.RealDaily);
            var merged = Merge(File("/p/2024-10-25.json", json), File("/p/2024-10-26.json", json.Replace("\"publishedAt\":\"2024-10-25T", "\"publishedAt\":\"2024-10-26T")));

            Assert.Equal(4, merged.Dump.Papers.Count);
            Assert.All(merged.ListingDates, dates => Assert.Equal(new[] { "2024-10-25", "2024-10-26" }, dates));
            Assert.Empty(merged.Dump.Diagnostics);
        }

        [Fact]
        public void Twenty_thousand_papers_in_four_hundred_files_merge_to_each_paper_once()
        {
            var files = Enumerable.Range(0, 400).Select(f =>
            {
                // Each day lists 50 papers: 40 new and 10 from the day before.
                var items = Enumerable.Range(0, 50).Select(k => (f * 40) + k).Select(n => Item("id" + n, "Paper " + n, "Abstract " + n + ".", "2024-01-01", n));
                return File("/p/day" + f.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".json", "[" + string.Join(",", items) + "]");
            }).ToArray();

            var merged = Merge(files);

            Assert.Equal((399 * 40) + 50, merged.Dump.Papers.Count);
            Assert.Equal(merged.Dump.Papers.Count, merged.Dump.Papers.Select(p => p.Metadata.ArxivId).Distinct().Count());
            Assert.Empty(merged.Dump.Diagnostics);
        }
    }
}
