using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Parsing.Json;
using PaperGen.Tests.Infrastructure;
using PaperGen.Tests.Properties;
using Xunit;

namespace PaperGen.Tests.Json
{
    /// <summary>
    /// Properties over JSON dumps drawn by <see cref="JsonGrammar"/>: valid ones read back exactly, damaged
    /// ones never throw, and the reader accepts exactly the JSON System.Text.Json accepts.
    /// </summary>
    public class JsonProperties
    {
        private const string Path = "/project/papers/drawn.json";

        // Compiling and loading costs about a hundred times as much as reading: only every Nth case.
        private const int GenerateEvery = 50;

        private static readonly string[] JsonInserts =
        {
            "\"", "\\", ",", ":", "[", "]", "{", "}", "\\u12", "\\uD83D", "\\x", "null", "-", "01", "1e", "true", "\n", "\r\n", "\t", " ",
            "\u00A0", "\uFEFF", "\u2028", "\0", "\u0001", ",]", ",}", "{\"id\":1}", "[[[[", "]]]]", "\"title\":", "\"paper\":{}", "42",
        };

        private static readonly Gen<Mutation> JsonMutation = Gen.Frequency(
            (3, Gen.Select(Gen.Enum<Mutation.Kinds>(), Gen.Double[0, 1], Gen.Double[0, 1], Gen.OneOf(JsonInserts), (kind, at, to, text) => new Mutation(kind, at, to, text))),
            (1, Mutation.Any));

        private static readonly Gen<(JsonCase Dump, Mutation[] Mutations)> Damaged = Gen.Select(JsonGrammar.Case, JsonMutation.Array[1, 4]);

        private static ParsedDump Read(string json)
        {
            Assert.True(JsonDumpReader.TryRead(SourceText.From(json), Path, CancellationToken.None, out var parsed), "not read as JSON");
            return parsed;
        }

        [Fact]
        public void Drawn_JSON_dumps_read_back_every_title_abstract_and_field()
        {
            PropertyRunner.ForAll(JsonGrammar.Case, PropertyRunner.Scaled(3000), (dump, i) =>
            {
                var json = JsonGrammar.Render(dump);
                var parsed = Read(json);

                Assert.All(parsed.Diagnostics, d => Assert.Equal("PG0007", d.Id));
                Assert.Equal(dump.Cards.Select(JsonGrammar.ExpectedTitle), parsed.Papers.Select(p => p.Title));
                Assert.Equal(dump.Cards.Select(JsonGrammar.ExpectedAbstract), parsed.Papers.Select(p => p.Abstract));
                Assert.Equal(dump.Cards.Select(c => JsonGrammar.ExpectedMeta(dump.Shape, c)), parsed.Papers.Select(p => p.Metadata));
                foreach (var paper in parsed.Papers)
                {
                    Assert.Equal('"', json[paper.TitleLocation.Span.Start]);
                    Assert.Equal('"', json[paper.AbstractLocation.Span.End - 1]);
                }

                if (i % GenerateEvery == 0 && parsed.Papers.Select(p => p.Title).Distinct().Count() == parsed.Papers.Count)
                {
                    var run = GeneratorHarness.Run(new DumpFile(Path, json, ClassName: "Drawn"));
                    Assert.Empty(run.CompilationDiagnostics);
                    if (parsed.Papers.Count > 0)
                    {
                        var all = (IReadOnlyList<Paper>)run.ReadStatic("TestApp.Drawn", "All")!;
                        Assert.Equal(
                            parsed.Papers.Select(p => (p.Title, p.Abstract, p.Metadata.ArxivId, p.Metadata.Upvotes, p.Metadata.AuthorCount, p.Metadata.Organization, p.Metadata.CodeUrl)),
                            all.Select(p => (p.Title, p.Abstract, p.ArxivId, p.Upvotes, p.AuthorCount, p.Organization, p.CodeUrl)));
                    }
                }
            });
        }

        [Fact]
        public void Damaged_JSON_dumps_never_throw_and_every_diagnostic_is_inside_the_file()
        {
            PropertyRunner.ForAll(Damaged, PropertyRunner.Scaled(4000), (input, i) =>
            {
                var text = Mutation.ApplyAll(JsonGrammar.Render(input.Dump), input.Mutations);
                var source = SourceText.From(text);

                var parsed = DumpParser.Parse(source, Path, CancellationToken.None);

                foreach (var diagnostic in parsed.Diagnostics)
                {
                    var location = diagnostic.Location;
                    Assert.InRange(location.Span.End, location.Span.Start, text.Length);
                    var start = source.Lines.GetLinePosition(location.Span.Start);
                    Assert.Equal(start, location.LineSpan.Start);
                }

                if (i % GenerateEvery == 0)
                {
                    var run = GeneratorHarness.Run(new DumpFile(Path, text, ClassName: "Drawn"));
                    Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PG0099");
                    Assert.Empty(run.CompilationDiagnostics);
                }
            });
        }

        [Fact]
        public void Damaged_JSON_is_an_error_exactly_when_System_Text_Json_rejects_it()
        {
            var options = new System.Text.Json.JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = JsonReader.DefaultMaxDepth };
            PropertyRunner.ForAll(Damaged, PropertyRunner.Scaled(4000), (input, _) =>
            {
                var text = Mutation.ApplyAll(JsonGrammar.Render(input.Dump), input.Mutations);

                // A leading byte order mark we skip and System.Text.Json does not; raw lone surrogates are not UTF-8 at all.
                if (text.StartsWith("\uFEFF", StringComparison.Ordinal) || HasLoneSurrogate(text))
                {
                    return;
                }

                bool theirs;
                try
                {
                    using var document = System.Text.Json.JsonDocument.Parse(text, options);
                    theirs = true;
                }
                catch (System.Text.Json.JsonException)
                {
                    theirs = false;
                }

                var reader = new JsonReader(text);
                while (reader.Read())
                {
                }

                Assert.Equal(theirs, reader.Kind == JsonTokenKind.End);
            });
        }

        private static bool HasLoneSurrogate(string text)
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
