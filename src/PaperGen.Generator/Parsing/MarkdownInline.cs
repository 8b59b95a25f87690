using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Markdown inside one line as page-to-markdown tools write it: inline links <c>[text](url)</c>,
    /// reference links <c>[text][id]</c>, and image placeholders (<c>[图片：…]</c>, "image: no alt text",
    /// or <c>![alt](src)</c>) that stand where the page showed an avatar or thumbnail.
    /// </summary>
    internal static class MarkdownInline
    {
        // Link text may hold one level of brackets: tools put the image placeholder inside the link.
        private const string LinkText = @"((?:[^\[\]]|\[[^\[\]]*\])*)";

        private static readonly Regex Image = new(@"!\[[^\[\]]*\]\([^()\s]*\)", RegexOptions.CultureInvariant);

        private static readonly Regex Placeholder = new(
            @"\[(?:图片|圖片|image|img|avatar|picture)(?:[:：][^\[\]]*)?\]",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        // The address stops at any bracket or space: "\S*?" would rescan the rest of the line from every
        // unclosed "[a](" and make such a line quadratic.
        // A link may carry a title after its address: [text](url "View paper").
        private static readonly Regex InlineLink = new(@"\[" + LinkText + @"\]\(\s*([^()\s]*)(?:\s+""[^""()]*"")?\s*\)", RegexOptions.CultureInvariant);

        // Media a converter keeps as HTML inside a link (<video src=…></video>) shows no text.
        private static readonly Regex HtmlTag = new(@"</?(?:video|audio|source|img|picture|iframe|svg|br|span|div|a)\b[^<>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex ReferenceLink = new(@"\[" + LinkText + @"\]\[([^\[\]]+)\]", RegexOptions.CultureInvariant);

        private static readonly Regex Definition = new(@"^\[([^\[\]]+)\]:\s*<?(\S+?)>?(?:\s+.*)?$", RegexOptions.CultureInvariant);

        private static readonly Regex Anchor = new(@"^<a\s+(?:id|name)=""[^""]*""\s*>\s*</a>$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>One link in a line: its text (placeholders removed) and its address or reference.</summary>
        public readonly struct Link
        {
            public Link(string text, string target, bool isReference)
            {
                Text = text;
                Target = target;
                IsReference = isReference;
            }

            public string Text { get; }

            public string Target { get; }

            public bool IsReference { get; }
        }

        /// <summary>A reference definition <c>[32]: https://…</c>: the label and the address.</summary>
        public static bool TryReadDefinition(string line, out string label, out string url)
        {
            var match = Definition.Match(line);
            label = match.Success ? match.Groups[1].Value : string.Empty;
            url = match.Success ? match.Groups[2].Value : string.Empty;
            return match.Success && !label.StartsWith("^", System.StringComparison.Ordinal);
        }

        /// <summary>An HTML anchor a converter left to mark a section.</summary>
        public static bool IsAnchor(string line) => Anchor.IsMatch(line);

        /// <summary>The links of a line, in order.</summary>
        public static List<Link> Links(string line)
        {
            var links = new List<Link>();
            var text = RemovePlaceholders(line);
            foreach (Match match in InlineLink.Matches(text))
            {
                links.Add(new Link(Plain(match.Groups[1].Value), match.Groups[2].Value, isReference: false));
            }

            foreach (Match match in ReferenceLink.Matches(text))
            {
                links.Add(new Link(Plain(match.Groups[1].Value), match.Groups[2].Value, isReference: true));
            }

            return links;
        }

        /// <summary>The line with links replaced by their text and placeholders removed.</summary>
        public static string Plain(string line)
        {
            var text = RemovePlaceholders(line);
            text = InlineLink.Replace(text, m => m.Groups[1].Value);
            text = ReferenceLink.Replace(text, m => m.Groups[1].Value);
            return text.Trim();
        }

        /// <summary>The text outside any link, placeholders removed: what a line says besides its links.</summary>
        public static string OutsideLinks(string line)
        {
            var text = RemovePlaceholders(line);
            text = InlineLink.Replace(text, " ");
            text = ReferenceLink.Replace(text, " ");
            return text.Trim();
        }

        private static string RemovePlaceholders(string line)
        {
            var text = Placeholder.Replace(Image.Replace(line, string.Empty), string.Empty);
            return text.IndexOf('<') >= 0 ? HtmlTag.Replace(text, string.Empty) : text;
        }
    }
}
