using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Parsing;
using PaperGen.Tests.Infrastructure;

namespace PaperGen.Tests.Layouts
{
    /// <summary>Runs the parser alone on a fixture or a string, as the generator would.</summary>
    internal static class Parsing
    {
        public static ParsedDump Fixture(string name) => Text(Fixtures.Read(name), "/project/papers/" + System.IO.Path.GetFileName(name));

        public static ParsedDump Text(string text, string path = "/project/papers/papers.txt")
            => DumpParser.Parse(SourceText.From(text), path, CancellationToken.None);
    }
}
