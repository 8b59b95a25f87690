using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace PaperGen.Tests.Hostile
{
    /// <summary>What must hold for any generated source, whatever the dump held.</summary>
    internal static class GeneratedSourceChecks
    {
        /// <summary>Characters that would make the source read differently from what it compiles to.</summary>
        public static bool IsForbiddenRaw(char c)
            => (c < ' ' && c != '\r' && c != '\n')
            || (c >= '\u007F' && c <= '\u009F')
            || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069')
            || (c >= '\u200B' && c <= '\u200F')
            || c == '\u061C' || c == '\u2060' || c == '\uFEFF'
            || c == '\u2028' || c == '\u2029' || c == '\u0085';

        public static void AssertNoHiddenCharacters(string source)
        {
            for (var i = 0; i < source.Length; i++)
            {
                Assert.False(IsForbiddenRaw(source[i]), $"generated source holds raw U+{(int)source[i]:X4} at offset {i}");
            }
        }

        /// <summary>Parses every run of <c>///</c> lines as one XML fragment.</summary>
        public static void AssertXmlDocsWellFormed(string source)
        {
            var block = new List<string>();
            foreach (var line in source.Split('\n').Select(l => l.TrimEnd('\r').TrimStart()).Append(string.Empty))
            {
                if (line.StartsWith("///", System.StringComparison.Ordinal))
                {
                    block.Add(line.Substring(3));
                    continue;
                }

                if (block.Count > 0)
                {
                    var xml = "<doc>" + string.Join("\n", block) + "</doc>";
                    var parsed = Record.Exception(() => XDocument.Parse(xml));
                    Assert.True(parsed is null, "XML doc comment is not well-formed: " + parsed?.Message + "\n" + xml);
                    block.Clear();
                }
            }
        }

        public static void AssertIdentifiersValid(string source)
        {
            var root = CSharpSyntaxTree.ParseText(source).GetRoot();
            var names = root.DescendantNodes().OfType<PropertyDeclarationSyntax>().Select(p => p.Identifier.ValueText)
                .Concat(root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText));
            foreach (var name in names)
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(name), $"'{name}' is not a valid identifier");
            }
        }

        public static void AssertAll(string source)
        {
            AssertNoHiddenCharacters(source);
            AssertXmlDocsWellFormed(source);
            AssertIdentifiersValid(source);
        }
    }
}
