using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PaperGen.Tests.Coverage;
using PaperGen.Tests.Ranking;
using Xunit;

namespace PaperGen.Tests.Search
{
    /// <summary>
    /// Papers chosen so that each search rule can only pass if it holds: a word that contains <c>rl</c>, a
    /// plural in a title, a word said four times in one abstract and once in another's title, accents and
    /// full-width letters, two words adjacent in one paper and apart in another.
    /// </summary>
    internal static class SearchDump
    {
        public static readonly (string Title, string Abstract)[] Papers =
        {
            ("World Models for Planning", "We learn a world model that predicts the next observation and overlooked details."),
            ("RL from Human Feedback", "Reinforcement learning (RL) with preferences."),
            ("Sparse Autoencoders Find Features", "Dictionary learning on activations."),
            ("Probing Language Models", "We apply sparse autoencoder methods: the autoencoder, an autoencoder variant, and autoencoder features."),
            ("Autoencoder Baselines", "A short study of reconstruction."),
            ("Études sur les réseaux", "Schrödinger équation, naïve café."),
            ("ＦＵＬＬ Width Title", "Ｔｅｘｔ written in full width."),
            ("Attention Is All You Need", "The dominant sequence transduction models are based on recurrent networks."),
            ("Monet: Mixture of Monosemantic Experts for Transformers", "Understanding the internal computations of large language models."),
            ("Mechanistic interpretability of language models", "We study language and models, and mechanistic circuits in language."),
        };

        public static string Text => RankingDump.Text(Papers);

        public static PaperCatalog InMemory() => RankingDump.InMemory(Papers);
    }

    /// <summary>The search dumps compiled once by the generator (compiled data, net8.0, latest C#).</summary>
    public sealed class CompiledSearchCatalogs
    {
        public const int SyntheticPapers = 300;

        public CompiledSearchCatalogs()
        {
            var synthetic = Testing.SyntheticDump.Papers(SyntheticPapers, seed: 7);
            SyntheticPapersInFileOrder = synthetic.Select(p => (p.Title, p.Abstract)).ToList();
            var run = GeneratorProbe.Run(
                GeneratorProbe.Dump("/project/papers/search.txt", SearchDump.Text, className: "SearchPapers"),
                GeneratorProbe.Dump("/project/papers/synthetic.txt", Testing.SyntheticDump.Text(synthetic), className: "SyntheticPapers"));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationErrorsAndWarnings);
            Search = run.Catalog("Probe.SearchPapers");
            Synthetic = run.Catalog("Probe.SyntheticPapers");
        }

        public PaperCatalog Search { get; }

        public PaperCatalog Synthetic { get; }

        public IReadOnlyList<(string Title, string Abstract)> SyntheticPapersInFileOrder { get; }

        public PaperCatalog Catalog(string kind) => kind == "compiled" ? Search : SearchDump.InMemory();

        public static IEnumerable<object[]> Kinds() => new[] { new object[] { "in-memory" }, new object[] { "compiled" } };

        internal static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);
    }
}
