using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperGen
{
    /// <summary>
    /// Splits text into its runs of word characters. Linked into the generator too (member names) as well
    /// as used here (search words), each caller with its own idea of a word character.
    /// </summary>
    internal static class WordRuns
    {
        /// <param name="text">The text to split.</param>
        /// <param name="isWordCharacter">Whether a character belongs to a word; any other ends the word.</param>
        /// <param name="isJoiner">Characters dropped without ending the word (an apostrophe in <c>Don't</c>).</param>
        public static List<string> Split(string text, Func<char, bool> isWordCharacter, Func<char, bool>? isJoiner = null)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            foreach (var c in text)
            {
                if (isJoiner is not null && isJoiner(c))
                {
                    continue;
                }

                if (isWordCharacter(c))
                {
                    current.Append(c);
                }
                else if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }

            if (current.Length > 0)
            {
                words.Add(current.ToString());
            }

            return words;
        }

        /// <summary>Letters, digits and combining marks: what a C# identifier may hold, less formatting characters and underscores.</summary>
        public static bool IsLetterDigitOrMark(char c)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                    return true;
                default:
                    return false;
            }
        }
    }
}
