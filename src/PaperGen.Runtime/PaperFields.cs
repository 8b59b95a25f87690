using System;

namespace PaperGen
{
    /// <summary>
    /// What a <see cref="Paper"/> is made of, as plain fields: what compiled data decodes a paper into, and what a
    /// <see cref="PaperValues"/> is copied into. Fields rather than <see cref="PaperValues"/>' properties because
    /// a fresh process compiles every accessor it calls, one method each, and decoding the first paper of a
    /// lookup would call some forty of them.
    /// </summary>
    internal sealed class PaperFields
    {
        public string? Identifier;
        public string? Title;
        public string? Abstract;
        public string? SourceFile;
        public int SourceLine;
        public string? ShortName;
        public string[]? Links;
        public string? ArxivId;
        public int? AuthorCount;
        public string[]? Authors;
        public string? Organization;
        public string? Date;
        public int? Upvotes;
        public string? CodeUrl;
        public string? AiSummary;
        public int? Comments;
        public DateTimeOffset? PublishedAt;
        public DateTimeOffset? SubmittedAt;
        public string? SubmittedBy;
        public string[]? Keywords;
        public int? GitHubStars;
        public string? ProjectUrl;
        public string[]? ListingDates;

        public static PaperFields From(PaperValues values)
            => new()
            {
                Identifier = values.Identifier,
                Title = values.Title,
                Abstract = values.Abstract,
                SourceFile = values.SourceFile,
                SourceLine = values.SourceLine,
                ShortName = values.ShortName,
                Links = values.Links,
                ArxivId = values.ArxivId,
                AuthorCount = values.AuthorCount,
                Authors = values.Authors,
                Organization = values.Organization,
                Date = values.Date,
                Upvotes = values.Upvotes,
                CodeUrl = values.CodeUrl,
                AiSummary = values.AiSummary,
                Comments = values.Comments,
                PublishedAt = values.PublishedAt,
                SubmittedAt = values.SubmittedAt,
                SubmittedBy = values.SubmittedBy,
                Keywords = values.Keywords,
                GitHubStars = values.GitHubStars,
                ProjectUrl = values.ProjectUrl,
                ListingDates = values.ListingDates,
            };
    }
}
