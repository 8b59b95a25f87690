using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperGen.Generator.Parsing
{
    /// <summary>The site's own text around the papers: navigation, banners and the date header.</summary>
    internal static class PageChrome
    {
        // Lines no title or abstract line could be, wherever they stand.
        private static readonly HashSet<string> Always = new(StringComparer.OrdinalIgnoreCase)
        {
            "Get trending papers in your email inbox!",
            "Get trending papers in your email inbox once a day!",
            "Get trending papers in your email inbox once a week!",
            "Get trending papers in your email inbox once a month!",
            "Get the latest papers in your email inbox!",
            "Daily Papers",
            "Trending Papers",
            "byAK and the research community",
            "by AK and the research community",
            "Log In",
            "Login",
            "Sign Up",
            "Daily / Weekly / Monthly",
            "Daily Weekly Monthly",
            "Search papers",
            "Search any paper with AI",
            "Submit a paper",
            "Previous",
            "Next",
        };

        // Single words that are navigation on their own line but could also be the tail of a hard-wrapped
        // title or abstract ("... Large Language\nModels"): chrome only where no paragraph is open.
        private static readonly HashSet<string> AtParagraphStart = new(StringComparer.OrdinalIgnoreCase)
        {
            "new",
            "Subscribe",
            "Hugging Face",
            "Models",
            "Datasets",
            "Spaces",
            "Posts",
            "Docs",
            "Enterprise",
            "Pricing",
            "Papers",
            "Collections",
            "Community",
            "Daily",
            "Weekly",
            "Monthly",
            "Trending",
            "Search",
        };

        private static readonly Regex DateHeader = new(
            @"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?$",
            RegexOptions.CultureInvariant);

        public static bool IsChrome(string line, bool paragraphOpen)
            => Always.Contains(line) || (!paragraphOpen && AtParagraphStart.Contains(line));

        public static bool IsDateHeader(string line) => line.Length <= 20 && DateHeader.IsMatch(line);
    }
}
