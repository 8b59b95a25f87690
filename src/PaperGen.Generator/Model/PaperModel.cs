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
        PaperMetadata Metadata);

    /// <summary>What a listing showed around a paper; every field is optional.</summary>
    internal sealed record PaperMetadata(
        string? ArxivId = null,
        int? AuthorCount = null,
        string? Organization = null,
        string? Date = null,
        int? Upvotes = null,
        string? CodeUrl = null)
    {
        public static PaperMetadata None { get; } = new();
    }
}
