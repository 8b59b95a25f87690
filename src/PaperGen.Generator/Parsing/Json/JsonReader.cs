using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperGen.Generator.Parsing.Json
{
    /// <summary>
    /// A pull reader over JSON text (RFC 8259), one token per <see cref="Read"/>, linear in the input. The
    /// generator may not depend on System.Text.Json (netstandard2.0 hosts do not carry it), hence our own.
    /// It never throws on bad input: it stops on <see cref="JsonTokenKind.Error"/> with the place and kind
    /// of the first problem. Containers are tracked on a list, not the call stack, and nest at most
    /// <see cref="MaxDepth"/> deep, so no input can overflow the stack. The one leniency is a trailing
    /// comma before <c>]</c> or <c>}</c> (what pasting one item out of a response leaves), which is read and
    /// recorded in <see cref="TrailingCommas"/>. A leading byte order mark is skipped.
    /// </summary>
    internal sealed class JsonReader
    {
        /// <summary>The same default as System.Text.Json; real responses nest 5 deep.</summary>
        public const int DefaultMaxDepth = 64;

        private readonly string _text;
        private readonly List<bool> _containers = new();
        private readonly List<JsonPosition> _trailingCommas = new();
        private StringBuilder? _builder;

        // While skipping a value its strings are checked but not built: most of a response is skipped.
        private bool _discard;
        private int _pos;
        private int _line;
        private int _lineStart;
        private Expect _expect = Expect.Value;

        public JsonReader(string text, int maxDepth = DefaultMaxDepth)
        {
            _text = text;
            MaxDepth = maxDepth;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                // Skipped, but still a column of the line, as SourceText counts it when a decoder left it in.
                _pos = 1;
            }
        }

        private enum Expect : byte
        {
            /// <summary>A value: at the root, after a colon or after a comma in an array.</summary>
            Value,

            /// <summary>A value or <c>]</c>: right after <c>[</c>.</summary>
            ValueOrEndArray,

            /// <summary>A property name or <c>}</c>: right after <c>{</c>.</summary>
            NameOrEndObject,

            /// <summary>A property name after a comma.</summary>
            Name,

            /// <summary>A comma or the end of the container.</summary>
            CommaOrEnd,

            /// <summary>Only whitespace: the root value is complete.</summary>
            Nothing,
        }

        public int MaxDepth { get; }

        public JsonTokenKind Kind { get; private set; }

        /// <summary>Where the current token starts (its opening quote, bracket or first character).</summary>
        public JsonPosition Start { get; private set; }

        /// <summary>Just past the current token.</summary>
        public JsonPosition End { get; private set; }

        /// <summary>The number of containers open after the current token.</summary>
        public int Depth => _containers.Count;

        /// <summary>The unescaped text of a string or property name; the raw text of a number.</summary>
        public string Value { get; private set; } = string.Empty;

        public JsonError Error { get; private set; }

        /// <summary>The commas read before a closing bracket, in text order.</summary>
        public IReadOnlyList<JsonPosition> TrailingCommas => _trailingCommas;

        private JsonPosition Here => new(_pos, _line, _pos - _lineStart);

        /// <summary>Moves to the next token; false at the end of the text or on an error.</summary>
        public bool Read()
        {
            if (Kind is JsonTokenKind.Error or JsonTokenKind.End)
            {
                return false;
            }

            Value = string.Empty;
            SkipWhitespace();
            if (_expect == Expect.Nothing)
            {
                if (_pos == _text.Length)
                {
                    Start = End = Here;
                    Kind = JsonTokenKind.End;
                    return false;
                }

                return Fail(JsonErrorKind.UnexpectedCharacter, Here, "'" + Describe(_text[_pos]) + "' after the end of the JSON value");
            }

            if (_pos == _text.Length)
            {
                return Fail(JsonErrorKind.UnexpectedEnd, Here, EndDetail());
            }

            var c = _text[_pos];
            switch (_expect)
            {
                case Expect.CommaOrEnd:
                    return ReadCommaOrEnd(c);
                case Expect.NameOrEndObject:
                    return c == '}' ? Close(false) : ReadName(c);
                case Expect.Name:
                    return ReadName(c);
                case Expect.ValueOrEndArray when c == ']':
                    return Close(true);
                default:
                    return ReadValue(c);
            }
        }

        /// <summary>
        /// Skips the value the reader stands on (after a property name: the property's value), leaving the
        /// reader on its last token. False when the text ends or breaks inside it.
        /// </summary>
        public bool Skip()
        {
            if (Kind == JsonTokenKind.PropertyName && !Read())
            {
                return false;
            }

            if (Kind is not (JsonTokenKind.StartObject or JsonTokenKind.StartArray))
            {
                return Kind != JsonTokenKind.Error;
            }

            var depth = Depth - 1;
            _discard = true;
            while (Read())
            {
                if (Depth == depth)
                {
                    _discard = false;
                    return true;
                }
            }

            _discard = false;
            return false;
        }

        /// <summary>The current number as an <see cref="int"/> when it is a whole number that fits.</summary>
        public bool TryGetInt32(out int value)
        {
            value = 0;
            return Kind == JsonTokenKind.Number
                && Value.IndexOfAny(FractionOrExponent) < 0
                && int.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        private static readonly char[] FractionOrExponent = { '.', 'e', 'E' };

        private bool ReadCommaOrEnd(char c)
        {
            var inArray = _containers[_containers.Count - 1];
            if (c == (inArray ? ']' : '}'))
            {
                return Close(inArray);
            }

            if (c != ',')
            {
                return Fail(JsonErrorKind.UnexpectedCharacter, Here, "'" + Describe(c) + "' where ',' or '" + (inArray ? ']' : '}') + "' should be");
            }

            var comma = Here;
            _pos++;
            SkipWhitespace();
            if (_pos < _text.Length && _text[_pos] == (inArray ? ']' : '}'))
            {
                _trailingCommas.Add(comma);
                return Close(inArray);
            }

            if (_pos == _text.Length)
            {
                return Fail(JsonErrorKind.UnexpectedEnd, Here, EndDetail());
            }

            return inArray ? ReadValue(_text[_pos]) : ReadName(_text[_pos]);
        }

        private bool ReadName(char c)
        {
            if (c != '"')
            {
                return Fail(JsonErrorKind.UnexpectedCharacter, Here, "'" + Describe(c) + "' where a property name in double quotes should be");
            }

            var start = Here;
            if (!ReadString())
            {
                return false;
            }

            var end = Here;
            SkipWhitespace();
            if (_pos == _text.Length)
            {
                return Fail(JsonErrorKind.UnexpectedEnd, Here, EndDetail());
            }

            if (_text[_pos] != ':')
            {
                return Fail(JsonErrorKind.UnexpectedCharacter, Here, "'" + Describe(_text[_pos]) + "' where ':' should follow the property name");
            }

            _pos++;
            _expect = Expect.Value;
            return Token(JsonTokenKind.PropertyName, start, end);
        }

        private bool ReadValue(char c)
        {
            var start = Here;
            switch (c)
            {
                case '{':
                case '[':
                    if (_containers.Count >= MaxDepth)
                    {
                        return Fail(JsonErrorKind.TooDeep, start, MaxDepth.ToString(CultureInfo.InvariantCulture));
                    }

                    _pos++;
                    _containers.Add(c == '[');
                    _expect = c == '[' ? Expect.ValueOrEndArray : Expect.NameOrEndObject;
                    return Token(c == '[' ? JsonTokenKind.StartArray : JsonTokenKind.StartObject, start, Here);
                case '"':
                    return ReadString() && ValueRead(JsonTokenKind.String, start);
                case 't':
                    return ReadLiteral("true", JsonTokenKind.True, start);
                case 'f':
                    return ReadLiteral("false", JsonTokenKind.False, start);
                case 'n':
                    return ReadLiteral("null", JsonTokenKind.Null, start);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber(start);
                    }

                    return Fail(JsonErrorKind.UnexpectedCharacter, start, "'" + Describe(c) + "' where a value should be");
            }
        }

        private bool ValueRead(JsonTokenKind kind, JsonPosition start)
        {
            _expect = _containers.Count == 0 ? Expect.Nothing : Expect.CommaOrEnd;
            return Token(kind, start, Here);
        }

        private bool Close(bool array)
        {
            var start = Here;
            _pos++;
            _containers.RemoveAt(_containers.Count - 1);
            return ValueRead(array ? JsonTokenKind.EndArray : JsonTokenKind.EndObject, start);
        }

        private bool ReadLiteral(string literal, JsonTokenKind kind, JsonPosition start)
        {
            if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
            {
                var length = 0;
                while (_pos + length < _text.Length && length < literal.Length && _text[_pos + length] == literal[length])
                {
                    length++;
                }

                if (_pos + length == _text.Length)
                {
                    return Fail(JsonErrorKind.UnexpectedEnd, start, "the end of '" + literal + "'");
                }

                var word = _pos;
                while (word < _text.Length && word - _pos < 20 && char.IsLetter(_text[word]))
                {
                    word++;
                }

                return Fail(JsonErrorKind.UnexpectedCharacter, start, "'" + _text.Substring(_pos, System.Math.Max(1, word - _pos)) + "' is not a JSON value (true, false or null?)");
            }

            _pos += literal.Length;
            return ValueRead(kind, start);
        }

        private bool ReadNumber(JsonPosition start)
        {
            var p = _pos;
            if (_text[p] == '-')
            {
                p++;
            }

            if (p < _text.Length && _text[p] == '0')
            {
                p++;
            }
            else if (!Digits(ref p))
            {
                return FailNumber(start, p);
            }

            if (p < _text.Length && _text[p] == '.')
            {
                p++;
                if (!Digits(ref p))
                {
                    return FailNumber(start, p);
                }
            }

            if (p < _text.Length && (_text[p] == 'e' || _text[p] == 'E'))
            {
                p++;
                if (p < _text.Length && (_text[p] == '+' || _text[p] == '-'))
                {
                    p++;
                }

                if (!Digits(ref p))
                {
                    return FailNumber(start, p);
                }
            }

            // "01", "1.2.3", "12abc": a number must end where a delimiter starts.
            if (p < _text.Length && (char.IsLetterOrDigit(_text[p]) || _text[p] == '.' || _text[p] == '-' || _text[p] == '+'))
            {
                return FailNumber(start, p);
            }

            Value = _text.Substring(_pos, p - _pos);
            _pos = p;
            return ValueRead(JsonTokenKind.Number, start);
        }

        private bool FailNumber(JsonPosition start, int at)
            => at == _text.Length
                ? Fail(JsonErrorKind.UnexpectedEnd, new JsonPosition(at, _line, at - _lineStart), "the end of a number")
                : Fail(JsonErrorKind.InvalidNumber, start, _text.Substring(start.Offset, System.Math.Min(at + 1, _text.Length) - start.Offset));

        private bool Digits(ref int p)
        {
            var first = p;
            while (p < _text.Length && _text[p] >= '0' && _text[p] <= '9')
            {
                p++;
            }

            return p > first;
        }

        /// <summary>Reads the string whose opening quote is at the current position into <see cref="Value"/>.</summary>
        private bool ReadString()
        {
            var start = Here;
            var p = _pos + 1;
            var runStart = p;
            _builder?.Clear();
            while (true)
            {
                // The plain run up to the next quote, backslash or control character, copied in one piece.
                while (p < _text.Length)
                {
                    var c = _text[p];
                    if (c == '"' || c == '\\' || c < ' ')
                    {
                        break;
                    }

                    if (c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        // Allowed raw in a JSON string, but Roslyn breaks lines there: count them as editors do.
                        _line++;
                        _lineStart = p + 1;
                    }

                    p++;
                }

                if (p == _text.Length)
                {
                    _pos = p;
                    return Fail(JsonErrorKind.UnterminatedString, start, "the end of the file");
                }

                var ch = _text[p];
                if (ch == '"')
                {
                    Value = _discard ? string.Empty
                        : _builder is null || _builder.Length == 0
                        ? _text.Substring(runStart, p - runStart)
                        : _builder.Append(_text, runStart, p - runStart).ToString();
                    _pos = p + 1;
                    return true;
                }

                if (ch == '\r' || ch == '\n')
                {
                    // Responses escape every line break; a raw one means the closing quote was lost.
                    _pos = p;
                    return Fail(JsonErrorKind.UnterminatedString, start, "the end of the line");
                }

                if (ch < ' ')
                {
                    _pos = p;
                    return Fail(JsonErrorKind.UnexpectedCharacter, Here, "control character U+" + ((int)ch).ToString("X4", CultureInfo.InvariantCulture) + " in a string (it must be escaped)");
                }

                if (!_discard)
                {
                    _builder ??= new StringBuilder();
                    _builder.Append(_text, runStart, p - runStart);
                }

                if (!ReadEscape(ref p))
                {
                    return false;
                }

                runStart = p;
            }
        }

        private bool ReadEscape(ref int p)
        {
            var at = new JsonPosition(p, _line, p - _lineStart);
            if (p + 1 >= _text.Length)
            {
                _pos = p + 1;
                return Fail(JsonErrorKind.UnterminatedString, at, "the end of the file");
            }

            var e = _text[p + 1];
            char decoded;
            switch (e)
            {
                case '"': decoded = '"'; break;
                case '\\': decoded = '\\'; break;
                case '/': decoded = '/'; break;
                case 'b': decoded = '\b'; break;
                case 'f': decoded = '\f'; break;
                case 'n': decoded = '\n'; break;
                case 'r': decoded = '\r'; break;
                case 't': decoded = '\t'; break;
                case 'u':
                    var code = 0;
                    for (var i = 0; i < 4; i++)
                    {
                        var h = p + 2 + i < _text.Length ? Hex(_text[p + 2 + i]) : -1;
                        if (h < 0)
                        {
                            _pos = p;
                            var shown = _text.Substring(p, System.Math.Min(6, _text.Length - p));
                            return Fail(JsonErrorKind.InvalidEscape, at, Printable(shown));
                        }

                        code = (code << 4) | h;
                    }

                    // Surrogates are kept as they come: an escaped pair (\uD83D\uDE00) meets again in the
                    // string; a lone one is left for the text check, which removes it (PG0007).
                    _builder?.Append((char)code);
                    p += 6;
                    return true;
                default:
                    _pos = p;
                    return Fail(JsonErrorKind.InvalidEscape, at, Printable("\\" + e));
            }

            _builder?.Append(decoded);
            p += 2;
            return true;
        }

        private static int Hex(char c)
            => c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == ' ' || c == '\t')
                {
                    _pos++;
                }
                else if (c == '\n')
                {
                    _pos++;
                    NewLine();
                }
                else if (c == '\r')
                {
                    _pos++;
                    if (_pos < _text.Length && _text[_pos] == '\n')
                    {
                        _pos++;
                    }

                    NewLine();
                }
                else
                {
                    return;
                }
            }
        }

        private void NewLine()
        {
            _line++;
            _lineStart = _pos;
        }

        private bool Token(JsonTokenKind kind, JsonPosition start, JsonPosition end)
        {
            Kind = kind;
            Start = start;
            End = end;
            return true;
        }

        private bool Fail(JsonErrorKind kind, JsonPosition at, string detail)
        {
            Kind = JsonTokenKind.Error;
            Start = End = at;
            Value = string.Empty;
            Error = new JsonError(kind, at, detail);
            return false;
        }

        private string EndDetail()
        {
            if (_containers.Count == 0)
            {
                return "a value";
            }

            return _containers[_containers.Count - 1] ? "the array is closed with ']'" : "the object is closed with '}'";
        }

        private static string Describe(char c)
            => c < ' ' || char.IsSurrogate(c) || c == '\u007F' || (c >= '\u0080' && c <= '\u009F') || c == '\uFEFF' || c == '\u00A0'
                ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : c.ToString();

        private static string Printable(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(c < ' ' || char.IsSurrogate(c) ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
            }

            return builder.ToString();
        }
    }
}
