using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Parsing.Json;
using Xunit;

namespace PaperGen.Tests.Json
{
    public class JsonReaderTests
    {
        /// <summary>Every token as kind:value, then the final state (End or the error kind).</summary>
        internal static List<string> Tokens(string json, int maxDepth = JsonReader.DefaultMaxDepth)
        {
            var reader = new JsonReader(json, maxDepth);
            var tokens = new List<string>();
            while (reader.Read())
            {
                tokens.Add(reader.Kind is JsonTokenKind.String or JsonTokenKind.PropertyName or JsonTokenKind.Number
                    ? reader.Kind + ":" + reader.Value
                    : reader.Kind.ToString());
            }

            tokens.Add(reader.Kind == JsonTokenKind.Error ? "Error:" + reader.Error.Kind : reader.Kind.ToString());
            return tokens;
        }

        private static JsonError ErrorOf(string json, int maxDepth = JsonReader.DefaultMaxDepth)
        {
            var reader = new JsonReader(json, maxDepth);
            while (reader.Read())
            {
            }

            Assert.Equal(JsonTokenKind.Error, reader.Kind);
            return reader.Error;
        }

        private static string StringValue(string json)
        {
            var reader = new JsonReader(json);
            Assert.True(reader.Read(), json);
            Assert.Equal(JsonTokenKind.String, reader.Kind);
            var value = reader.Value;
            Assert.False(reader.Read());
            Assert.Equal(JsonTokenKind.End, reader.Kind);
            return value;
        }

        [Fact]
        public void Object_with_every_kind_of_value_reads_as_tokens_in_order()
        {
            Assert.Equal(
                new[]
                {
                    "StartObject", "PropertyName:a", "StartArray", "Number:1", "Number:-2.5e+3", "True", "False", "Null", "String:x", "EndArray",
                    "PropertyName:b", "StartObject", "EndObject", "PropertyName:", "StartArray", "EndArray", "EndObject", "End",
                },
                Tokens("{\"a\":[1,-2.5e+3,true,false,null,\"x\"],\"b\":{},\"\":[]}"));
        }

        [Theory]
        [InlineData("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t")]
        [InlineData("\"\\u0041\\u00e9\\u00E9\"", "Aéé")]
        [InlineData("\"plain text\"", "plain text")]
        [InlineData("\"\"", "")]
        [InlineData("\"a\\u0000b\"", "a\0b")]
        public void Escapes_decode_to_their_characters(string json, string expected)
            => Assert.Equal(expected, StringValue(json));

        [Fact]
        public void Escaped_surrogate_pair_decodes_to_one_emoji()
            => Assert.Equal("😀", StringValue("\"\\uD83D\\uDE00\""));

        [Fact]
        public void Raw_surrogate_pair_reads_unchanged()
            => Assert.Equal("a😀b🧠", StringValue("\"a😀b🧠\""));

        [Theory]
        [InlineData("\"\\uD83D\"", new[] { 0xD83D })]
        [InlineData("\"\\uDE00x\"", new[] { 0xDE00, 'x' })]
        [InlineData("\"\\uDE00\\uD83D\"", new[] { 0xDE00, 0xD83D })]
        public void Lone_escaped_surrogates_are_kept_for_the_text_check_to_remove(string json, int[] expected)
            => Assert.Equal(expected, StringValue(json).Select(c => (int)c));

        [Theory]
        [InlineData("0")]
        [InlineData("-0")]
        [InlineData("12")]
        [InlineData("-12.50")]
        [InlineData("1e10")]
        [InlineData("1E-2")]
        [InlineData("0.5e+7")]
        [InlineData("2147483648")]
        public void Valid_numbers_read_as_their_text(string number)
            => Assert.Equal(new[] { "Number:" + number, "End" }, Tokens(number));

        [Theory]
        [InlineData("01")]
        [InlineData("1.")]
        [InlineData("-")]
        [InlineData(".5")]
        [InlineData("1e")]
        [InlineData("+1")]
        [InlineData("1.2.3")]
        [InlineData("0x10")]
        [InlineData("--1")]
        public void Invalid_numbers_are_errors(string number)
            => Assert.StartsWith("Error:", Tokens("[" + number + "]").Last());

