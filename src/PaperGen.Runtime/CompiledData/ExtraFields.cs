using System;
using System.Collections.Generic;
using System.Globalization;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// Reads a paper's extra fields from its heads entry: tag, packed UTF-8 length, UTF-8 text, repeated
    /// (<see cref="CompiledLayout"/>). Layout 4 wrote a subset of the tags layout 5 writes, with the same
    /// meaning, so one reader serves both.
    /// </summary>
    internal static class ExtraFields
    {
        public static PaperFields Read(ReadOnlySpan<byte> extra)
        {
            var values = new PaperFields();
            List<string>? links = null, authors = null, keywords = null, listingDates = null;
            while (!extra.IsEmpty)
            {
                var tag = extra[0];
                var length = PackedNumbers.Read(extra.Slice(1), 0);
                var value = Utf8Text.Decode(extra.Slice(1 + PackedNumbers.Width, length));
                extra = extra.Slice(1 + PackedNumbers.Width + length);
                switch (tag)
                {
                    case CompiledLayout.IdentifierTag: values.Identifier = value; break;
                    case CompiledLayout.ShortNameTag: values.ShortName = value; break;
                    case CompiledLayout.LinkTag: (links ??= new List<string>()).Add(value); break;
                    case CompiledLayout.ArxivIdTag: values.ArxivId = value; break;
                    case CompiledLayout.AuthorCountTag: values.AuthorCount = Number(value); break;
                    case CompiledLayout.OrganizationTag: values.Organization = value; break;
                    case CompiledLayout.DateTag: values.Date = value; break;
                    case CompiledLayout.UpvotesTag: values.Upvotes = Number(value); break;
                    case CompiledLayout.CodeUrlTag: values.CodeUrl = value; break;
                    case CompiledLayout.AuthorTag: (authors ??= new List<string>()).Add(value); break;
                    case CompiledLayout.CommentsTag: values.Comments = Number(value); break;
                    case CompiledLayout.PublishedAtTag: values.PublishedAt = Instant(value); break;
                    case CompiledLayout.SubmittedAtTag: values.SubmittedAt = Instant(value); break;
                    case CompiledLayout.SubmittedByTag: values.SubmittedBy = value; break;
                    case CompiledLayout.KeywordTag: (keywords ??= new List<string>()).Add(value); break;
                    case CompiledLayout.GitHubStarsTag: values.GitHubStars = Number(value); break;
                    case CompiledLayout.ProjectUrlTag: values.ProjectUrl = value; break;
                    case CompiledLayout.ListingDateTag: (listingDates ??= new List<string>()).Add(value); break;
                    case CompiledLayout.SourceFileTag: values.SourceFile = value; break;
                }
            }

            values.Links = links?.ToArray();
            values.Authors = authors?.ToArray();
            values.Keywords = keywords?.ToArray();
            values.ListingDates = listingDates?.ToArray();
            return values;
        }

        // The generator writes only values these parse (it checked them at build time); anything else is
        // left out rather than thrown, as the dump itself would have had it.
        private static int? Number(string value)
            => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

        private static DateTimeOffset? Instant(string value)
            => DateTimeOffset.TryParseExact(value, CompiledLayout.InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant : null;
    }
}
