using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Consecutive non-blank lines read as one piece of text: a hard-wrapped title or abstract reads the
    /// same as a one-line one.
    /// </summary>
    internal sealed class Paragraph
    {
        public Paragraph(string text, LocationInfo location, LocationInfo firstLine)
        {
            Text = text;
            Location = location;
            FirstLine = firstLine;
        }

        public string Text { get; }

        public LocationInfo Location { get; }

        /// <summary>The paragraph's first line: where diagnostics about the whole entry point.</summary>
        public LocationInfo FirstLine { get; }

        /// <summary>
        /// Whether the text reads like an abstract rather than a title: abstracts end in a full stop,
        /// titles almost never do; anything very long is an abstract whatever its ending.
        /// </summary>
        public bool ReadsAsAbstract
        {
            get
            {
                if (Text.Length >= 1000)
                {
                    return true;
                }

                var end = Text.Length - 1;
                while (end >= 0 && (Text[end] == ')' || Text[end] == '"' || Text[end] == '\'' || Text[end] == ']'))
                {
                    end--;
                }

                return end > 0 && Text[end] == '.' && Text.IndexOf(' ') >= 0;
            }
        }
    }
}
