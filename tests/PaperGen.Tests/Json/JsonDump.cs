using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Parsing.Json;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Json
{
    /// <summary>Reads JSON dumps the way the generator does, for tests below the driver.</summary>
    internal static class JsonDump
    {
        public const string Path = "/project/papers/dump.json";

        public const string RealDaily = "Json/daily_papers-2024-10-25.first4items.json";

        public const string PaperResponse = "Json/paper-2502.01234.json";

        public const string SearchResponse = "Json/search-sparse-2026.json";

        /// <summary>Reads <paramref name="json"/>, failing the test if it is not taken for JSON.</summary>
        public static ParsedDump Read(string json)
        {
            Assert.True(JsonDumpReader.TryRead(SourceText.From(json, Encoding.UTF8), Path, CancellationToken.None, out var result), "not read as JSON");
            return result;
        }

        /// <summary>What the whole parser makes of the text, JSON or not: the entry point DumpParser.Parse.</summary>
        public static ParsedDump Parse(string text) => DumpParser.Parse(SourceText.From(text, Encoding.UTF8), Path, CancellationToken.None);

        public static string Fixture(string name) => Fixtures.Read(name);

        /// <summary>
        /// How a text dump reads a hard-wrapped value: each line trimmed, blank lines dropped, joined with
        /// one space. Written here from the rule, not taken from the reader.
        /// </summary>
        public static string Joined(string value)
            => string.Join(" ", value.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

        /// <summary>The 1-based line and column of <paramref name="offset"/>, as an editor shows it.</summary>
        public static (int Line, int Column) LineColumn(string text, int offset)
        {
            var position = SourceText.From(text).Lines.GetLinePosition(offset);
            return (position.Line + 1, position.Character + 1);
        }

        public static (int Line, int Column) Start(Generator.Pipeline.LocationInfo location)
            => (location.LineSpan.Start.Line + 1, location.LineSpan.Start.Character + 1);

        public static int Nth(string text, string value, int n = 1)
        {
            var at = -1;
            for (var i = 0; i < n; i++)
            {
                at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
                Assert.True(at >= 0, "'" + value + "' is not in the text " + n + " times");
            }

            return at;
        }
    }
}
