using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// The page's reference definitions (<c>[32]: https://…</c>, markdown and lynx styles), gathered once by
    /// the normalise step: the first definition of a label wins, labels compare without case.
    /// </summary>
    internal sealed class LinkDefinitions
    {
        private static readonly Regex WholeInlineLink = new(@"^\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*(\S*?)\s*\)$", RegexOptions.CultureInvariant);
        private static readonly Regex WholeReferenceLink = new(@"^\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\[([^\[\]]+)\]$", RegexOptions.CultureInvariant);

        private readonly Dictionary<string, string> _urls = new(StringComparer.OrdinalIgnoreCase);

        public void Add(string label, string url)
        {
            if (!_urls.ContainsKey(label))
            {
                _urls.Add(label, url);
            }
        }

        public string Resolve(string target, bool isReference)
            => isReference && _urls.TryGetValue(target, out var url) ? url : target;

        /// <summary>
        /// The text of a line that is one link as a whole (a linked title or abstract) and its address, null
        /// when a reference names no definition; any other line is its own text with no address.
        /// </summary>
        public string WholeLink(string content, out string? url)
        {
            url = null;
            var inline = WholeInlineLink.Match(content);
            if (inline.Success)
            {
                url = inline.Groups[2].Value;
                return inline.Groups[1].Value.Trim();
            }

            var reference = WholeReferenceLink.Match(content);
            if (!reference.Success)
            {
                return content;
            }

            if (_urls.TryGetValue(reference.Groups[2].Value, out var defined))
            {
                url = defined;
            }

            return reference.Groups[1].Value.Trim();
        }

        public List<MarkdownInline.Link> Resolve(List<MarkdownInline.Link> links)
        {
            for (var i = 0; i < links.Count; i++)
            {
                if (links[i].IsReference && _urls.TryGetValue(links[i].Target, out var url))
                {
                    links[i] = new MarkdownInline.Link(links[i].Text, url, isReference: false);
                }
            }

            return links;
        }
    }
}
