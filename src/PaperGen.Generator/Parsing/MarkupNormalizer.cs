using System;
using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// The normalise step: turns the unwrapped lines into <see cref="LogicalLine"/>s that read their markup
    /// once (plain text, heading, links) and share the page's reference definitions, so no later step
    /// parses markdown, HTML or link addresses on its own. A link whose text a converter broke over a few
    /// lines (<c>[A title with</c> … <c>its end](…)</c>) is one logical line, joined by the one rule for
    /// wrapped lines (<see cref="WrappedText"/>).
    /// </summary>
    internal static class MarkupNormalizer
    {
        // A link's text may be broken over a few lines by the converter; give up beyond this.
        private const int MaxJoinedLines = 6;

        public static List<LogicalLine> Normalise(IReadOnlyList<SourceLine> lines, ParseProgress progress)
        {
            var definitions = new LinkDefinitions();
            var logical = new List<LogicalLine>(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                progress.Step("normalise");
                var line = lines[i];
                var isDefinition = false;
                if (line.Text.Length > 0 && line.Text[0] == '[' && MarkdownInline.TryReadDefinition(line.Text, out var label, out var url))
                {
                    definitions.Add(label, url);
                    isDefinition = true;
                }
                else if (OpensBrokenLink(line.Text) && LinkCloses(lines, i) is var close && close > i)
                {
                    line = Join(lines, i, close);
                    i = close;
                }

                logical.Add(new LogicalLine(line, definitions, isDefinition));
            }

            return logical;
        }

        private static bool OpensBrokenLink(string text)
        {
            var content = text.Length > 0 && text[0] == '#' && LineClassifier.TryReadHeading(text, out var heading) ? heading : text;
            return content.Length > 0 && content[0] == '[' && !HasLinkEnd(content);
        }

        /// <summary>The line that closes the link opened at <paramref name="open"/>, or -1 (a heading or too many lines first).</summary>
        private static int LinkCloses(IReadOnlyList<SourceLine> lines, int open)
        {
            var used = 0;
            for (var i = open + 1; i < lines.Count && used < MaxJoinedLines; i++)
            {
                var text = lines[i].Text;
                if (text.Length == 0)
                {
                    continue;
                }

                used++;
                if (text[0] == '#' && LineClassifier.TryReadHeading(text, out _))
                {
                    return -1;
                }

                if (HasLinkEnd(text))
                {
                    return i;
                }
            }

            return -1;
        }

        private static SourceLine Join(IReadOnlyList<SourceLine> lines, int from, int to)
        {
            var text = new WrappedText();
            for (var i = from; i <= to; i++)
            {
                text.Append(lines[i].Text);
            }

            return new SourceLine(text.ToString(), lines[from].Start, lines[to].End, lines[from].Indent);
        }

        private static bool HasLinkEnd(string text) => text.IndexOf("](", StringComparison.Ordinal) >= 0 || text.IndexOf("][", StringComparison.Ordinal) >= 0;
    }
}
