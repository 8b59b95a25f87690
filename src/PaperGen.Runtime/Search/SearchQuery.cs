using System.Collections.Generic;
using System.Text;

namespace PaperGen.Search
{
    /// <summary>
    /// A query read into folded words (<see cref="SearchWords"/>): each word matches a whole word of the text,
    /// except the last, which also matches as a prefix when the query ends inside it (search as you type; a
    /// trailing space, quote or full stop ends the word). Words between double quotes (<c>"</c>, <c>“</c>,
    /// <c>”</c>; an unclosed quote runs to the end) form a phrase: they must also follow each other in the
    /// title or in the abstract.
    /// </summary>
    internal sealed class SearchQuery
    {
        private SearchQuery(List<string> words, List<int> phraseOf, bool lastIsPrefix, int phraseCount)
        {
            Words = words;
            PhraseOf = phraseOf;
            LastIsPrefix = lastIsPrefix;
            PhraseCount = phraseCount;
        }

        public List<string> Words { get; }

        /// <summary>Per word, the phrase it belongs to, or -1.</summary>
        public List<int> PhraseOf { get; }

        public bool LastIsPrefix { get; }

        public int PhraseCount { get; }

        public bool IsPrefix(int word) => LastIsPrefix && word == Words.Count - 1;

        public static SearchQuery Parse(string query)
        {
            var text = SearchWords.Normalize(query, NormalizationForm.FormKC);
            var words = new List<string>();
            var phraseOf = new List<int>();
            var phrase = -1;
            var phrases = 0;
            var phraseWords = 0;
            var start = -1;
            var lastIsPrefix = false;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : '\0';
                if (i < text.Length && SearchWords.IsWordChar(c))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                if (start >= 0)
                {
                    var folded = SearchWords.Fold(text.Substring(start, i - start));
                    if (folded.Length > 0)
                    {
                        words.Add(folded);
                        phraseOf.Add(phrase);
                        phraseWords += phrase >= 0 ? 1 : 0;
                        lastIsPrefix = i == text.Length;
                    }

                    start = -1;
                }

                if (c is '"' or '\u201C' or '\u201D')
                {
                    if (phrase >= 0)
                    {
                        EndPhrase(phraseOf, ref phrase, ref phrases, phraseWords);
                    }
                    else
                    {
                        phrase = phrases;
                        phraseWords = 0;
                    }
                }
            }

            if (phrase >= 0)
            {
                EndPhrase(phraseOf, ref phrase, ref phrases, phraseWords);
            }

            return new SearchQuery(words, phraseOf, lastIsPrefix, phrases);
        }

        // A phrase of one word (or none) is no constraint beyond the word itself.
        private static void EndPhrase(List<int> phraseOf, ref int phrase, ref int phrases, int phraseWords)
        {
            if (phraseWords < 2)
            {
                for (var k = 0; k < phraseOf.Count; k++)
                {
                    if (phraseOf[k] == phrase)
                    {
                        phraseOf[k] = -1;
                    }
                }
            }
            else
            {
                phrases++;
            }

            phrase = -1;
        }
    }
}
