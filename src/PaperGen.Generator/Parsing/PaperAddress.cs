using System.Text.RegularExpressions;

namespace PaperGen.Generator.Parsing
{
    /// <summary>What a web address says about a paper: its arXiv id, or that it is the paper's code.</summary>
    internal static class PaperAddress
    {
        // A paper page (/papers/<id>) on the listing site or a mirror of it, or the arXiv abstract or PDF;
        // converters such as turndown keep the site's own links relative (/papers/2512.15603).
        private static readonly Regex Paper = new(
            @"^(?:https?://[^/\s]+)?/(?:papers|abs|pdf)/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?/?(?:[?#]\S*)?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex Code = new(
            @"^https?://(?:www\.)?github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex Address = new(@"^https?://\S+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static bool IsAddress(string text) => text.Length < 2048 && Address.IsMatch(text);

        public static string? ArxivId(string url)
        {
            var match = Paper.Match(url);
            return match.Success ? match.Groups[1].Value : null;
        }

        public static string? CodeUrl(string url) => Code.IsMatch(url) ? url.TrimEnd('/') : null;
    }
}
