using System;
using System.Collections.Generic;
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
    }
}
