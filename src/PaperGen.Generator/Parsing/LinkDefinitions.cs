using System;
using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// The page's reference definitions (<c>[32]: https://…</c>, markdown and lynx styles), gathered once by
    /// the normalise step: the first definition of a label wins, labels compare without case.
    /// </summary>
    internal sealed class LinkDefinitions
    {
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

        public bool TryGet(string label, out string url) => _urls.TryGetValue(label, out url!);

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
