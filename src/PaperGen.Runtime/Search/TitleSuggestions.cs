using System;
using System.Collections.Generic;
using PaperGen.Storage;

namespace PaperGen.Search
{
    /// <summary>
    /// "Did you mean": the papers whose identifier, short name or title is within a few typing mistakes of
    /// what was typed, then those whose title has every typed word (so missing words are forgiven:
    /// <c>attention all need</c> finds <c>Attention Is All You Need</c>). Built once per catalog from the
    /// titles (folded, and split into search words); each call compares against those, cheapest filter first.
    /// </summary>
    /// <remarks>
    /// Whole text: <see cref="TextKey.Fold"/> of what was typed against the fold of each identifier, short name
    /// and title, with at most 1 edit up to 4 characters, 2 up to 8, 3 beyond (a swap of neighbours is one edit).
    /// Words: every typed search word (<see cref="SearchWords"/>) is a title word, starts one (the last typed
    /// word only), or is 1 edit from one (words of 5 or more characters). Closer whole-text matches first, then
    /// word matches with fewer title words left over; ties keep file order.
    /// </remarks>
    internal sealed class TitleSuggestions
    {
        private readonly Entry[] _entries;

        private TitleSuggestions(Entry[] entries) => _entries = entries;

        public static TitleSuggestions Build(IPaperStore store)
        {
            var entries = new Entry[store.Count];
            for (var i = 0; i < entries.Length; i++)
            {
                var paper = store[i];
                var shortName = paper.ShortName is { Length: > 0 } name ? TextKey.Fold(name) : string.Empty;
                entries[i] = new Entry(TextKey.Fold(paper.Identifier), shortName, TextKey.Fold(paper.Title), SearchWords.Split(paper.Title).ToArray());
            }

            return new TitleSuggestions(entries);
        }

        public List<int> Suggest(string text, int max)
        {
            var found = new List<int>();
            var key = TextKey.Fold(text);
            if (key.Length == 0 || max <= 0)
            {
                return found;
            }

            var words = SearchWords.Split(text);
            var bound = key.Length <= 4 ? 1 : key.Length <= 8 ? 2 : 3;
            var ranked = new List<long>();
            for (var i = 0; i < _entries.Length; i++)
            {
                var entry = _entries[i];
                var distance = Math.Min(
                    EditDistance.Within(key, entry.Identifier, bound),
                    Math.Min(entry.ShortName.Length == 0 ? bound + 1 : EditDistance.Within(key, entry.ShortName, bound), EditDistance.Within(key, entry.Title, bound)));
                long rank;
                if (distance <= bound)
                {
                    rank = distance;
                }
                else if (words.Count > 0 && HasEveryWord(entry.Words, words))
                {
                    rank = 16 + Math.Max(0, entry.Words.Length - words.Count);
                }
                else
                {
                    continue;
                }

                ranked.Add((rank << 32) | (uint)i);
            }

            ranked.Sort();
            for (var k = 0; k < ranked.Count && k < max; k++)
            {
                found.Add((int)(ranked[k] & 0xFFFFFFFF));
            }

            return found;
        }

        private static bool HasEveryWord(string[] title, List<string> typed)
        {
            for (var q = 0; q < typed.Count; q++)
            {
                var word = typed[q];
                var last = q == typed.Count - 1;
                var found = false;
                foreach (var t in title)
                {
                    if (t == word
                        || (last && word.Length >= 3 && t.StartsWith(word, StringComparison.Ordinal))
                        || (word.Length >= 5 && EditDistance.WithinOne(word, t)))
                    {
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }

            return true;
        }

        private readonly struct Entry
        {
            public Entry(string identifier, string shortName, string title, string[] words)
            {
                Identifier = identifier;
                ShortName = shortName;
                Title = title;
                Words = words;
            }

            public string Identifier { get; }

            public string ShortName { get; }

            public string Title { get; }

            public string[] Words { get; }
        }
    }
}
