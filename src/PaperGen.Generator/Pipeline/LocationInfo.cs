using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PaperGen.Generator.Pipeline
{
    /// <summary>
    /// A place in a dump, kept as plain values: a <see cref="Location"/> would not compare by value and
    /// would keep the source text alive between runs.
    /// </summary>
    internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan LineSpan)
    {
        /// <summary>The start of the file, for problems that belong to the file as a whole.</summary>
        public static LocationInfo FileStart(string path) => new(path, default, default);

        /// <summary><paramref name="span"/> of <paramref name="text"/>, with the line and column an editor shows.</summary>
        public static LocationInfo In(string path, SourceText text, TextSpan span)
            => new(path, span, text.Lines.GetLinePositionSpan(span));

        /// <summary>The 1-based line, as messages and editors count.</summary>
        public int Line => LineSpan.Start.Line + 1;

        public Location ToLocation() => Location.Create(Path, Span, LineSpan);
    }
}
