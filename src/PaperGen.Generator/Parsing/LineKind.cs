namespace PaperGen.Generator.Parsing
{
    /// <summary>What the classify step made of one logical line (<see cref="LineClassifier.Classify"/>).</summary>
    internal enum LineKind
    {
        /// <summary>Nothing on the line.</summary>
        Blank,

        /// <summary>Markup only: a reference definition, an HTML anchor, a setext underline or rule.</summary>
        Markup,

        /// <summary>The site's navigation, banners or page title.</summary>
        Chrome,

        /// <summary>The listing's date, above its first card.</summary>
        DateHeader,

        /// <summary>What a page shows around a paper (<see cref="LogicalLine.Metadata"/> holds what it says): upvotes,
        /// submitter, authors or organisation, date, comments, code and paper links, a lone separator.</summary>
        Metadata,

        /// <summary>A section label (<see cref="LogicalLine.Label"/>): <c>Abstract</c>, <c>AI-generated summary</c>, <c>Authors:</c>, comments.</summary>
        SectionLabel,

        /// <summary>A markdown heading that names a paper; its text is <see cref="LogicalLine.HeadingText"/>.</summary>
        Heading,

        /// <summary>A line the classify step joined to the heading above it (a wrapped title).</summary>
        Continuation,

        /// <summary>Text: a line of a title or an abstract.</summary>
        Prose,
    }
}
