using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PaperGen.Testing
{
    /// <summary>A paper as the synthetic dump writes it, so tests can compare what compiled code reads back.</summary>
    public sealed record SyntheticPaper(string Title, string Abstract);

    /// <summary>
    /// Writes realistic dumps of any size in the shipped plain layout (page chrome, an <c>Aug 6</c> header,
    /// then title and abstract paragraphs separated by blank lines), deterministic from a seed: titles of
    /// 25–160 characters, abstracts of 1,300–1,950 ending with a full stop, some text in French, German,
    /// Greek and CJK, titles unique even after folding case and punctuation.
    /// </summary>
    public static class SyntheticDump
    {
        public const int MinTitleLength = 25;
        public const int MaxTitleLength = 160;
        public const int MinAbstractLength = 1300;
        public const int MaxAbstractLength = 1950;

        private static readonly string[] Chrome =
        {
            "new", string.Empty, "Get trending papers in your email inbox!", string.Empty, "Subscribe", string.Empty,
            "Daily Papers", string.Empty, "byAK and the research community", string.Empty, "Aug 6", string.Empty,
        };

        private static readonly string[] Words =
        {
            "sparse", "autoencoders", "language", "models", "interpretability", "neurons", "circuits", "features",
            "attention", "transformer", "representation", "learning", "probing", "causal", "analysis", "scaling",
            "mechanistic", "latent", "diffusion", "vision", "retrieval", "reasoning", "alignment", "robust",
            "efficient", "benchmark", "dataset", "training", "inference", "quantization", "multimodal", "agents",
            "graph", "memory", "tokens", "embedding", "contrastive", "supervised", "reinforcement", "policy",
            "gradient", "optimization", "neural", "network", "decoding", "generation", "evaluation", "brain",
            "activity", "cortex", "fMRI", "signals", "decomposition", "matrix", "factorization", "monosemantic",
            "experts", "mixture", "layers", "heads", "steering", "vectors", "concepts", "knowledge",
        };

        private static readonly string[] ForeignWords =
        {
            "étude", "naïve", "réseaux", "über", "Schrödinger", "Größe", "γ-decay", "αβ-attention", "Ψ-networks",
            "多模态", "学習", "言語モデル", "神经元", "Müller", "café",
        };

        private static readonly string[] ShortNames =
        {
            "Monet", "LaVCa", "CoreInfer", "SAEBench", "NeuroLM", "Tracr", "Lumen", "Orca", "Quill", "Zephyr",
        };

        /// <summary>The papers a dump of <paramref name="count"/> papers with <paramref name="seed"/> holds, in file order.</summary>
        public static IReadOnlyList<SyntheticPaper> Papers(int count, int seed = 1)
        {
            var random = new Random(seed);
            var papers = new List<SyntheticPaper>(count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (papers.Count < count)
            {
                var title = Title(random);
                if (seen.Add(Fold(title)))
                {
                    papers.Add(new SyntheticPaper(title, Abstract(random)));
                }
            }

            return papers;
        }

        /// <summary>The dump text of <paramref name="papers"/>, LF line ends.</summary>
        public static string Text(IReadOnlyList<SyntheticPaper> papers)
        {
            var writer = new StringWriter { NewLine = "\n" };
            Write(writer, papers);
            return writer.ToString();
        }

        /// <summary>A dump of <paramref name="count"/> papers.</summary>
        public static string Create(int count, int seed = 1) => Text(Papers(count, seed));

        public static void Write(TextWriter writer, IReadOnlyList<SyntheticPaper> papers)
        {
            foreach (var line in Chrome)
            {
                writer.WriteLine(line);
            }

            foreach (var paper in papers)
            {
                writer.WriteLine(paper.Title);
                writer.WriteLine();
                writer.WriteLine(paper.Abstract);
                writer.WriteLine();
            }
        }

        private static string Title(Random random)
        {
            var target = random.Next(MinTitleLength, MaxTitleLength + 1);
            var builder = new StringBuilder();
            if (random.Next(3) == 0)
            {
                builder.Append(ShortNames[random.Next(ShortNames.Length)]).Append(random.Next(2, 99)).Append(": ");
            }

            while (true)
            {
                var word = random.Next(10) == 0 ? ForeignWords[random.Next(ForeignWords.Length)] : Words[random.Next(Words.Length)];
                if (builder.Length + word.Length + 1 > MaxTitleLength)
                {
                    break;
                }

                if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
                {
                    builder.Append(' ');
                }

                builder.Append(word);
                if (builder.Length >= target)
                {
                    break;
                }
            }

            while (builder.Length < MinTitleLength)
            {
                builder.Append(" models");
            }

            builder[0] = char.ToUpperInvariant(builder[0]);
            return builder.ToString();
        }

        private static string Abstract(Random random)
        {
            // Sentences are at most about 220 characters, so stopping at the first past 1,300–1,650 (plus a link sentence) stays under 1,950.
            var target = random.Next(MinAbstractLength, 1651);
            var builder = new StringBuilder();
            while (builder.Length < target)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                var words = random.Next(6, 17);
                for (var w = 0; w < words; w++)
                {
                    var word = random.Next(25) == 0 ? ForeignWords[random.Next(ForeignWords.Length)] : Words[random.Next(Words.Length)];
                    if (w == 0)
                    {
                        word = char.ToUpperInvariant(word[0]) + word.Substring(1);
                    }
                    else
                    {
                        builder.Append(random.Next(12) == 0 ? ", " : " ");
                    }

                    builder.Append(word);
                }

                builder.Append('.');
                if (random.Next(40) == 0)
                {
                    builder.Append(" Code is available at https://github.com/papergen/repo").Append(random.Next(1000)).Append('.');
                }
            }

            return builder.ToString();
        }

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
    }
}
