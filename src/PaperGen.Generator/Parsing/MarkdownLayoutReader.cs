using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Reads a listing converted to markdown (layout 4): each card is a heading (<c>### Title</c>,
    /// <c>### [Title](…/papers/&lt;id&gt;)</c> or <c>### [Title][32]</c>) followed by its abstract or
    /// summary and its metadata lines, up to the next heading.
    /// </summary>
    internal sealed class MarkdownLayoutReader
    {
        // A link's text or a heading may be broken over a few lines by the converter; give up beyond this.
        private const int MaxJoinedLines = 6;

        private static readonly Regex ListMarker = new(@"^[-*+](?:\s+|$)", RegexOptions.CultureInvariant);

        private readonly IReadOnlyList<LogicalLine> _lines;
        private readonly ParsedDump _result;
        private readonly LinkDefinitions _definitions;
        private readonly CardAssembler _cards;
        private readonly LineSequence _sequence = new();

        private MarkdownLayoutReader(IReadOnlyList<LogicalLine> lines, SourceText text, string path, ParsedDump result)
        {
            _lines = lines;
            _definitions = lines.Count > 0 ? lines[0].Definitions : new LinkDefinitions();
            _cards = new CardAssembler(text, path, result);
            _result = result;
        }

        public static List<ParsedPaper> Read(IReadOnlyList<LogicalLine> lines, SourceText text, string path, ParsedDump result, ParseProgress progress)
        {
            var reader = new MarkdownLayoutReader(lines, text, path, result);
            var i = 0;
            while (i < lines.Count)
            {
                progress.Step("markdown cards", lines[i].Text.Length);
                i = reader.ReadLine(i);
            }

            return reader._cards.Assemble(progress);
        }

        /// <summary>Reads the line at <paramref name="index"/> (and any it continues onto); returns the next index.</summary>
        private int ReadLine(int index)
        {
            var line = _lines[index];
            var text = line.Text;
            if (line.IsBlank)
            {
                _sequence.Blank();
                return index + 1;
            }

            if (line.IsAnchor || line.IsDefinition)
            {
                return index + 1;
            }

            if (line.IsHeading(out var heading))
            {
                return ReadHeading(index, heading);
            }

            var next = JoinBrokenLink(index, ref text, out var end);
            var plainText = MarkdownInline.Plain(text);
            var card = _cards.Current;
            var paragraphOpen = card is not null && card.Abstract.Length > 0 && index > 0 && !_lines[index - 1].IsBlank;
            if (_sequence.Classify(_lines, index, plainText, paragraphOpen, atTop: card is null, _result) != LineKind.Open)
            {
                return next;
            }

            var endsSentence = card is not null && card.Abstract.EndsSentence;
            var metadata = _sequence.Metadata(ReadMetadata(text, _sequence.AfterSeparator), plainText, paragraphOpen, endsSentence);
            if (metadata is not null)
            {
                // A card's image or video, linked to its paper, stands on top of the card: it is the next one's.
                _cards.Place(metadata, startsNextCard: card is not null && IsThumbnail(text));
                return next;
            }

            if (card is null)
            {
                // Page text before the first card: navigation, banners, a note's own lines.
                _cards.SkipChrome(Location(line.Start, line.End));
                return next;
            }

            AppendAbstract(text, line.Start, end, continues: next < _lines.Count && !_lines[next].IsBlank);
            return next;
        }

        private int ReadHeading(int index, string content)
        {
            var start = _lines[index].Start;
            var end = _lines[index].End;
            var next = index + 1;

            // A converter may break a link's text ("### [A title with\nits end](url)") or indent a wrapped title.
            if (content.StartsWith("[", StringComparison.Ordinal) && !HasLinkEnd(content))
            {
                next = JoinBrokenLink(index, ref content, out end);
            }

            while (next < _lines.Count && !_lines[next].IsBlank && _lines[next].Indent > 0 && !IsStructure(_lines[next]))
            {
                content += " " + _lines[next].Text;
                end = _lines[next].End;
                next++;
            }

            var plain = MarkdownInline.Plain(content);
            if (plain.Length == 0 || PageChrome.IsChrome(plain))
            {
                return next;
            }

            if (PageChrome.IsDateHeader(plain))
            {
                if (_result.ListingDate is null && _cards.Current is null)
                {
                    _result.ListingDate = plain;
                }

                return next;
            }

            var card = _cards.NewCard(Location(start, end));
            card.Title = HardBreaks.Inside(ReadLinked(content, card.Metadata));
            if (card.Title.Length == 0)
            {
                _result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognizedLine, card.TitleLocation, MessageText.Shorten(content)));
                return next;
            }

            _cards.Add(card);
            _sequence.CardStarted();
            return next;
        }

        /// <summary>
        /// The text of a line that is one link as a whole (a linked title or abstract): the link's text,
        /// its address read for the arXiv id. Any other line is kept as written.
        /// </summary>
        private string ReadLinked(string content, CardMetadata metadata)
        {
            var text = _definitions.WholeLink(content, out var url);
            if (url is not null)
            {
                metadata.ArxivId ??= PaperAddress.ArxivId(url);
            }

            return text;
        }

        private MetadataLine? ReadMetadata(string text, bool afterSeparator)
        {
            var listItem = ListMarker.Match(text);
            var body = listItem.Success ? text.Substring(listItem.Length) : text;
            var links = MarkdownInline.Links(body);
            var parts = new List<string>();
            var counted = new CardMetadata();
            var hadSeparator = false;
            foreach (var link in links)
            {
                var url = _definitions.Resolve(link.Target, link.IsReference);
                if (MetadataLine.LinkedCount(link.Text, url, counted))
                {
                    continue;
                }

                // A link's text may hold a list of its own ("- · 45 authors" over several lines).
                var linkText = LineClassifier.StripBullet(link.Text.Trim());
                hadSeparator |= linkText.IndexOf('·') >= 0;
                parts.AddRange(linkText.Split('·'));
            }

            var outside = links.Count > 0 ? MarkdownInline.OutsideLinks(body) : MarkdownInline.Plain(body);
            parts.AddRange(outside.Split('·'));
            hadSeparator |= outside.IndexOf('·') >= 0;
            var metadata = MetadataLine.Read(parts, hadSeparator, afterSeparator);
            if (metadata is null && links.Count == 1 && outside.Length == 0 && MetadataLine.OrganizationLink(links[0].Text, links[0].Target) is { } organization)
            {
                metadata = organization;
            }

            if (metadata is null && !counted.IsEmpty && parts.TrueForAll(p => p.Trim().Length == 0))
            {
                metadata = MetadataLine.Read(new[] { string.Empty }, hadSeparator: false);
            }

            metadata?.Fields.Fill(counted);
            if (metadata is null && afterSeparator)
            {
                metadata = MetadataLine.Read(parts, hadSeparator: true);
            }

            if (metadata is null)
            {
                if (PaperAddress.IsAddress(body) && PaperAddress.ArxivId(body) is { } id)
                {
                    return MetadataLine.ForAddress(id, null);
                }

                return null;
            }

            foreach (var link in links)
            {
                var url = _definitions.Resolve(link.Target, link.IsReference);
                if (MetadataLine.IsCodeLabel(link.Text))
                {
                    metadata.Fields.CodeUrl ??= PaperAddress.CodeUrl(url);
                }
                else
                {
                    // The arXiv link, or any link to the paper's own page (its thumbnail, upvotes, authors).
                    metadata.Fields.ArxivId ??= PaperAddress.ArxivId(url);
                }
            }

            return metadata;
        }

        private void AppendAbstract(string text, int start, int end, bool continues)
        {
            var linkedMetadata = new CardMetadata();
            var value = ReadLinked(text, linkedMetadata);

            if (continues)
            {
                value = HardBreaks.TrimEnd(value);
            }

            _cards.AppendAbstract(value, linkedMetadata, start, end);
        }

        /// <summary>
        /// Joins a line that opens a link without closing it ("[Upvote", "[A title with") with the lines
        /// up to the one that closes it; returns the index after the last line used.
        /// </summary>
        private int JoinBrokenLink(int index, ref string text, out int end)
        {
            end = _lines[index].End;
            if (!text.StartsWith("[", StringComparison.Ordinal) || HasLinkEnd(text))
            {
                return index + 1;
            }

            var joined = new StringBuilder(text);
            var used = 0;
            for (var i = index + 1; i < _lines.Count && used < MaxJoinedLines; i++)
            {
                var line = _lines[i];
                if (line.IsBlank)
                {
                    continue;
                }

                used++;
                if (line.IsHeading(out _))
                {
                    break;
                }

                // A backslash that ends a line inside the link is markdown's hard break, not text.
                if (joined.Length > 0 && joined[joined.Length - 1] == '\\')
                {
                    joined.Length--;
                }

                joined.Append(' ').Append(line.Text);
                if (HasLinkEnd(line.Text))
                {
                    text = joined.ToString();
                    end = line.End;
                    return i + 1;
                }
            }

            return index + 1;
        }

        private static bool IsThumbnail(string line)
        {
            var links = MarkdownInline.Links(line);
            return links.Count == 1
                && links[0].Text.Trim().Length == 0
                && MarkdownInline.OutsideLinks(line).Length == 0
                && PaperAddress.ArxivId(links[0].Target) is not null;
        }

        private static bool HasLinkEnd(string text) => text.IndexOf("](", StringComparison.Ordinal) >= 0 || text.IndexOf("][", StringComparison.Ordinal) >= 0;

        private static bool IsStructure(LogicalLine line)
            => line.IsHeading(out _) || line.IsAnchor || ListMarker.IsMatch(line.Text) || MetadataLine.Read(MarkdownInline.Plain(line.Text)) is not null;

        private LocationInfo Location(int start, int end) => _cards.Span(start, end);
    }
}
