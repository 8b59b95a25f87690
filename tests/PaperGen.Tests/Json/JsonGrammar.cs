using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;
using PaperGen.Tests.Properties;

namespace PaperGen.Tests.Json
{
    /// <summary>The four shapes of a JSON dump.</summary>
    internal enum JsonShape
    {
        ItemsArray,
        OneItem,
        PapersArray,
        OnePaper,
    }

    /// <summary>How a script wrote the JSON: indentation, line ends, which characters it escaped.</summary>
    internal sealed record JsonStyle(bool Indented, bool Crlf, bool AsciiOnly, bool EscapeSlashes, bool UnknownFields, bool TrailingItemTitle);

    /// <summary>One drawn paper: every field a JSON dump can carry, null or empty when the response has none.</summary>
    internal sealed record JsonCard(
        string Id,
        string[] TitleLines,
        string[] AbstractLines,
        (string Name, bool Hidden)[] Authors,
        int? Upvotes,
        int? Comments,
        string? Organization,
        string? SubmittedBy,
        string? AiSummary,
        string[] Keywords,
        string? GitHubRepo,
        int? GitHubStars,
        string? ProjectPage,
        DateTime PublishedAt,
        DateTime? SubmittedAt);

    /// <summary>A JSON dump drawn before rendering: its shape, style and papers.</summary>
    internal sealed record JsonCase(JsonShape Shape, JsonStyle Style, JsonCard[] Cards)
    {
        public override string ToString() => JsonGrammar.Render(this);
    }

    /// <summary>
    /// Draws JSON dumps as the API and the scripts that save it write them, with hostile text (the text
    /// grammar's words: quotes, backslashes, emoji, bidi controls) in titles and abstracts.
    /// </summary>
    internal static class JsonGrammar
    {
        private static readonly string[] Names = { "Zesen Cheng", "Ana Ruiz-Pérez", "山田 太郎", "O'Brien \"Ob\" Smith", "Tomáš Novák", "Back\\slash", "😀 Emoji" };

        private static readonly string[] Organizations = { "Mistral AI", "Meta", "東京大学", "Lab \"Q\"", "A/B Research" };

        private static readonly string[] Keywords = { "mixture-of-experts", "RLHF", "α-entmax", "3D", "</summary>", "path\\to" };

        private static readonly Gen<string> Url = Gen.OneOf("https://github.com/o/r", "https://github.com/kyutai-labs/pocket-tts", "https://example.org/p?a=1&b=2");

        public static readonly Gen<JsonCard> Card = Gen.Select(
            Gen.Select(Gen.Int[1000, 99999], Properties.Grammar.TitleLines, Properties.Grammar.AbstractLines, Gen.Select(Gen.OneOf(Names), Gen.Int[0, 5]).Array[0, 6]),
            Gen.Select(Gen.Int[0, 5000].Nullable(), Gen.Int[0, 300].Nullable(), Gen.OneOf(Organizations).Null(), Gen.OneOf("ClownRat", "priyan", "a_b").Null()),
            Gen.Select(Gen.OneOf("An AI summary with \"quotes\".", "Résumé 🧠\nwith a break.").Null(), Gen.OneOf(Keywords).Array[0, 4], Url.Null(), Gen.Int[0, 100000].Nullable()),
            Gen.Select(Url.Null(), Gen.Date[new DateTime(2023, 1, 1), new DateTime(2026, 12, 31)], Gen.Date[new DateTime(2023, 1, 1), new DateTime(2026, 12, 31)].Nullable(), Gen.Int[0, 86_399_999]),
            (a, b, c, d) => new JsonCard(
                "2" + a.Item1.ToString("D4", CultureInfo.InvariantCulture).Substring(0, 3) + "." + a.Item1.ToString("D5", CultureInfo.InvariantCulture),
                a.Item2,
                a.Item3,
                a.Item4.Select(x => (x.Item1, x.Item2 == 0)).ToArray(),
                b.Item1,
                b.Item2,
                b.Item3,
                b.Item4,
                c.Item1,
                c.Item2,
                c.Item3,
                c.Item4,
                d.Item1,
                d.Item2.AddMilliseconds(d.Item4),
                d.Item3?.AddMilliseconds(d.Item4)));

        public static readonly Gen<JsonStyle> Style = Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, (a, b, c, d, e, f) => new JsonStyle(a, b, c, d, e, f));

        public static readonly Gen<JsonCase> Case = Gen.Select(Gen.Enum<JsonShape>(), Style, Card.Array[0, 6], (shape, style, cards) =>
            new JsonCase(shape, style, shape is JsonShape.OneItem or JsonShape.OnePaper ? (cards.Length == 0 ? new JsonCard[] { FallbackCard! } : cards.Take(1).ToArray()) : cards));

