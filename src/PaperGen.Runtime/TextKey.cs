using System;
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
            // ASCII titles (most) need no normalisation: TitleFold is this fold for them, on any framework.
            var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
            if (CompiledData.TitleFold.TryFoldAscii(text.AsSpan(), buffer, out var length))
            {
                return buffer.Slice(0, length).ToString();
            }

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

        // The characters of search words (which keep other numbers and surrogates, unlike identifiers).
        private static bool IsWordChar(char c) => Search.SearchWords.IsWordChar(c);
    }
}
