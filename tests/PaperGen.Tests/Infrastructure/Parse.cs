using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Parsing;

namespace PaperGen.Tests.Infrastructure
{
    /// <summary>Runs the parser alone on a string, bytes or a fixture, as the generator would.</summary>
    internal static class Parse
    {
        public const string DumpPath = "/project/papers/dump.txt";

        public static ParsedDump Text(string text, string path = DumpPath)
            => DumpParser.Parse(SourceText.From(text, Encoding.UTF8), path, CancellationToken.None);

        public static ParsedDump Bytes(byte[] bytes) => DumpParser.Parse(SourceText.From(bytes, bytes.Length), DumpPath, CancellationToken.None);

        /// <summary>A fixture under Fixtures/, at the path a project would give it.</summary>
        public static ParsedDump Fixture(string name) => Text(Fixtures.Read(name), "/project/papers/" + System.IO.Path.GetFileName(name));
    }
}
