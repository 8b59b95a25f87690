using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// The normalise step: turns the unwrapped lines into <see cref="LogicalLine"/>s that read their markup
    /// once (plain text, heading, links) and share the page's reference definitions, so no later step
    /// parses markdown, HTML or link addresses on its own.
    /// </summary>
    internal static class MarkupNormalizer
    {
        public static List<LogicalLine> Normalise(IReadOnlyList<SourceLine> lines, ParseProgress progress)
        {
            var definitions = new LinkDefinitions();
            var logical = new List<LogicalLine>(lines.Count);
            foreach (var line in lines)
            {
                progress.Step("normalise");
                var isDefinition = false;
                if (line.Text.Length > 0 && line.Text[0] == '[' && MarkdownInline.TryReadDefinition(line.Text, out var label, out var url))
                {
                    definitions.Add(label, url);
                    isDefinition = true;
                }

                logical.Add(new LogicalLine(line, definitions, isDefinition));
            }

            return logical;
        }
    }
}
