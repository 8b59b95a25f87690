using System.Globalization;

namespace PaperGen.Generator.Pipeline
{
    /// <summary>
    /// The one definition of characters that do not show what they are, shared by the parser (which
    /// removes them from dump text with PG0007) and the emitter (which escapes them in literals and drops
    /// them from documentation), so the two cannot disagree about what a reader can see.
    /// </summary>
    internal static class HiddenCharacters
    {
        /// <summary>
        /// Categories that show nothing or break a line where none is seen: control characters, format
        /// characters (bidirectional controls, zero-width spaces) and the Unicode line and paragraph separators.
        /// </summary>
        public static bool IsInvisible(UnicodeCategory category)
            => category == UnicodeCategory.Control
                || category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator;

        /// <summary>
        /// Whether <paramref name="c"/> reads as something other than itself in source or documentation:
        /// the invisible ones, spaces that look like U+0020 without being it, and private-use or unassigned
        /// code units, which fonts show as nothing or as a box. Surrogates are not judged here: whether
        /// one is paired depends on its neighbours.
        /// </summary>
        public static bool IsHidden(char c)
        {
            if (c == ' ')
            {
                return false;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return IsInvisible(category)
                || category == UnicodeCategory.SpaceSeparator
                || category == UnicodeCategory.PrivateUse
                || category == UnicodeCategory.OtherNotAssigned;
        }
    }
}
