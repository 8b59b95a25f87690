using System.Collections.Generic;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing.Json
{
    /// <summary>A string field as it stood in the JSON: its unescaped value and where the value is.</summary>
    internal sealed record JsonText(string Value, LocationInfo Location);

    /// <summary>
    /// The fields read from one JSON object that may be a paper (<c>/api/papers/&lt;id&gt;</c>) or a
    /// Daily Papers / search item (which holds the paper under <c>paper</c> and repeats some of its
    /// fields). Both levels use this one collector: which is which is known only once the object ends,
    /// since a <c>paper</c> field may come after the item's own <c>title</c>.
    /// </summary>
    internal sealed class JsonPaperFields
    {
        public JsonPaperFields(LocationInfo start) => Start = start;

        /// <summary>The object's opening brace: where a problem with the object as a whole is reported.</summary>
        public LocationInfo Start { get; }

        /// <summary>The nested <c>paper</c> object, when this object is an item.</summary>
        public JsonPaperFields? Paper { get; set; }

        public JsonText? Id { get; set; }

        public JsonText? Title { get; set; }

        public JsonText? Summary { get; set; }

        /// <summary>
        /// On a paper, when arXiv published it; on an item, when the paper was put on Daily Papers.
        /// </summary>
        public string? PublishedAt { get; set; }

        public string? SubmittedOnDailyAt { get; set; }

        /// <summary>The user name from <c>submittedBy.name</c> (items) or <c>submittedOnDailyBy.user</c> (papers).</summary>
        public string? SubmittedBy { get; set; }

        /// <summary>Visible author names in order; null when the object has no <c>authors</c> array.</summary>
        public List<string>? Authors { get; set; }

        public int? Upvotes { get; set; }

        public int? Comments { get; set; }

        public string? AiSummary { get; set; }

        public List<string>? Keywords { get; set; }

        public string? GitHubRepo { get; set; }

        public int? GitHubStars { get; set; }

        public string? ProjectPage { get; set; }

        public string? Organization { get; set; }

        /// <summary>Whether the object has any field of a paper or an item; if not, it is not one (PG0026).</summary>
        public bool HasPaperFields { get; set; }
    }
}
