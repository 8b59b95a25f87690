using System;
using System.Collections.Generic;

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

        // Single words that are navigation on their own line but could also be a line of a hard-wrapped
        // title or abstract ("... Large Language\nModels"), or a one-word title: chrome only as the site
        // writes them, where no paragraph is open, and at the top of the page or beside other chrome.
        private static readonly HashSet<string> NavigationWords = new(StringComparer.Ordinal)
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

        // The longest line in Always: a longer one is not looked up (hashing a whole abstract costs as much as reading it).
        private const int MaxChromeLength = 64;

        /// <summary>Whether a line is chrome wherever it stands.</summary>
        public static bool IsChrome(string line)
            => IsSiteTitle(line) || (Unheaded(line) is var text && text.Length <= MaxChromeLength && Always.Contains(text));

        /// <summary>The page's own title as a tool records it: "Daily Papers - Hugging Face".</summary>
        public static bool IsSiteTitle(string line)
            => line.Length < 200 && (line.EndsWith(" - Hugging Face", StringComparison.Ordinal) || line.EndsWith(" | Hugging Face", StringComparison.Ordinal));

        /// <summary>
        /// Whether a navigation word (<paramref name="plain"/>, the line at <paramref name="index"/>) is chrome:
        /// where no text is open, at the top of the page or next to other chrome.
        /// </summary>
        public static bool IsNavigation(IReadOnlyList<LogicalLine> lines, int index, string plain, bool textOpen, bool atTop)
        {
            if (textOpen || plain.Length > MaxChromeLength || !NavigationWords.Contains(Unheaded(plain)))
            {
                return false;
            }

            return atTop || IsChromeNeighbour(lines, index, -1) || IsChromeNeighbour(lines, index, +1);
        }

        private static bool IsChromeNeighbour(IReadOnlyList<LogicalLine> lines, int index, int step)
        {
            for (var i = index + step; i >= 0 && i < lines.Count; i += step)
            {
                if (!lines[i].IsBlank)
                {
                    var text = Unheaded(lines[i].Text);
                    return text.Length <= MaxChromeLength && (Always.Contains(text) || NavigationWords.Contains(text));
                }
            }

            return false;
        }

        // Converters keep the page's own headings as markdown headings ("## Trending Papers") and its
        // buttons as links ("[Subscribe](…)").
        private static string Unheaded(string line)
        {
            if (line.IndexOf("](", StringComparison.Ordinal) >= 0)
            {
                line = MarkdownInline.Plain(line);
            }

            return line.TrimStart('#').TrimStart();
        }

        /// <summary>A date alone on a short line (<c>Aug 6</c>, <c>Oct 7, 2024</c>), as the listing shows its own.</summary>
        public static bool IsDateHeader(string line) => line.Length <= 20 && MetadataLine.IsDate(line) && !line.StartsWith("Published", StringComparison.Ordinal);
    }
}
