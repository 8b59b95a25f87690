using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperGen.Generator.Parsing
{
    /// <summary>Where a metadata line belongs when it stands between two cards.</summary>
    internal enum MetadataPlace
    {
        /// <summary>After the title, as authors, dates and code links are shown: it belongs to the card before.</summary>
        Trailing,

        /// <summary>Before the title, as a daily page shows the upvote count: it belongs to the card after.</summary>
        Leading,
    }

    /// <summary>
    /// A line the listing shows around a card rather than in it: upvotes, submitter, authors or
    /// organisation, date, comments, code and arXiv links, avatar placeholders. Reading one never yields
    /// text: a metadata line can neither become a title nor join an abstract.
    /// </summary>
    internal sealed class MetadataLine
    {
        private const int MaxOrganizationLength = 80;
        private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?";

        private static readonly Regex Count = new(@"^(\d{1,3}(?:,\d{3})+|\d{1,7})$", RegexOptions.CultureInvariant);
        private static readonly Regex Upvote = new(@"^Upvotes?(?:\s+(\d{1,3}(?:,\d{3})+|\d{1,7}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex Authors = new(@"^(\d{1,5})\s+authors?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex Date = new(@"^(?:Published on\s+)?(" + Month + @" \d{1,2}(?:, \d{4})?)$", RegexOptions.CultureInvariant);
        private static readonly Regex Comments = new(@"^(?:\d{1,6}\s+comments?|💬\s*\d{1,6})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex GitHub = new(@"^(?:LINK:\s*)?GitHub(?:\s+\d[\d.,]*[kKmM]?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex SubmittedBy = new(@"^Submitted by(?:\s+(\S.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex Placeholder = new(
            @"^(?:\[(?:图片|圖片|image|img|avatar|picture)(?:[:：][^\[\]]*)?\]|avatar|user avatar|image|thumbnail)$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
        {
            "arXiv Page", "arXiv", "View arXiv page", "PDF", "View PDF", "Paper page", "Add to collection", "Project page", "-", "·",
        };

        private MetadataLine(MetadataPlace place)
        {
            Place = place;
        }

        public CardMetadata Fields { get; } = new();

        public MetadataPlace Place { get; private set; }

        /// <summary><c>Submitted by</c> alone: the next short line is the submitter's name.</summary>
        public bool NamesSubmitterNext { get; private set; }

        /// <summary><c>Upvote</c> alone: the count follows on a line of its own.</summary>
        public bool CountFollows { get; private set; }

        /// <summary>A lone <c>·</c>: the next line is the organisation, authors or date it separates.</summary>
        public bool IsSeparator { get; private set; }

        /// <summary>A card's image or video linked to its paper, which stands on top of the card.</summary>
        public bool IsThumbnail { get; private set; }

        /// <summary>
        /// The one metadata reading for every layout: the line split into its parts at <c>·</c> and at each
        /// link, a list bullet and image placeholders removed; a count linked to the paper's page is its
        /// upvotes, a GitHub link its code, any link to the paper its arXiv id. Null when the line is not
        /// metadata. <paramref name="afterSeparator"/>: the line follows a lone <c>·</c>, so a lone name is an
        /// organisation; <paramref name="expectCount"/>: it follows a lone <c>Upvote</c>.
        /// </summary>
        public static MetadataLine? Read(LogicalLine line, bool afterSeparator, bool expectCount)
        {
            var text = line.Text;
            if (expectCount && ForUpvoteCount(text) is { } upvotes)
            {
                return upvotes;
            }

            var links = line.Links;
            if (links.Count == 0 && CannotBeMetadata(text))
            {
                return null;
            }

            var body = LineClassifier.ListItemBody(text);
            var parts = new List<string>();
            var counted = new CardMetadata();
            var hadSeparator = false;
            foreach (var link in links)
            {
                if (LinkedCount(link.Text, link.Target, counted))
                {
                    continue;
                }

                // A link's text may hold a list of its own ("- · 45 authors" over several lines).
                var linkText = LineClassifier.ListItemBody(link.Text.Trim());
                hadSeparator |= linkText.IndexOf('·') >= 0;
                parts.AddRange(linkText.Split('·'));
            }

            var outside = links.Count > 0 ? MarkdownInline.OutsideLinks(body) : Unlinked(body);
            parts.AddRange(outside.Split('·'));
            hadSeparator |= outside.IndexOf('·') >= 0;
            var metadata = Read(parts, hadSeparator, afterSeparator);
            if (metadata is null && links.Count == 1 && outside.Length == 0 && OrganizationLink(links[0].Text, links[0].Target) is { } organization)
            {
                metadata = organization;
            }

            if (metadata is null && !counted.IsEmpty && parts.TrueForAll(p => p.Trim().Length == 0))
            {
                metadata = new MetadataLine(MetadataPlace.Trailing);
            }

            metadata?.Fields.Fill(counted);
            if (metadata is null && afterSeparator)
            {
                metadata = Read(parts, hadSeparator: true);
            }

            if (metadata is null)
            {
                return PaperAddress.IsAddress(body) && PaperAddress.ArxivId(body) is { } id ? ForAddress(id, null) : null;
            }

            foreach (var link in links)
            {
                if (IsCodeLabel(link.Text))
                {
                    metadata.Fields.CodeUrl ??= PaperAddress.CodeUrl(link.Target);
                }
                else
                {
                    // The arXiv link, or any link to the paper's own page (its thumbnail, upvotes, authors).
                    metadata.Fields.ArxivId ??= PaperAddress.ArxivId(link.Target);
                }
            }

            metadata.IsThumbnail = links.Count == 1
                && links[0].Text.Trim().Length == 0
                && outside.Length == 0
                && PaperAddress.ArxivId(links[0].Target) is not null;
            return metadata;
        }

        // Every part is short (an organisation at most MaxOrganizationLength) but the submitter's line and an
        // address: a long line without a link or separator is text, read no further.
        private static bool CannotBeMetadata(string text)
            => text.Length > MaxOrganizationLength
                && text.IndexOf('·') < 0
                && !text.StartsWith("Submitted by", StringComparison.OrdinalIgnoreCase)
                && !PaperAddress.IsAddress(text);

        // Plain text needs no markup read: most lines of a large dump are abstracts without a bracket or tag.
        private static string Unlinked(string body)
            => body.IndexOf('[') >= 0 || body.IndexOf('<') >= 0 || body.IndexOf('!') >= 0 ? MarkdownInline.Plain(body) : body.Trim();

        /// <summary>
        /// Reads a line already split into its parts (at <c>·</c>, and in markdown at each link). An
        /// organisation is only recognised beside another metadata part or a separator, because a lone
        /// name looks like a short title.
        /// </summary>
        public static MetadataLine? Read(IReadOnlyList<string> parts, bool hadSeparator, bool afterSeparator = false)
        {
            var line = new MetadataLine(MetadataPlace.Trailing);
            string? organization = null;
            var recognized = 0;
            var nonEmpty = 0;
            foreach (var raw in parts)
            {
                var part = raw.Trim();
                if (part.Length == 0)
                {
                    continue;
                }

                nonEmpty++;
                if (line.ReadPart(part, parts.Count == 1))
                {
                    recognized++;
                }
                else if (organization is null && IsOrganization(part))
                {
                    organization = part;
                }
                else
                {
                    return null;
                }
            }

            if (nonEmpty == 0)
            {
                // A separator, an empty list item, or a placeholder that the markdown reader removed.
                line.IsSeparator = hadSeparator;
                return line;
            }

            if (organization is not null)
            {
                if (recognized == 0 && !hadSeparator && !afterSeparator)
                {
                    return null;
                }

                line.Fields.Organization = organization;
            }

            return line;
        }

        /// <summary>The <c>-</c> a daily page shows where a paper has no upvotes yet: it starts the card after it.</summary>
        public static MetadataLine NoUpvotesYet() => new(MetadataPlace.Leading);

        /// <summary>An address on a line of its own: the paper's page, or its code.</summary>
        public static MetadataLine ForAddress(string? arxivId, string? codeUrl)
        {
            var line = new MetadataLine(MetadataPlace.Trailing);
            line.Fields.ArxivId = arxivId;
            line.Fields.CodeUrl = codeUrl;
            return line;
        }

        /// <summary>
        /// A count shown as a link to the paper's page (<c>[1.09k](…/papers/ID)</c> upvotes,
        /// <c>[4](…/papers/ID#community)</c> comments): read into <paramref name="fields"/>.
        /// </summary>
        public static bool LinkedCount(string text, string url, CardMetadata fields)
        {
            var id = PaperAddress.ArxivId(url);
            var match = LinkCount.Match(text.Trim());
            if (id is null || !match.Success)
            {
                return false;
            }

            fields.ArxivId ??= id;
            if (url.IndexOf("#community", StringComparison.OrdinalIgnoreCase) < 0)
            {
                var number = double.Parse(match.Groups[1].Value.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                var scale = match.Groups[2].Value.ToLowerInvariant() switch { "k" => 1000, "m" => 1000000, _ => 1 };
                fields.Upvotes ??= (int)Math.Round(number * scale);
            }

            return true;
        }

        /// <summary>A line that is one link to a user's or organisation's page (one path segment): the organisation.</summary>
        public static MetadataLine? OrganizationLink(string text, string url)
        {
            var name = text.Trim();
            if (!ProfileAddress.IsMatch(url) || PaperAddress.ArxivId(url) is not null || !IsOrganization(name))
            {
                return null;
            }

            var line = new MetadataLine(MetadataPlace.Trailing);
            line.Fields.Organization = name;
            return line;
        }

        private static readonly Regex LinkCount = new(@"^(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d{1,7}(?:\.\d+)?)\s*([kKmM]?)$", RegexOptions.CultureInvariant);

        private static readonly Regex ProfileAddress = new(@"^https?://[^/\s]+/[A-Za-z0-9][A-Za-z0-9_.-]*/?$", RegexOptions.CultureInvariant);

        /// <summary>The count on the line after a lone <c>Upvote</c> label, or null if the line is not a count.</summary>
        public static MetadataLine? ForUpvoteCount(string line)
        {
            var match = Count.Match(line);
            if (!match.Success)
            {
                return null;
            }

            var upvotes = new MetadataLine(MetadataPlace.Trailing);
            upvotes.Fields.Upvotes = ParseCount(match.Groups[1].Value);
            return upvotes;
        }

        private bool ReadPart(string part, bool alone)
        {
            Match match;
            if (alone && (match = Count.Match(part)).Success)
            {
                Place = MetadataPlace.Leading;
                Fields.Upvotes = ParseCount(match.Groups[1].Value);
                return true;
            }

            if ((match = Upvote.Match(part)).Success)
            {
                if (match.Groups[1].Success)
                {
                    Fields.Upvotes = ParseCount(match.Groups[1].Value);
                }
                else
                {
                    CountFollows = alone;
                }

                return true;
            }

            if ((match = Authors.Match(part)).Success)
            {
                Fields.AuthorCount = ParseCount(match.Groups[1].Value);
                return true;
            }

            if ((match = Date.Match(part)).Success)
            {
                Fields.Date = match.Groups[1].Value;
                return true;
            }

            if ((match = SubmittedBy.Match(part)).Success)
            {
                Place = MetadataPlace.Leading;
                NamesSubmitterNext = alone && !match.Groups[1].Success;
                return true;
            }

            return Comments.IsMatch(part) || GitHub.IsMatch(part) || Placeholder.IsMatch(part) || Labels.Contains(part);
        }

        /// <summary>Whether <paramref name="part"/> is the GitHub link's label (its address is the code URL).</summary>
        public static bool IsCodeLabel(string part) => GitHub.IsMatch(part.Trim());

        /// <summary>A submitter's user name: one short word.</summary>
        public static bool IsUserName(string line) => line.Length > 0 && line.Length <= 64 && line.IndexOf(' ') < 0;

        /// <summary>A date header or a card's date, as written (<c>Oct 7, 2024</c>, <c>May 30</c>).</summary>
        public static bool IsDate(string line) => line.Length <= 40 && Date.IsMatch(line);

        private static bool IsOrganization(string part)
        {
            if (part.Length > MaxOrganizationLength || part.EndsWith(".", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var c in part)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static int? ParseCount(string digits)
            => int.TryParse(digits.Replace(",", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
