using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Parsing;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Hostile
{
    /// <summary>
    /// Lines built to make a backtracking pattern or a rescanning loop take quadratic time. The generator
    /// runs inside the compiler: a dump must never stall a build. Linearity is checked as work, not time:
    /// the parser counts the steps and characters its loops visit (<see cref="ParsedDump.Work"/>), and four
    /// times the input must cost about four times the work.
    /// </summary>
    public class PathologicalLineTests
    {
        private const int LineLength = 19000;

        // Four times the input may cost a little more than four times the work (fixed costs do not scale).
        private const double LinearGrowth = 4.5;

        public static TheoryData<string, string> Lines() => new()
        {
            { "heading with a long run of spaces", "# a" + new string(' ', LineLength) + "b" },
            { "address ending in closing brackets", "https://example.org/a" + new string(')', LineLength) },
            { "address ending in mixed brackets", "Code at https://example.org/" + string.Concat(Enumerable.Repeat(")]", LineLength / 2)) },
            { "many unclosed links", string.Concat(Enumerable.Repeat("[a](x", LineLength / 5)) },
            { "many unclosed brackets", new string('[', LineLength) },
            { "many separators", string.Concat(Enumerable.Repeat("a ·", LineLength / 3)) },
            { "reference definition without spaces", "[1]: " + new string('x', LineLength) },
            { "unbalanced JSON", "{\"a\":" + string.Concat(Enumerable.Repeat("[", LineLength - 5)) },
            { "many HTML tags", string.Concat(Enumerable.Repeat("<video ", LineLength / 7)) },
            { "paper page label run", "Abstract\n\narxiv:2401.00001\n\n" + string.Concat(Enumerable.Repeat("Authors: a,", LineLength / 11)) },
        };

        private static string Dump(string line, int copies)
            => "### Title\n\nAn abstract.\n\n" + string.Join("\n\nFiller Title\n\n", Enumerable.Repeat(line, copies)) + "\n";

        private static ParsedDump Parse(string text) => DumpParser.Parse(SourceText.From(text), "/project/papers/slow.txt", CancellationToken.None);

        [Theory]
        [MemberData(nameof(Lines))]
        public void Dump_of_pathological_lines_is_read_with_work_linear_in_its_size(string name, string line)
        {
            var once = Parse(Dump(line, 25));
            var four = Parse(Dump(line, 100));

            // Every line was read, none set aside as too long (PG0010), and each character was visited.
            Assert.DoesNotContain(four.Diagnostics, d => d.Id == "PG0010");
            Assert.True(four.Work >= 100L * LineLength, $"{name}: work {four.Work} is less than the text it should have read");
            Assert.True(four.Work <= once.Work * LinearGrowth, $"{name}: 4x the input cost {(double)four.Work / once.Work:F2}x the work");
        }

        [Theory]
        [MemberData(nameof(Lines))]
        public void Dump_of_pathological_lines_goes_through_the_generator_without_an_internal_error(string name, string line)
        {
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/slow.txt", Dump(line, 10)));

            Assert.False(run.GeneratorDiagnostics.Any(d => d.Id == "PG0099"), name);
        }

        [Fact]
        public void Listing_with_tens_of_thousands_of_cards_and_metadata_lines_is_read_with_linear_work()
        {
            const string Card = "117\nSubmitted by\nsomeone\n\nA Title Number {0}\n\nIts abstract, which ends here.\n· 14 authors\nMeta · Oct 4, 2026\n\n";
            static string Listing(int cards) => string.Concat(Enumerable.Range(0, cards).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, i)));

            var small = Parse(Listing(7500));
            var large = Parse(Listing(30000));

            Assert.Equal(30000, large.Papers.Count);
            Assert.True(large.Work <= small.Work * LinearGrowth, $"4x the cards cost {(double)large.Work / small.Work:F2}x the work");
        }
    }
}
