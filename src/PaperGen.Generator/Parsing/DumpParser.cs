using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Reads the text of a saved Hugging Face Papers page into entries and diagnostics. Pure: text in,
    /// values out; it knows nothing of compilations or C#. Read <see cref="Parse(SourceText, string, ParseProgress)"/>
    /// as the table of contents, each step one file: text check (<see cref="TextCheck"/>), lines
    /// (<see cref="LineReader"/>), unwrap (<see cref="CaptureWrapper"/>), normalise markup
    /// (<see cref="MarkupNormalizer"/>), page kind (<see cref="PageKindDetector"/>, from what each line is on its
    /// own), classify each line once (<see cref="LineClassifier"/>; where a card starts depends on the page
    /// kind), then the page kind's reader, which reads the classified lines into cards with the one
    /// <see cref="CardAssembler"/>; a card repeated in a row is one paper (<see cref="RepeatedCards"/>). Duplicates across the file are checked by the catalog builder.
    /// </summary>
    internal static class DumpParser
    {
        public static ParsedDump Parse(SourceText text, string path, CancellationToken cancellationToken)
            => Parse(text, path, new ParseProgress(cancellationToken));

        public static ParsedDump Parse(SourceText text, string path, ParseProgress progress)
        {
            progress.ThrowIfCancellationRequested();
            var result = new ParsedDump();
            if (!TextCheck.IsText(text, path, result, progress))
            {
                return result;
            }

            // An API response is read as JSON, told from its content, not its file name (issue 9).
            if (Json.JsonDumpReader.TryRead(text, path, progress.CancellationToken, out var json))
            {
                return json;
            }

            var lines = LineReader.Read(text, path, result, progress);
            var hints = CaptureWrapper.Unwrap(lines, progress);
            var page = MarkupNormalizer.Normalise(lines, progress);
            var kind = PageKindDetector.Tell(page, hints, progress);
            LineClassifier.Classify(page, kind, result, progress);
            var papers = kind switch
            {
                PageKind.PaperPage => PaperPageReader.Read(page, hints, text, path, result, progress),
                PageKind.MarkdownListing => MarkdownLayoutReader.Read(page, text, path, result, progress),
                _ => PlainLayoutReader.Read(page, text, path, result, progress),
            };

            papers = RepeatedCards.Collapse(papers, kind);
            result.Papers.AddRange(papers);
            result.Work = progress.Work;
            return result;
        }
    }
}
