using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace PaperGen.Tests.Coverage
{
    /// <summary>
    /// Generator paths no other test reaches: files the compiler cannot read, a failure of ours, the line
    /// length limit at its edge, option values in every spelling, projects without a usable RootNamespace,
    /// and additional files that are not dumps.
    /// </summary>
    public class GeneratorCoverageTests
    {
        private const string Good = "A Paper\n\nIts abstract.\n";

        [Fact]
        public void A_failure_while_reading_a_dump_reports_PG0099_at_the_file_instead_of_dropping_all_output()
        {
            var run = GeneratorProbe.Run(
                new ProbeFile(new FailingFile("/project/papers/broken.txt", new InvalidOperationException("simulated bug")), GeneratorProbe.DumpMetadata()),
                GeneratorProbe.Dump("/project/papers/fine.txt", Good));

            Assert.DoesNotContain("CS8785", run.Ids);
            Assert.Null(run.Result.Exception);
            var failure = run.Single("PG0099");
            Assert.Equal("/project/papers/broken.txt", failure.Location.GetLineSpan().Path);
            Assert.Equal(new LinePosition(0, 0), failure.Location.GetLineSpan().StartLinePosition);
            Assert.Contains("InvalidOperationException: simulated bug", failure.GetMessage(), StringComparison.Ordinal);
            Assert.NotNull(run.Output.GetTypeByMetadataName("Probe.FinePapers"));

            // The broken dump keeps its (empty) class, so code that names it sees PG0099, not CS0234 (issue 8).
            Assert.NotNull(run.Output.GetTypeByMetadataName("Probe.BrokenPapers"));
        }

        [Fact]
        public void A_dump_the_compiler_cannot_read_reports_PG0008_could_not_be_read()
        {
            var run = GeneratorProbe.Run(new ProbeFile(new TextFile("/project/papers/gone.txt", text: null), GeneratorProbe.DumpMetadata()));

            var diagnostic = run.Single("PG0008");
            Assert.Equal("/project/papers/gone.txt", diagnostic.Location.GetLineSpan().Path);
            Assert.Equal(new LinePosition(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
            Assert.Contains("could not be read", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(new[] { "PG0008" }, run.Ids);
            Assert.NotNull(run.Output.GetTypeByMetadataName("Probe.GonePapers"));
        }

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void A_line_of_exactly_20000_characters_is_read_as_an_abstract(string newLine)
        {
            var text = "A Long Paper" + newLine + newLine + AbstractOf(20_000) + newLine;

            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/long.txt", text));

            Assert.Empty(run.GeneratorDiagnostics);
            var paper = Assert.Single((IReadOnlyList<Paper>)run.ReadStatic("Probe.LongPapers", "All")!);
            Assert.Equal(AbstractOf(20_000), paper.Abstract);
        }

        [Fact]
        public void A_line_of_20001_characters_reports_PG0010_at_its_first_column()
        {
            var text = "A Long Paper\n\n" + AbstractOf(20_001) + "\n\nA Short Paper\n\nIts abstract.\n";

            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/long.txt", text));

            var tooLong = run.Single("PG0010");
            Assert.Equal(new LinePosition(2, 0), tooLong.Location.GetLineSpan().StartLinePosition);
            Assert.Contains("20001", tooLong.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("20000", tooLong.GetMessage(), StringComparison.Ordinal);
            var all = (IReadOnlyList<Paper>)run.ReadStatic("Probe.LongPapers", "All")!;
            Assert.DoesNotContain(all, p => p.Abstract.Length > 20_000);
            Assert.Contains(all, p => p.Title == "A Short Paper");
        }

        [Theory]
        [InlineData("My.class.Papers")]
        [InlineData("My..Papers")]
        [InlineData("My.2nd")]
        public void A_Namespace_with_a_keyword_or_an_empty_or_invalid_part_reports_PG0006_and_generates_nothing(string ns)
        {
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/reading.txt", Good, ns: ns));

            var invalid = run.Single("PG0006");
            Assert.Contains("Namespace", invalid.GetMessage(), StringComparison.Ordinal);
            Assert.Contains(ns, invalid.GetMessage(), StringComparison.Ordinal);
            Assert.Equal("/project/papers/reading.txt", invalid.Location.GetLineSpan().Path);
            Assert.Empty(run.Result.GeneratedSources);
        }

        [Theory]
        [InlineData("class")]
        [InlineData("My.Papers")]
        [InlineData("2Papers")]
        public void A_ClassName_that_is_not_an_identifier_reports_PG0006_and_generates_nothing(string className)
        {
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/reading.txt", Good, className: className));

            Assert.Contains("ClassName", run.Single("PG0006").GetMessage(), StringComparison.Ordinal);
            Assert.Empty(run.Result.GeneratedSources);
        }

        [Theory]
        [InlineData("internal", Accessibility.Internal)]
        [InlineData("Internal", Accessibility.Internal)]
        [InlineData(" INTERNAL ", Accessibility.Internal)]
        [InlineData("Public", Accessibility.Public)]
        [InlineData("", Accessibility.Public)]
        public void Accessibility_is_read_in_any_case(string value, Accessibility expected)
        {
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/reading.txt", Good, accessibility: value));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(expected, run.Output.GetTypeByMetadataName("Probe.ReadingPapers")!.DeclaredAccessibility);
        }

        [Theory]
        [InlineData("private")]
        [InlineData("protected internal")]
        public void An_Accessibility_other_than_public_or_internal_reports_PG0006_and_generates_nothing(string value)
        {
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/reading.txt", Good, accessibility: value));

            Assert.Contains("Accessibility", run.Single("PG0006").GetMessage(), StringComparison.Ordinal);
            Assert.Contains(value.Trim(), run.Single("PG0006").GetMessage(), StringComparison.Ordinal);
            Assert.Empty(run.Result.GeneratedSources);
        }

        [Theory]
        [InlineData(null, "ReadingPapers")]
        [InlineData("", "ReadingPapers")]
        [InlineData("my-app", "ReadingPapers")]
        [InlineData("My.class", "ReadingPapers")]
        [InlineData(" My.App ", "My.App.ReadingPapers")]
        public void A_missing_or_unusable_RootNamespace_puts_the_class_in_the_global_namespace_without_a_diagnostic(string? rootNamespace, string expectedType)
        {
            var global = new Dictionary<string, string>();
            if (rootNamespace is not null)
            {
                global[GeneratorProbe.RootNamespaceKey] = rootNamespace;
            }

            var run = GeneratorProbe.Run(new[] { GeneratorProbe.Dump("/project/papers/reading.txt", Good) }, globalOptions: global);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationErrorsAndWarnings);
            Assert.NotNull(run.Output.GetTypeByMetadataName(expectedType));
        }

        [Fact]
        public void A_Namespace_on_the_item_wins_over_RootNamespace()
        {
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/reading.txt", Good, ns: "Chosen.Place"));

            Assert.NotNull(run.Output.GetTypeByMetadataName("Chosen.Place.ReadingPapers"));
            Assert.Null(run.Output.GetTypeByMetadataName("Probe.ReadingPapers"));
        }

        [Fact]
        public void Additional_files_that_are_not_dumps_are_ignored_even_when_they_read_like_one()
        {
            var notDumps = new[]
            {
                new ProbeFile(new TextFile("/project/unmarked.txt", SourceTextOf(Good)), new Dictionary<string, string>()),
                new ProbeFile(new TextFile("/project/empty-marker.txt", SourceTextOf(Good)), new Dictionary<string, string> { [GeneratorProbe.DumpMarker] = string.Empty }),
                new ProbeFile(new TextFile("/project/false-marker.txt", SourceTextOf(Good)), new Dictionary<string, string> { [GeneratorProbe.DumpMarker] = "false" }),
                new ProbeFile(new TextFile("/project/unreadable.txt", text: null), new Dictionary<string, string>()),
                new ProbeFile(new FailingFile("/project/throws.txt", new InvalidOperationException("must not be read")), new Dictionary<string, string>()),
            };

            var run = GeneratorProbe.Run(notDumps.Append(GeneratorProbe.Dump("/project/papers/real.txt", Good)));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(new[] { "Probe.RealPapers" }, run.Result.GeneratedSources.Select(s => s.HintName.Substring(0, s.HintName.IndexOf(".g.cs", StringComparison.Ordinal) - 9)));
        }

        private static SourceText SourceTextOf(string text) => SourceText.From(text, Encoding.UTF8);

        // Sentences of words up to exactly `length` characters, ending in a full stop: an abstract on one line.
        private static string AbstractOf(int length)
        {
            var builder = new StringBuilder(length);
            while (builder.Length < length - 1)
            {
                builder.Append(builder.Length % 50 == 0 ? "Neurons " : "fire ");
            }

            builder.Length = length - 1;
            if (builder[builder.Length - 1] == ' ')
            {
                builder[builder.Length - 1] = 'x';
            }

            return builder.Append('.').ToString();
        }
    }
}
