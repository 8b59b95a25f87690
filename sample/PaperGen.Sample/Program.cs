using System;
using System.Collections.Generic;
using System.Linq;
using PaperGen;
using PaperGen.Sample;

// InterpPapers is generated at compile time from papers/interp.txt: nothing is parsed when this runs.
return Cli.Run(args, Console.Out, Console.Error);

namespace PaperGen.Sample
{
    internal static class Cli
    {
        private const string Usage =
            "usage: PaperGen.Sample [list | show <identifier or title> | search <words...>]";

        public static int Run(string[] args, System.IO.TextWriter output, System.IO.TextWriter error)
        {
            if (args.Length == 0)
            {
                return Overview(output);
            }

            var rest = string.Join(" ", args.Skip(1));
            switch (args[0])
            {
                case "list":
                    // The catalog is the list of papers, in file order: index it, count it, foreach it.
                    foreach (var paper in InterpPapers.Catalog)
                    {
                        output.WriteLine(paper.Identifier + "\t" + paper.Title);
                    }

                    return 0;

                case "show" when rest.Length > 0:
                    return Show(rest, output, error);

                case "search" when rest.Length > 0:
                    return Search(rest, output, error);

                default:
                    error.WriteLine("unknown command '" + string.Join(" ", args) + "'; " + Usage);
                    return 1;
            }
        }

        private static int Overview(System.IO.TextWriter output)
        {
            var catalog = InterpPapers.Catalog;
            output.WriteLine($"{catalog.Count} papers from {catalog.SourceFile} (listing date {catalog.ListingDate ?? "unknown"}).");
            output.WriteLine();
            foreach (var paper in catalog.Take(3))
            {
                output.WriteLine($"  InterpPapers.{paper.Identifier}");
                output.WriteLine($"    {paper.Title}");
            }

            output.WriteLine($"  ... and {catalog.Count - 3} more.");
            output.WriteLine();
            output.WriteLine("A title as a compile-time constant: InterpPapers.Titles.Monet = \"" + InterpPapers.Titles.Monet + "\"");
            output.WriteLine();
            output.WriteLine(Usage);
            output.WriteLine("  list                     every paper, one line each: identifier, tab, title");
            output.WriteLine("  show Monet               one paper's title, abstract and links (identifier or title)");
            output.WriteLine("  search sparse features   papers with every word, best first (\"quotes\" for a phrase)");
            return 0;
        }

        private static int Show(string query, System.IO.TextWriter output, System.IO.TextWriter error)
        {
            // The name a paper has in code (InterpPapers.Monet), else its title as a person types it.
            if (!InterpPapers.Catalog.TryGetByIdentifier(query, out var paper) && (paper = InterpPapers.Catalog.Find(query)) is null)
            {
                // A miss gets the closest titles and names (typos, swapped letters, left-out words).
                var suggestions = InterpPapers.Catalog.Suggest(query, 3);
                error.WriteLine(suggestions.Count == 0
                    ? "no paper '" + query + "'"
                    : "no paper '" + query + "'; did you mean " + string.Join(" or ", suggestions.Select(p => p.Title)) + "?");
                return 1;
            }

            output.WriteLine(paper.Title);
            output.WriteLine();
            output.WriteLine(paper.Abstract);
            if (paper.Links.Count > 0)
            {
                output.WriteLine();
                foreach (var link in paper.Links)
                {
                    output.WriteLine(link);
                }
            }

            output.WriteLine();
            output.WriteLine($"({paper.SourceFile}, line {paper.SourceLine}; in code: InterpPapers.{paper.Identifier})");
            return 0;
        }

        private static int Search(string query, System.IO.TextWriter output, System.IO.TextWriter error)
        {
            IReadOnlyList<Paper> hits = InterpPapers.Catalog.Search(query);
            if (hits.Count == 0)
            {
                error.WriteLine("no paper has every word of '" + query + "'");
                return 1;
            }

            foreach (var paper in hits)
            {
                output.WriteLine(paper.Identifier + "\t" + paper.Title);
            }

            return 0;
        }
    }
}
