using System.Collections.Generic;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// One line after the normalise step: the unwrapped <see cref="SourceLine"/> as written (its span in the
    /// file; a link broken over several lines is one logical line), and what its markup says, read at most
    /// once: the plain text, the heading it is, its links with reference targets resolved. The classify step
    /// then sets what the line is (<see cref="Kind"/>, with its <see cref="Metadata"/> or heading text); later
    /// steps read that instead of classifying again.
    /// </summary>
    internal sealed class LogicalLine
    {
        private readonly LinkDefinitions _definitions;
        private string? _plain;
        private string? _heading;
        private bool _headingRead;
        private List<MarkdownInline.Link>? _links;
        private SectionLabel? _label;

        public LogicalLine(SourceLine source, LinkDefinitions definitions, bool isDefinition)
        {
            Source = source;
            _definitions = definitions;
            IsDefinition = isDefinition;
        }

        public SourceLine Source { get; }

        /// <summary>What the line is, set once by the classify step.</summary>
        public LineKind Kind { get; set; }

        /// <summary>What a <see cref="LineKind.Metadata"/> line says.</summary>
        public MetadataLine? Metadata { get; set; }

        /// <summary>A <see cref="LineKind.Heading"/>'s text, with the wrapped lines the classify step joined to it.</summary>
        public string HeadingText { get; set; } = string.Empty;

        /// <summary>Where a <see cref="LineKind.Heading"/> ends in the file, its joined lines included.</summary>
        public int HeadingEnd { get; set; }

        /// <summary>The line as written, trimmed.</summary>
        public string Text => Source.Text;

        public int Start => Source.Start;

        public int End => Source.End;

        public int Indent => Source.Indent;

        public bool IsBlank => Source.IsBlank;

        /// <summary>A reference definition <c>[32]: https://…</c>: markup only, read into every link that names it.</summary>
        public bool IsDefinition { get; }

        /// <summary>An HTML anchor a converter left to mark a section: markup only.</summary>
        public bool IsAnchor => Text.Length > 0 && Text[0] == '<' && MarkdownInline.IsAnchor(Text);

        /// <summary>A setext underline (<c>====</c>, <c>----</c>) that makes the line above a heading.</summary>
        public bool IsSetextUnderline => LineClassifier.IsSetextUnderline(Text);

        /// <summary>The text a reader sees: heading marks, bullets, bold, links (as their text), images and media tags removed.</summary>
        public string Plain => _plain ??= LineClassifier.Plain(Text);

        /// <summary>Whether the line is one or more short links and nothing else: buttons, badges, a code link.</summary>
        public bool IsLinksOnly => LineClassifier.IsLinksOnly(this);

        /// <summary>The section label the line is (<c>Abstract</c>, <c>Authors:</c>, …), classified once.</summary>
        public SectionLabel Label => _label ??= LineClassifier.Label(this);

        /// <summary>The links of the line in order, reference targets resolved to their addresses.</summary>
        public IReadOnlyList<MarkdownInline.Link> Links => _links ??= Text.IndexOf('[') < 0 ? NoLinks : _definitions.Resolve(MarkdownInline.Links(Text));

        private static readonly List<MarkdownInline.Link> NoLinks = new();

        /// <summary>Whether the line is an ATX heading; <paramref name="content"/> is its text with the marks removed.</summary>
        public bool IsHeading(out string content)
        {
            if (!_headingRead)
            {
                _heading = LineClassifier.TryReadHeading(Text, out var read) ? read : null;
                _headingRead = true;
            }

            content = _heading ?? string.Empty;
            return _heading is not null;
        }

        /// <summary>The page's reference definitions, for links a reader joins across lines.</summary>
        public LinkDefinitions Definitions => _definitions;
    }
}
