using System;

namespace PaperGen.Search
{
    /// <summary>
    /// A query read into folded words (<see cref="SearchWords"/>): each word matches a whole word of the text,
    /// except the last, which also matches as a prefix when the query ends inside it (search as you type; a
    /// trailing space, quote or full stop ends the word). Words between double quotes (<c>"</c>, <c>＂</c>, <c>“</c>,
    /// <c>”</c>; an unclosed quote runs to the end) form a phrase: they must also follow each other in the
    /// title or in the abstract.
    /// </summary>
    /// <remarks>
    /// A query costs no allocation beyond its results (issue 12): each thread parses into one instance of its own,
    /// whose buffers grow to the longest query it has seen and are then reused. <see cref="Parse"/> therefore returns
    /// that instance, valid until the thread's next <see cref="Parse"/>; searches do not nest, so one is enough.
    /// </remarks>
    internal sealed class SearchQuery : SearchWords.ISink
    {
        [ThreadStatic]
        private static SearchQuery? _perThread;

        // The folded words back to back, and per word where it starts, its length and its phrase (or -1).
        private char[] _chars = new char[64];
        private int[] _starts = new int[8];
        private int[] _lengths = new int[8];
        private int[] _phraseOf = new int[8];
        private int _charCount;
        private int _queryLength;
        private int _phrase;
        private int _phraseWords;

        private SearchQuery()
        {
        }

        /// <summary>How many words the query has.</summary>
        public int Count { get; private set; }

        public bool LastIsPrefix { get; private set; }

        public int PhraseCount { get; private set; }

        /// <summary>Folded word <paramref name="word"/>.</summary>
        public ReadOnlySpan<char> Word(int word) => new ReadOnlySpan<char>(_chars, _starts[word], _lengths[word]);

        /// <summary>The phrase word <paramref name="word"/> belongs to, or -1.</summary>
        public int PhraseOf(int word) => _phraseOf[word];

        public bool IsPrefix(int word) => LastIsPrefix && word == Count - 1;

        /// <summary>The query's words, in this thread's query instance (see the remarks): valid until the thread parses another.</summary>
        public static SearchQuery Parse(string query)
        {
            var parsed = _perThread ??= new SearchQuery();
            parsed.Reset(query.Length);
            var start = -1;
            for (var i = 0; i <= query.Length; i++)
            {
                var c = i < query.Length ? query[i] : '\0';
                if (i < query.Length && (c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : SearchWords.IsWordChar(c)))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                if (start >= 0)
                {
                    parsed.Fold(query, start, i);
                    start = -1;
                }

                // Full-width quotes are quotes too (compatibility normalisation would make them so).
                if (c is '"' or '\uFF02' or '\u201C' or '\u201D')
                {
                    if (parsed._phrase >= 0)
                    {
                        parsed.EndPhrase();
                    }
                    else
                    {
                        parsed._phrase = parsed.PhraseCount;
                        parsed._phraseWords = 0;
                    }
                }
            }

            if (parsed._phrase >= 0)
            {
                parsed.EndPhrase();
            }

            return parsed;
        }

        void SearchWords.ISink.Word(ReadOnlySpan<char> folded, int end)
        {
            if (!folded.IsEmpty)
            {
                Reserve(folded.Length);
                folded.CopyTo(_chars.AsSpan(_charCount));
                Add(folded.Length, end);
            }
        }

        // The run query[start..end) as folded words: an ASCII run (most queries) folded in place at the end of the
        // buffer as SearchWords.FoldRun folds it, other runs through FoldRun.
        private void Fold(string query, int start, int end)
        {
            var length = end - start;
            var ascii = true;
            for (var i = start; i < end && ascii; i++)
            {
                ascii = query[i] < 0x80;
            }

            if (!ascii)
            {
                SearchWords.FoldRun(query, start, end, this);
                return;
            }

            Reserve(length);
            var word = _chars.AsSpan(_charCount, length);
            for (var i = 0; i < length; i++)
            {
                var c = query[start + i];
                word[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }

            Add(SearchWords.StripPlural(word).Length, end);
        }

        private void Reserve(int length)
        {
            if (Count == _starts.Length)
            {
                Array.Resize(ref _starts, Count * 2);
                Array.Resize(ref _lengths, Count * 2);
                Array.Resize(ref _phraseOf, Count * 2);
            }

            if (_charCount + length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
            }
        }

        // Adds the word of `length` characters at the end of the buffer.
        private void Add(int length, int end)
        {
            _starts[Count] = _charCount;
            _lengths[Count] = length;
            _phraseOf[Count] = _phrase;
            _charCount += length;
            Count++;
            _phraseWords += _phrase >= 0 ? 1 : 0;
            LastIsPrefix = end == _queryLength;
        }

        private void Reset(int queryLength)
        {
            _queryLength = queryLength;
            _charCount = 0;
            _phrase = -1;
            _phraseWords = 0;
            Count = 0;
            LastIsPrefix = false;
            PhraseCount = 0;
        }

        // A phrase of one word (or none) is no constraint beyond the word itself.
        private void EndPhrase()
        {
            if (_phraseWords < 2)
            {
                for (var k = 0; k < Count; k++)
                {
                    if (_phraseOf[k] == _phrase)
                    {
                        _phraseOf[k] = -1;
                    }
                }
            }
            else
            {
                PhraseCount++;
            }

            _phrase = -1;
        }
    }
}
