using System.Globalization;
using System.Text;
using PaperGen.CompiledData;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// Encodes a paper's fields other than title and abstract as compiled-data extra fields: a tag byte,
    /// the UTF-8 length as a packed number, the UTF-8 text (<see cref="CompiledLayout"/>); a list repeats
    /// its tag per item, absent fields are left out. The AI summary is not one: it goes with the abstract.
    /// </summary>
    internal static class ExtraFieldWriter
    {
        /// <summary>False when a value cannot be a UTF-8 literal (a lone surrogate) or is too long to pack.</summary>
        public static bool TryWrite(StringBuilder extra, PaperModel paper)
        {
            var meta = paper.Metadata;
            return Field(extra, CompiledLayout.IdentifierTag, paper.Identifier)
                && Field(extra, CompiledLayout.ShortNameTag, paper.ShortName)
                && Fields(extra, CompiledLayout.LinkTag, paper.Links)
                && Field(extra, CompiledLayout.ArxivIdTag, meta.ArxivId)
                && Field(extra, CompiledLayout.AuthorCountTag, Number(meta.AuthorCount))
                && Field(extra, CompiledLayout.OrganizationTag, meta.Organization)
                && Field(extra, CompiledLayout.DateTag, meta.Date)
                && Field(extra, CompiledLayout.UpvotesTag, Number(meta.Upvotes))
                && Field(extra, CompiledLayout.CodeUrlTag, meta.CodeUrl)
                && Fields(extra, CompiledLayout.AuthorTag, meta.Authors)
                && Field(extra, CompiledLayout.CommentsTag, Number(meta.Comments))
                && Field(extra, CompiledLayout.PublishedAtTag, Instant(meta.PublishedAt))
                && Field(extra, CompiledLayout.SubmittedAtTag, Instant(meta.SubmittedAt))
                && Field(extra, CompiledLayout.SubmittedByTag, meta.SubmittedBy)
                && Fields(extra, CompiledLayout.KeywordTag, meta.Keywords)
                && Field(extra, CompiledLayout.GitHubStarsTag, Number(meta.GitHubStars))
                && Field(extra, CompiledLayout.ProjectUrlTag, meta.ProjectUrl)
                && Fields(extra, CompiledLayout.ListingDateTag, paper.ListingDates)
                && Field(extra, CompiledLayout.SourceFileTag, paper.SourceFile);
        }

        private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

        private static string? Instant(string? iso) => IsoInstant.Parse(iso)?.ToString(CompiledLayout.InstantFormat, CultureInfo.InvariantCulture);

        private static bool Fields(StringBuilder extra, byte tag, EquatableArray<string> values)
        {
            foreach (var value in values)
            {
                if (!Field(extra, tag, value))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Field(StringBuilder extra, byte tag, string? value)
        {
            if (value is null)
            {
                return true;
            }

            var bytes = CompiledDataEncoder.HasLoneSurrogate(value) ? -1 : Encoding.UTF8.GetByteCount(value);
            if (bytes < 0 || bytes > PackedNumbers.MaxValue)
            {
                return false;
            }

            extra.Append((char)tag);
            PackedNumbers.Append(extra, bytes);
            extra.Append(value);
            return true;
        }
    }
}
