using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Emit;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;
using PaperGen.Generator.Planning;
using PaperGen.Tests.Infrastructure;
using Xunit;
using static PaperGen.Tests.Runtime.HandBuiltDumps;

namespace PaperGen.Tests.Runtime
{
    /// <summary>
    /// The new Paper fields through the emitter into compiled C#, loaded and read back: as compiled data
    /// (C# 11+) and as <c>new Paper(...)</c> calls (C# 7.3). The model is built by hand because the
    /// parsers that will fill these fields are not written yet.
    /// </summary>
    public class GeneratedPaperFieldsTests
    {
        [Theory]
        [InlineData("net8.0, C# latest")]
        [InlineData("netstandard2.0, C# 7.3")]
        public void Every_paper_field_reads_back_from_generated_code(string targetAndLanguage)
        {
            var (target, version) = targetAndLanguage.StartsWith("net8.0", StringComparison.Ordinal)
                ? (TargetSet.Net80, LanguageVersion.Latest)
                : (TargetSet.NetStandard20, LanguageVersion.CSharp7_3);
            var catalog = CompileAndLoad(Dump(FullPaper(), Paper("Plain", "Plain Paper", "An abstract.", line: 20)), target, version);

            PaperFieldAssertions.AssertIsFullPaper(catalog[0]);
            Assert.Equal("Plain Paper", catalog[1].Title);
            PaperFieldAssertions.AssertHasNoNewFields(catalog[1]);
        }

        [Fact]
        public void CSharp_7_3_code_uses_PaperValues_only_for_papers_with_new_fields()
        {
            var source = Emit(Dump(FullPaper(), Paper("Plain", "Plain Paper", "An abstract.", line: 20)), LanguageVersion.CSharp7_3);

            Assert.Contains("papers[0] = new global::PaperGen.Paper(new global::PaperGen.PaperValues { Identifier = \"Monet\", Title = Titles.Monet,", source);
            Assert.Contains("SubmittedAt = new global::System.DateTimeOffset(2024, 12, 6, 1, 22, 33, 123, global::System.TimeSpan.FromMinutes(120))", source);
            Assert.Contains("papers[1] = new global::PaperGen.Paper(\"Plain\", Titles.Plain, \"An abstract.\", \"hand.txt\", 20);", source);
        }

        private static EmitPlan Plan(DumpModel model, TargetLanguage language)
            => EmitPlanner.Plan(DumpToEmit.From(model), language, EmitLimits.Default, "0.1.0", default);

        private static string Emit(DumpModel model, LanguageVersion version)
        {
            var language = TargetLanguage.From(new CSharpParseOptions(version), hasCompiledDataApi: true);
            return string.Join("\n", CatalogEmitter.EmitFiles(Plan(model, language), "0.1.0").Select(f => f.Text));
        }

        private static PaperCatalog CompileAndLoad(DumpModel model, TargetSet target, LanguageVersion version)
        {
            var compilation = GeneratorHarness.CreateCompilation(target, version, GeneratorHarness.DefaultUserSource);
            var language = TargetLanguage.From((CSharpParseOptions)compilation.SyntaxTrees.First().Options, hasCompiledDataApi: true);
            var files = CatalogEmitter.EmitFiles(Plan(model, language), "0.1.0").ToList();
            compilation = compilation.AddSyntaxTrees(files.Select(f => CSharpSyntaxTree.ParseText(f.Text, (CSharpParseOptions)compilation.SyntaxTrees.First().Options)));

            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            Assert.Equal(version >= LanguageVersion.CSharp11, files[0].Text.Contains("FromCompiledData", StringComparison.Ordinal));
            var type = Assembly.Load(stream.ToArray()).GetType(model.Namespace + "." + model.ClassName, throwOnError: true)!;
            return (PaperCatalog)type.GetProperty("Catalog")!.GetValue(null)!;
        }
    }
}
