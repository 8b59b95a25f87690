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
        // when the address opened one (Wikipedia-style paths).
        private static string TrimTrailingPunctuation(string link)
        {
            var end = link.Length;
            while (end > 0)
            {
                var c = link[end - 1];
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'')
                {
                    end--;
                }
                else if ((c == ')' && Count(link, '(', end) < Count(link, ')', end))
                      || (c == ']' && Count(link, '[', end) < Count(link, ']', end)))
                {
                    end--;
                }
                else
                {
                    break;
                }
            }

            return link.Substring(0, end);
        }

        private static int Count(string s, char c, int length)
        {
            var n = 0;
            for (var i = 0; i < length; i++)
            {
                if (s[i] == c)
                {
                    n++;
                }
            }

            return n;
        }
    }
}
