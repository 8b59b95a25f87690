using System;
using System.Globalization;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// The instants parsers keep as ISO 8601 text (<c>PaperMetadata.PublishedAt</c>, <c>SubmittedAt</c>),
    /// parsed here with invariant rules so that generated code carries only instants that are valid: the
    /// runtime then never meets a date it cannot read. Text in any other form is left out.
    /// </summary>
    internal static class IsoInstant
    {
        // What the Hugging Face API and pages write (2024-10-24T13:33:37.000Z), with or without fraction,
        // seconds or offset (none means UTC), and a bare date.
        private static readonly string[] Formats =
        {
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd'T'HH:mm:ssK",
            "yyyy-MM-dd'T'HH:mmK",
            "yyyy-MM-dd",
        };

        public static DateTimeOffset? Parse(string? text)
            => text is not null && DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? instant
                : null;
    }
}
