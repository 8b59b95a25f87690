namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// One line of a dump as the layout readers see it: invisible characters removed, tabs made spaces,
    /// trimmed, and the span of its content in the original text (for diagnostics and paper locations).
    /// </summary>
    internal readonly struct SourceLine
    {
        public SourceLine(string text, int start, int end, int indent)
        {
            Text = text;
            Start = start;
            End = end;
            Indent = indent;
        }

        public string Text { get; }

        /// <summary>Where the trimmed content starts in the dump.</summary>
        public int Start { get; }

        /// <summary>Where the trimmed content ends in the dump.</summary>
        public int End { get; }

        /// <summary>Leading whitespace before the content: markdown's continuation lines are indented.</summary>
        public int Indent { get; }

        public bool IsBlank => Text.Length == 0;
    }
}
