using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Hostile
{
    /// <summary>
    /// Titles and abstracts that try to break out of string literals, comments, XML docs or directives,
    /// or to hide what they say. They must compile on both targets and read back exactly, or lose only
    /// their invisible characters with PG0007.
    /// </summary>
    public class HostileTextTests
    {
        private static readonly string LongTitle = string.Concat(Enumerable.Repeat("Abc ", 149)) + "Abcd";

        // (title, abstract, title read back, abstract read back); null read-back means unchanged.
        public static readonly (string Title, string Abstract, string? TitleBack, string? AbstractBack)[] Cases =
        {
            ("Quotes \"inside\" and a \\ backslash\\", "She said \"hi\" and wrote C:\\temp\\ then \\\" as well.", null, null),
            ("Comments */ end /* open // here", "An abstract with */ and /* and // inside it, and a final */.", null, null),
            ("</summary><script>alert(1)</script> & &amp; <remarks>", "Markup </remarks></summary><!-- <![CDATA[ & &amp; &lt; > in text.", null, null),
            ("#error This is not a directive", "#region Neither is this\n#endif nor this, on lines of their own.", null, "#region Neither is this #endif nor this, on lines of their own."),
            ("Braces { } and $\"{x}\" and \"\"\" raw", "Interpolation $\"{System.Environment.Exit(1)}\" and \"\"\" and {{ }} stay text.", null, null),
            ("Separators\u2028in\u2029a\u0085title", "Line\u2028and paragraph\u2029separators and next\u0085line.", "Separators in a title", "Line and paragraph separators and next line."),
            ("Bidi \u202Eevil\u202C and \u2066isolates\u2069", "Trojan \u202Asource\u202B \u202D text\u2067 \u2068here.", "Bidi evil and isolates", "Trojan source  text here."),
            ("Zero\u200Bwidth\u200C\u200Djoiners\uFEFF", "Hidden\u200B\u2060 words\u200F.", "Zerowidthjoiners", "Hidden words."),
            ("Bell\u0007and\u001Bescape\u0001", "Controls\u0002 \u0008back\u007Fspace.", "Bellandescape", "Controls backspace."),
            ("Emoji 🚀🧠 CJK 大型语言模型 Greek αβγ Hebrew שלום Arabic مرحبا", "Mixed scripts: 日本語, 한국어, Ελληνικά, עברית, العربية, and 🚀.", null, null),
            ("class", "A title that is a C# keyword.", null, null),
            ("3D Gaussians from 2D Images", "A title that starts with a digit.", null, null),
            ("?!", "A title that is only punctuation.", null, null),
            (LongTitle, "A title that is 600 characters long.", null, null),
            ("Graph Networks", "The first of two titles with the same identifier.", null, null),
            ("Graph-Networks", "The second of two titles with the same identifier.", null, null),
            ("Monet: One Paper", "The first of two short names that collide.", null, null),
            ("Monet: Another Paper", "The second of two short names that collide.", null, null),
            ("All", "A title that is a member of the generated class.", null, null),
            ("Titles", "Another title that is a member of the generated class.", null, null),
        };

        public static IEnumerable<object[]> Layouts() => new[] { new object[] { "plain" }, new object[] { "markdown" } };

        public static string PlainDump() => string.Join("\n\n", Cases.Select(c => c.Title + "\n\n" + c.Abstract)) + "\n";

        public static string MarkdownDump() => string.Join("\n\n", Cases.Select(c => "### " + c.Title + "\n\n" + c.Abstract)) + "\n";

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Hostile_text_compiles_for_net8_and_netstandard20_and_reads_back(string layout)
        {
            var dump = new DumpFile("/project/papers/hostile.txt", layout == "plain" ? PlainDump() : MarkdownDump(), ClassName: "Hostile");

            var modern = GeneratorHarness.Run(dump, TargetSet.Net80, LanguageVersion.Latest);
            var legacy = GeneratorHarness.Run(dump, TargetSet.NetStandard20, LanguageVersion.CSharp7_3);

            Assert.Empty(modern.CompilationDiagnostics);
            Assert.Empty(legacy.CompilationDiagnostics);
            Assert.All(modern.GeneratorDiagnostics, d => Assert.Equal("PG0007", d.Id));
            Assert.DoesNotContain("u8;", legacy.Source);
            foreach (var run in new[] { modern, legacy })
            {
                var all = (IReadOnlyList<Paper>)run.ReadStatic("TestApp.Hostile", "All")!;
                Assert.Equal(Cases.Select(c => c.TitleBack ?? c.Title), all.Select(p => p.Title));
                Assert.Equal(Cases.Select(c => c.AbstractBack ?? c.Abstract), all.Select(p => p.Abstract));
                var titles = run.Load().GetType("TestApp.Hostile+Titles", throwOnError: true)!;
                Assert.Equal(all.Select(p => p.Title), all.Select(p => (string)titles.GetField(p.Identifier)!.GetRawConstantValue()!));
            }
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Generated_source_for_hostile_text_has_no_hidden_characters_valid_identifiers_and_well_formed_docs(string layout)
        {
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/hostile.txt", layout == "plain" ? PlainDump() : MarkdownDump(), ClassName: "Hostile"));

            GeneratedSourceChecks.AssertAll(run.Source);
        }

        [Fact]
        public void Every_removed_invisible_character_is_reported_at_its_place_in_the_file()
        {
            var text = PlainDump();
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/hostile.txt", text, ClassName: "Hostile"));

            var warnings = run.GeneratorDiagnostics.Where(d => d.Id == "PG0007").ToList();
            Assert.NotEmpty(warnings);
            foreach (var warning in warnings)
            {
                var at = warning.Location.SourceSpan.Start;
                Assert.True(IsInvisible(text[at]), $"PG0007 points at U+{(int)text[at]:X4}, which is visible");
            }
        }

        [Fact]
        public void Colliding_identifiers_and_short_names_get_distinct_valid_names()
        {
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/hostile.txt", PlainDump(), ClassName: "Hostile"));

            var all = (IReadOnlyList<Paper>)run.ReadStatic("TestApp.Hostile", "All")!;
            var identifiers = all.Select(p => p.Identifier).ToList();
            Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
            Assert.All(identifiers, id => Assert.True(SyntaxFacts.IsValidIdentifier(id), id));
            Assert.All(identifiers, id => Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(id)));
        }

        private static bool IsInvisible(char c)
        {
            var category = char.GetUnicodeCategory(c);
            return category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;
        }
    }
}
