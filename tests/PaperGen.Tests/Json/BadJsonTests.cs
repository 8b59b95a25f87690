using System.Linq;
using Microsoft.CodeAnalysis;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Json
{
    /// <summary>Damaged JSON dumps, through the generator as a build sees them: a PG diagnostic at the right place, never an exception.</summary>
    public class BadJsonTests
    {
        private const string Good = "{\"paper\":{\"id\":\"2410.17243\",\"title\":\"Kept Title\",\"summary\":\"Kept abstract.\"}}";

        private static GeneratorRun Run(string json) => GeneratorHarness.RunText(json, "daily.json");

        private static void AssertAt(Diagnostic diagnostic, string id, DiagnosticSeverity severity, int line, int column)
        {
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(severity, diagnostic.Severity);
            var span = diagnostic.Location.GetLineSpan();
            Assert.Equal("/project/papers/daily.json", span.Path);
            Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }

        private static Diagnostic Only(GeneratorRun run, string id)
        {
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PG0099");
            return Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        }

        [Fact]
        public void Unterminated_string_reports_PG0021_at_its_opening_quote_and_keeps_the_papers_before_it()
        {
            var run = Run("[\n" + Good + ",\n{\"paper\":{\"id\":\"2410.1\",\"title\":\"Lost quote,\n\"summary\":\"x\"}}]");

            AssertAt(Only(run, "PG0021"), "PG0021", DiagnosticSeverity.Error, line: 3, column: 33);
            Assert.Contains("\"Kept Title\"", string.Concat(run.Result.GeneratedSources.Select(s => s.SourceText.ToString())));
        }

        [Fact]
        public void Bad_escape_reports_PG0022_at_its_backslash()
        {
            var run = Run("[\n  {\"id\":\"1\",\"title\":\"Scaling \\alpha\",\"summary\":\"x.\"}\n]");

            AssertAt(Only(run, "PG0022"), "PG0022", DiagnosticSeverity.Error, line: 2, column: 30);
            Assert.Contains("\\a", Only(run, "PG0022").GetMessage());
        }

        [Fact]
        public void Truncated_file_reports_PG0023_at_its_end_and_keeps_the_items_before_it()
        {
            var json = Fixtures.Read(JsonDump.RealDaily);
            var cut = json.Substring(0, json.IndexOf("\"upvotes\":41", System.StringComparison.Ordinal));
            var end = JsonDump.LineColumn(cut, cut.Length);

            var run = Run(cut);

            AssertAt(Only(run, "PG0023"), "PG0023", DiagnosticSeverity.Error, end.Line, end.Column);
            Assert.Single((System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.DailyPapers", "All")!);
        }

        [Fact]
        public void File_cut_inside_a_string_reports_PG0021_at_that_string()
        {
            var json = Fixtures.Read(JsonDump.RealDaily);
            var summary = JsonDump.Nth(json, "\"summary\":", 2) + "\"summary\":".Length;

            var run = Run(json.Substring(0, summary + 40));

            var diagnostic = Only(run, "PG0021");
            var at = JsonDump.LineColumn(json, summary);
            AssertAt(diagnostic, "PG0021", DiagnosticSeverity.Error, at.Line, at.Column);
            Assert.Contains("end of the file", diagnostic.GetMessage());
        }

        [Fact]
        public void Missing_comma_reports_PG0020_where_the_comma_should_be()
        {
            var run = Run("[\n" + Good + "\n" + Good + "\n]");

            AssertAt(Only(run, "PG0020"), "PG0020", DiagnosticSeverity.Error, line: 3, column: 1);
        }

        [Fact]
        public void Nesting_past_the_limit_reports_PG0020_at_the_bracket_too_deep()
        {
            var run = Run("[\n" + new string('[', 70));

            var diagnostic = Only(run, "PG0020");
            AssertAt(diagnostic, "PG0020", DiagnosticSeverity.Error, line: 2, column: 64);
            Assert.Contains("64 deep", diagnostic.GetMessage());
        }

        [Theory]
        [InlineData("[\n" + Good + ",\n]", 2)]
        [InlineData("[\n" + Good + "\n,]", 3)]
        public void Trailing_comma_after_the_last_item_is_PG0025_warning_and_the_item_is_read(string json, int line)
        {
            var run = Run(json);

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("PG0025", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
            Assert.Empty(run.CompilationDiagnostics);
            Assert.Equal("Kept Title", Assert.Single((System.Collections.Generic.IReadOnlyList<Paper>)run.ReadStatic("TestApp.DailyPapers", "All")!).Title);
        }

        [Fact]
        public void Trailing_comma_inside_an_object_is_PG0025_warning_at_the_comma()
        {
            var run = Run("{\"id\":\"1\",\"title\":\"T\",\"summary\":\"S.\",\n  }");

            AssertAt(Assert.Single(run.GeneratorDiagnostics), "PG0025", DiagnosticSeverity.Warning, line: 1, column: 37);
        }

        [Fact]
        public void Value_that_is_not_a_paper_reports_PG0026_at_it_and_the_others_are_read()
        {
            var run = Run("[\n" + Good + ",\n 42,\n {\"name\":\"x\"}]");

            var diagnostics = run.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
            Assert.Equal(2, diagnostics.Count);
            AssertAt(diagnostics[0], "PG0026", DiagnosticSeverity.Error, line: 3, column: 2);
            AssertAt(diagnostics[1], "PG0026", DiagnosticSeverity.Error, line: 4, column: 2);
            Assert.Contains("\"Kept Title\"", string.Concat(run.Result.GeneratedSources.Select(s => s.SourceText.ToString())));
        }

        [Fact]
        public void Item_without_id_reports_PG0027_at_its_paper_object()
        {
            var run = Run("[\n" + Good + ",\n  {\"paper\": {\"title\":\"No Id\",\"summary\":\"x.\"}}]");

            var diagnostic = Only(run, "PG0027");
            AssertAt(diagnostic, "PG0027", DiagnosticSeverity.Error, line: 3, column: 13);
            Assert.Contains("'id'", diagnostic.GetMessage());
        }

        [Fact]
        public void Numeric_id_is_PG0028_at_the_number_and_the_paper_without_id_PG0027()
        {
            var run = Run("{\"id\": 2410.17243, \"title\":\"T\",\"summary\":\"S.\"}");

            AssertAt(Only(run, "PG0028"), "PG0028", DiagnosticSeverity.Warning, line: 1, column: 8);
            AssertAt(Only(run, "PG0027"), "PG0027", DiagnosticSeverity.Error, line: 1, column: 1);
        }

        [Fact]
        public void Item_without_title_reports_PG0027_naming_the_title()
        {
            var run = Run("[{\"paper\": {\"id\":\"2401.1\",\"title\":\"\",\"summary\":\"x.\"}}]");

            Assert.Contains("'title'", Only(run, "PG0027").GetMessage());
        }

        [Fact]
        public void Paper_without_summary_reports_PG0001_at_its_title_as_in_text_dumps()
        {
            var run = Run("{\n\"id\":\"1\",\n\"title\": \"Lost Abstract\"}");

            AssertAt(Only(run, "PG0001"), "PG0001", DiagnosticSeverity.Error, line: 3, column: 10);
        }

        [Fact]
        public void Field_of_the_wrong_type_reports_PG0028_warning_and_the_rest_is_read()
        {
            var run = Run("{\"id\":\"1\",\"title\":\"T\",\"summary\":\"S.\",\n \"upvotes\": \"64\", \"authors\": {}}");

            var diagnostics = run.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Character).ToList();
            AssertAt(diagnostics[0], "PG0028", DiagnosticSeverity.Warning, line: 2, column: 13);
            AssertAt(diagnostics[1], "PG0028", DiagnosticSeverity.Warning, line: 2, column: 30);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Fact]
        public void Abstract_too_long_reports_PG0029_and_skips_the_paper()
        {
            var run = Run("[" + Good + ",\n{\"id\":\"2\",\"title\":\"T\",\"summary\":\"" + new string('x', 30000) + "\"}]");

            AssertAt(Only(run, "PG0029"), "PG0029", DiagnosticSeverity.Warning, line: 2, column: 33);
        }

        [Fact]
        public void Content_after_the_JSON_reports_PG0020_there()
        {
            var run = Run(Good + "\n\nSome notes pasted below.");

            AssertAt(Only(run, "PG0020"), "PG0020", DiagnosticSeverity.Error, line: 3, column: 1);
        }

        [Fact]
        public void Empty_response_reports_only_PG0005_no_papers()
        {
            var run = Run("[]\n");

            Assert.Equal("PG0005", Assert.Single(run.GeneratorDiagnostics).Id);
            Assert.Empty(run.CompilationDiagnostics);
        }
    }
}
