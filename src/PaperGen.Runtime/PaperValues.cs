using System;
using System.ComponentModel;

namespace PaperGen
{
    /// <summary>
    /// What a <see cref="Paper"/> is created from. Generated code fills one per paper (an object
    /// initializer, which C# 7.3 compiles) and calls <see cref="Paper(PaperValues)"/>; this type is not
    /// meant for user code and may gain properties in any version.
    /// </summary>
    /// <remarks>
    /// An object rather than more constructor parameters so that a field added later is a property here,
    /// and code generated before it keeps compiling and binding. The paper copies what it is given.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PaperValues
    {
        /// <summary>See <see cref="Paper.Identifier"/>. Required.</summary>
        public string Identifier { get; set; } = string.Empty;

        /// <summary>See <see cref="Paper.Title"/>. Required.</summary>
        public string Title { get; set; } = string.Empty;

        /// <summary>See <see cref="Paper.Abstract"/>. Required.</summary>
        public string Abstract { get; set; } = string.Empty;

        /// <summary>See <see cref="Paper.SourceFile"/>. Required.</summary>
        public string SourceFile { get; set; } = string.Empty;

        /// <summary>See <see cref="Paper.SourceLine"/>.</summary>
        public int SourceLine { get; set; }

        /// <summary>See <see cref="Paper.ShortName"/>.</summary>
        public string? ShortName { get; set; }

        /// <summary>See <see cref="Paper.Links"/>; <see langword="null"/> for none.</summary>
        public string[]? Links { get; set; }

        /// <summary>See <see cref="Paper.ArxivId"/>.</summary>
        public string? ArxivId { get; set; }

        /// <summary>See <see cref="Paper.AuthorCount"/>.</summary>
        public int? AuthorCount { get; set; }

        /// <summary>See <see cref="Paper.Authors"/>; <see langword="null"/> for none.</summary>
        public string[]? Authors { get; set; }

        /// <summary>See <see cref="Paper.Organization"/>.</summary>
        public string? Organization { get; set; }

        /// <summary>See <see cref="Paper.Date"/>.</summary>
        public string? Date { get; set; }

        /// <summary>See <see cref="Paper.Upvotes"/>.</summary>
        public int? Upvotes { get; set; }

        /// <summary>See <see cref="Paper.CodeUrl"/>.</summary>
        public string? CodeUrl { get; set; }

        /// <summary>See <see cref="Paper.AiSummary"/>.</summary>
        public string? AiSummary { get; set; }

        /// <summary>See <see cref="Paper.Comments"/>.</summary>
        public int? Comments { get; set; }

        /// <summary>See <see cref="Paper.PublishedAt"/>.</summary>
        public DateTimeOffset? PublishedAt { get; set; }

        /// <summary>See <see cref="Paper.SubmittedAt"/>.</summary>
        public DateTimeOffset? SubmittedAt { get; set; }

        /// <summary>See <see cref="Paper.SubmittedBy"/>.</summary>
        public string? SubmittedBy { get; set; }

        /// <summary>See <see cref="Paper.Keywords"/>; <see langword="null"/> for none.</summary>
        public string[]? Keywords { get; set; }

        /// <summary>See <see cref="Paper.GitHubStars"/>.</summary>
        public int? GitHubStars { get; set; }

        /// <summary>See <see cref="Paper.ProjectUrl"/>.</summary>
        public string? ProjectUrl { get; set; }

        /// <summary>See <see cref="Paper.ListingDates"/>; <see langword="null"/> to derive it from <see cref="SubmittedAt"/>.</summary>
        public string[]? ListingDates { get; set; }
    }
}
