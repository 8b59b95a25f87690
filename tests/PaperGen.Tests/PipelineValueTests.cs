using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace PaperGen.Tests
{
    /// <summary>
    /// The check every generator test runs on the pipeline's step outputs (<see cref="Incrementality"/>)
    /// must fail on what would break caching or pin a compilation, however deep it sits, and pass on the
    /// values the pipeline is made of.
    /// </summary>
    public class PipelineValueTests
    {
        private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: "/project/C.cs");

        public static TheoryData<string> BannedHolders() => new(Holders().Keys);

        [Theory]
        [MemberData(nameof(BannedHolders))]
        public void Step_output_holding_a_Roslyn_object_fails_the_check(string holder)
        {
            var value = Holders()[holder];

            Assert.ThrowsAny<XunitException>(() => Incrementality.AssertHoldsNoRoslynObjects(value, "Step"));
        }

        [Fact]
        public void Step_outputs_of_values_pass_the_check()
        {
            var run = GeneratorHarness.Run(DumpFile.FromFixture("three-papers.txt"));
            var outputs = run.Result.TrackedSteps.Where(s => Incrementality.TrackedSteps.Contains(s.Key)).SelectMany(s => s.Value).SelectMany(r => r.Outputs).Select(o => o.Value).ToList();

            Assert.Equal(Incrementality.TrackedSteps.Length, run.Result.TrackedSteps.Count(s => Incrementality.TrackedSteps.Contains(s.Key)));
            foreach (var output in outputs)
            {
                Incrementality.AssertHoldsNoRoslynObjects(output, "Step");
            }
        }

        private static Dictionary<string, object> Holders()
        {
            var compilation = CSharpCompilation.Create("C", new[] { Tree });
            return new Dictionary<string, object>
            {
                ["a compilation"] = compilation,
                ["a symbol in a tuple"] = (1, compilation.GetTypeByMetadataName("C")!),
                ["a syntax tree in a list"] = new List<object> { "x", Tree },
                ["a syntax node"] = Tree.GetRoot(),
                ["a syntax token (a struct holding a node)"] = Tree.GetRoot().GetFirstToken(),
                ["a semantic model"] = compilation.GetSemanticModel(Tree),
                ["a location in a record"] = new Holder(Location.Create("/project/p.txt", default, default)),
                ["source text"] = SourceText.From("text"),
                ["parse options"] = new Holder(CSharpParseOptions.Default),
            };
        }

        private sealed record Holder(object Value);
    }
}
