using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PaperGen.Testing
{
    /// <summary>
    /// Dumps of any size whose words follow the frequencies of real paper text, for search benchmarks:
    /// <see cref="SyntheticDump"/> draws abstracts from 64 words, so every query word is in about 90% of its
    /// papers, a worst case no real dump has. Each paper here starts from one real abstract (the shipped dump,
    /// trending pages and a daily-papers JSON page, 70-odd abstracts on interpretability, language models,
    /// diffusion, video, agents), keeps about half of its sentences in order and takes the rest from other
    /// real abstracts, then swaps a few words for words drawn by Zipf's law over the real vocabulary (ranked by
    /// how often the real abstracts use them) or for made-up names (the long tail of rare words, model and
    /// dataset names, that a real dump of thousands of papers has). Titles are real titles with the same swaps,
    /// unique after folding. Deterministic from the seed.
    /// </summary>
    public static class RealTextDump
    {
        private static readonly Lazy<Source> Real = new(Source.Load);

        /// <summary>The papers of a dump of <paramref name="count"/> papers, in file order.</summary>
        public static IReadOnlyList<SyntheticPaper> Papers(int count, int seed = 1)
        {
            var source = Real.Value;
            var random = new Random(seed);
            var papers = new List<SyntheticPaper>(count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (papers.Count < count)
            {
                var primary = random.Next(source.Abstracts.Count);
                var renames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                var title = Title(source, random, primary, renames);
                if (seen.Add(Fold(title)))
                {
                    papers.Add(new SyntheticPaper(title, Abstract(source, random, primary, renames)));
                }
            }

            return papers;
        }

        /// <summary>A dump of <paramref name="count"/> papers in the shipped plain layout.</summary>
        public static string Create(int count, int seed = 1) => SyntheticDump.Text(Papers(count, seed));

        /// <summary>How many of <paramref name="papers"/> have <paramref name="word"/> (ASCII, case ignored, a plural <c>s</c> too) as a whole word in the title or abstract.</summary>
        public static int DocumentFrequency(IReadOnlyList<SyntheticPaper> papers, string word)
        {
            var count = 0;
            foreach (var paper in papers)
            {
                if (HasWord(paper.Title, word) || HasWord(paper.Abstract, word))
                {
                    count++;
                }
            }

            return count;
        }

        private static bool HasWord(string text, string word)
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if (end < text.Length && (text[end] is 's' or 'S'))
                {
                    end++;
                }

                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Title(Source source, Random random, int primary, Dictionary<string, string> renames)
        {
            var builder = new StringBuilder();
            if (random.Next(3) == 0)
            {
                builder.Append(Capitalised(source.Name(random))).Append(": ");
            }

            Recombine(builder, source, random, source.Titles[primary], renames, 0.04);
            while (builder.Length > SyntheticDump.MaxTitleLength)
            {
                builder.Length = builder.ToString().LastIndexOf(' ', SyntheticDump.MaxTitleLength - 1);
            }

            while (builder.Length < SyntheticDump.MinTitleLength)
            {
                builder.Append(' ').Append(source.Zipf(random));
            }

            return builder.ToString().TrimEnd(' ', ':', ',');
        }

        private static string Abstract(Source source, Random random, int primary, Dictionary<string, string> renames)
        {
            var own = source.Abstracts[primary];
            var sentences = Math.Max(own.Length, random.Next(5, 11));
            var builder = new StringBuilder();
            for (var s = 0; s < sentences; s++)
            {
                var sentence = s < own.Length && random.Next(5) != 0
                    ? own[s]
                    : source.Sentences[random.Next(source.Sentences.Count)];
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                Recombine(builder, source, random, sentence, renames, 0.04);
            }

            return builder.ToString();
        }

        // Copies the text with the paper's renames: a word the real abstracts rarely use is kept in a paper only with a
        // chance that grows with how many of them use it, else it becomes (throughout the paper) another real word
        // drawn by Zipf's law or, one time in three, a made-up name; so a topic of the few source abstracts is not
        // in a fixed share of all papers, and words that go together still do. A few words are swapped at random.
        private static void Recombine(StringBuilder builder, Source source, Random random, string text, Dictionary<string, string> renames, double swap)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && char.IsLetter(text[i]))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                if (start >= 0)
                {
                    var word = text.Substring(start, i - start);
                    if (random.NextDouble() < swap)
                    {
                        builder.Append(random.Next(5) == 0 ? source.Name(random) : source.Zipf(random));
                    }
                    else
                    {
                        if (!renames.TryGetValue(word, out var renamed))
                        {
                            renamed = random.NextDouble() < source.KeepChance(word) ? word
                                : random.Next(3) == 0 ? source.Name(random) : source.Zipf(random);
                            renames.Add(word, renamed);
                        }

                        builder.Append(renamed);
                    }

                    start = -1;
                }

                if (i < text.Length)
                {
                    builder.Append(text[i]);
                }
            }
        }

        private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);

        private static string Fold(string title)
        {
            var builder = new StringBuilder(title.Length);
            foreach (var c in title)
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }

        /// <summary>The real text: abstracts as sentences, their titles, the vocabulary ranked by use.</summary>
        private sealed class Source
        {
            private static readonly string[] Syllables =
            {
                "ka", "lo", "mi", "ra", "ne", "vo", "zu", "ti", "qu", "sel", "dor", "pha", "gen", "lux", "mar", "ix",
                "on", "ae", "bri", "cor", "fen", "hal", "jin", "kor", "lam", "nov", "pex", "ryn", "sta", "tor", "ul", "ver",
            };

            // Zipf-Mandelbrot, 1 / (rank + 200): content words start past the function words' ranks, and a few thousand
            // real ones stand for the tens of thousands of a real dump, so the most used is drawn about once in 600 draws.
            private const int ZipfOffset = 200;

            private readonly Dictionary<string, int> _abstractsUsing = new(StringComparer.OrdinalIgnoreCase);
            private readonly double[] _cumulative;
            private readonly string[] _vocabulary;

            private Source(List<string> titles, List<string[]> abstracts)
            {
                Titles = titles;
                Abstracts = abstracts;
                Sentences = abstracts.SelectMany(a => a).ToList();
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var text in abstracts)
                {
                    foreach (var word in Words(string.Join(" ", text)).Distinct(StringComparer.OrdinalIgnoreCase))
                    {
                        _abstractsUsing[word] = _abstractsUsing.TryGetValue(word, out var n) ? n + 1 : 1;
                    }
                }

                // Replacements are content words: what fewer than 3 in 10 real abstracts use (not "the", "we", "model").
                foreach (var word in Sentences.SelectMany(Words).Select(w => w.ToLowerInvariant()).Where(w => Share(w) < 0.3))
                {
                    counts[word] = counts.TryGetValue(word, out var n) ? n + 1 : 1;
                }

                _vocabulary = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
                _cumulative = new double[_vocabulary.Length];
                var total = 0.0;
                for (var r = 0; r < _vocabulary.Length; r++)
                {
                    total += 1.0 / (r + ZipfOffset);
                    _cumulative[r] = total;
                }
            }

            public List<string> Titles { get; }

            /// <summary>Per real abstract, its sentences.</summary>
            public List<string[]> Abstracts { get; }

            public List<string> Sentences { get; }

            /// <summary>The chance a paper keeps <paramref name="word"/>: (share of the real abstracts using it, doubled)², at most 1: <c>the</c> and <c>model</c> stay, <c>language</c> mostly, <c>sparse</c> one time in twenty.</summary>
            public double KeepChance(string word) => Math.Min(1, 4 * Share(word) * Share(word));

            private double Share(string word) => _abstractsUsing.TryGetValue(word, out var n) ? (double)n / Abstracts.Count : 0;

            public string Zipf(Random random)
            {
                var r = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[_cumulative.Length - 1]);
                return _vocabulary[r < 0 ? Math.Min(~r, _vocabulary.Length - 1) : r];
            }

            // One of 200,000 made-up names, drawn by Zipf's law too: a few recur, most are seen once or twice.
            public string Name(Random random)
            {
                var rank = (int)Math.Min(199_999, Math.Exp(random.NextDouble() * Math.Log(200_000)) - 1);
                var builder = new StringBuilder();
                for (var n = rank + 7; n > 0; n /= Syllables.Length)
                {
                    builder.Append(Syllables[n % Syllables.Length]);
                }

                return builder.ToString();
            }

            private static IEnumerable<string> Words(string text)
                => text.Split(' ', ',', '.', ';', ':', '(', ')', '"', '?', '!', '-', '/').Where(w => w.Length > 0 && w.All(char.IsLetter));

            public static Source Load()
            {
                var titles = new List<string>();
                var abstracts = new List<string[]>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var name in new[] { "hf-papers-aug-6.txt", "trending-structured.txt", "trending-markdown.txt" })
                {
                    var previous = string.Empty;
                    foreach (var raw in Read(name).Split('\n'))
                    {
                        var line = raw.Trim();
                        if (line.Length >= 150 && !line.StartsWith('[') && !line.StartsWith('<'))
                        {
                            if (seen.Add(line) && char.IsUpper(line[0]) && previous.Length >= 10)
                            {
                                titles.Add(previous);
                                abstracts.Add(SplitSentences(line));
                            }
                        }
                        else if (line.Length > 0)
                        {
                            previous = TitleOf(line);
                        }
                    }
                }

                using var json = JsonDocument.Parse(Read("daily_papers-2024-10-25.first4items.json"));
                foreach (var item in json.RootElement.EnumerateArray())
                {
                    titles.Add(item.GetProperty("title").GetString()!);
                    abstracts.Add(SplitSentences(item.GetProperty("paper").GetProperty("summary").GetString()!.Replace('\n', ' ')));
                }

                return new Source(titles, abstracts);
            }

            // "### [Title](link)" as the trending pages write it, or a plain title line.
            private static string TitleOf(string line)
            {
                line = line.TrimStart('#', ' ');
                if (line.StartsWith('[') && line.IndexOf("](", StringComparison.Ordinal) is var end and > 0)
                {
                    line = line.Substring(1, end - 1);
                }

                return line.Length <= 150 ? line : string.Empty;
            }

            private static string[] SplitSentences(string text)
            {
                var sentences = new List<string>();
                var start = 0;
                for (var i = 1; i + 2 < text.Length; i++)
                {
                    if (text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
                    {
                        sentences.Add(text.Substring(start, i + 1 - start));
                        start = i + 2;
                    }
                }

                sentences.Add(text.Substring(start).Trim());
                return sentences.ToArray();
            }

            private static string Read(string name)
            {
                using var stream = typeof(RealTextDump).Assembly.GetManifestResourceStream("RealText/" + name)
                    ?? throw new InvalidOperationException("The embedded real text " + name + " is missing.");
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd().Replace("\r\n", "\n");
            }
        }
    }
}
