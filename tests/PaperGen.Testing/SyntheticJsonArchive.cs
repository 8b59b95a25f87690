using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperGen.Testing
{
    /// <summary>One day's file of a synthetic JSON archive: its name (<c>2024-01-01.json</c>) and its text.</summary>
    public sealed record SyntheticJsonFile(string FileName, string Text);

    /// <summary>
    /// The papers of <see cref="SyntheticDump"/> as a Daily Papers archive (issue 9.5): one
    /// <c>/api/daily_papers</c>-shaped file per day, each item with an arXiv id (<c>2401.00042</c>), its
    /// listing day and upvotes, so the same papers can be built as JSON files or as one text dump.
    /// </summary>
    public static class SyntheticJsonArchive
    {
        public static readonly DateTime FirstDay = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The arXiv id the archive gives the paper at <paramref name="index"/>.</summary>
        public static string Id(int index) => "2401." + index.ToString("00000", CultureInfo.InvariantCulture);

        /// <summary>The day (yyyy-MM-dd) of the file that holds the paper at <paramref name="index"/>.</summary>
        public static string Day(int index, int perFile) => FirstDay.AddDays(index / perFile).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public static IReadOnlyList<SyntheticJsonFile> Files(IReadOnlyList<SyntheticPaper> papers, int perFile)
        {
            var files = new List<SyntheticJsonFile>();
            for (var start = 0; start < papers.Count; start += perFile)
            {
                var day = Day(start, perFile);
                var text = new StringBuilder("[\n");
                for (var i = start; i < Math.Min(start + perFile, papers.Count); i++)
                {
                    text.Append(i > start ? ",\n" : string.Empty)
                        .Append("  {\"paper\": {\"id\": \"").Append(Id(i))
                        .Append("\", \"authors\": [{\"name\": \"Author ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\", \"hidden\": false}]")
                        .Append(", \"title\": ").Append(Quote(papers[i].Title))
                        .Append(", \"summary\": ").Append(Quote(papers[i].Abstract))
                        .Append(", \"upvotes\": ").Append((i % 97).ToString(CultureInfo.InvariantCulture))
                        .Append("}, \"publishedAt\": \"").Append(day).Append("T01:02:03.000Z\", \"numComments\": 1}");
                }

                files.Add(new SyntheticJsonFile(day + ".json", text.Append("\n]\n").ToString()));
            }

            return files;
        }

        private static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    default:
                        if (c < ' ')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }
    }
}
