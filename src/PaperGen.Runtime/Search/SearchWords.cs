using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperGen.Search
{
    /// <summary>
    /// The words search compares: runs of word characters (letters, digits, marks and other numbers, as
    /// <c>TextKey</c> keeps them), each folded. Linked into the generator, which indexes a dump's words with
    /// these very rules at build time, so the compiled index and a query folded at run time agree.
    /// </summary>
    /// <remarks>
    /// Folding, in order: compatibility normalisation of the run (full-width <c>ＡＢＣ</c> and ligatures become
    /// <c>ABC</c>, <c>fi</c>; a run that normalises to several words, such as <c>½</c>, is split again), invariant
    /// lower case, accents dropped (canonical decomposition without its non-spacing marks, then recomposed:
    /// <c>Schrödinger</c> is <c>schrodinger</c>), and a plural <c>s</c> dropped by one rule that needs no
    /// dictionary: a word of 4 or more characters ending in an ASCII letter then <c>s</c> loses the <c>s</c>,
    /// except after <c>s</c>, <c>u</c> or <c>i</c> (<c>class</c>, <c>corpus</c>, <c>analysis</c> stay whole);
    /// <c>ies</c> becomes <c>y</c> from 5 characters (<c>studies</c>, <c>study</c>). A word that folds to a
    /// different word than intended (<c>bias</c> to <c>bia</c>) still matches itself, since queries fold the
    /// same way. ASCII runs (most text) are folded without normalisation or allocation.
    /// </remarks>
    internal static class SearchWords
    {
        private const int MaxCachedFolds = 4096;

        [ThreadStatic]
        private static Dictionary<int, KeyValuePair<string, string[]>>? _folds;

        /// <summary>Receives folded words in text order: the word, and where its run ends in the text.</summary>
        internal interface ISink
        {
            void Word(ReadOnlySpan<char> folded, int end);
        }

        /// <summary>The folded words of <paramref name="text"/> in order, repeats kept.</summary>
        public static List<string> Split(string text)
        {
            var sink = new ListSink();
            ForEachWord(text, sink);
            return sink.Words;
        }

        /// <summary>Calls <paramref name="sink"/> with each folded word of <paramref name="text"/>.</summary>
        public static void ForEachWord(string text, ISink sink)
        {
            var start = -1;
            for (var i = 0; i < text.Length; i++)
            {
                if (IsWordChar(text[i]))
                {
                    start = start < 0 ? i : start;
                }
                else if (start >= 0)
                {
                    FoldRun(text, start, i, sink);
                    start = -1;
                }
            }

            if (start >= 0)
            {
                FoldRun(text, start, text.Length, sink);
            }
        }

        /// <summary>Folds the run of word characters <c>text[start..end)</c> into one word, or several when normalisation splits it.</summary>
        public static void FoldRun(string text, int start, int end, ISink sink)
        {
            var length = end - start;
            var ascii = true;
            for (var i = start; i < end && ascii; i++)
            {
                ascii = text[i] < 0x80;
            }

            if (ascii)
            {
                Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
                for (var i = 0; i < length; i++)
                {
                    var c = text[start + i];
                    buffer[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                }

                sink.Word(StripPlural(buffer), end);
                return;
            }

            // Normalisation calls into the platform's Unicode library, microseconds a call: a dump repeats its
            // non-ASCII words, so each thread keeps the folds of the last few thousand runs it met. They are found by
            // a hash of the run's characters, so a run met before costs no allocation (a query allocates only its
            // results); a run whose hash another holds replaces it.
            var hash = Hash(text, start, end);
            var cache = _folds ??= new Dictionary<int, KeyValuePair<string, string[]>>();
            if (!cache.TryGetValue(hash, out var cached) || !cached.Key.AsSpan().SequenceEqual(text.AsSpan(start, length)))
            {
                if (cache.Count >= MaxCachedFolds)
                {
                    cache.Clear();
                }

                var run = text.Substring(start, length);
                cached = new KeyValuePair<string, string[]>(run, FoldPieces(run));
                cache[hash] = cached;
            }

            var pieces = cached.Value;

            // StripPlural may rewrite a word, so it gets a copy (the cached piece stays as folded).
            Span<char> copy = stackalloc char[128];
            foreach (var piece in pieces)
            {
                var word = piece.Length <= copy.Length ? copy.Slice(0, piece.Length) : new char[piece.Length];
                piece.AsSpan().CopyTo(word);
                sink.Word(StripPlural(word), end);
            }
        }

        // FNV-1a over the characters of text[start..end).
        private static int Hash(string text, int start, int end)
        {
            var hash = 2166136261u;
            for (var i = start; i < end; i++)
            {
                hash = (hash ^ text[i]) * 16777619u;
            }

            return (int)hash;
        }

        private static string[] FoldPieces(string run)
        {
            var pieces = new List<string>();
            var normalized = Normalize(run, NormalizationForm.FormKC);
            var pieceStart = -1;
            for (var i = 0; i <= normalized.Length; i++)
            {
                if (i < normalized.Length && IsWordChar(normalized[i]))
                {
                    pieceStart = pieceStart < 0 ? i : pieceStart;
                    continue;
                }

                if (pieceStart >= 0)
                {
                    var folded = FoldNormalized(normalized.Substring(pieceStart, i - pieceStart));
                    if (folded.Length > 0)
                    {
                        pieces.Add(folded);
                    }

                    pieceStart = -1;
                }
            }

            return pieces.ToArray();
        }

        /// <summary>Whether a character belongs to a search word: what <c>TextKey</c> keeps of a title.</summary>
        public static bool IsWordChar(char c)
        {
            if (c < 0x80)
            {
                return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
            }

            return WordRuns.IsLetterDigitOrMark(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNumber or UnicodeCategory.Surrogate;
        }

        /// <summary>The text in <paramref name="form"/>; as it is when it holds a lone surrogate, which normalisation rejects (and the generator never indexes).</summary>
        public static string Normalize(string text, NormalizationForm form)
        {
            foreach (var c in text)
            {
                if (c >= 0x80)
                {
                    try
                    {
                        return text.IsNormalized(form) ? text : text.Normalize(form);
                    }
                    catch (ArgumentException)
                    {
                        return text;
                    }
                }
            }

            return text;
        }

        // Lower case, then accents dropped: decomposed, non-spacing marks left out, recomposed.
        private static string FoldNormalized(string word)
        {
            var decomposed = Normalize(word.ToLowerInvariant(), NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(c);
                }
            }

            return Normalize(builder.ToString(), NormalizationForm.FormC);
        }

        /// <summary>The folded word without its plural <c>s</c> (see the remarks); may rewrite <c>ies</c> to <c>y</c> in place.</summary>
        public static ReadOnlySpan<char> StripPlural(Span<char> word)
        {
            var n = word.Length;
            if (n < 4 || word[n - 1] != 's' || (uint)(word[n - 2] - 'a') > 'z' - 'a')
            {
                return word;
            }

            var before = word[n - 2];
            if (before == 'e' && word[n - 3] == 'i' && n >= 5)
            {
                word[n - 3] = 'y';
                return word.Slice(0, n - 2);
            }

            return before is 's' or 'u' or 'i' ? word : word.Slice(0, n - 1);
        }

        private sealed class ListSink : ISink
        {
            public List<string> Words { get; } = new List<string>();

            public void Word(ReadOnlySpan<char> folded, int end) => Words.Add(folded.ToString());
        }
    }
}
