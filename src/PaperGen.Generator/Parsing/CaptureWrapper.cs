using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// What the capture tool wrote around the page: hints that never outrank the page itself.
    /// </summary>
    internal sealed class CaptureHints
    {
        /// <summary>The saved page's address, from front matter or a <c>URL:</c> line.</summary>
        public string? Address { get; set; }

        /// <summary>The arXiv id in <see cref="Address"/> when it is a single paper's page.</summary>
        public string? ArxivId { get; set; }

        /// <summary>The page title the tool recorded, without the site's <c>Paper page - </c> prefix.</summary>
        public string? Title { get; set; }
    }

    /// <summary>
    /// The unwrap step: blanks what a capture tool put around the page (YAML front matter, a note's heading
    /// and its <c>URL:</c>/<c>Source:</c>/<c>**Page Title:**</c> lines, rules, fences, a copy of the page
    /// inside a JSON block, page-hydration JSON before the visible text, a printer's page margins),
    /// keeping every other line where it is so spans stay true, and keeps the wrapper's fields as
    /// <see cref="CaptureHints"/>.
    /// </summary>
    internal static class CaptureWrapper
    {
        private const int MaxFrontMatterLines = 200;

        private static readonly Regex Field = new(
            @"^\*{0,2}([A-Za-z][A-Za-z_ ]{0,24}?)\s*:\*{0,2}(?:\s+(.*))?$",
            RegexOptions.CultureInvariant);

        // What a browser prints around each page of a PDF: a date-and-time header, and a footer with the
        // address and "page/pages", or the page number alone.
        private static readonly Regex PrintMargin = new(
            @"^(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?(?:\s.*)?|(?:https?://\S+\s+)?\d{1,3}/\d{1,3}|Page \d{1,3}(?: of \d{1,3})?)$",
            RegexOptions.CultureInvariant);

        private static readonly Regex PaperPagePrefix = new(@"^(?:Paper page|Papers?)\s+[-–—|:]\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static CaptureHints Unwrap(List<SourceLine> lines, ParseProgress progress)
        {
            var hints = new CaptureHints();
            var next = FrontMatter(lines, hints);
            NoteHeader(lines, next, hints);
            Blocks(lines, progress);
            return hints;
        }

        /// <summary>The title a page or wrapper gives as "Paper page - Title", without the prefix; null if it has none.</summary>
        public static string? PaperPageTitle(string text)
        {
            var match = PaperPagePrefix.Match(text);
            return match.Success ? text.Substring(match.Length).Trim() : null;
        }

        private static int FrontMatter(List<SourceLine> lines, CaptureHints hints)
        {
            var first = NextNonBlank(lines, 0);
            if (first < 0 || lines[first].Text != "---")
            {
                return 0;
            }

            var end = -1;
            for (var i = first + 1; i < lines.Count && i - first < MaxFrontMatterLines; i++)
            {
                if (lines[i].Text == "---" || lines[i].Text == "...")
                {
                    end = i;
                    break;
                }
            }

            if (end < 0)
            {
                return 0;
            }

            string? key = null;
            string value = string.Empty;
            for (var i = first + 1; i < end; i++)
            {
                var line = lines[i];
                var match = line.Indent == 0 ? Field.Match(line.Text) : Match.Empty;
                if (match.Success)
                {
                    Take(hints, key, value);
                    key = match.Groups[1].Value;
                    value = match.Groups[2].Value;
                }
                else if (key is not null && line.Indent > 0 && !line.Text.StartsWith("-", StringComparison.Ordinal))
                {
                    value += " " + line.Text;
                }
            }

            Take(hints, key, value);
            Blank(lines, first, end);
            return end + 1;
        }

        /// <summary>
        /// A note's own header at the top: an optional heading (often the note's nickname for the paper)
        /// followed by <c>Key: value</c> fields, at least one of them the page's address or title.
        /// </summary>
        private static void NoteHeader(List<SourceLine> lines, int start, CaptureHints hints)
        {
            var i = NextNonBlank(lines, start);
            if (i < 0)
            {
                return;
            }

            var headingLine = lines[i].Text.StartsWith("#", StringComparison.Ordinal) ? i : -1;
            var scan = headingLine >= 0 ? i + 1 : i;
            var last = -1;
            var addressOrTitle = false;
            for (; scan < lines.Count; scan++)
            {
                var text = lines[scan].Text;
                if (text.Length == 0 || IsRule(text))
                {
                    continue;
                }

                var match = Field.Match(text);
                if (!match.Success || match.Groups[1].Value.Split(' ').Length > 3)
                {
                    break;
                }

                var key = match.Groups[1].Value.Trim().ToLowerInvariant();
                addressOrTitle |= key is "url" or "source" or "url source" or "page title" or "title" or "source url";
                Take(hints, key, match.Groups[2].Value);
                last = scan;
            }

            if (last < 0 || !addressOrTitle)
            {
                return;
            }

            // Rules right after the fields close the header.
            while (last + 1 < lines.Count && (lines[last + 1].IsBlank || IsRule(lines[last + 1].Text)))
            {
                last++;
            }

            Blank(lines, headingLine >= 0 ? headingLine : i, last);
        }

        /// <summary>Fences and JSON: a fenced or bare JSON block is the page again, or the page's data, never its text.</summary>
        private static void Blocks(List<SourceLine> lines, ParseProgress progress)
        {
            var jsonCanClose = true;
            for (var i = 0; i < lines.Count; i++)
            {
                progress.Step("unwrap");
                var text = lines[i].Text;
                if (text.Length < 300 && PrintMargin.IsMatch(text))
                {
                    Blank(lines, i, i);
                    continue;
                }

                if (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal))
                {
                    var close = FindFence(lines, i, text.Substring(0, 3));
                    if (close < 0)
                    {
                        Blank(lines, i, i);
                        continue;
                    }

                    var content = NextNonBlank(lines, i + 1);
                    if (content > 0 && content < close && StartsJson(lines[content].Text))
                    {
                        Blank(lines, i, close);
                    }
                    else
                    {
                        Blank(lines, i, i);
                        Blank(lines, close, close);
                    }

                    i = close;
                    continue;
                }

                if (jsonCanClose && StartsJson(text))
                {
                    var end = JsonEnd(lines, i, progress);
                    if (end < 0)
                    {
                        // Unbalanced to the end of the file: no later line can close either.
                        jsonCanClose = false;
                        continue;
                    }

                    Blank(lines, i, end);
                    i = end;
                }
            }
        }

        private static bool StartsJson(string text)
            => text.StartsWith("{\"", StringComparison.Ordinal) || text.StartsWith("[{\"", StringComparison.Ordinal);

        /// <summary>The line where the JSON value that starts at <paramref name="start"/> closes, or -1.</summary>
        private static int JsonEnd(List<SourceLine> lines, int start, ParseProgress progress)
        {
            var depth = 0;
            var inString = false;
            var escaped = false;
            for (var i = start; i < lines.Count; i++)
            {
                var text = lines[i].Text;
                progress.Step("unwrap", text.Length);
                foreach (var c in text)
                {
                    if (inString)
                    {
                        if (escaped)
                        {
                            escaped = false;
                        }
                        else if (c == '\\')
                        {
                            escaped = true;
                        }
                        else if (c == '"')
                        {
                            inString = false;
                        }

                        continue;
                    }

                    switch (c)
                    {
                        case '"': inString = true; break;
                        case '{': case '[': depth++; break;
                        case '}': case ']': depth--; break;
                    }
                }

                if (depth <= 0 && !inString)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int FindFence(List<SourceLine> lines, int open, string fence)
        {
            for (var i = open + 1; i < lines.Count; i++)
            {
                if (lines[i].Text.StartsWith(fence, StringComparison.Ordinal) && lines[i].Text.Trim('`', '~').Length == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static void Take(CaptureHints hints, string? key, string value)
        {
            if (key is null)
            {
                return;
            }

            value = value.Trim().Trim('"', '\'').Trim();
            switch (key.Trim().ToLowerInvariant())
            {
                case "url":
                case "source":
                case "source url":
                case "source_url":
                case "url source":
                case "link":
                    if (value.StartsWith("http", StringComparison.OrdinalIgnoreCase) && hints.Address is null)
                    {
                        hints.Address = value;
                        hints.ArxivId = PaperAddress.ArxivId(value);
                    }

                    break;
                case "title":
                case "page title":
                    hints.Title ??= PaperPageTitle(value);
                    break;
            }
        }

        private static bool IsRule(string text)
        {
            if (text.Length < 3)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (c != '-' && c != '*' && c != '_' && c != '=' && c != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        private static int NextNonBlank(List<SourceLine> lines, int from)
        {
            for (var i = from; i < lines.Count; i++)
            {
                if (!lines[i].IsBlank)
                {
                    return i;
                }
            }

            return -1;
        }

        private static void Blank(List<SourceLine> lines, int from, int to)
        {
            for (var i = from; i <= to; i++)
            {
                lines[i] = new SourceLine(string.Empty, lines[i].Start, lines[i].Start, 0);
            }
        }
    }
}
