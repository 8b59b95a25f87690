using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PaperGen.Generator.Model
{
    /// <summary>
    /// A place in a dump, kept as plain values: a <see cref="Location"/> would not compare by value and
    /// would keep the source text alive between runs.
    /// </summary>
    internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan LineSpan)
    {
        /// <summary>The start of the file, for problems that belong to the file as a whole.</summary>
        public static LocationInfo FileStart(string path) => new(path, default, default);

        public Location ToLocation() => Location.Create(Path, Span, LineSpan);
    }
}
