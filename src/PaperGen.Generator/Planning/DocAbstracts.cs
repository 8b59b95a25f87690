using System;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Model;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// How much of each abstract goes into a paper's documentation (issue 12). Whole abstracts are most of a
    /// large dump's generated source: the compiler lexes them, and embeds every generated file in the PDB,
    /// on every build, for text <c>Paper.Abstract</c> already holds. Past <see cref="FullUpToChars"/> the
    /// documentation keeps the first sentence, which is what a hover shows at a glance anyway.
    /// </summary>
    internal static class DocAbstracts
    {
        /// <summary>
        /// Abstracts up to this many characters in all (about 1,500 papers of real abstracts) are documented
        /// whole under <see cref="AbstractDocs.Auto"/>: below it they cost a build well under 0.2 s.
        /// </summary>
        public const int FullUpToChars = 2_000_000;

        /// <summary>The longest first sentence kept; a longer one is cut at a space and ends with "…".</summary>
        public const int MaxLeadChars = 300;

        // A sentence must run this long before a full stop ends it, so "1. Introduction" or "A. Smith" does not.
        private const int MinLeadChars = 40;

        public static bool FirstSentenceOnly(DumpModel model, AbstractDocs setting)
        {
            switch (setting)
            {
                case AbstractDocs.Full:
                    return false;
                case AbstractDocs.FirstSentence:
                    return true;
                default:
                    long total = 0;
                    foreach (var paper in model.Papers)
                    {
                        total += paper.Abstract.Length;
                        if (total > FullUpToChars)
                        {
                            return true;
                        }
                    }

                    return false;
            }
        }

        /// <summary>
        /// The length of <paramref name="text"/>'s first sentence: up to a '.', '?' or '!' followed by a space
        /// and a capital letter or digit (or the end), not after an abbreviation such as "e.g." or an initial.
        /// <paramref name="cut"/> says the sentence ran past <see cref="MaxLeadChars"/> and was cut at a space.
        /// </summary>
        public static int LeadLength(string text, out bool cut)
        {
            cut = false;
            var limit = System.Math.Min(text.Length, MaxLeadChars);
            for (var i = MinLeadChars; i < limit; i++)
            {
                var c = text[i];
                if ((c == '.' || c == '?' || c == '!') && EndsSentence(text, i))
                {
                    return i + 1;
                }
            }

            if (text.Length <= MaxLeadChars)
            {
                return text.Length;
            }

            cut = true;
            var space = text.LastIndexOf(' ', MaxLeadChars);
            return space > MinLeadChars ? space : MaxLeadChars;
        }

        private static bool EndsSentence(string text, int stop)
        {
            if (stop + 1 == text.Length)
            {
                return true;
            }

            if (stop + 2 >= text.Length || text[stop + 1] != ' ' || !(char.IsUpper(text[stop + 2]) || char.IsDigit(text[stop + 2])))
            {
                return false;
            }

            return text[stop] != '.' || !IsAbbreviation(text, stop);
        }

        // "e.g. Transformers", "et al. Show", "J. Smith": a full stop that ends a short word is not a sentence's end.
        private static bool IsAbbreviation(string text, int stop)
        {
            var start = stop;
            while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(')
            {
                start--;
            }

            var length = stop - start;
            if (length <= 1 || text.IndexOf('.', start, length) >= 0)
            {
                return true;
            }

            // Compared in place: a first-sentence scan meets a full stop in every abstract of a large dump.
            foreach (var abbreviation in Abbreviations)
            {
                if (abbreviation.Length == length && string.Compare(text, start, abbreviation, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] Abbreviations = { "al", "vs", "cf", "fig", "eq", "etc", "resp", "approx", "no" };
    }
}
