using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;
using PaperGen.Generator.Planning;

namespace PaperGen.Tests.Infrastructure
{
    /// <summary>
    /// Models written by hand, for tests of the planner and the emitters alone: what a layout writes for a
    /// model you can read in the test, without a parser in between.
    /// </summary>
    internal static class HandBuilt
    {
        public const string Path = "/project/papers/hand.txt";

        public static PaperModel Paper(string identifier, string title, string @abstract, int line, string? shortName = null, PaperMetadata? metadata = null, params string[] links)
            => new(identifier, title, @abstract, shortName, links.ToEquatableArray(), line, metadata ?? PaperMetadata.None);

        public static DumpModel Dump(IEnumerable<PaperModel> papers, string? ns = "MyApp.Papers", string className = "HandPapers", bool isPublic = true, string? listingDate = "Aug 6", params DiagnosticInfo[] diagnostics)
            => new(Path, "hand.txt", ns, className, isPublic, listingDate, papers.ToEquatableArray(), diagnostics.ToEquatableArray());

        /// <summary>Three papers: every field set, none set, and a title the runtime must fold itself.</summary>
        public static IReadOnlyList<PaperModel> ThreePapers { get; } = new[]
        {
            Paper(
                "Monet",
                "Monet: Mixture of Monosemantic Experts for Transformers",
                "We introduce Monet. Code: https://github.com/dmis-lab/Monet.",
                3,
                shortName: "Monet",
                metadata: new PaperMetadata("2412.04139", 7, "KAIST", "Dec 5", 23, "https://github.com/dmis-lab/Monet"),
                "https://github.com/dmis-lab/Monet"),
            Paper("PlainTitle", "Plain Title", "An abstract with \"quotes\", <angle brackets> & a backslash \\.", 7),
            Paper("ÜberModels", "Über Models: Ça va", "Text the runtime folds with its own Unicode tables.", 11, shortName: "Über Models"),
        };

        public static TargetLanguage Latest { get; } = TargetLanguage.From(new CSharpParseOptions(LanguageVersion.Latest), hasCompiledDataApi: true);

        public static TargetLanguage CSharp10 { get; } = TargetLanguage.From(new CSharpParseOptions(LanguageVersion.CSharp10), hasCompiledDataApi: true);

        public static TargetLanguage CSharp73 { get; } = TargetLanguage.From(new CSharpParseOptions(LanguageVersion.CSharp7_3), hasCompiledDataApi: false);

        public static EmitPlan Plan(DumpModel model, TargetLanguage language, EmitLimits? limits = null)
            => EmitPlanner.Plan(DumpToEmit.From(model), language, limits ?? EmitLimits.Default, Generator.PaperDumpGenerator.GeneratorVersion, default);
    }
}
