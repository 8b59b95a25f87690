using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.CompiledData;
using PaperGen.Generator.Emit;
using PaperGen.Tests.Coverage;
using Xunit;

namespace PaperGen.Tests.Runtime
{
    /// <summary>
    /// Compiled data carried as <c>const string</c> fields (issue 12): whatever bytes a part holds, the literal
    /// the generator writes compiles and the runtime reads the same bytes back; generated code picks this
    /// carrier when the runtime has it, and keeps <c>"…"u8</c> literals when the project asks for them.
    /// </summary>
    public class ConstantCarrierTests
    {
        public static TheoryData<string, string> Parts => new()
        {
            { "empty", string.Empty },
            { "one byte (odd length, padded)", "a" },
            { "packed numbers", "0000o\\o0_^]" },
            { "a quote, a backslash and a newline as whole units", "\"\0\\\0\n\0\r\0" },
            { "bytes that pair into a line separator", "( " },
            { "bytes that pair into a lone surrogate", "a\u0628" },
            { "bytes that pair into a C1 control (NEL)", "x\u0105\0" },
            { "bytes that pair into a noncharacter", "\u00ff" + "\uffff" },
            { "text in several scripts", "Café — Привет, 世界 🙂 \u202e" },
        };

        [Theory]
        [MemberData(nameof(Parts))]
        public void A_part_reads_back_byte_for_byte_whatever_its_bytes(string what, string part)
        {
            var holder = CompileHolder("Part0", ConstantPartLiteral.For(part));

            var read = new ConstantParts(holder).Read(0).ToArray();

            Assert.True(Encoding.UTF8.GetBytes(part).SequenceEqual(read), what);
        }

        [Theory]
        [MemberData(nameof(Parts))]
        public void A_part_reads_the_same_in_place_and_through_reflection(string what, string part)
        {
            var holder = CompileHolder("Part0", ConstantPartLiteral.For(part));

            Assert.True(new ConstantParts(holder, inPlace: false).Read(0).SequenceEqual(new ConstantParts(holder).Read(0)), what);
        }

        [Fact]
        public void Parts_among_other_constants_and_types_read_back_each_its_own_bytes()
        {
            // Blobs longer than 16 KB have a 4-byte length; other types' constants and non-part fields sit between
            // the parts in the metadata tables, as the generated Titles class's do.
            var parts = new Dictionary<int, string>
            {
                [-1] = new string('i', 70_001),
                [0] = "0000o\\o0_^]",
                [1] = string.Empty,
                [3] = "x",
                [4] = string.Concat(Enumerable.Repeat("Café — Привет ", 2_000)),
                [(1 << 11) | 7] = "chunk (file 1, local chunk 7)",
            };
            var source = new StringBuilder("internal static class Before { public const string Part0 = \"not ours\"; public const int Part1 = 3; }\n")
                .Append("internal static class Holder {\n    public const string Title = \"not a part\";\n    internal static readonly int Partial = 1;\n    private const string Parts = \"no number\";\n");
            foreach (var part in parts)
            {
                source.Append("    private const string ").Append(part.Key < 0 ? "PartMinus" + -part.Key : "Part" + part.Key).Append(" = ").Append(ConstantPartLiteral.For(part.Value)).Append(";\n");
            }

            var holder = Compile(source.Append("}\ninternal static class After { public const string Part4 = \"not ours\"; }").ToString(), "Holder");

            var inPlace = new ConstantParts(holder);
            var reflected = new ConstantParts(holder, inPlace: false);
            foreach (var part in parts)
            {
                Assert.True(Encoding.UTF8.GetBytes(part.Value).AsSpan().SequenceEqual(inPlace.Read(part.Key)), "part " + part.Key);
                Assert.True(reflected.Read(part.Key).SequenceEqual(inPlace.Read(part.Key)), "part " + part.Key);
            }

            Assert.Equal(0, inPlace.Read(2).Length);
        }

