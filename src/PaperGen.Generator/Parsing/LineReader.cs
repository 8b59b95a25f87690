using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Splits a dump into <see cref="SourceLine"/>s, removing invisible characters (PG0007, each run),
    /// reading separators as spaces, and setting aside lines too long to be a title or abstract (PG0010).
    /// </summary>
    internal static class LineReader
    {
        // The longest real abstracts run to a few thousand characters; a line this long is data pasted by
        // mistake, and emitting it would put megabytes into a string literal.
        public const int MaxLineLength = 20000;
        private const int MaxInvisibleWarnings = 20;

        public static List<SourceLine> Read(SourceText text, string path, ParsedDump result, ParseProgress progress)
        {
            var reader = new Reader(text, path, result);
            var chunks = new TextChunks(text);
            var lines = new List<SourceLine>();
            var start = 0;
            var afterCarriageReturn = false;
            for (var at = 0; chunks.Load(at); at += chunks.Count)
            {
                var buffer = chunks.Buffer;
                var k = 0;
                while (k < chunks.Count)
                {
                    // Only CR and LF end a line here. SourceText also breaks at U+2028, U+2029 and U+0085, but
                    // those are characters of the text: they are removed with PG0007, not read as line ends.
                    var found = buffer.AsSpan(k, chunks.Count - k).IndexOfAny('\r', '\n');
                    if (found < 0)
                    {
                        afterCarriageReturn = false;
                        break;
                    }

                    k += found;
                    var c = buffer[k];
                    var end = at + k;
                    k++;
                    if (c == '\n' && afterCarriageReturn && end == start)
                    {
                        // The LF of a CRLF: the line ended at the CR.
                        afterCarriageReturn = false;
                        start = end + 1;
                        continue;
                    }

                    progress.Step("lines", end - start);
                    lines.Add(start >= at ? reader.Line(start, end, buffer, start - at) : reader.Line(start, end));
                    afterCarriageReturn = c == '\r';
                    start = end + 1;
                }
            }

            progress.Step("lines", text.Length - start);
            lines.Add(reader.Line(start, text.Length));
            return lines;
        }

        private sealed class Reader
        {
            private readonly SourceText _text;
            private readonly string _path;
            private readonly ParsedDump _result;
            private readonly List<int> _removedRuns = new();
            private char[] _scratch = new char[256];
            private int _invisibleWarnings;

            public Reader(SourceText text, string path, ParsedDump result)
            {
                _text = text;
                _path = path;
                _result = result;
            }

            /// <summary>A line that lies in a buffer already read, from <paramref name="offset"/>.</summary>
            public SourceLine Line(int start, int end, char[] buffer, int offset) => Line(start, end, buffer, offset, copied: true);

            public SourceLine Line(int start, int end) => Line(start, end, _scratch, 0, copied: false);

            private SourceLine Line(int start, int end, char[] chars, int offset, bool copied)
            {
                if (end - start > MaxLineLength)
                {
                    var at = LocationInfo.In(_path, _text, new TextSpan(start, 0));
                    _result.Diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.LineTooLong,
                        at,
                        (end - start).ToString(CultureInfo.InvariantCulture),
                        MaxLineLength.ToString(CultureInfo.InvariantCulture)));
                    return new SourceLine(string.Empty, start, start, 0);
                }

                // Trimmed before it is copied into a string: one copy per line, none for a blank one.
                if (!copied)
                {
                    if (_scratch.Length < end - start)
                    {
                        _scratch = new char[Math.Max(end - start, _scratch.Length * 2)];
                    }

                    chars = _scratch;
                    _text.CopyTo(start, chars, 0, end - start);
                }

                var leading = 0;
                while (leading < end - start && IsTrimmed(chars[offset + leading]))
                {
                    leading++;
                }

                var length = end - start - leading;
                while (length > 0 && IsTrimmed(chars[offset + leading + length - 1]))
                {
                    length--;
                }

                if (length == 0)
                {
                    return new SourceLine(string.Empty, start, start, 0);
                }

                var raw = new string(chars, offset + leading, length);
                _removedRuns.Clear();
                var cleaned = InvisibleCharacters.Remove(raw, _removedRuns);
                foreach (var removed in _removedRuns)
                {
                    // Each run of removed characters is reported where it starts, up to a cap per file: a file
                    // full of them needs one look, not thousands of lines of output.
                    if (_invisibleWarnings++ >= MaxInvisibleWarnings)
                    {
                        break;
                    }

                    var at = LocationInfo.In(_path, _text, new TextSpan(start + leading + removed, 1));
                    _result.Diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.InvisibleCharactersRemoved,
                        at,
                        InvisibleCharacters.Describe(raw[removed]),
                        ((int)raw[removed]).ToString("X4", CultureInfo.InvariantCulture)));
                }

                var trimmed = ReferenceEquals(cleaned, raw) ? raw : cleaned.Trim();
                if (trimmed.Length == 0)
                {
                    return new SourceLine(string.Empty, start, start, 0);
                }

                return new SourceLine(trimmed, start + leading, start + leading + length, leading);
            }

            // Whitespace around the content, except controls that PG0007 reports when it removes them.
            private static bool IsTrimmed(char c)
                => c == ' ' || (char.IsWhiteSpace(c) && (!char.IsControl(c) || InvisibleCharacters.IsSpace(c)));
        }
    }
}
