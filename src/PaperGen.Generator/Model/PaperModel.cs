using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Model
{
    /// <summary>One paper as the emitter needs it: text, metadata, its C# name and where it came from.</summary>
    internal sealed record PaperModel(
        string Identifier,
        string Title,
        string Abstract,
        string? ShortName,
        EquatableArray<string> Links,
        int TitleLine,
        PaperMetadata Metadata)
    {
        /// <summary>
        /// The file name the paper came from when it is not the class's own dump (a paper of an archive);
        /// <see langword="null"/> for a single dump, whose generated code names its file once.
        /// </summary>
        public string? SourceFile { get; init; }

        /// <summary>Every date the archive's dumps listed the paper on, earliest file first; empty for a single dump (the runtime derives it).</summary>
        public EquatableArray<string> ListingDates { get; init; } = EquatableArray<string>.Empty;
    }
}
