using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Emit;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;
using PaperGen.Generator.Planning;
using PaperGen.Tests.Hostile;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests
{
    /// <summary>
    /// The emitters alone, on hand-built models (<see cref="HandBuilt"/>): one snapshot per layout and
    /// language version, so a change to what a layout writes shows in one small reviewed file. Each output
    /// must also compile without a warning (documentation diagnostics on) and hide nothing.
    /// </summary>
    public class EmitterTests
    {
        // Two papers a file, so the part files (and the compiled layout's per-file chunk classes) show too.
        private static readonly EmitLimits TwoPerFile = EmitLimits.Default with { PapersPerFile = 2 };

        [Fact]
        public void Compiled_data_at_latest_CSharp_over_two_files()
        {
            var plan = HandBuilt.Plan(HandBuilt.Dump(HandBuilt.ThreePapers), HandBuilt.Latest, TwoPerFile);

            Assert.Equal(DataLayout.CompiledData, plan.Layout);
            VerifyAndCompile(plan, TargetSet.Net80, LanguageVersion.Latest);
        }

        [Fact]
        public void Compiled_constants_at_latest_CSharp_over_two_files()
        {
            var language = TargetLanguage.From(new CSharpParseOptions(LanguageVersion.Latest), hasCompiledDataApi: true, hasConstantDataApi: true);
            var plan = HandBuilt.Plan(HandBuilt.Dump(HandBuilt.ThreePapers), language, TwoPerFile);

            Assert.Equal(DataLayout.CompiledConstants, plan.Layout);
            VerifyAndCompile(plan, TargetSet.Net80, LanguageVersion.Latest);
        }

        [Fact]
        public void Literals_at_CSharp_7_3_over_two_files()
        {
            var plan = HandBuilt.Plan(HandBuilt.Dump(HandBuilt.ThreePapers), HandBuilt.CSharp73, TwoPerFile);

            Assert.Equal(DataLayout.Literals, plan.Layout);
            VerifyAndCompile(plan, TargetSet.NetStandard20, LanguageVersion.CSharp7_3);
        }

        [Fact]
        public void Literals_with_nullable_at_CSharp_10()
        {
            var plan = HandBuilt.Plan(HandBuilt.Dump(HandBuilt.ThreePapers), HandBuilt.CSharp10);

            Assert.Equal(DataLayout.Literals, plan.Layout);
            VerifyAndCompile(plan, TargetSet.Net80, LanguageVersion.CSharp10);
        }

        [Fact]
        public void Internal_class_in_the_global_namespace_with_capped_properties_and_an_error_notice()
        {
            var error = DiagnosticInfo.Create(DiagnosticDescriptors.TitleWithoutAbstract, LocationInfo.FileStart(HandBuilt.Path), "Lost Title");
            var model = HandBuilt.Dump(HandBuilt.ThreePapers, ns: null, isPublic: false, listingDate: null, diagnostics: error);
            var plan = HandBuilt.Plan(model, HandBuilt.Latest, EmitLimits.Default with { MaxPaperProperties = 1 });

            Assert.Equal("PG0012", Assert.Single(plan.Diagnostics).Id);
            VerifyAndCompile(plan, TargetSet.Net80, LanguageVersion.Latest);
        }

        [Theory]
        [InlineData(LanguageVersion.Latest)]
        [InlineData(LanguageVersion.CSharp7_3)]
        public void Dump_with_no_papers_and_an_error_still_gets_a_class_that_compiles(LanguageVersion version)
        {
            var error = DiagnosticInfo.Create(DiagnosticDescriptors.NotText, LocationInfo.FileStart(HandBuilt.Path), "hand.txt", "it contains NUL bytes");
            var language = version == LanguageVersion.Latest ? HandBuilt.Latest : HandBuilt.CSharp73;
            var plan = HandBuilt.Plan(HandBuilt.Dump(Array.Empty<PaperModel>(), diagnostics: error), language);

            var source = Assert.Single(CatalogEmitter.EmitFiles(plan, "1.0.0")).Text;

            Assert.Contains("[global::System.Obsolete(\"hand.txt has 1 error: PG0008 at line 1: The dump 'hand.txt' is not text: it contains NUL bytes\")]", source);
            Assert.Contains("/// 0 papers from hand.txt", source);
            AssertCompiles(new[] { source }, version == LanguageVersion.Latest ? TargetSet.Net80 : TargetSet.NetStandard20, version);
        }

        [Fact]
        public void Emission_cancelled_between_files_writes_no_further_file()
        {
            var papers = Enumerable.Range(0, 6).Select(i => HandBuilt.Paper("Paper" + i, "Paper number " + i, "Abstract " + i + ".", 1 + (4 * i))).ToList();
            var plan = HandBuilt.Plan(HandBuilt.Dump(papers), HandBuilt.Latest, TwoPerFile);
            using var cancellation = new CancellationTokenSource();
            using var files = CatalogEmitter.EmitFiles(plan, "1.0.0", cancellation.Token).GetEnumerator();

            Assert.True(files.MoveNext());
            Assert.Contains("Paper number 1", files.Current.Text);
            cancellation.Cancel();

            Assert.Throws<OperationCanceledException>(() => files.MoveNext());
            Assert.Equal(3, plan.FileCount);
        }

        private static void VerifyAndCompile(EmitPlan plan, TargetSet target, LanguageVersion version, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
        {
            var files = CatalogEmitter.EmitFiles(plan, "1.0.0").ToList();
            var joined = string.Concat(files.Select(f => "//// " + plan.HintName + f.HintSuffix + ".g.cs\n" + f.Text));
            Snapshot.Verify(joined, nameof(EmitterTests), testName);
            AssertCompiles(files.Select(f => f.Text), target, version);
        }

        private static void AssertCompiles(IEnumerable<string> sources, TargetSet target, LanguageVersion version)
        {
            var compilation = GeneratorHarness.CreateCompilation(target, version, GeneratorHarness.DefaultUserSource);
            var options = (CSharpParseOptions)compilation.SyntaxTrees.Single().Options;
            compilation = compilation.AddSyntaxTrees(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: "/generated/" + i + ".g.cs")));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
            foreach (var source in sources)
            {
                GeneratedSourceChecks.AssertAll(source);
            }
        }
    }
}
