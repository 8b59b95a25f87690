using System;
using System.Diagnostics;
using System.Linq;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Hostile
{
    /// <summary>
    /// Lines built to make a backtracking pattern or a rescanning loop take quadratic time. The generator
    /// runs inside the compiler: a dump must never stall a build. Each dump is about 2 MB; a linear reader
    /// takes well under a second, a quadratic one minutes.
    /// </summary>
    public class PathologicalLineTests
    {
        private const int LineLength = 19000;
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

        public static TheoryData<string, string> Lines() => new()
        {
            { "heading with a long run of spaces", "# a" + new string(' ', LineLength) + "b" },
            { "address ending in closing brackets", "https://example.org/a" + new string(')', LineLength) },
            { "address ending in mixed brackets", "Code at https://example.org/" + string.Concat(Enumerable.Repeat(")]", LineLength / 2)) },
            { "many unclosed links", string.Concat(Enumerable.Repeat("[a](x", LineLength / 5)) },
            { "many unclosed brackets", new string('[', LineLength) },
            { "many separators", string.Concat(Enumerable.Repeat("a ·", LineLength / 3)) },
            { "reference definition without spaces", "[1]: " + new string('x', LineLength) },
        };

        [Theory]
        [MemberData(nameof(Lines))]
        public void Dump_of_pathological_lines_is_read_in_linear_time(string name, string line)
        {
            var text = "### Title\n\nAn abstract.\n\n" + string.Join("\n\nFiller Title\n\n", Enumerable.Repeat(line, 100)) + "\n";

            var clock = Stopwatch.StartNew();
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/slow.txt", text));
            clock.Stop();

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PG0099");
            Assert.True(clock.Elapsed < Budget, $"{name}: took {clock.Elapsed.TotalSeconds:F1} s");
        }

        [Fact]
        public void Listing_with_tens_of_thousands_of_cards_and_metadata_lines_is_read_in_linear_time()
        {
            var card = "117\nSubmitted by\nsomeone\n\nA Title Number {0}\n\nIts abstract, which ends here.\n· 14 authors\nMeta · Oct 4, 2026\n\n";
            var text = string.Concat(Enumerable.Range(0, 30000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, card, i)));

            var clock = Stopwatch.StartNew();
            var parsed = PaperGen.Generator.Parsing.DumpParser.Parse(Microsoft.CodeAnalysis.Text.SourceText.From(text), "/project/papers/big.txt", default);
            clock.Stop();

            Assert.Equal(30000, parsed.Papers.Count);
            Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed.TotalSeconds:F1} s");
        }
    }
}
