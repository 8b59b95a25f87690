using System.Linq;
using Microsoft.CodeAnalysis;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests
{
    public class DiagnosticTests
    {
        private static readonly string Shipped = Fixtures.Read("hf-papers-aug-6.txt");

        [Fact]
        public void Truncated_last_entry_reports_PG0001_error_at_its_title_line()
        {
            // The shipped file ends without a newline on line 227; the new title stands on line 229.
            var run = GeneratorHarness.RunText(Shipped + "\n\nA Title Whose Abstract Was Lost");

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            AssertAt(diagnostic, "PG0001", DiagnosticSeverity.Error, line: 229, column: 1);
            Assert.Contains("A Title Whose Abstract Was Lost", diagnostic.GetMessage());
        }

        [Fact]
        public void Title_followed_by_another_entry_reports_PG0001_and_keeps_the_other_paper()
        {
            var run = GeneratorHarness.RunText("Lost Title\n\nKept Title\n\nThe kept abstract.\n");

            AssertAt(Assert.Single(run.GeneratorDiagnostics), "PG0001", DiagnosticSeverity.Error, line: 1, column: 1);
            // The kept paper's title constant and its abstract in its documentation (the data itself is carried in constants).
            Assert.Contains("\"Kept Title\"", run.Source);
            Assert.Contains("The kept abstract.", run.Source);
        }

        [Fact]
        public void Duplicate_title_with_a_different_abstract_reports_PG0002_error_at_the_second()
        {
            var run = GeneratorHarness.RunText("Same Title\n\nFirst abstract.\n\nSame Title\n\nSecond abstract.\n");

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            AssertAt(diagnostic, "PG0002", DiagnosticSeverity.Error, line: 5, column: 1);
            Assert.Contains("line 1", diagnostic.GetMessage());
        }

        [Fact]
        public void Repeated_paper_reports_PG0003_warning_and_keeps_one()
        {
            var run = GeneratorHarness.RunText("Same Title\n\nSame abstract.\n\nSame Title\n\nSame abstract.\n");

            AssertAt(Assert.Single(run.GeneratorDiagnostics), "PG0003", DiagnosticSeverity.Warning, line: 5, column: 1);
            Assert.Single(((System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.Papers", "All")!));
        }

        [Fact]
        public void Abstract_without_a_title_reports_PG0004_warning_at_its_line()
        {
            var run = GeneratorHarness.RunText("Title One\n\nAbstract one.\n\nA stray paragraph that ends like prose.\n\nTitle Two\n\nAbstract two.\n");

            AssertAt(Assert.Single(run.GeneratorDiagnostics), "PG0004", DiagnosticSeverity.Warning, line: 5, column: 1);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Theory]
        [InlineData("")]
        [InlineData("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nAug 6\n")]
        public void Dump_without_papers_reports_PG0005_error_and_still_compiles(string text)
        {
            var run = GeneratorHarness.RunText(text);

            AssertAt(Assert.Single(run.GeneratorDiagnostics), "PG0005", DiagnosticSeverity.Error, line: 1, column: 1);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Theory]
        [InlineData("my-papers", null, null, "ClassName")]
        [InlineData("class", null, null, "ClassName")]
        [InlineData(null, "My..App", null, "Namespace")]
        [InlineData(null, "1App", null, "Namespace")]
        [InlineData(null, null, "protected", "Accessibility")]
        public void Invalid_option_reports_PG0006_error_naming_the_option(string? className, string? ns, string? accessibility, string option)
        {
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/p.txt", "Title\n\nAbstract.\n", className, ns, accessibility));

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            AssertAt(diagnostic, "PG0006", DiagnosticSeverity.Error, line: 1, column: 1);
            Assert.Contains(option, diagnostic.GetMessage());
        }

        [Fact]
        public void Bidirectional_override_reports_PG0007_warning_at_its_column_and_is_removed()
        {
            var run = GeneratorHarness.RunText("Safe \u202Etitle\n\nAn abstract.\n");

            AssertAt(Assert.Single(run.GeneratorDiagnostics), "PG0007", DiagnosticSeverity.Warning, line: 1, column: 6);
            Assert.Contains("public const string SafeTitle = \"Safe title\";", run.Source);
        }

        [Fact]
        public void Control_character_reports_PG0007_warning()
        {
            var run = GeneratorHarness.RunText("Title\n\nAn abs\u0007tract.\n");

            AssertAt(Assert.Single(run.GeneratorDiagnostics), "PG0007", DiagnosticSeverity.Warning, line: 3, column: 7);
        }

        [Fact]
        public void Binary_file_reports_PG0008_error_and_still_generates_its_empty_class()
        {
            var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFE, 0x00, 0x01 };
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/archive.txt", string.Empty, Bytes: bytes));

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            AssertAt(diagnostic, "PG0008", DiagnosticSeverity.Error, line: 1, column: 5);

            // The class is still there (empty), so code naming it fails with PG0008 only, not CS0234 (issue 8).
            Assert.NotEmpty(run.Result.GeneratedSources);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Fact]
        public void Two_dumps_of_one_class_with_different_accessibility_report_PG0009()
        {
            // Dumps that share a class are merged into it (issue 9.4); only what cannot be merged is PG0009.
            var run = GeneratorHarness.Run(new[]
            {
                new DumpFile("/project/a/papers.txt", "Title A\n\nAbstract A.\n"),
                new DumpFile("/project/b/papers.txt", "Title B\n\nAbstract B.\n", Accessibility: "internal"),
            });

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            AssertAt(diagnostic, "PG0009", DiagnosticSeverity.Error, line: 1, column: 1);
            Assert.Equal("/project/b/papers.txt", diagnostic.Location.GetLineSpan().Path);
        }

        [Fact]
        public void Every_diagnostic_links_to_its_documentation_page()
        {
            foreach (var descriptor in Generator.Diagnostics.DiagnosticDescriptors.Descriptors)
            {
                Assert.EndsWith("docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
                Assert.True(System.IO.File.Exists(System.IO.Path.Combine(RepositoryRoot(), "docs", "diagnostics", descriptor.Id + ".md")), descriptor.Id + " has no page");
            }
        }

        [Fact]
        public void Every_diagnostic_is_listed_in_the_release_tracking_files()
        {
            var tracked = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "src", "PaperGen.Generator", "AnalyzerReleases.Unshipped.md"))
                + System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "src", "PaperGen.Generator", "AnalyzerReleases.Shipped.md"));
            foreach (var descriptor in Generator.Diagnostics.DiagnosticDescriptors.Descriptors)
            {
                Assert.Contains(descriptor.Id + " | PaperGen | " + descriptor.DefaultSeverity, tracked);
            }
        }

        private static void AssertAt(Diagnostic diagnostic, string id, DiagnosticSeverity severity, int line, int column)
        {
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(severity, diagnostic.Severity);
            var span = diagnostic.Location.GetLineSpan();
            Assert.True(span.IsValid, "the diagnostic has no location in the file");
            Assert.StartsWith("/project/", span.Path);
            Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }

        private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
            => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "..", ".."));
    }
}
