using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperGen
{
    /// <summary>
    /// Folds text to the form that tolerant lookups compare: compatibility-normalised (so full-width,
    /// ligature and composed/decomposed spellings agree), lower-cased with invariant rules, and reduced
    /// to letters and digits (so spacing and punctuation differences vanish).
    /// </summary>
    internal static class TextKey
    {
        public static string Fold(string text)
        {
            var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
            var builder = new StringBuilder(normalized.Length);
            foreach (var c in normalized)
            {
                if (IsWordChar(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }

        /// <summary>Lower-cases and normalises text for substring search, keeping its word boundaries.</summary>
        public static string ForSearch(string text)
        {
            var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
            return normalized.ToLowerInvariant();
        }

        /// <summary>Splits a query into folded words.</summary>
        public static List<string> Words(string query) => WordRuns.Split(ForSearch(query), IsWordChar);

        // Search also keeps other numbers (superscripts, circled digits) and surrogates (letters outside the
        // Basic Multilingual Plane), which identifiers cannot hold.
        private static bool IsWordChar(char c)
            => WordRuns.IsLetterDigitOrMark(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNumber or UnicodeCategory.Surrogate;
    }
}
