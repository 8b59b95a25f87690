using System;
using System.Collections.Generic;

namespace PaperGen.Search
{
    /// <summary>
    /// Whether a paper has each quoted phrase of a query as consecutive words of its title or of its abstract.
    /// Run only on papers that have every word of the query, on their text (the index keeps no positions).
    /// </summary>
    /// <remarks>
    /// The text's words are streamed through a shift-and matcher (bit <c>i</c> of the state: the last <c>i + 1</c>
    /// words are the phrase's first <c>i + 1</c>), so a check allocates nothing and a query allocates only its results;
    /// a phrase of more than 64 words (one state word) is matched on the split text instead.
    /// </remarks>
    internal static class PhraseCheck
    {
        private const int MaxStreamed = 64;

        [ThreadStatic]
        private static Matcher? _matcher;

        public static bool Matches(SearchQuery query, Paper paper)
        {
            for (var phrase = 0; phrase < query.PhraseCount; phrase++)
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

                if (!In(paper.Title, query, first, length) && !In(paper.Abstract, query, first, length))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool In(string text, SearchQuery query, int first, int length)
        {
            if (length > MaxStreamed)
            {
                return Contains(SearchWords.Split(text), query, first, length);
            }

            var matcher = _matcher ??= new Matcher();
            matcher.Start(query, first, length);
            SearchWords.ForEachWord(text, matcher);
            return matcher.Found;
        }

        private static bool Contains(List<string> text, SearchQuery query, int first, int length)
        {
            for (var start = 0; start + length <= text.Count; start++)
            {
                var k = 0;
                while (k < length && Same(text[start + k].AsSpan(), query, first + k))
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

        private static bool Same(ReadOnlySpan<char> word, SearchQuery query, int q)
            => query.IsPrefix(q) ? word.StartsWith(query.Word(q)) : word.SequenceEqual(query.Word(q));

        private sealed class Matcher : SearchWords.ISink
        {
            private SearchQuery? _query;
            private int _first;
            private int _length;
            private ulong _state;

            public bool Found { get; private set; }

            public void Start(SearchQuery query, int first, int length)
            {
                _query = query;
                _first = first;
                _length = length;
                _state = 0;
                Found = false;
            }

            public void Word(ReadOnlySpan<char> folded, int end)
            {
                if (Found)
                {
                    return;
                }

                var matches = 0UL;
                for (var k = 0; k < _length; k++)
                {
                    if (Same(folded, _query!, _first + k))
                    {
                        matches |= 1UL << k;
                    }
                }

                _state = ((_state << 1) | 1) & matches;
                Found = (_state & (1UL << (_length - 1))) != 0;
            }
        }
    }
}
