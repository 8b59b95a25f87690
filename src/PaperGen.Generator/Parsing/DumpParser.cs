using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Model;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Reads the text of a saved Hugging Face Papers page into entries and diagnostics. Pure: text in,
    /// values out; it knows nothing of compilations or C#.
    /// </summary>
    internal static class DumpParser
    {
        // A dump with a larger share of undecodable characters was not saved as text.
        private const double MaxReplacementShare = 0.05;
        private const int MaxInvisibleWarnings = 20;
        private const int MessageTextLength = 80;

        public static ParsedDump Parse(SourceText text, string path, CancellationToken cancellationToken)
        {
            var result = new ParsedDump();
            if (!CheckIsText(text, path, result))
            {
                return result;
            }

            var paragraphs = ReadParagraphs(text, path, result, cancellationToken);
            PairTitlesWithAbstracts(paragraphs, result, cancellationToken);
            return result;
        }

        public static string Shorten(string text)
            => text.Length <= MessageTextLength ? text : text.Substring(0, MessageTextLength - 1) + "…";

        private static bool CheckIsText(SourceText text, string path, ParsedDump result)
        {
            var replacements = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\0')
                {
                    Fail(text, path, result, i, "it contains NUL bytes");
                    return false;
                }

                if (c == '\uFFFD')
                {
                    replacements++;
                }
            }

            if (text.Length > 0 && replacements > 16 && replacements > text.Length * MaxReplacementShare)
            {
                Fail(text, path, result, text.ToString().IndexOf('\uFFFD'), "it is not valid UTF-8 text");
                return false;
            }

            return true;
        }

        private static void Fail(SourceText text, string path, ParsedDump result, int position, string reason)
        {
            result.IsText = false;
            var location = Paragraph.Span(path, text, new TextSpan(position, 0));
            result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotText, location, System.IO.Path.GetFileName(path), reason));
        }

        /// <summary>
        /// Splits the text into paragraphs of content, dropping blank lines, page chrome and the date
        /// header (kept as the listing date), and removing invisible characters.
        /// </summary>
        private static List<Paragraph> ReadParagraphs(SourceText text, string path, ParsedDump result, CancellationToken cancellationToken)
        {
            var paragraphs = new List<Paragraph>();
            var current = new StringBuilder();
            var start = -1;
            var firstLineEnd = -1;
            var end = -1;
            var invisibleWarnings = 0;

            void Flush()
            {
                if (start >= 0)
                {
                    paragraphs.Add(new Paragraph(
                        current.ToString(),
                        Paragraph.Span(path, text, TextSpan.FromBounds(start, end)),
                        Paragraph.Span(path, text, TextSpan.FromBounds(start, firstLineEnd))));
                    current.Clear();
                    start = -1;
                }
            }

            var lineNumber = 0;
            foreach (var line in text.Lines)
            {
                if ((++lineNumber & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var raw = text.ToString(line.Span);
                var cleaned = InvisibleCharacters.Remove(raw, out var firstRemoved);
                if (firstRemoved >= 0 && invisibleWarnings++ < MaxInvisibleWarnings)
                {
                    var at = Paragraph.Span(path, text, new TextSpan(line.Start + firstRemoved, 1));
                    result.Diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.InvisibleCharactersRemoved,
                        at,
                        InvisibleCharacters.Describe(raw[firstRemoved]),
                        ((int)raw[firstRemoved]).ToString("X4", CultureInfo.InvariantCulture)));
                }

                var trimmed = cleaned.Trim();
                if (trimmed.Length == 0)
                {
                    Flush();
                    continue;
                }

                // Chrome and the date header stand alone on their line; inside a paragraph they are text.
                if (start < 0 && PageChrome.IsChrome(trimmed))
                {
                    continue;
                }

                if (start < 0 && PageChrome.IsDateHeader(trimmed))
                {
                    if (result.ListingDate is null && result.Papers.Count == 0 && paragraphs.Count == 0)
                    {
                        result.ListingDate = trimmed;
                    }

                    continue;
                }

                var leading = raw.Length - raw.TrimStart().Length;
                var trailing = raw.Length - raw.TrimEnd().Length;
                if (start < 0)
                {
                    start = line.Start + leading;
                    firstLineEnd = line.End - trailing;
                }
                else
                {
                    current.Append(' ');
                }

                current.Append(trimmed);
                end = line.End - trailing;
            }

            Flush();
            return paragraphs;
        }

        /// <summary>
        /// Pairs each title with the abstract after it. A title followed by another title that has its own
        /// abstract is a truncated entry; an abstract with no title before it is a stray line.
        /// </summary>
        private static void PairTitlesWithAbstracts(List<Paragraph> paragraphs, ParsedDump result, CancellationToken cancellationToken)
        {
            var i = 0;
            while (i < paragraphs.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var candidate = paragraphs[i];
                var next = i + 1 < paragraphs.Count ? paragraphs[i + 1] : null;
                var afterNext = i + 2 < paragraphs.Count ? paragraphs[i + 2] : null;

                var candidateIsOrphan = next is null
                    || (!next.ReadsAsAbstract && afterNext is not null && afterNext.ReadsAsAbstract);
                if (candidateIsOrphan)
                {
                    var descriptor = candidate.ReadsAsAbstract ? DiagnosticDescriptors.UnrecognizedLine : DiagnosticDescriptors.TitleWithoutAbstract;
                    result.Diagnostics.Add(DiagnosticInfo.Create(descriptor, candidate.FirstLine, Shorten(candidate.Text)));
                    i++;
                    continue;
                }

                if (candidate.ReadsAsAbstract && !next!.ReadsAsAbstract)
                {
                    // An abstract in a title's place, followed by a title: the abstract is the stray.
                    result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognizedLine, candidate.FirstLine, Shorten(candidate.Text)));
                    i++;
                    continue;
                }

                result.Papers.Add(new ParsedPaper(candidate.Text, next!.Text, candidate.Location, next.Location, PaperMetadata.None));
                i += 2;
            }
        }
    }
}
