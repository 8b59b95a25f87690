using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Model
{
    /// <summary>
    /// Turns titles and file names into C# identifiers. A paper's name depends on its own title only,
    /// so adding, removing or reordering other papers never renames it (except when two names collide).
    /// </summary>
    internal static class MemberNames
    {
        private const int MaxShortNameLength = 40;
        private const int MaxShortNameWords = 4;
        private const int MaxTitleWords = 6;
        private const int MaxIdentifierLength = 64;

        // Words that carry little meaning in a shortened title; the first word is always kept.
        private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "via", "by", "from", "at", "as", "is", "are", "its",
        };

        // Names the generated class already uses, or that would hide members of object (CS0108).
        private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
        {
            "All", "Catalog", "Titles", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        /// <summary>The short name before a colon (<c>Monet</c> in <c>Monet: Mixture of …</c>), or null.</summary>
        public static string? ShortName(string title)
        {
            var colon = title.IndexOf(':');
            if (colon <= 0 || colon + 1 >= title.Length || !char.IsWhiteSpace(title[colon + 1]))
            {
                return null;
            }

            var candidate = title.Substring(0, colon).Trim();
            if (candidate.Length == 0 || candidate.Length > MaxShortNameLength || Words(candidate).Count > MaxShortNameWords)
            {
                return null;
            }

            foreach (var c in candidate)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>The identifier a paper would get on its own, before collisions are resolved.</summary>
        public static string ForPaper(string title, string? shortName)
        {
            var words = Words(shortName ?? title);
            if (shortName is null)
            {
                words = Shorten(words);
            }

            return ToIdentifier(words, fallback: "Paper" + StableHash.Of(title).ToString("X8", CultureInfo.InvariantCulture));
        }

        /// <summary>The class name for a dump file: <c>interp.txt</c> gives <c>InterpPapers</c>.</summary>
        public static string ForDumpFile(string fileNameWithoutExtension)
        {
            var name = ToIdentifier(Words(fileNameWithoutExtension), fallback: "Papers");
            return name.EndsWith("Papers", StringComparison.Ordinal) ? name : name + "Papers";
        }

        /// <summary>Gives every paper a unique name; the first paper in file order keeps a contested name.</summary>
        public static List<string> Assign(IReadOnlyList<string> wanted, string className)
        {
            var taken = new HashSet<string>(Reserved, StringComparer.Ordinal) { className };
            var result = new List<string>(wanted.Count);
            foreach (var name in wanted)
            {
                var candidate = Reserved.Contains(name) || name == className ? name + "Paper" : name;
                var unique = candidate;
                for (var n = 2; !taken.Add(unique); n++)
                {
                    unique = candidate + n.ToString(CultureInfo.InvariantCulture);
                }

                result.Add(unique);
            }

            return result;
        }

        private static List<string> Shorten(List<string> words)
        {
            var kept = new List<string>();
            foreach (var word in words)
            {
                if (kept.Count > 0 && StopWords.Contains(word))
                {
                    continue;
                }

                kept.Add(word);
                if (kept.Count == MaxTitleWords)
                {
                    break;
                }
            }

            return kept;
        }

        private static string ToIdentifier(List<string> words, string fallback)
        {
            var builder = new StringBuilder();
            foreach (var word in words)
            {
                if (builder.Length + word.Length > MaxIdentifierLength)
                {
                    break;
                }

                builder.Append(char.ToUpperInvariant(word[0]));
                builder.Append(word, 1, word.Length - 1);
            }

            if (builder.Length == 0)
            {
                return fallback;
            }

            if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
            {
                builder.Insert(0, '_');
            }

            var name = builder.ToString();
            if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
            {
                name += "Paper";
            }

            return SyntaxFacts.IsValidIdentifier(name) ? name : fallback;
        }

        /// <summary>Splits text into runs of characters that can stand inside an identifier; apostrophes join.</summary>
        private static List<string> Words(string text)
            => WordRuns.Split(text, IsWordCharacter, static c => c == '\'' || c == '\u2019');

        // What an identifier may hold, less the invisible formatting characters and underscores that the
        // language would also accept.
        private static bool IsWordCharacter(char c) => WordRuns.IsLetterDigitOrMark(c);
    }
}