        [Theory]
        [InlineData("12", true, 12)]
        [InlineData("-7", true, -7)]
        [InlineData("2147483647", true, int.MaxValue)]
        [InlineData("2147483648", false, 0)]
        [InlineData("1.0", false, 0)]
        [InlineData("1e2", false, 0)]
        public void Whole_numbers_that_fit_read_as_int(string number, bool fits, int expected)
        {
            var reader = new JsonReader(number);
            reader.Read();
            Assert.Equal(fits, reader.TryGetInt32(out var value));
            Assert.Equal(expected, value);
        }

        [Fact]
        public void Whitespace_of_every_kind_JSON_allows_is_skipped()
            => Assert.Equal(new[] { "StartArray", "Number:1", "Number:2", "EndArray", "End" }, Tokens(" \t\r\n[\r\n\t1 ,\n2\r]\n\t "));

        [Theory]
        [InlineData("[1,\u00A02]")]
        [InlineData("[1,\u20032]")]
        [InlineData("[1,\u000B2]")]
        public void Whitespace_JSON_does_not_allow_is_an_error(string json)
            => Assert.Equal(JsonErrorKind.UnexpectedCharacter, ErrorOf(json).Kind);

        [Fact]
        public void Leading_byte_order_mark_is_skipped_and_counts_as_a_column_as_in_SourceText()
        {
            var reader = new JsonReader("\uFEFF[1]");
            Assert.True(reader.Read());
            Assert.Equal(JsonTokenKind.StartArray, reader.Kind);
            Assert.Equal(new JsonPosition(1, 0, 1), reader.Start);
        }

        [Fact]
        public void Byte_order_mark_after_the_start_is_an_error()
            => Assert.Equal(JsonErrorKind.UnexpectedCharacter, ErrorOf("[1,\uFEFF2]").Kind);

        [Fact]
        public void Depth_up_to_the_limit_reads_and_one_more_is_an_error_at_the_extra_bracket()
        {
            Assert.Equal("End", Tokens(new string('[', 64) + new string(']', 64)).Last());

            var error = ErrorOf(new string('[', 65) + new string(']', 65));
            Assert.Equal(JsonErrorKind.TooDeep, error.Kind);
            Assert.Equal(64, error.Position.Column);
        }

        [Fact]
        public void A_million_open_brackets_stop_at_the_depth_limit_without_overflowing_the_stack()
        {
            var error = ErrorOf(new string('[', 1_000_000));
            Assert.Equal(JsonErrorKind.TooDeep, error.Kind);
        }

        [Fact]
        public void Skip_passes_over_a_value_nested_to_the_limit_without_recursion()
        {
            var nested = new string('[', 63) + new string(']', 63);
            var reader = new JsonReader("{\"a\":" + nested + ",\"b\":1}");
            reader.Read();
            reader.Read();
            Assert.True(reader.Skip());
            Assert.Equal(JsonTokenKind.EndArray, reader.Kind);
            Assert.True(reader.Read());
            Assert.Equal("b", reader.Value);
        }

        [Fact]
        public void Huge_string_with_escapes_reads_exactly()
        {
            var builder = new StringBuilder("\"");
            var expected = new StringBuilder();
            for (var i = 0; i < 200_000; i++)
            {
                builder.Append("abc\\n\\u00e9\\\"");
                expected.Append("abc\né\"");
            }

            Assert.Equal(expected.ToString(), StringValue(builder.Append('"').ToString()));
        }

        [Fact]
        public void Huge_plain_string_reads_exactly()
        {
            var text = new string('x', 5_000_000);
            Assert.Equal(text, StringValue("\"" + text + "\""));
        }

        [Theory]
        [InlineData("[1,]")]
        [InlineData("{\"a\":1,}")]
        [InlineData("[1 ,\n ]")]
        public void Trailing_comma_before_a_closing_bracket_is_read_and_recorded(string json)
        {
            var reader = new JsonReader(json);
            while (reader.Read())
            {
            }

            Assert.Equal(JsonTokenKind.End, reader.Kind);
            var comma = Assert.Single(reader.TrailingCommas);
            Assert.Equal(',', json[comma.Offset]);
        }

