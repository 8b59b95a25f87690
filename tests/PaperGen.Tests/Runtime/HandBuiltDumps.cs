using System.Collections.Generic;
using System.Linq;
using PaperGen.Generator.Emit;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;
using PaperGen.Generator.Planning;

namespace PaperGen.Tests.Runtime
{
    /// <summary>Models built by hand, as parsers will fill them, and their compiled data as generated code hands it over.</summary>
    internal static class HandBuiltDumps
    {
        public static PaperModel Paper(string identifier, string title, string @abstract, int line = 1, PaperMetadata? metadata = null, string? shortName = null, params string[] links)
            => new(identifier, title, @abstract, shortName, links.ToEquatableArray(), line, metadata ?? PaperMetadata.None);

        /// <summary>A paper with every field a JSON API item can give, in text that exercises encoding (non-ASCII, quotes, astral characters).</summary>
        public static PaperModel FullPaper() => Paper(
            "Monet",
            "Monet: Mixture of Monosemantic Experts for Transformers",
            "Understanding the internal computations of large language models (LLMs) is crucial. Café \"quoted\" 𝔼.",
            line: 12,
            shortName: "Monet",
            links: new[] { "https://github.com/dmis-lab/Monet" },
            metadata: new PaperMetadata(ArxivId: "2412.04139", AuthorCount: null, Organization: "KAIST", Date: "Dec 5, 2024", Upvotes: 13, CodeUrl: "https://github.com/dmis-lab/Monet")
            {
                Authors = new[] { "Jungwoo Park", "Young Jin Ahn", "Kee-Eung Kim", "Jaewoo Kang" }.ToEquatableArray(),
                AiSummary = "Monet puts sparse dictionary learning into mixture-of-experts pretraining — 262,144 experts per layer.",
                Comments = 2,
                PublishedAt = "2024-12-05T10:42:19.000Z",
                SubmittedAt = "2024-12-06T01:22:33.123+02:00",
                SubmittedBy = "akhaliq",
                Keywords = new[] { "mixture of experts", "monosemanticity", "𝔼-values" }.ToEquatableArray(),
                GitHubStars = 1234,
                ProjectUrl = "https://example.org/monet?a=1&b=2",
            });

        public static DumpModel Dump(params PaperModel[] papers) => Dump((IEnumerable<PaperModel>)papers);

        public static DumpModel Dump(IEnumerable<PaperModel> papers)
            => new("/project/papers/hand.txt", "hand.txt", "HandBuilt", "HandPapers", true, "Aug 6", papers.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);

        /// <summary>The parts as generated code hands them over: UTF-8, by part number.</summary>
        public static PaperDataSource DataSource(EncodedCatalog encoded)
        {
            var parts = encoded.NumberedParts().ToDictionary(p => p.Key, p => Utf8(p.Value));
            return part => parts.TryGetValue(part, out var bytes) ? bytes : default;
        }

        public static PaperCatalog Compile(DumpModel model, int papersPerFile = EmitLimits.DefaultPapersPerFile, string version = "0.1.0")
        {
            var encoded = CompiledDataEncoder.TryEncode(model, papersPerFile, version);
            Xunit.Assert.NotNull(encoded);
            return PaperCatalog.FromCompiledData(DataSource(encoded!), model.FileName, model.ListingDate);
        }

        private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
    }
}
