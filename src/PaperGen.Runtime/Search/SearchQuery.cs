using System;
using System.Collections.Generic;

namespace PaperGen.Search
{
    /// <summary>
    /// A query read into folded words (<see cref="SearchWords"/>): each word matches a whole word of the text,
    /// except the last, which also matches as a prefix when the query ends inside it (search as you type; a
    /// trailing space, quote or full stop ends the word). Words between double quotes (<c>"</c>, <c>＂</c>, <c>“</c>,
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
            var sink = new Sink(query.Length);
            var start = -1;
            for (var i = 0; i <= query.Length; i++)
            {
                var c = i < query.Length ? query[i] : '\0';
                if (i < query.Length && SearchWords.IsWordChar(c))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                if (start >= 0)
                {
                    SearchWords.FoldRun(query, start, i, sink);
                    start = -1;
                }

                // Full-width quotes are quotes too (compatibility normalisation would make them so).
                if (c is '"' or '\uFF02' or '\u201C' or '\u201D')
                {
                    if (sink.Phrase >= 0)
                    {
                        EndPhrase(sink.PhraseOf, ref sink.Phrase, ref sink.Phrases, sink.PhraseWords);
                    }
                    else
                    {
                        sink.Phrase = sink.Phrases;
                        sink.PhraseWords = 0;
                    }
                }
            }

            if (sink.Phrase >= 0)
            {
                EndPhrase(sink.PhraseOf, ref sink.Phrase, ref sink.Phrases, sink.PhraseWords);
            }

            return new SearchQuery(sink.Words, sink.PhraseOf, sink.LastIsPrefix, sink.Phrases);
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

        private sealed class Sink : SearchWords.ISink
        {
            private readonly int _queryLength;

            public int Phrase = -1;
            public int Phrases;
            public int PhraseWords;

            public Sink(int queryLength) => _queryLength = queryLength;

            public List<string> Words { get; } = new List<string>();

            public List<int> PhraseOf { get; } = new List<int>();

            public bool LastIsPrefix { get; private set; }

            public void Word(ReadOnlySpan<char> folded, int end)
            {
                if (folded.IsEmpty)
                {
                    return;
                }

                Words.Add(folded.ToString());
                PhraseOf.Add(Phrase);
                PhraseWords += Phrase >= 0 ? 1 : 0;
                LastIsPrefix = end == _queryLength;
            }
        }
    }
}
