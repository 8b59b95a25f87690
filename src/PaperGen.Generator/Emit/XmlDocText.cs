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
            var builder = new StringBuilder(text.Length + 16);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsSurrogate(c) && !IsPaired(text, i))
                {
                    // Not a character XML can hold; documentation loses it, the string data keeps it.
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
                        if (!char.IsSurrogate(c) && HiddenCharacters.IsHidden(c))
                        {
                            if (char.IsWhiteSpace(c))
                            {
                                builder.Append(' ');
                            }
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>Breaks escaped text into lines of at most about <paramref name="width"/> characters, at spaces.</summary>
        public static string[] Wrap(string escaped, int width)
        {
            var lines = new System.Collections.Generic.List<string>();
            var start = 0;
            while (escaped.Length - start > width)
            {
                var cut = escaped.LastIndexOf(' ', start + width, width);
                if (cut <= start)
                {
                    cut = escaped.IndexOf(' ', start + width);
                    if (cut < 0)
                    {
                        break;
                    }
                }

                lines.Add(escaped.Substring(start, cut - start));
                start = cut + 1;
            }

            lines.Add(escaped.Substring(start));
            return lines.ToArray();
        }

        private static bool IsPaired(string text, int index)
            => char.IsHighSurrogate(text[index])
                ? index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
                : index > 0 && char.IsHighSurrogate(text[index - 1]);
    }
}
