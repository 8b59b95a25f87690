namespace PaperGen.Benchmarks
{
    /// <summary>
    /// The console programs whose start-up is compared. Each prints one line: what it found and the
    /// milliseconds from entering Main to having the answer.
    /// </summary>
    internal static class StartupPrograms
    {
        /// <summary>
        /// Appended to the consumer projects' directory: the checkout's folder name, so that two checkouts (a worktree
        /// and main) measuring on one machine build their consumers against their own binaries, in their own folders.
        /// </summary>
        public static string CheckoutSuffix => "-" + System.IO.Path.GetFileName(Compilations.RepositoryRoot.TrimEnd('/', '\\'));

        /// <summary>A program that only evaluates <paramref name="expression"/> (for build measurements).</summary>
        public static string Touch(string expression) => """
            public static class Program
            {
                public static void Main() => System.Console.WriteLine(EXPRESSION);
            }
            """.Replace("EXPRESSION", expression);

        public const string Empty = """
            public static class Program
            {
                public static int Main(string[] args)
                {
                    System.Console.WriteLine("-1 0.000 0.000");
                    return 0;
                }
            }
            """;

        /// <summary>
        /// A first lookup and nothing else (no stopwatch, no number formatting, a small Main): the added wall time of
        /// "a first lookup over an empty program" without the measuring programs' own first-use costs. Prints in the
        /// same shape as the others, with no times.
        /// </summary>
        public const string LookupOnly = """
            public static class Program
            {
                public static int Main(string[] args)
                {
                    System.Console.WriteLine(Bench.Archive.Catalog.TryGetByTitle(args[0], out _) ? "1 0 0" : "-1 0 0");
                    return 0;
                }
            }
            """;

        /// <summary>
        /// Looks a title up in the generated catalog; <c>--verify dump</c> compares every paper with the dump instead;
        /// <c>--search query</c> runs the process's first Search (best 10) and a second one, and prints the hit count,
        /// the milliseconds from entering Main to the first answer, of the second search alone, and of the first
        /// search alone once the catalog exists (its class initialised, nothing of it read).
        /// </summary>
        public const string Compiled = """
            using System;
            using System.Diagnostics;
            using System.Globalization;
            using System.IO;
            using Bench;
            using static StartupReport;

            public static class Program
            {
                public static int Main(string[] args)
                {
                    var stopwatch = Stopwatch.StartNew();
                    if (args[0] == "--verify")
                    {
                        return Verify(args[1]);
                    }

                    if (args[0] == "--search")
                    {
                        var catalog = Archive.Catalog;
                        var created = stopwatch.Elapsed.TotalMilliseconds;
                        var hits = catalog.Search(args[1], 10);
                        var first = stopwatch.Elapsed.TotalMilliseconds;
                        var again = Stopwatch.StartNew();
                        Archive.Catalog.Search(args[1], 10);
                        var second = again.Elapsed.TotalMilliseconds;
                        Console.WriteLine(hits.Count + " " + first.ToString("0.000", CultureInfo.InvariantCulture) + " " + second.ToString("0.000", CultureInfo.InvariantCulture)
                            + " " + (first - created).ToString("0.000", CultureInfo.InvariantCulture));
                        return 0;
                    }

                    var found = Archive.Catalog.TryGetByTitle(args[0], out var paper);
                    Report(found, paper, stopwatch);
                    return 0;
                }

                private static int Verify(string dumpPath)
                {
                    using var reader = new StreamReader(dumpPath);
                    var papers = DumpReader.Read(reader, "archive.txt");
                    if (papers.Count != Archive.All.Count)
                    {
                        Console.WriteLine("count differs: dump " + papers.Count + ", compiled " + Archive.All.Count);
                        return 1;
                    }

                    for (var i = 0; i < papers.Count; i++)
                    {
                        var compiled = Archive.All[i];
                        if (compiled.Title != papers[i].Title || compiled.Abstract != papers[i].Abstract
                            || !Archive.Catalog.TryGetByTitle(papers[i].Title, out var byTitle) || !ReferenceEquals(byTitle, compiled)
                            || !ReferenceEquals(Archive.Catalog.Find(papers[i].Title.ToUpperInvariant()), compiled))
                        {
                            Console.WriteLine("paper " + i + " differs: " + papers[i].Title);
                            return 1;
                        }
                    }

                    Console.WriteLine("verified " + papers.Count + " papers");
                    return 0;
                }
            }
            """;

        /// <summary>Parses the dump text from an embedded resource at start-up, then looks the title up.</summary>
        public const string ParseText = """
            using System;
            using System.Diagnostics;
            using System.Globalization;
            using System.IO;
            using static StartupReport;

            public static class Program
            {
                public static int Main(string[] args)
                {
                    var stopwatch = Stopwatch.StartNew();
                    using var reader = new StreamReader(typeof(Program).Assembly.GetManifestResourceStream("archive.txt")!);
                    var catalog = new PaperGen.PaperCatalog(DumpReader.Read(reader, "archive.txt"), "archive.txt");
                    var found = catalog.TryGetByTitle(args[0], out var paper);
                    Report(found, paper, stopwatch);
                    return 0;
                }
            }
            """;

        /// <summary>Reads titles and abstracts with System.Text.Json (source-generated) at start-up, then looks the title up.</summary>
        public const string Json = """
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Globalization;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using static StartupReport;

            public static class Program
            {
                public static int Main(string[] args)
                {
                    var stopwatch = Stopwatch.StartNew();
                    using var stream = typeof(Program).Assembly.GetManifestResourceStream("archive.json")!;
                    var entries = JsonSerializer.Deserialize(stream, EntryContext.Default.EntryArray)!;
                    var papers = new List<PaperGen.Paper>(entries.Length);
                    foreach (var entry in entries)
                    {
                        papers.Add(new PaperGen.Paper(string.Empty, entry.Title, entry.Abstract, "archive.json", 0));
                    }

                    var catalog = new PaperGen.PaperCatalog(papers, "archive.json");
                    var found = catalog.TryGetByTitle(args[0], out var paper);
                    Report(found, paper, stopwatch);
                    return 0;
                }
            }

            public sealed class Entry
            {
                public string Title { get; set; } = string.Empty;

                public string Abstract { get; set; } = string.Empty;
            }

            [JsonSerializable(typeof(Entry[]))]
            internal sealed partial class EntryContext : JsonSerializerContext
            {
            }
            """;

        /// <summary>
        /// What every program prints: the found paper's title length, the milliseconds from entering Main
        /// to having the paper, and to having read its abstract too (compiled papers read it on first use).
        /// </summary>
        public const string Report = """
            using System;
            using System.Diagnostics;
            using System.Globalization;

            internal static class StartupReport
            {
                public static void Report(bool found, PaperGen.Paper? paper, Stopwatch stopwatch)
                {
                    var lookup = stopwatch.Elapsed.TotalMilliseconds;
                    var length = found ? paper!.Abstract.Length : -1;
                    var withAbstract = stopwatch.Elapsed.TotalMilliseconds;
                    Console.WriteLine((found ? paper!.Title.Length : -1) + " " + lookup.ToString("0.000", CultureInfo.InvariantCulture)
                        + " " + withAbstract.ToString("0.000", CultureInfo.InvariantCulture) + " " + length);
                }
            }
            """;

        /// <summary>
        /// The plain layout read the simple way (paragraphs between blank lines, chrome skipped, then
        /// title and abstract pairs): what a program that ships the text and parses it at start-up does.
        /// </summary>
        public const string DumpReader = """
            using System.Collections.Generic;
            using System.IO;
            using System.Text;

            internal static class DumpReader
            {
                private static readonly HashSet<string> Chrome = new HashSet<string>
                {
                    "new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers", "byAK and the research community", "Aug 6",
                };

                public static List<PaperGen.Paper> Read(TextReader reader, string file)
                {
                    var papers = new List<PaperGen.Paper>();
                    var paragraph = new StringBuilder();
                    string? title = null;
                    var titleLine = 0;
                    var lineNumber = 0;
                    var start = 0;
                    string? line;
                    while (true)
                    {
                        line = reader.ReadLine();
                        lineNumber++;
                        if (line is null || line.Trim().Length == 0)
                        {
                            if (paragraph.Length > 0)
                            {
                                var text = paragraph.ToString();
                                paragraph.Clear();
                                if (title is null)
                                {
                                    if (!Chrome.Contains(text))
                                    {
                                        title = text;
                                        titleLine = start;
                                    }
                                }
                                else
                                {
                                    papers.Add(new PaperGen.Paper(string.Empty, title, text, file, titleLine));
                                    title = null;
                                }
                            }

                            if (line is null)
                            {
                                return papers;
                            }

                            continue;
                        }

                        if (paragraph.Length == 0)
                        {
                            start = lineNumber;
                        }
                        else
                        {
                            paragraph.Append(' ');
                        }

                        paragraph.Append(line.Trim());
                    }
                }
            }
            """;
    }
}
