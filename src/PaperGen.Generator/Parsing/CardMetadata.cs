
namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// What a listing showed around one card, gathered line by line. The first value seen for a field
    /// wins: a card's own lines come before anything that could belong to its neighbour.
    /// </summary>
    internal sealed class CardMetadata
    {
        public string? ArxivId { get; set; }

        public int? AuthorCount { get; set; }

        public string? Organization { get; set; }

        public string? Date { get; set; }

        public int? Upvotes { get; set; }

        public string? CodeUrl { get; set; }

        public bool IsEmpty => ArxivId is null && AuthorCount is null && Organization is null && Date is null && Upvotes is null && CodeUrl is null;

        /// <summary>Fills the fields this card does not have yet from <paramref name="other"/>.</summary>
        public void Fill(CardMetadata other)
        {
            ArxivId ??= other.ArxivId;
            AuthorCount ??= other.AuthorCount;
            Organization ??= other.Organization;
            Date ??= other.Date;
            Upvotes ??= other.Upvotes;
            CodeUrl ??= other.CodeUrl;
        }

        /// <summary>
        /// Whether <paramref name="other"/> shows a different value for a field this card already has: then
        /// it describes another card (the same value again is this card's abstract or thumbnail link).
        /// </summary>
        public bool Conflicts(CardMetadata other)
            => Differ(ArxivId, other.ArxivId)
            || Differ(AuthorCount, other.AuthorCount)
            || Differ(Organization, other.Organization)
            || Differ(Date, other.Date)
            || Differ(Upvotes, other.Upvotes)
            || Differ(CodeUrl, other.CodeUrl);

        public PaperMetadata ToMetadata()
            => IsEmpty ? PaperMetadata.None : new PaperMetadata(ArxivId, AuthorCount, Organization, Date, Upvotes, CodeUrl);
    
        private static bool Differ<T>(T? mine, T? theirs)
            => mine is not null && theirs is not null && !Equals(mine, theirs);
    }
}
