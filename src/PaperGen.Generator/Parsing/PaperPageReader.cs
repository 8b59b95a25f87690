using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Reads a single paper's page into its one paper, by the page's order: the <c>arxiv:ID</c> header,
    /// the title, metadata and <c>Authors:</c>, then <c>Abstract</c> with the AI summary beside its label,
    /// then what follows the paper (comments, citing models, collections), which is never a paper.
    /// </summary>
    internal sealed class PaperPageReader
    {
        private readonly IReadOnlyList<LogicalLine> _lines;
        private readonly SourceText _text;
        private readonly string _path;
        private readonly ParsedDump _result;
        private readonly ParseProgress _progress;

        private PaperPageReader(IReadOnlyList<LogicalLine> lines, SourceText text, string path, ParsedDump result, ParseProgress progress)
        {
            _lines = lines;
            _text = text;
            _path = path;
            _result = result;
            _progress = progress;
        }

        public static List<ParsedPaper> Read(IReadOnlyList<LogicalLine> lines, CaptureHints hints, SourceText text, string path, ParsedDump result, ParseProgress progress)
            => new PaperPageReader(lines, text, path, result, progress).Read(hints);

        private List<ParsedPaper> Read(CaptureHints hints)
        {
            var header = -1;
            string? arxivId = null;
            string? pageTitle = hints.Title;
            var abstractLabel = -1;
            for (var i = 0; i < _lines.Count; i++)
            {
                _progress.Step("paper page");
                var text = _lines[i].Text;
                if (text.Length == 0 || text.Length > 400)
                {
                    continue;
                }

                if (header < 0 && LineClassifier.ArxivHeader(_lines[i]) is { } id)
                {
                    header = i;
                    arxivId = id;
                    continue;
                }

                if (header < 0 && CaptureWrapper.PaperPageTitle(_lines[i].Plain) is { } titled)
                {
                    pageTitle ??= titled;
                    continue;
                }

                if (_lines[i].Label == SectionLabel.Abstract)
                {
                    abstractLabel = i;
                    break;
                }
            }

            var metadata = new CardMetadata { ArxivId = arxivId ?? hints.ArxivId };
            var titleLines = header >= 0 ? TitleAfterHeader(header, abstractLabel, metadata) : new List<int>();
            if (titleLines.Count == 0)
            {
                titleLines = LastHeadingBefore(abstractLabel);
            }

            var title = Join(titleLines, out var titleStart, out var titleEnd);
            title = StartAtPageTitle(title, pageTitle);
            if (title.Length == 0 && pageTitle is not null)
            {
                title = TrimEllipsis(pageTitle);
                titleStart = titleEnd = -1;
            }

            var authors = Authors(header < 0 ? 0 : header, abstractLabel);
            var (summary, paperAbstract, abstractStart, abstractEnd) = AbstractSection(abstractLabel);
            if (title.Length == 0)
            {
                _result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognizedLine, At(_lines[abstractLabel].Start, _lines[abstractLabel].End), MessageText.Shorten(paperAbstract)));
                return new List<ParsedPaper>();
            }

            var titleLocation = titleStart >= 0 ? At(titleStart, titleEnd) : At(_lines[abstractLabel].Start, _lines[abstractLabel].End);
            var card = new Card(titleLocation) { Title = title, AiSummary = summary, AbstractLocation = At(abstractStart, abstractEnd) };
            card.Metadata.Fill(metadata);
            card.Authors.AddRange(authors);
            card.Abstract.Append(paperAbstract);

            // The page's one card; its page always shows an abstract, so a card without one is truncated.
            return new CardAssembler(_text, _path, _result).Finish(new[] { card }, abstractsRequired: true);
        }

        /// <summary>The title's lines: from the <c>arxiv:ID</c> header to the first metadata line or section label.</summary>
        private List<int> TitleAfterHeader(int header, int abstractLabel, CardMetadata metadata)
        {
            var title = new List<int>();
            var end = abstractLabel < 0 ? _lines.Count : abstractLabel;
            var inTitle = true;
            for (var i = header + 1; i < end; i++)
            {
                _progress.Step("paper page");
                var line = _lines[i];
                if (line.Kind is LineKind.Blank or LineKind.Markup or LineKind.Chrome)
                {
                    continue;
                }

                if (line.Kind == LineKind.Metadata)
                {
                    metadata.Fill(line.Metadata!.Fields);
                    inTitle = false;
                    continue;
                }

                var plain = line.Plain;
                if (!inTitle || plain.Length == 0)
                {
                    continue;
                }

                if (line.Kind != LineKind.Prose && line.Kind != LineKind.Heading || line.Label != SectionLabel.None || line.IsLinksOnly || plain.StartsWith("·", StringComparison.Ordinal))
                {
                    inTitle = false;
                    continue;
                }

                title.Add(i);
            }

            return title;
        }

        /// <summary>Without the <c>arxiv:ID</c> header: the page's last heading before <c>Abstract</c> that is not a label.</summary>
        private List<int> LastHeadingBefore(int abstractLabel)
        {
            var end = abstractLabel < 0 ? _lines.Count : abstractLabel;
            for (var i = end - 1; i >= 0; i--)
            {
                var text = _lines[i].Text;
                var isHeading = _lines[i].IsHeading(out _)
                    || (i + 1 < _lines.Count && _lines[i + 1].IsSetextUnderline && text.Length > 0 && !_lines[i].IsSetextUnderline);
                if (isHeading && _lines[i].Label == SectionLabel.None && _lines[i].Plain.Length > 0)
                {
                    return new List<int> { i };
                }
            }

            return new List<int>();
        }

        private List<string> Authors(int from, int abstractLabel)
        {
            var authors = new List<string>();
            if (abstractLabel < 0)
            {
                return authors;
            }

            var label = -1;
            for (var i = from; i < abstractLabel; i++)
            {
                if (_lines[i].Label == SectionLabel.Authors)
                {
                    label = i;
                    break;
                }
            }

            if (label < 0)
            {
                return authors;
            }

            AddNames(LineClassifier.AuthorsOnLabelLine(_lines[label]), authors);
            for (var i = label + 1; i < abstractLabel; i++)
            {
                _progress.Step("paper page");
                if (_lines[i].Kind is LineKind.Blank or LineKind.Markup)
                {
                    continue;
                }

                if (_lines[i].IsHeading(out _) || _lines[i].Label != SectionLabel.None)
                {
                    break;
                }

                AddNames(_lines[i].Plain, authors);
            }

            return authors;
        }

        private static void AddNames(string text, List<string> authors)
        {
            foreach (var part in text.Split(',', '·'))
            {
                var name = part.Trim();
                if (name.Length > 0 && name.Length <= 80 && char.IsLetter(name[0]))
                {
                    authors.Add(name);
                }
            }
        }

        /// <summary>
        /// The text under <c>Abstract</c> up to the next heading, section label or line of buttons, with the
        /// AI summary taken out: the paragraph on the other side of its label, or, with no label, a first
        /// line that is one whole sentence glued before a hard-wrapped abstract (as link dumps save it).
        /// </summary>
        private (string? Summary, string Abstract, int Start, int End) AbstractSection(int label)
        {
            var lines = new List<int>();
            var labelAt = -1;
            var paragraphStarts = new HashSet<int>();
            var previousBlank = true;
            for (var i = label + 1; i < _lines.Count; i++)
            {
                _progress.Step("paper page", _lines[i].Text.Length);
                var text = _lines[i].Text;
                if (text.Length == 0)
                {
                    previousBlank = true;
                    continue;
                }

                if (_lines[i].IsSetextUnderline && lines.Count == 0)
                {
                    continue;
                }

                var kind = _lines[i].Label;
                if (kind == SectionLabel.AiSummary && labelAt < 0)
                {
                    labelAt = lines.Count;
                    previousBlank = true;
                    continue;
                }

                var setextBelow = i + 1 < _lines.Count && _lines[i + 1].IsSetextUnderline;
                if (_lines[i].IsHeading(out _) || setextBelow || (kind != SectionLabel.None && kind != SectionLabel.AiSummary) || _lines[i].IsLinksOnly)
                {
                    break;
                }

                if (previousBlank)
                {
                    paragraphStarts.Add(lines.Count);
                }

                previousBlank = false;
                lines.Add(i);
            }

            string? summary = null;
            var from = 0;
            var to = lines.Count;
            if (labelAt > 0)
            {
                summary = Text(lines, 0, labelAt);
                from = labelAt;
            }
            else if (labelAt == 0)
            {
                var next = 1;
                while (next < lines.Count && !paragraphStarts.Contains(next))
                {
                    next++;
                }

                summary = Text(lines, 0, next);
                from = next;
            }
            else if (lines.Count > 1 && !paragraphStarts.Contains(1) && IsGluedSummary(_lines[lines[0]].Text, _lines[lines[1]].Text))
            {
                summary = Text(lines, 0, 1);
                from = 1;
            }

            if (from >= to)
            {
                return (summary, string.Empty, 0, 0);
            }

            return (summary, Text(lines, from, to), _lines[lines[from]].Start, _lines[lines[to - 1]].End);
        }

        // The page shows the AI summary as one sentence on one line; a link dump glues the abstract right
        // under it. A hard-wrapped abstract's first line is no longer than the next one and no longer than
        // a wrap width, so a one-sentence first line that is longer than either is the summary.
        private const int WrapWidth = 120;

        private static bool IsGluedSummary(string first, string second)
        {
            var trimmed = first.TrimEnd();
            return trimmed.EndsWith(".", StringComparison.Ordinal)
                && trimmed.IndexOf(". ", StringComparison.Ordinal) < 0
                && (trimmed.Length > second.Length || trimmed.Length > WrapWidth)
                && second.Length > 0
                && char.IsUpper(second[0]);
        }

        private string Text(List<int> lines, int from, int to)
        {
            var text = new WrappedText();
            for (var k = from; k < to; k++)
            {
                text.Append(Unbroken(_lines[lines[k]].Plain));
            }

            return text.ToString();
        }

        private string Join(List<int> lines, out int start, out int end)
        {
            start = end = -1;
            var text = new WrappedText();
            foreach (var i in lines)
            {
                if (start < 0)
                {
                    start = _lines[i].Start;
                }

                end = _lines[i].End;
                text.Append(Unbroken(_lines[i].Plain));
            }

            return text.ToString();
        }

        // A paper page's lines are the page's own layout: a hard break ends a line of its title or abstract
        // even where nothing follows it.
        private static string Unbroken(string line) => HardBreaks.Inside(HardBreaks.TrimEnd(line));

        /// <summary>
        /// Where the page's own title (<c>Paper page - Title</c>, possibly cut short with an ellipsis) starts
        /// inside the text read as the title: buttons before it ("Copy markdown") are not part of it.
        /// </summary>
        private static string StartAtPageTitle(string title, string? pageTitle)
        {
            if (pageTitle is null || title.Length == 0)
            {
                return title;
            }

            var probe = TrimEllipsis(pageTitle);
            if (probe.Length > 24)
            {
                probe = probe.Substring(0, 24);
            }

            var at = title.IndexOf(probe, StringComparison.Ordinal);
            return at > 0 ? title.Substring(at) : title;
        }

        private static string TrimEllipsis(string text) => text.TrimEnd('.', '…', ' ');

        private LocationInfo At(int start, int end) => LocationInfo.In(_path, _text, TextSpan.FromBounds(start, Math.Max(start, end)));
    }
}