        [Fact]
        public void Fields_named_almost_like_parts_are_read_as_no_part_in_place_and_through_reflection()
        {
            // The in-place reader parses names where they lie in the metadata; it must refuse what the carrier's parser refuses.
            var source = "internal static class Holder {\n"
                + "    private const string Part7x = \"trailing letter\";\n"
                + "    private const string PartMinus = \"no digits\";\n"
                + "    private const string PartMinu5 = \"not Minus\";\n"
                + "    private const string Part1234567890 = \"ten digits\";\n"
                + "    private const string PartMinus1 = " + ConstantPartLiteral.For("two") + ";\n"
                + "    private const string Part123456789 = " + ConstantPartLiteral.For("nine digits") + ";\n"
                + "}";
            var holder = Compile(source, "Holder");

            foreach (var parts in new[] { new ConstantParts(holder), new ConstantParts(holder, inPlace: false) })
            {
                Assert.Equal(0, parts.Read(7).Length);
                Assert.Equal(0, parts.Read(5).Length);
                Assert.Equal(0, parts.Read(1234567890).Length);
                Assert.Equal("two", Encoding.UTF8.GetString(parts.Read(-1)));
                Assert.Equal("nine digits", Encoding.UTF8.GetString(parts.Read(123456789)));
            }
        }

        [Fact]
        public void Reading_a_part_in_place_copies_none_of_its_bytes()
        {
            var holder = CompileHolder("PartMinus1", ConstantPartLiteral.For(new string('w', 1_000_000)));
            var parts = new ConstantParts(holder);
            parts.Read(0);

            var before = GC.GetAllocatedBytesForCurrentThread();
            var index = parts.Read(-1);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(1_000_000, index.Length);
            Assert.True(allocated < 10_000, allocated + " bytes allocated to read a 1 MB part");
        }

        [Fact]
        public void A_part_the_holder_does_not_have_reads_as_empty()
        {
            var holder = CompileHolder("Part0", ConstantPartLiteral.For("x"));

            var parts = new ConstantParts(holder);

            Assert.Equal(0, parts.Read(1).Length);
            Assert.Equal(0, parts.Read(5000).Length);
            Assert.Equal(0, parts.Read(-1).Length);
        }

        [Fact]
        public void Generated_code_carries_the_data_in_constants_when_the_runtime_reads_them()
        {
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/lookup.txt", Dump, className: "Lookup"));

            Assert.Empty(run.CompilationErrorsAndWarnings);
            var source = run.SourceText();
            Assert.Contains("FromCompiledConstants(typeof(__PaperGenData)", source, StringComparison.Ordinal);
            Assert.Contains("private const string Part0 = ", source, StringComparison.Ordinal);
            Assert.DoesNotContain("u8;", source, StringComparison.Ordinal);
            AssertReadsBack(run.Catalog("Probe.Lookup"));
        }

        [Fact]
        public void PaperGenDataCarrier_Utf8Literals_keeps_the_literal_carrier_with_the_same_papers()
        {
            var options = new Dictionary<string, string> { [GeneratorProbe.RootNamespaceKey] = "Probe", ["build_property.PaperGenDataCarrier"] = "Utf8Literals" };
            var run = GeneratorProbe.Run(new[] { GeneratorProbe.Dump("/project/papers/lookup.txt", Dump, className: "Lookup") }, globalOptions: options);

            Assert.Empty(run.CompilationErrorsAndWarnings);
            Assert.Contains("FromCompiledData(Part,", run.SourceText(), StringComparison.Ordinal);
            AssertReadsBack(run.Catalog("Probe.Lookup"));
        }

        private const string Dump = "Monet: Mixture of Monosemantic Experts\n\nExperts that are sparse.\n\n"
            + "Café Neurons\n\nNeurons that respond to coffee, «quoted» and \"quoted\".\n\n"
            + "Graph Networks\n\nA third paper.\n";

        private static void AssertReadsBack(PaperCatalog catalog)
        {
            Assert.Equal(3, catalog.Count);
            Assert.True(catalog.TryGetByTitle("Café Neurons", out var cafe));
            Assert.Equal("Neurons that respond to coffee, «quoted» and \"quoted\".", cafe.Abstract);
            Assert.Equal("Experts that are sparse.", catalog.Find("monet mixture of monosemantic experts")!.Abstract);
            Assert.Equal("Graph Networks", catalog[2].Title);
        }

        private static Type CompileHolder(string field, string literal)
            => Compile("internal static class Holder { private const string " + field + " = " + literal + "; }", "Holder");

        private static Type Compile(string source, string type)
        {
            var compilation = CSharpCompilation.Create(
                "Holder" + Guid.NewGuid().ToString("N"),
                new[] { CSharpSyntaxTree.ParseText(source) },
                Net80.References.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            Assert.Empty(emit.Diagnostics);
            stream.Position = 0;
            return AssemblyLoadContext.Default.LoadFromStream(stream).GetType(type, throwOnError: true)!;
        }
    }
}
