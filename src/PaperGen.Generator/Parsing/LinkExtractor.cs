using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperGen.Generator.Parsing
{
    /// <summary>Finds web addresses in running text.</summary>
    internal static class LinkExtractor
    {
        private static readonly Regex Url = new(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant);

        public static List<string> Extract(string text)
        {
            var links = new List<string>();
            foreach (Match match in Url.Matches(text))
            {
                var link = TrimTrailingPunctuation(match.Value);
                if (link.Length > "https://".Length)
                {
                    links.Add(link);
                }
            }

            return links;
        }

        // Sentence punctuation after an address is not part of it; a closing bracket is only part of it
        // when the address opened one (Wikipedia-style paths). Counts are kept as characters are trimmed,
        // not recounted, so an address ending in thousands of brackets costs linear time.
        private static string TrimTrailingPunctuation(string link)
        {
            int opens = 0, closes = 0, squareOpens = 0, squareCloses = 0;
            foreach (var c in link)
            {
                switch (c)
                {
                    case '(': opens++; break;
                    case ')': closes++; break;
                    case '[': squareOpens++; break;
                    case ']': squareCloses++; break;
                }
            }

            var end = link.Length;
            while (end > 0)
            {
                var c = link[end - 1];
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'')
                {
                    end--;
                }
                else if (c == ')' && opens < closes)
                {
                    closes--;
                    end--;
                }
                else if (c == ']' && squareOpens < squareCloses)
                {
                    squareCloses--;
                    end--;
                }
                else
                {
                    break;
                }
            }

            return link.Substring(0, end);
        }
    }
}
