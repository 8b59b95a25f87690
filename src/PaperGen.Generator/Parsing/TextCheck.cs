using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Decides whether a dump is text at all (PG0008). The compiler decodes a file that is not valid
    /// UTF-8 as Latin-1 rather than with U+FFFD, so binary data arrives as control characters: a high
    /// share of them, not only NULs or replacement characters, means the file was not saved as text.
    /// </summary>
    internal static class TextCheck
    {
        // Random bytes decode to about 12% C0 and 12% C1 controls; pasted text with a few stray controls
        // (PG0007's job) stays far below 5%.
        private const double MaxControlShare = 0.05;
        private const double MaxReplacementShare = 0.05;
        private const int MinSuspiciousCount = 16;

        public static bool IsText(SourceText text, string path, ParsedDump result, ParseProgress progress)
        {
            var replacements = 0;
            var firstReplacement = -1;
            var controls = 0;
            var firstControl = -1;
            var chunks = new TextChunks(text);
            for (var at = 0; chunks.Load(at); at += chunks.Count)
            {
                var buffer = chunks.Buffer;
                for (var k = 0; k < chunks.Count; k++)
                {
                    if ((k & 0xFF) == 0)
                    {
                        progress.Step("text check", 0x100);
                    }

                    var c = buffer[k];
                    if (c >= ' ' && c < '\u007F')
                    {
                        continue;
                    }

                    var i = at + k;
                    if (c == '\0')
                    {
                        return Fail(text, path, result, i, "it contains NUL bytes");
                    }

                    if (c == '\uFFFD')
                    {
                        firstReplacement = firstReplacement < 0 ? i : firstReplacement;
                        replacements++;
                    }
                    else if (IsBinaryControl(c))
                    {
                        firstControl = firstControl < 0 ? i : firstControl;
                        controls++;
                    }
                }
            }

            if (replacements > MinSuspiciousCount && replacements > text.Length * MaxReplacementShare)
            {
                return Fail(text, path, result, firstReplacement, "it is not valid UTF-8 text");
            }

            if (controls > MinSuspiciousCount && controls > text.Length * MaxControlShare)
            {
                return Fail(text, path, result, firstControl, "it is mostly control characters, as binary data decodes");
            }

            return true;
        }

        private static bool IsBinaryControl(char c)
            => (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= '\u007F' && c <= '\u009F');

        private static bool Fail(SourceText text, string path, ParsedDump result, int position, string reason)
        {
            result.IsText = false;
            var location = LocationInfo.In(path, text, new TextSpan(position, 0));
            result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotText, location, System.IO.Path.GetFileName(path), reason));
            return false;
        }
    }
}
