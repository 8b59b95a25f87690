using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests
{
    /// <summary>
    /// A dump's errors reach the user's own C# files (issue 10): editors show diagnostics in C# documents
    /// only, so the generated class carries an <c>[Obsolete]</c> notice and every use of it warns (CS0618),
    /// while the PG error stays at its line in the dump.
    /// </summary>
    public class ErrorNoticeTests
    {
        private const string UseSite = "namespace TestApp\n{\n    internal static class UserCode\n    {\n        public static string First() => Papers.All[0].Title;\n    }\n}\n";

        [Fact]
        public void Use_of_a_class_whose_dump_has_an_error_warns_CS0618_in_the_users_file_naming_the_error()
        {
            var run = GeneratorHarness.Run(
                new[] { new DumpFile("/project/papers/papers.txt", "Kept Title\n\nThe kept abstract.\n\nLost Title\n") },
                userSource: UseSite);

            Assert.Equal("PG0001", Assert.Single(run.GeneratorDiagnostics).Id);
            var warning = Assert.Single(run.CompilationDiagnostics);
            Assert.Equal("CS0618", warning.Id);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal("/project/UserCode.cs", warning.Location.GetLineSpan().Path);
            Assert.Equal(4, warning.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains(
                "papers.txt has 1 error: PG0001 at line 5: The paper 'Lost Title' has no abstract; the entry may be truncated",
                warning.GetMessage());
        }

        [Fact]
        public void Notice_counts_the_errors_and_names_the_first_in_the_file()
        {
            var run = GeneratorHarness.Run(
                new[] { new DumpFile("/project/papers/papers.txt", "Same Title\n\nFirst abstract.\n\nLost Title\n\nSame Title\n\nSecond abstract.\n\nAnother Lost Title\n") },
                userSource: UseSite);

            Assert.Equal(new[] { "PG0001", "PG0001", "PG0002" }, run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id));
            Assert.Contains("papers.txt has 3 errors, the first: PG0001 at line 5: The paper 'Lost Title'", Assert.Single(run.CompilationDiagnostics).GetMessage());
        }

        [Fact]
        public void Warnings_alone_put_no_notice_on_the_class()
        {
            var run = GeneratorHarness.Run(
                new[] { new DumpFile("/project/papers/papers.txt", "Title One\n\nAbstract one.\n\nA stray paragraph that ends like prose.\n\nTitle Two\n\nAbstract two.\n") },
                userSource: UseSite);

            Assert.Equal("PG0004", Assert.Single(run.GeneratorDiagnostics).Id);
            Assert.Empty(run.CompilationDiagnostics);
            Assert.DoesNotContain("Obsolete", run.Source);
        }

        [Fact]
        public void Dump_with_no_readable_paper_still_gets_its_class_with_the_notice()
        {
            var run = GeneratorHarness.Run(
                new[] { new DumpFile("/project/papers/papers.txt", "Lost Title\n") },
                userSource: "namespace TestApp { internal static class UserCode { public static int Count() => Papers.All.Count; } }");

            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "PG0005");
            Assert.Contains("papers.txt has 1 error: PG0005 at line 1", Assert.Single(run.CompilationDiagnostics, d => d.Id == "CS0618").GetMessage());
            Assert.Empty(run.CompilationDiagnostics.Where(d => d.Id != "CS0618"));
        }

        [Fact]
        public void Notice_compiles_at_CSharp_7_3_on_netstandard20_and_warns_there_too()
        {
            var run = GeneratorHarness.Run(
                new[] { new DumpFile("/project/papers/papers.txt", "Kept Title\n\nThe kept abstract.\n\nLost \"Title\" \\ here\n") },
                TargetSet.NetStandard20,
                LanguageVersion.CSharp7_3,
                userSource: UseSite);

            var warning = Assert.Single(run.CompilationDiagnostics);
            Assert.Equal("CS0618", warning.Id);
            Assert.Contains("PG0001 at line 5: The paper 'Lost \"Title\" \\ here' has no abstract", warning.GetMessage());
        }

        [Fact]
        public void Fixing_the_dump_removes_the_notice()
        {
            var broken = new DumpFile("/project/papers/papers.txt", "Kept Title\n\nThe kept abstract.\n\nLost Title\n");
            var first = GeneratorHarness.Run(new[] { broken }, userSource: UseSite);
            var driver = first.Driver.ReplaceAdditionalText(first.AdditionalTexts.Single(), GeneratorHarness.AdditionalText(broken with { Text = broken.Text + "\nIts abstract, found.\n" }));

            var second = GeneratorHarness.RunDriver(driver, first.Input.Clone());

            Assert.Single(first.CompilationDiagnostics);
            Assert.Empty(second.GeneratorDiagnostics);
            Assert.Empty(second.CompilationDiagnostics);
        }
    }
}
