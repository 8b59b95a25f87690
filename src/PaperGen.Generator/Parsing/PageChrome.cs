using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperGen.Generator.Parsing
{
    /// <summary>The site's own text around the papers: navigation, banners and the date header.</summary>
    internal static class PageChrome
    {
        private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
        {
            "new",
            "Get trending papers in your email inbox!",
            "Get trending papers in your email inbox once a day!",
            "Subscribe",
            "Daily Papers",
            "Trending Papers",
            "byAK and the research community",
            "by AK and the research community",
        };

        private static readonly Regex DateHeader = new(
            @"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?$",
            RegexOptions.CultureInvariant);

        public static bool IsChrome(string line) => Lines.Contains(line);

        public static bool IsDateHeader(string line) => line.Length <= 20 && DateHeader.IsMatch(line);
    }
}
