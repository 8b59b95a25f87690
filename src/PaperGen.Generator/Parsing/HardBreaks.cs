using System;
using System.Text;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Part of the normalise step: markdown's hard line breaks are the page's layout, not text. A backslash
    /// that ends a line inside a paragraph is one; so is a backslash and two spaces inside a line, where a
    /// converter joined a title's lines ("Engage\  with"). A doubled backslash is text.
    /// </summary>
    internal static class HardBreaks
    {
        /// <summary>The line without a hard break at its end.</summary>
        public static string TrimEnd(string line)
            => line.EndsWith("\\", StringComparison.Ordinal) && !line.EndsWith("\\\\", StringComparison.Ordinal)
                ? line.Substring(0, line.Length - 1).TrimEnd()
                : line;

        /// <summary>The text with each backslash-and-two-spaces break read as one space; one backslash and one space stays text.</summary>
        public static string Inside(string text)
        {
            var at = text.IndexOf("\\  ", StringComparison.Ordinal);
            if (at < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length);
            var from = 0;
            while (at >= 0)
            {
                builder.Append(text, from, at - from).Append(' ');
                from = at + 1;
                while (from < text.Length && text[from] == ' ')
                {
                    from++;
                }

                at = text.IndexOf("\\  ", from, StringComparison.Ordinal);
            }

            return builder.Append(text, from, text.Length - from).ToString();
        }
    }
}
