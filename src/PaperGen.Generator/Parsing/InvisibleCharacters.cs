using System.Globalization;
using System.Text;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Characters that would make a title or abstract read differently from what it holds: control
    /// characters, bidirectional controls, zero-width and other format characters, unpaired surrogates.
    /// The parser removes them (with PG0007) so that the text and the generated source show what they mean.
    /// </summary>
    internal static class InvisibleCharacters
    {
        public static bool IsInvisible(string text, int index)
        {
            var c = text[index];
            if (c == '\t')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
            }

            if (char.IsLowSurrogate(c))
            {
                return index == 0 || !char.IsHighSurrogate(text[index - 1]);
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.Control
                || category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator;
        }

        /// <summary>Removes invisible characters; returns the index of the first one removed, or -1.</summary>
        public static string Remove(string text, out int firstRemoved)
        {
            firstRemoved = -1;
            StringBuilder? builder = null;
            for (var i = 0; i < text.Length; i++)
            {
                if (IsInvisible(text, i))
                {
                    if (builder is null)
                    {
                        firstRemoved = i;
                        builder = new StringBuilder(text.Length);
                        builder.Append(text, 0, i);
                    }
                }
                else if (text[i] == '\t')
                {
                    (builder ?? (builder = new StringBuilder(text.Length).Append(text, 0, i))).Append(' ');
                }
                else
                {
                    builder?.Append(text[i]);
                }
            }

            return builder?.ToString() ?? text;
        }

        public static string Describe(char c)
        {
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C')
            {
                return "a bidirectional control character";
            }

            if (char.IsSurrogate(c))
            {
                return "an unpaired surrogate";
            }

            return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control
                ? "a control character"
                : "an invisible formatting character";
        }
    }
}
