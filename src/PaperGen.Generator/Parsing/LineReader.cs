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
            var lines = new List<SourceLine>();
            var content = text.ToString();
            var invisibleWarnings = 0;
            var start = 0;
            while (start <= content.Length)
            {
                // Only CR and LF end a line here. SourceText also breaks at U+2028, U+2029 and U+0085, but
                // those are characters of the text: they are removed with PG0007, not read as line ends.
                var end = content.IndexOfAny(LineEnds, start);
                var lineEnd = end < 0 ? content.Length : end;
                progress.Step("lines", lineEnd - start);
                lines.Add(ReadLine(text, content, start, lineEnd, path, result, ref invisibleWarnings));

                if (end < 0)
                {
                    break;
                }

                start = content[end] == '\r' && end + 1 < content.Length && content[end + 1] == '\n' ? end + 2 : end + 1;
            }

            return lines;
        }

        private static readonly char[] LineEnds = { '\r', '\n' };

        private static SourceLine ReadLine(SourceText text, string content, int start, int end, string path, ParsedDump result, ref int invisibleWarnings)
        {
            if (end - start > MaxLineLength)
            {
                var at = LocationInfo.In(path, text, new TextSpan(start, 0));
                result.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.LineTooLong,
                    at,
                    (end - start).ToString(CultureInfo.InvariantCulture),
                    MaxLineLength.ToString(CultureInfo.InvariantCulture)));
                return new SourceLine(string.Empty, start, start, 0);
            }

            var raw = content.Substring(start, end - start);
            var removedRuns = new List<int>();
            var cleaned = InvisibleCharacters.Remove(raw, removedRuns);
            foreach (var removed in removedRuns)
            {
                // Each run of removed characters is reported where it starts, up to a cap per file: a file
                // full of them needs one look, not thousands of lines of output.
                if (invisibleWarnings++ >= MaxInvisibleWarnings)
                {
                    break;
                }

                var at = LocationInfo.In(path, text, new TextSpan(start + removed, 1));
                result.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvisibleCharactersRemoved,
                    at,
                    InvisibleCharacters.Describe(raw[removed]),
                    ((int)raw[removed]).ToString("X4", CultureInfo.InvariantCulture)));
            }

            var trimmed = cleaned.Trim();
            if (trimmed.Length == 0)
            {
                return new SourceLine(string.Empty, start, start, 0);
            }

            var leading = raw.Length - raw.TrimStart().Length;
            var trailing = raw.Length - raw.TrimEnd().Length;
            return new SourceLine(trimmed, start + leading, end - trailing, leading);
        }
    }
}
