using System;

namespace PaperGen.Search
{
    /// <summary>
    /// Whether a paper has each quoted phrase of a query as consecutive words of its title or of its abstract.
    /// Run only on papers that have every word of the query, on their text (the index keeps no positions).
    /// </summary>
    internal static class PhraseCheck
    {
        public static bool Matches(SearchQuery query, Paper paper)
        {
            var title = SearchWords.Split(paper.Title);
            System.Collections.Generic.List<string>? @abstract = null;
            for (var phrase = 0; phrase < query.PhraseCount; phrase++)
            {
                if (!Contains(title, query, phrase) && !Contains(@abstract ??= SearchWords.Split(paper.Abstract), query, phrase))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Contains(System.Collections.Generic.List<string> text, SearchQuery query, int phrase)
        {
            var first = 0;
            while (query.PhraseOf(first) != phrase)
            {
                first++;
            }

            var length = 0;
            for (var k = first; k < query.Count && query.PhraseOf(k) == phrase; k++)
            {
                length++;
            }

            for (var start = 0; start + length <= text.Count; start++)
            {
                var k = 0;
                while (k < length && Same(text[start + k], query, first + k))
                {
                    k++;
                }

                if (k == length)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Same(string word, SearchQuery query, int q)
            => query.IsPrefix(q) ? word.AsSpan().StartsWith(query.Word(q)) : word.AsSpan().SequenceEqual(query.Word(q));
    }
}
