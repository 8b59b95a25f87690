using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// What a page or an API response showed around a paper; every field is optional. The positional
    /// fields are what listings show; the init-only ones come from single-paper pages (issue 8) and the
    /// JSON API (issue 9), so readers that know nothing of them keep compiling unchanged.
    /// </summary>
    internal sealed record PaperMetadata(
        string? ArxivId = null,
        int? AuthorCount = null,
        string? Organization = null,
        string? Date = null,
        int? Upvotes = null,
        string? CodeUrl = null)
    {
        public static PaperMetadata None { get; } = new();

        /// <summary>Author names in page order; empty when the page shows only a count or none.</summary>
        public EquatableArray<string> Authors { get; init; } = EquatableArray<string>.Empty;

        /// <summary>The summary the page labels as AI-generated, kept apart from the abstract.</summary>
        public string? AiSummary { get; init; }

        /// <summary>The number of comments (API <c>numComments</c>).</summary>
        public int? Comments { get; init; }

        /// <summary>When the paper was published, ISO 8601 as the API wrote it (<c>2024-10-24T13:33:37.000Z</c>).</summary>
        public string? PublishedAt { get; init; }

        /// <summary>When it was submitted to Daily Papers, ISO 8601 as the API wrote it.</summary>
        public string? SubmittedAt { get; init; }

        /// <summary>Who submitted it to Daily Papers (the user name).</summary>
        public string? SubmittedBy { get; init; }

        /// <summary>The AI keywords the API lists, in order.</summary>
        public EquatableArray<string> Keywords { get; init; } = EquatableArray<string>.Empty;

        /// <summary>The GitHub star count of <see cref="CodeUrl"/>.</summary>
        public int? GitHubStars { get; init; }

        /// <summary>The paper's project page.</summary>
        public string? ProjectUrl { get; init; }
    }
}