        [Theory]
        [InlineData("[,]")]
        [InlineData("[1,,]")]
        [InlineData("{,}")]
        [InlineData("{\"a\":1,,}")]
        public void Comma_without_a_value_before_it_is_an_error(string json)
            => Assert.Equal(JsonErrorKind.UnexpectedCharacter, ErrorOf(json).Kind);

        [Theory]
        [InlineData("[1", nameof(JsonErrorKind.UnexpectedEnd), 0, 2)]
        [InlineData("{\"a\":", nameof(JsonErrorKind.UnexpectedEnd), 0, 5)]
        [InlineData("{\"a\"", nameof(JsonErrorKind.UnexpectedEnd), 0, 4)]
        [InlineData("[tru", nameof(JsonErrorKind.UnexpectedEnd), 0, 1)]
        [InlineData("[\"abc", nameof(JsonErrorKind.UnterminatedString), 0, 1)]
        [InlineData("[\n  \"abc\n\"]", nameof(JsonErrorKind.UnterminatedString), 1, 2)]
        [InlineData("[\"a\\q\"]", nameof(JsonErrorKind.InvalidEscape), 0, 3)]
        [InlineData("[\"a\\u12G4\"]", nameof(JsonErrorKind.InvalidEscape), 0, 3)]
        [InlineData("[\"a\\u12\"]", nameof(JsonErrorKind.InvalidEscape), 0, 3)]
        [InlineData("[\"a\\", nameof(JsonErrorKind.UnterminatedString), 0, 3)]
        [InlineData("[\"a\tb\"]", nameof(JsonErrorKind.UnexpectedCharacter), 0, 3)]
        [InlineData("{\"a\" 1}", nameof(JsonErrorKind.UnexpectedCharacter), 0, 5)]
        [InlineData("{a:1}", nameof(JsonErrorKind.UnexpectedCharacter), 0, 1)]
        [InlineData("[1 2]", nameof(JsonErrorKind.UnexpectedCharacter), 0, 3)]
        [InlineData("[1}", nameof(JsonErrorKind.UnexpectedCharacter), 0, 2)]
        [InlineData("[1] x", nameof(JsonErrorKind.UnexpectedCharacter), 0, 4)]
        [InlineData("[True]", nameof(JsonErrorKind.UnexpectedCharacter), 0, 1)]
        [InlineData("[nul]", nameof(JsonErrorKind.UnexpectedCharacter), 0, 1)]
        [InlineData("[\r\n1,\r\n 01]", nameof(JsonErrorKind.InvalidNumber), 2, 1)]
        [InlineData("", nameof(JsonErrorKind.UnexpectedEnd), 0, 0)]
        public void Bad_JSON_stops_with_its_kind_at_its_line_and_column(string json, string kind, int line, int column)
        {
            var error = ErrorOf(json);
            Assert.Equal(kind, error.Kind.ToString());
            Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
        }

        [Fact]
        public void Reading_after_an_error_keeps_returning_the_error()
        {
            var reader = new JsonReader("[1 2]");
            while (reader.Read())
            {
            }

            Assert.False(reader.Read());
            Assert.Equal(JsonTokenKind.Error, reader.Kind);
        }

        [Fact]
        public void Token_positions_agree_with_SourceText_lines_for_every_line_break_Roslyn_knows()
        {
            // CR, LF and CRLF between tokens; U+2028, U+2029 and U+0085 raw inside strings (JSON allows them there).
            var json = "[\r\n\"a\u2028b\",\r\"c\u2029\u0085d\",\n  {\"e\"\r\n:\t\"\u2028\"}, 1\r\n]";
            var lines = SourceText.From(json).Lines;
            var reader = new JsonReader(json);
            var count = 0;
            while (reader.Read())
            {
                var start = lines.GetLinePosition(reader.Start.Offset);
                var end = lines.GetLinePosition(reader.End.Offset);
                Assert.Equal((start.Line, start.Character), (reader.Start.Line, reader.Start.Column));
                Assert.Equal((end.Line, end.Character), (reader.End.Line, reader.End.Column));
                count++;
            }

            Assert.Equal(JsonTokenKind.End, reader.Kind);
            Assert.Equal(9, count);
        }
    }
}
