using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperGen.Search
{
    /// <summary>
    /// The words search compares: text split into runs of word characters (as <c>TextKey</c> splits a
    /// query) and each run folded. Linked into the generator, which indexes a dump's words with these very
    /// rules at build time, so the compiled index and a query folded at run time agree.
    /// </summary>
    /// <remarks>
    /// Folding, in order: compatibility normalisation (full-width <c>ＡＢＣ</c> and ligatures become
    /// <c>ABC</c>, <c>fi</c>), invariant lower case, accents dropped (canonical decomposition without its
    /// non-spacing marks, then recomposed: <c>Schrödinger</c> is <c>schrodinger</c>), and a plural <c>s</c>
    /// dropped by one rule that needs no dictionary: a word of 4 or more characters ending in an ASCII letter
    /// then <c>s</c> loses the <c>s</c>, except after <c>s</c>, <c>u</c> or <c>i</c> (<c>class</c>,
    /// <c>corpus</c>, <c>analysis</c> stay whole); <c>ies</c> becomes <c>y</c> (<c>studies</c>, <c>study</c>).
    /// A word that folds to a different word than intended (<c>bias</c> to <c>bia</c>) still matches itself,
    /// since queries fold the same way.
    /// </remarks>
    internal static class SearchWords
    {
        /// <summary>The folded words of <paramref name="text"/> in order, repeats kept (a run of marks alone folds to nothing and is left out).</summary>
        public static List<string> Split(string text)
        {
            var words = new List<string>();
            ForEachRun(text, (run, _, _) =>
            {
                var folded = Fold(run);
                if (folded.Length > 0)
                {
                    words.Add(folded);
                }
            });
            return words;
        }

        /// <summary>
        /// Calls <paramref name="onRun"/> with each unfolded run of word characters of the compatibility-normalised
        /// text, where it starts and where it ends (indexes into that normalised text).
        /// </summary>
        public static void ForEachRun(string text, System.Action<string, int, int> onRun)
        {
            var normalized = Normalize(text, NormalizationForm.FormKC);
            var start = -1;
            for (var i = 0; i <= normalized.Length; i++)
            {
                var word = i < normalized.Length && IsWordChar(normalized[i]);
                if (word && start < 0)
                {
                    start = i;
                }
                else if (!word && start >= 0)
                {
                    onRun(normalized.Substring(start, i - start), start, i);
                    start = -1;
                }
            }
        }

        /// <summary>Folds one run of word characters (see the remarks on the type).</summary>
        public static string Fold(string run)
        {
            string folded;
            if (IsAscii(run))
            {
                folded = run.ToLowerInvariant();
            }
            else
            {
                var decomposed = Normalize(Normalize(run, NormalizationForm.FormKC).ToLowerInvariant(), NormalizationForm.FormD);
                var builder = new StringBuilder(decomposed.Length);
                foreach (var c in decomposed)
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }
                }

                folded = Normalize(builder.ToString(), NormalizationForm.FormC);
            }

            return StripPlural(folded);
        }

        /// <summary>Whether a character belongs to a search word: what <c>TextKey</c> keeps of a query.</summary>
        public static bool IsWordChar(char c)
            => WordRuns.IsLetterDigitOrMark(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNumber or UnicodeCategory.Surrogate;

        private static string StripPlural(string word)
        {
            var n = word.Length;
            if (n < 4 || word[n - 1] != 's' || !IsAsciiLetter(word[n - 2]))
            {
                return word;
            }

            var before = word[n - 2];
            if (before == 'e' && word[n - 3] == 'i' && n >= 5)
            {
                return word.Substring(0, n - 3) + "y";
            }

            return before is 's' or 'u' or 'i' ? word : word.Substring(0, n - 1);
        }

        /// <summary>The text in <paramref name="form"/>; as it is when it holds a lone surrogate, which normalisation rejects (and the generator never indexes).</summary>
        public static string Normalize(string text, NormalizationForm form)
        {
            if (IsAscii(text))
            {
                return text;
            }

            try
            {
                return text.IsNormalized(form) ? text : text.Normalize(form);
            }
            catch (System.ArgumentException)
            {
                return text;
            }
        }

        private static bool IsAsciiLetter(char c) => (uint)(c - 'a') <= 'z' - 'a';

        private static bool IsAscii(string text)
        {
            foreach (var c in text)
            {
                if (c >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
