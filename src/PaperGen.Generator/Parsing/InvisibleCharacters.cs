using System.Collections.Generic;
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
        /// <summary>
        /// Line and paragraph separators, NEL and form feed end a line or paragraph in other tools: here
        /// they read as a space between words (issue 8: <c>separator\u2028and</c> is two words), not as
        /// hidden text.
        /// </summary>
        public static bool IsSpace(char c) => c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\f' || c == '\t';

        public static bool IsInvisible(string text, int index)
        {
            var c = text[index];
            if (IsSpace(c))
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
            return category == UnicodeCategory.Control || category == UnicodeCategory.Format;
        }

        /// <summary>
        /// Removes invisible characters and turns the space-like ones into one space; adds the index of the
        /// first character of each run of removed characters to <paramref name="removedRuns"/>.
        /// </summary>
        public static string Remove(string text, List<int> removedRuns)
        {
            StringBuilder? builder = null;
            var inRun = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= ' ' && c < '\u007F')
                {
                    // Printable ASCII, most of any dump: never invisible, never a separator.
                    inRun = false;
                    builder?.Append(c);
                    continue;
                }

                if (IsInvisible(text, i))
                {
                    if (!inRun)
                    {
                        removedRuns.Add(i);
                        inRun = true;
                    }

                    builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                    continue;
                }

                inRun = false;
                if (IsSpace(c) && c != ' ')
                {
                    builder ??= new StringBuilder(text.Length).Append(text, 0, i);

                    // A separator next to a space adds nothing: "word\u2028 next" stays one space apart.
                    var previousIsSpace = builder.Length == 0 || char.IsWhiteSpace(builder[builder.Length - 1]);
                    var nextIsSpace = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
                    if (!previousIsSpace && !nextIsSpace)
                    {
                        builder.Append(' ');
                    }

                    continue;
                }

                builder?.Append(c);
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
