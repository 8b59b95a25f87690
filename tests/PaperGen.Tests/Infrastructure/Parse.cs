using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Parsing;

namespace PaperGen.Tests.Infrastructure
{
    internal static class Parse
    {
        public const string DumpPath = "/project/papers/dump.txt";

        public static ParsedDump Text(string text) => DumpParser.Parse(SourceText.From(text, Encoding.UTF8), DumpPath, CancellationToken.None);

        public static ParsedDump Bytes(byte[] bytes) => DumpParser.Parse(SourceText.From(bytes, bytes.Length), DumpPath, CancellationToken.None);
    }
}
