using System.Globalization;
using System.Linq;
using System.Threading;
using CsCheck;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;
using PaperGen.Generator.Parsing;
using PaperGen.Tests.Properties;
using Xunit;

namespace PaperGen.Tests.Json
{
    /// <summary>Properties of <see cref="ArchiveMerge"/> over drawn archives: days of listings that share papers.</summary>
    public class ArchiveMergeProperties
    {
        /// <summary>A day: which of 30 papers it lists (by number), their upvotes that day, and whether it was saved as text (no ids).</summary>
        private static readonly Gen<(int Paper, int Upvotes)[][]> Days =
            Gen.Select(Gen.Int[0, 29], Gen.Int[0, 500]).Array[0, 8].Array[1, 8];

        private static ArchiveFile Day(int day, (int Paper, int Upvotes)[] papers)
        {
            var dump = new ParsedDump();
            var location = LocationInfo.FileStart("/p/day" + day + ".json");
            foreach (var (paper, upvotes) in papers.GroupBy(p => p.Paper).Select(g => g.First()))
            {
                var meta = new PaperMetadata(ArxivId: "2401." + paper.ToString("D5", CultureInfo.InvariantCulture), Upvotes: upvotes)
                {
                    SubmittedAt = "2024-01-" + (day + 10).ToString(CultureInfo.InvariantCulture) + "T00:00:00.000Z",
                };
                dump.Papers.Add(new ParsedPaper("Paper " + paper, "Abstract " + paper + ".", location, location, meta));
            }

            return new ArchiveFile(location.Path, dump);
        }

        [Fact]
        public void Merged_archive_has_each_paper_once_with_every_date_and_its_highest_count_whatever_the_input_order()
        {
            PropertyRunner.ForAll(Gen.Select(Days, Gen.Int), PropertyRunner.Scaled(2000), (input, _) =>
            {
                var (days, seed) = input;
                var files = days.Select((papers, day) => Day(day, papers)).ToList();
                var shuffled = files.OrderBy(f => unchecked(f.Path.GetHashCode() * 31 + seed)).ToList();

                var merged = ArchiveMerge.Merge(files, CancellationToken.None);
                var again = ArchiveMerge.Merge(shuffled, CancellationToken.None);

                var listed = days.SelectMany((papers, day) => papers.Select(p => (p.Paper, p.Upvotes, Day: day))).ToList();
                var firstSeen = listed.GroupBy(l => l.Paper).OrderBy(g => g.Min(l => (l.Day * 100) + days[l.Day].ToList().FindIndex(p => p.Paper == l.Paper))).ToList();
                Assert.Equal(firstSeen.Select(g => "Paper " + g.Key), merged.Dump.Papers.Select(p => p.Title));
                Assert.Equal(merged.Dump.Papers, again.Dump.Papers);
                for (var i = 0; i < firstSeen.Count; i++)
                {
                    var group = firstSeen[i];
                    var dayIndexes = group.Select(l => l.Day).Distinct().OrderBy(d => d);
                    Assert.Equal(dayIndexes.Select(d => "2024-01-" + (d + 10).ToString(CultureInfo.InvariantCulture)), merged.ListingDates[i]);
                    var firstPerDay = group.GroupBy(l => l.Day).Select(d => d.First().Upvotes);
                    Assert.Equal(firstPerDay.Max(), merged.Dump.Papers[i].Metadata.Upvotes);
                }

                Assert.Empty(merged.Dump.Diagnostics);
            });
        }
    }
}
