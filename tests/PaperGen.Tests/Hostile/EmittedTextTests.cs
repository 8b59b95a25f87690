using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PaperGen.Generator.Emit;
using Xunit;

namespace PaperGen.Tests.Hostile
{
    /// <summary>The emitter's text helpers on their own, for strings the parser would never hand them.</summary>
    public class EmittedTextTests
    {
        // Passed to the theories by index: xUnit serialises theory data, and a lone surrogate does not
        // survive that trip (it arrives as U+FFFD), which would leave the surrogate cases untested.
        private static readonly string[] Texts =
        {
            "plain",
            "quote \" backslash \\ end",
            "line\u2028para\u2029next\u0085cr\r\nlf\n",
            "bidi \u202E\u2066\u2069 zero\u200B\uFEFF",
            "controls \u0000\u0001\u001F\u007F\u0090",
            "lone high \uD800 and low \uDC00 and pair \uD83D\uDE80",
            "ends with lone high \uD800",
            "\uDC00 starts with lone low",
            "unassigned \uFFFF \uFFFE private \uE000",
        };

        public static TheoryData<int> Strings() => new(Enumerable.Range(0, Texts.Length));

        [Theory]
        [MemberData(nameof(Strings))]
        public void String_literal_holds_exactly_the_text_and_only_printable_characters(int index)
        {
            var text = Texts[index];
            var literal = CSharpLiteral.String(text);

            var token = ((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal)).Token;
            Assert.Equal(text, token.ValueText);
            Assert.DoesNotContain(literal, GeneratedSourceChecks.IsForbiddenRaw);
            Assert.False(HasUnpairedSurrogate(literal), "the literal holds an unpaired surrogate raw");
        }

        [Theory]
        [MemberData(nameof(Strings))]
        public void Xml_doc_text_is_well_formed_and_has_no_hidden_or_unpaired_characters(int index)
        {
            var text = Texts[index];
            var escaped = XmlDocText.Escape(text + " <tag> & &amp;");

            XElement.Parse("<doc>" + escaped + "</doc>");
            Assert.DoesNotContain(escaped, c => GeneratedSourceChecks.IsForbiddenRaw(c));
            Assert.False(HasUnpairedSurrogate(escaped), "the documentation holds an unpaired surrogate");
        }

        private static bool HasUnpairedSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