        private static readonly JsonCard FallbackCard = new(
            "2410.17243", new[] { "One Title" }, new[] { "One abstract." }, Array.Empty<(string, bool)>(), null, null, null, null, null, Array.Empty<string>(), null, null, null, new DateTime(2024, 10, 22), null);

        private static bool IsItem(JsonShape shape) => shape is JsonShape.ItemsArray or JsonShape.OneItem;

        private static string Iso(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        /// <summary>The title a reader must return: the text grammar's rule (invisible characters out, lines joined).</summary>
        public static string ExpectedTitle(JsonCard card) => Properties.Grammar.Expected(card.TitleLines);

        public static string ExpectedAbstract(JsonCard card) => Properties.Grammar.Expected(card.AbstractLines);

        public static PaperMetadata ExpectedMeta(JsonShape shape, JsonCard card)
        {
            var item = IsItem(shape);
            var authors = card.Authors.Where(a => !a.Hidden).Select(a => a.Name).ToList();
            return new PaperMetadata(
                card.Id,
                authors.Count == 0 ? null : authors.Count,
                card.Organization,
                card.PublishedAt.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
                card.Upvotes,
                card.GitHubRepo)
            {
                Authors = authors.ToEquatableArray(),
                AiSummary = card.AiSummary?.Replace("\n", " "),
                Comments = item ? card.Comments : null,
                PublishedAt = Iso(card.PublishedAt),
                SubmittedAt = card.SubmittedAt is { } at ? Iso(at) : null,
                SubmittedBy = card.SubmittedBy,
                Keywords = card.Keywords.ToEquatableArray(),
                GitHubStars = card.GitHubStars,
                ProjectUrl = card.ProjectPage,
            };
        }

        public static string Render(JsonCase dump)
        {
            var writer = new Writer(dump.Style);
            var array = dump.Shape is JsonShape.ItemsArray or JsonShape.PapersArray;
            if (array)
            {
                writer.Open('[');
            }

            for (var i = 0; i < dump.Cards.Length; i++)
            {
                writer.Element(i);
                if (IsItem(dump.Shape))
                {
                    WriteItem(writer, dump.Cards[i], dump.Style);
                }
                else
                {
                    WritePaper(writer, dump.Cards[i], dump.Style, alone: true);
                }
            }

            if (array)
            {
                writer.Close(']', dump.Cards.Length);
            }

            return writer.ToString();
        }

        private static void WriteItem(Writer w, JsonCard card, JsonStyle style)
        {
            var n = 0;
            w.Open('{');
            w.Name(n++, "paper");
            WritePaper(w, card, style, alone: false);

            // Daily Papers items carry the submission time as their publishedAt, searches of 2026 the time too.
            if (card.SubmittedAt is { } at)
            {
                w.Field(n++, "publishedAt", Iso(at));
            }

            if (style.TrailingItemTitle)
            {
                w.Field(n++, "title", Properties.Grammar.Expected(card.TitleLines));
            }

            if (style.UnknownFields)
            {
                w.Name(n++, "mediaUrls");
                w.Raw("[\"https://cdn.example/a.png\"]");
                w.Field(n++, "thumbnail", "https://cdn.example/t.png");
            }

            if (card.Comments is { } comments)
            {
                w.Name(n++, "numComments");
                w.Raw(comments.ToString(CultureInfo.InvariantCulture));
            }

            if (card.SubmittedBy is { } by)
            {
                w.Name(n++, "submittedBy");
                w.Raw("{\"avatarUrl\":\"/avatars/x.svg\",\"fullname\":\"Some One\",\"name\":");
                w.String(by);
                w.Raw(",\"type\":\"user\",\"isPro\":false}");
            }

            if (card.Organization is { } org)
            {
                w.Name(n++, "organization");
                w.Raw("{\"_id\":\"5e67bdd61009063689407479\",\"name\":\"org\",\"fullname\":");
                w.String(org);
                w.Raw("}");
            }

            w.Close('}', n);
        }

        private static void WritePaper(Writer w, JsonCard card, JsonStyle style, bool alone)
        {
            var n = 0;
            w.Open('{');
            w.Field(n++, "id", card.Id);
            w.Name(n++, "authors");
            w.Open('[');
            for (var i = 0; i < card.Authors.Length; i++)
            {
                w.Element(i);
                w.Raw("{\"_id\":\"671b005026d87414f5a61579\",\"name\":");
                w.String(card.Authors[i].Name);
                w.Raw(",\"hidden\":" + (card.Authors[i].Hidden ? "true" : "false") + (style.UnknownFields ? ",\"status\":\"claimed_verified\",\"user\":{\"user\":\"u\",\"fullname\":\"not the name\"}" : string.Empty) + "}");
            }

            w.Close(']', card.Authors.Length);
            w.Field(n++, "publishedAt", Iso(card.PublishedAt));
            if (alone && card.SubmittedAt is { } at)
            {
                w.Field(n++, "submittedOnDailyAt", Iso(at));
            }

            if (alone && card.SubmittedBy is { } by)
            {
                w.Name(n++, "submittedOnDailyBy");
                w.Raw("{\"fullname\":\"Some One\",\"user\":");
                w.String(by);
                w.Raw("}");
            }

            // arXiv's hard breaks inside the title and abstract, as the API keeps them.
            w.Field(n++, "title", string.Join("\n  ", card.TitleLines));
            w.Field(n++, "summary", string.Join("\n", card.AbstractLines));
            if (card.Upvotes is { } upvotes)
            {
                w.Name(n++, "upvotes");
                w.Raw(upvotes.ToString(CultureInfo.InvariantCulture));
            }

            if (style.UnknownFields)
            {
                w.Field(n++, "discussionId", "671b005126d87414f5a615f4");
                w.Name(n++, "linkedModels");
                w.Raw("[{\"id\":\"m/x\",\"title\":\"not a paper\",\"downloads\":-1.5e3,\"nested\":[[[null]]]}]");
            }

            if (card.AiSummary is { } summary)
            {
                w.Field(n++, "ai_summary", summary);
            }

            if (card.Keywords.Length > 0)
            {
                w.Name(n++, "ai_keywords");
                w.Open('[');
                for (var i = 0; i < card.Keywords.Length; i++)
                {
                    w.Element(i);
                    w.String(card.Keywords[i]);
                }

                w.Close(']', card.Keywords.Length);
            }

            if (card.GitHubRepo is { } repo)
            {
                w.Field(n++, "githubRepo", repo);
            }

            if (card.GitHubStars is { } stars)
            {
                w.Name(n++, "githubStars");
                w.Raw(stars.ToString(CultureInfo.InvariantCulture));
            }

            if (card.ProjectPage is { } page)
            {
                w.Field(n++, "projectPage", page);
            }

            if (alone && card.Organization is { } org)
            {
                w.Name(n++, "organization");
                w.Raw("{\"name\":\"org\",\"fullname\":");
                w.String(org);
                w.Raw("}");
            }

            w.Close('}', n);
        }

        /// <summary>A small JSON writer with the drawn style; it escapes only what JSON requires, plus what the style asks.</summary>
        private sealed class Writer
        {
            private readonly StringBuilder _out = new();
            private readonly JsonStyle _style;
            private int _depth;

            public Writer(JsonStyle style) => _style = style;

            private string NewLine => _style.Crlf ? "\r\n" : "\n";

            public void Open(char bracket)
            {
                _out.Append(bracket);
                _depth++;
            }

            public void Close(char bracket, int count)
            {
                _depth--;
                if (_style.Indented && count > 0)
                {
                    _out.Append(NewLine).Append(' ', 2 * _depth);
                }

                _out.Append(bracket);
            }

            public void Element(int index)
            {
                if (index > 0)
                {
                    _out.Append(',');
                }

                if (_style.Indented)
                {
                    _out.Append(NewLine).Append(' ', 2 * _depth);
                }
            }

            public void Name(int index, string name)
            {
                Element(index);
                String(name);
                _out.Append(_style.Indented ? ": " : ":");
            }

            public void Field(int index, string name, string value)
            {
                Name(index, name);
                String(value);
            }

            public void Raw(string json) => _out.Append(json);

            public void String(string value)
            {
                _out.Append('"');
                foreach (var c in value)
                {
                    switch (c)
                    {
                        case '"': _out.Append("\\\""); break;
                        case '\\': _out.Append("\\\\"); break;
                        case '\n': _out.Append("\\n"); break;
                        case '\r': _out.Append("\\r"); break;
                        case '\t': _out.Append("\\t"); break;
                        case '/' when _style.EscapeSlashes: _out.Append("\\/"); break;
                        default:
                            if (c < ' ' || (_style.AsciiOnly && c > '~'))
                            {
                                _out.Append("\\u").Append(((int)c).ToString(_style.EscapeSlashes ? "X4" : "x4", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                _out.Append(c);
                            }

                            break;
                    }
                }

                _out.Append('"');
            }

            public override string ToString() => _out.ToString();
        }
    }
}
