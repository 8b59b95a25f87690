using System.Text;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// Text for XML documentation comments: XML-escaped, and stripped of anything that could end the
    /// <c>///</c> line early (line separators) or show something other than what it holds (format and
    /// control characters). Documentation is for reading, so removal is fine; the string data keeps the text.
    /// </summary>
    internal static class XmlDocText
    {
        public static string Escape(string text)
        {
            // Most titles and abstracts need no change: returning them as they are spares a copy of the
            // whole dump's text on every generator run.
            var first = FirstToChange(text);
            if (first < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
            for (var i = first; i < text.Length; i++)
            {
                var c = text[i];
                if (!IsChanged(text, i))
                {
                    builder.Append(c);
                    continue;
                }

                switch (c)
                {
                    case '&':
                        builder.Append("&amp;");
                        break;
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    default:
                        // A lone surrogate is not a character XML can hold, and hidden characters show as
                        // something else: documentation loses them (a hidden space stays a space), the string
                        // data keeps them.
                        if (!char.IsSurrogate(c) && char.IsWhiteSpace(c))
                        {
                            builder.Append(' ');
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Where the documentation line of <paramref name="escaped"/> that starts at <paramref name="start"/>
        /// ends: at the last space within about <paramref name="width"/> characters, else at the first space
        /// after them, else at the end. <paramref name="next"/> is where the following line starts (past the
        /// space), or -1 when this line is the last. Ranges rather than substrings: the emitter copies each
        /// line once, into the generated source.
        /// </summary>
        public static int LineEnd(string escaped, int start, int width, out int next)
        {
            if (escaped.Length - start > width)
            {
                var cut = escaped.LastIndexOf(' ', start + width, width);
                if (cut <= start)
                {
                    cut = escaped.IndexOf(' ', start + width);
                }

                if (cut >= 0)
                {
                    next = cut + 1;
                    return cut;
                }
            }

            next = -1;
            return escaped.Length;
        }

        // The first character Escape changes or drops, or -1.
        private static int FirstToChange(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (IsChanged(text, i))
                {
                    return i;
                }
            }

            return -1;
        }

        // Markup characters, lone surrogates and hidden characters; printable ASCII is none of them.
        private static bool IsChanged(string text, int index)
        {
            var c = text[index];
            if (c is '&' or '<' or '>')
            {
                return true;
            }

            if (c >= ' ' && c < 0x7F)
            {
                return false;
            }

            return char.IsSurrogate(c) ? !IsPaired(text, index) : HiddenCharacters.IsHidden(c);
        }

        private static bool IsPaired(string text, int index)
            => char.IsHighSurrogate(text[index])
                ? index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
                : index > 0 && char.IsHighSurrogate(text[index - 1]);
    }
}
