using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Tests.Properties
{
    /// <summary>The layouts a dump can be drawn in.</summary>
    internal enum Layout
    {
        Plain,
        WithMetadata,
        WithAddresses,
        Markdown,
        MarkdownReferences,

        /// <summary>Like <see cref="WithAddresses"/> as a notebook exports it: one logical line each, a blank line between every line.</summary>
        NotebookExport,

        /// <summary>A single paper's page: only the first card, with its arXiv header, authors, abstract label and AI summary.</summary>
        PaperPage,
    }

    /// <summary>What a capture tool wrote around the page.</summary>
    internal enum Wrapper
    {
        None,
        FrontMatter,
        NoteHeader,
        HydrationJson,
    }

    /// <summary>What the listing shows around one card; null fields are not shown.</summary>
    internal sealed record CardMeta(int? Upvotes, bool BareUpvotes, bool Submitter, int? Authors, string? Organization, string? Date, string? ArxivId, string? CodeUrl)
    {
        public bool IsEmpty => Upvotes is null && Authors is null && Organization is null && Date is null && ArxivId is null && CodeUrl is null;
    }

    /// <summary>One card: its title and abstract as hard-wrapped lines, and its metadata.</summary>
    internal sealed record Card(string[] TitleLines, string[] AbstractLines, CardMeta Meta, bool ShownTwice);

    /// <summary>A dump drawn from the grammar of the layouts, before any mutation.</summary>
    internal sealed record DumpCase(Layout Layout, Card[] Cards, Wrapper Wrapper = Wrapper.None)
    {
        public override string ToString() => "Layout " + Layout + ", wrapper " + Wrapper + ":\n" + Grammar.Render(this, "\n");

        /// <summary>The cards the page shows: a paper page shows one.</summary>
        public Card[] Shown => Layout == Layout.PaperPage ? Cards.Take(1).ToArray() : Cards;
    }

    /// <summary>
    /// The grammar of the layouts the reader supports, with hostile text in titles and abstracts. Text is
    /// drawn so that it stays text in every layout (no word is a metadata or chrome line on its own, no
    /// title ends with a full stop); what it may hold is everything the issue calls hostile.
    /// </summary>
    internal static class Grammar
    {
        // Ordinary words: what real titles and abstracts are mostly made of.
        private static readonly string[] Words =
        {
            "Scaling", "language", "models", "with", "sparse", "attention", "for", "reasoning", "Diffusion", "transformers",
            "Efficient", "retrieval", "agents", "benchmark", "via", "learning", "the", "of", "a", "robust", "Vision", "memory",
            "MoE", "LLM", "RLHF", "3D", "GPT-4o", "x2", "long-context", "zero-shot", "α-entmax", "Q-learning",
        };

        // Visible text that tries to escape a literal, a comment, an XML doc or a directive, or is just not ASCII.
        private static readonly string[] HostileWords =
        {
            "\"", "\"quoted\"", "C:\\temp", "\\n", "\\\"", "*/", "/*", "//", "</summary>", "<script>", "</remarks>", "<!--", "&", "&amp;",
            "&lt;", "#error", "#region", "#endif", "{", "}", "{0}", "$\"{x}\"", "\"\"\"", "@\"", "'", "🚀", "🧠👩‍🔬", "大型语言模型", "Ελληνικά",
            "αβγ", "עברית", "שלום", "العربية", "مرحبا", "日本語", "한국어", "ÅÆØ", "e\u0301", "class", "namespace", "null", "_", "__arglist",
        };

        // Invisible characters, attached to a word: they must be removed (PG0007), never emitted raw.
        private static readonly string[] Invisible =
        {
            "\u2028", "\u2029", "\u0085", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060", "\uFEFF", "\u061C", "\u0001", "\u0007", "\u0008", "\u000B",
            "\u000C", "\u001B", "\u001F", "\u007F", "\u0090",
        };

        private static readonly string[] Organizations = { "Mistral AI", "Meta", "Princeton University", "Kandinsky Lab", "東京大学" };

        private static readonly string[] Dates = { "Oct 7, 2024", "May 30", "Sep 16, 2026", "Dec 28, 2024" };

        /// <summary>Characters a mutation may insert anywhere, including those that end lines or are not text.</summary>
        public static readonly string[] MutationInserts = Invisible.Concat(HostileWords).Concat(new[]
        {
            "\0", "\r", "\n", "\r\n", "\n\n", "\uD800", "\uDC00", "\uFFFD", "\t", "·", "### ", "[", "](", "](https://huggingface.co/papers/2410.05434)",
            "- ", "Submitted by", "117", "-", "Upvote", "14 authors", "https://github.com/o/r", "\\", "Daily Papers", "Oct 7",
        }).ToArray();

        public static readonly Gen<string> Word = Gen.Frequency(
            (12, Gen.OneOf(Words)),
            (3, Gen.OneOf(HostileWords)),
            (1, Gen.Select(Gen.OneOf(Words), Gen.OneOf(Invisible), Gen.Bool, (w, i, before) => before ? i + w : w + i)));

        private static Gen<string[]> Wrapped(Gen<string[]> words)
            => Gen.Select(words, Gen.Int[12, 140], (w, width) => Wrap(w, width));

        public static readonly Gen<string[]> TitleLines = Wrapped(Word.Array[1, 10].Select(w => w.Append("Q").ToArray()));

        public static readonly Gen<string[]> AbstractLines = Wrapped(Word.Array[2, 60].Select(w => w.Append("end.").ToArray()));

        public static readonly Gen<CardMeta> Meta = Gen.Select(
            Gen.Int[0, 2000].Nullable(),
            Gen.Bool,
            Gen.Bool,
            Gen.Int[1, 120].Nullable(),
            Gen.OneOf(Organizations).Null(),
            Gen.OneOf(Dates).Null(),
            Gen.Int[10000, 99999].Nullable(),
            Gen.OneOf("https://github.com/o/r", "https://github.com/kyutai-labs/pocket-tts").Null(),
            (up, bare, submitter, authors, org, date, id, code) => new CardMeta(
                up, bare, submitter, authors, org, org is null ? date : date ?? "May 30", id is null ? null : "2410." + id.Value.ToString(CultureInfo.InvariantCulture), code));

        public static readonly Gen<DumpCase> Case = Gen.Select(
            Gen.Enum<Layout>(),
            Gen.Select(TitleLines, AbstractLines, Meta, Gen.Int[0, 4], (t, a, m, twice) => new Card(t, a, m, twice == 0)).Array[0, 8],
            Gen.Enum<Wrapper>(),
            (layout, cards, wrapper) => new DumpCase(layout, Unique(cards), wrapper));

        private static readonly string[] AuthorNames = { "Ada Lovelace", "Alan Turing", "Grace Hopper" };

        private const string DefaultArxivId = "2401.00001";

        /// <summary>The title and abstract a reader must return for a card: invisible characters removed, lines joined.</summary>
        public static string Expected(IEnumerable<string> lines) => string.Join(" ", lines.Select(Clean));

        public static string Clean(string line)
        {
            var builder = new StringBuilder(line.Length);
            foreach (var c in line)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString().Trim();
        }

        /// <summary>The metadata a reader must find for a card in a layout.</summary>
        public static Generator.Parsing.PaperMetadata ExpectedMeta(Layout layout, CardMeta m) => ExpectedMeta(layout, new Card(Array.Empty<string>(), Array.Empty<string>(), m, false));

        public static Generator.Parsing.PaperMetadata ExpectedMeta(Layout layout, Card card) => ExpectedMeta(layout, card.Meta, card.ShownTwice);

        private static Generator.Parsing.PaperMetadata ExpectedMeta(Layout layout, CardMeta m, bool summary) => layout switch
        {
            Layout.Plain => Generator.Parsing.PaperMetadata.None,
            Layout.PaperPage => Generator.Parsing.PaperMetadata.None with
            {
                ArxivId = m.ArxivId ?? DefaultArxivId,
                Authors = Names(m).ToEquatableArray(),
                AiSummary = summary ? PageSummary : null,
            },
            Layout.WithMetadata => Generator.Parsing.PaperMetadata.None with { Upvotes = m.Upvotes, AuthorCount = m.Authors, Organization = m.Organization, Date = m.Date },
            _ => Generator.Parsing.PaperMetadata.None with { Upvotes = m.Upvotes, AuthorCount = m.Authors, Organization = m.Organization, Date = m.Date, ArxivId = m.ArxivId, CodeUrl = m.CodeUrl },
        };

        private const string PageSummary = "A one sentence summary of the paper.";

        private static string[] Names(CardMeta m) => AuthorNames.Take(Math.Min(m.Authors ?? 0, AuthorNames.Length)).ToArray();

        public static string Render(DumpCase dump, string newline)
        {
            var lines = new List<string>();
            RenderWrapper(dump, lines);
            if (dump.Layout == Layout.PaperPage)
            {
                if (dump.Cards.Length > 0)
                {
                    RenderPaperPage(dump.Cards[0], lines);
                }

                return string.Join(newline, lines) + newline;
            }

            if (dump.Layout == Layout.NotebookExport)
            {
                var listing = Render(dump with { Layout = Layout.WithAddresses, Wrapper = Wrapper.None, Cards = dump.Cards.Select(c => c with { TitleLines = new[] { string.Join(" ", c.TitleLines) }, AbstractLines = new[] { string.Join(" ", c.AbstractLines) } }).ToArray() }, "\n");
                lines.AddRange(listing.Split('\n').Where(l => l.Length > 0).SelectMany(l => new[] { l, string.Empty }));
                return string.Join(newline, lines) + newline;
            }

            if (dump.Layout is Layout.Markdown or Layout.MarkdownReferences)
            {
                lines.Add("## Trending Papers");
                lines.Add(string.Empty);
            }
            else
            {
                lines.AddRange(new[] { "Hugging Face", "Models", "Datasets", "Log In", "Sign Up", string.Empty, "Daily Papers", string.Empty, "Oct 7", string.Empty });
            }

            for (var i = 0; i < dump.Cards.Length; i++)
            {
                var card = dump.Cards[i];
                var times = card.ShownTwice && Repeats(dump.Layout, card) ? 2 : 1;
                for (var n = 0; n < times; n++)
                {
                    RenderCard(dump.Layout, card, i, lines);
                }
            }

            if (dump.Layout == Layout.MarkdownReferences)
            {
                // Reference-style links keep their addresses in definitions at the end of the file.
                for (var i = 0; i < dump.Cards.Length; i++)
                {
                    var m = dump.Cards[i].Meta;
                    var n = i.ToString(CultureInfo.InvariantCulture);
                    if (m.ArxivId is not null)
                    {
                        lines.Add("[t" + n + "]: https://huggingface.co/papers/" + m.ArxivId);
                    }

                    if (m.CodeUrl is not null)
                    {
                        lines.Add("[c" + n + "]: " + m.CodeUrl + " \"code\"");
                    }
                }
            }

            return string.Join(newline, lines) + newline;
        }

        /// <summary>Whether the reader collapses a card shown twice in a row (see RepeatedCards).</summary>
        public static bool Repeats(Layout layout, Card card)
            => layout is Layout.Markdown or Layout.MarkdownReferences || (layout != Layout.Plain && !ExpectedMeta(layout, card.Meta).Equals(Generator.Parsing.PaperMetadata.None));

        private static void RenderWrapper(DumpCase dump, List<string> lines)
        {
            var title = dump.Cards.Length > 0 ? Expected(dump.Cards[0].TitleLines) : "Daily Papers";
            switch (dump.Wrapper)
            {
                case Wrapper.FrontMatter:
                    lines.AddRange(new[] { "---", "title: 'Paper page - " + title.Replace("'", "''") + "'", "source: \"https://huggingface.co/papers\"", "tags:", "  - \"clippings\"", "---" });
                    break;
                case Wrapper.NoteHeader:
                    lines.AddRange(new[] { "# My reading note", "**URL:** https://huggingface.co/papers", "**Page Title:** Daily Papers - Hugging Face", "--------------------", string.Empty });
                    break;
                case Wrapper.HydrationJson:
                    lines.Add("{\"props\":{\"pageProps\":{\"title\":\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + " } ] {\"}},");
                    lines.Add("\"page\":\"/papers\"}");
                    break;
            }
        }

        private static void RenderPaperPage(Card card, List<string> lines)
        {
            var m = card.Meta;
            lines.AddRange(new[] { "Hugging Face", "Models", "Papers", string.Empty, "arxiv:" + (m.ArxivId ?? DefaultArxivId), string.Empty });
            lines.AddRange(card.TitleLines);
            lines.Add(string.Empty);
            lines.Add("Authors:");
            lines.Add(string.Empty);
            foreach (var name in Names(m))
            {
                lines.Add(name);
                lines.Add(",");
            }

            lines.Add(string.Empty);
            lines.Add("Abstract");
            lines.Add(string.Empty);
            if (card.ShownTwice)
            {
                lines.Add(PageSummary);
                lines.Add(string.Empty);
                lines.Add("AI-generated summary");
                lines.Add(string.Empty);
            }

            lines.AddRange(card.AbstractLines);
            lines.AddRange(new[] { string.Empty, "View arXiv page", "View PDF", string.Empty, "Community", string.Empty, "librarian-bot", "The following papers were recommended by the Semantic Scholar API", "* [Another Paper Entirely](https://huggingface.co/papers/2401.99999) (2024)", string.Empty, "Models citing this paper 0" });
        }

        private static void RenderCard(Layout layout, Card card, int index, List<string> lines)
        {
            var m = card.Meta;
            var user = "user" + index.ToString(CultureInfo.InvariantCulture);
            switch (layout)
            {
                case Layout.Plain:
                    lines.AddRange(card.TitleLines);
                    lines.Add(string.Empty);
                    lines.AddRange(card.AbstractLines);
                    lines.Add(string.Empty);
                    break;

                case Layout.WithMetadata:
                case Layout.WithAddresses:
                    var addresses = layout == Layout.WithAddresses;
                    if (m.BareUpvotes)
                    {
                        lines.Add(m.Upvotes?.ToString(CultureInfo.InvariantCulture) ?? "-");
                    }

                    if (m.Submitter)
                    {
                        lines.Add("Submitted by");
                        lines.Add(user);
                        if (addresses)
                        {
                            lines.Add("https://huggingface.co/" + user);
                        }
                    }

                    lines.Add(string.Empty);
                    lines.AddRange(card.TitleLines);
                    if (addresses && m.ArxivId is not null)
                    {
                        lines.Add("https://huggingface.co/papers/" + m.ArxivId);
                    }

                    lines.Add(string.Empty);
                    lines.AddRange(card.AbstractLines);
                    if (m.Authors is not null)
                    {
                        lines.Add("· " + m.Authors.Value.ToString(CultureInfo.InvariantCulture) + " authors");
                    }

                    if (m.Organization is not null)
                    {
                        lines.Add(m.Organization + " · Published on " + m.Date);
                    }
                    else if (m.Date is not null)
                    {
                        lines.Add(m.Date);
                    }

                    if (addresses && m.CodeUrl is not null)
                    {
                        lines.Add("GitHub 1.2k");
                        lines.Add(m.CodeUrl);
                    }

                    if (!m.BareUpvotes && m.Upvotes is not null)
                    {
                        lines.Add("Upvote");
                        lines.Add(string.Empty);
                        lines.Add(m.Upvotes.Value.ToString(CultureInfo.InvariantCulture));
                    }

                    lines.Add(string.Empty);
                    break;

                case Layout.MarkdownReferences:
                    var n = index.ToString(CultureInfo.InvariantCulture);
                    lines.Add(m.ArxivId is null ? "### " + string.Join(" ", card.TitleLines) : "### [" + string.Join(" ", card.TitleLines) + "][t" + n + "]");
                    lines.Add(string.Empty);
                    lines.AddRange(card.AbstractLines);
                    lines.Add(string.Empty);
                    if (m.Authors is not null || m.Date is not null)
                    {
                        var parts = new List<string>();
                        if (m.Authors is not null)
                        {
                            parts.Add(m.Authors.Value.ToString(CultureInfo.InvariantCulture) + " authors");
                        }

                        if (m.Organization is not null)
                        {
                            parts.Add(m.Organization);
                        }

                        if (m.Date is not null)
                        {
                            parts.Add(m.Date);
                        }

                        lines.Add("- " + string.Join(" · ", parts));
                    }

                    if (m.CodeUrl is not null)
                    {
                        lines.Add("- [GitHub 11.3k][c" + n + "]");
                    }

                    if (m.Upvotes is not null)
                    {
                        lines.Add("- Upvote " + m.Upvotes.Value.ToString(CultureInfo.InvariantCulture));
                    }

                    lines.Add(string.Empty);
                    break;

                case Layout.Markdown:
                    if (m.Submitter)
                    {
                        lines.Add("Submitted by");
                        lines.Add(string.Empty);
                        lines.Add(user);
                        lines.Add(string.Empty);
                    }

                    var title = m.ArxivId is null
                        ? "### " + card.TitleLines[0]
                        : "### [" + string.Join(" ", card.TitleLines) + "](https://huggingface.co/papers/" + m.ArxivId + ")";
                    lines.Add(title);
                    if (m.ArxivId is null)
                    {
                        lines.AddRange(card.TitleLines.Skip(1).Select(l => "  " + l));
                    }

                    lines.Add(string.Empty);
                    lines.AddRange(card.AbstractLines);
                    lines.Add(string.Empty);
                    if (m.Authors is not null)
                    {
                        lines.Add("- " + m.Authors.Value.ToString(CultureInfo.InvariantCulture) + " authors");
                    }

                    if (m.Organization is not null)
                    {
                        lines.Add("[[图片：org] " + m.Organization + "](https://huggingface.co/org) · Published on " + m.Date);
                    }
                    else if (m.Date is not null)
                    {
                        lines.Add("· " + m.Date);
                    }

                    if (m.Upvotes is not null)
                    {
                        lines.Add("[Upvote");
                        lines.Add(string.Empty);
                        lines.Add(m.Upvotes.Value.ToString(CultureInfo.InvariantCulture) + "](https://huggingface.co/login)");
                    }

                    if (m.CodeUrl is not null)
                    {
                        lines.Add("[GitHub 3.29k](" + m.CodeUrl + ")" + (m.ArxivId is null ? string.Empty : " [arXiv Page](https://arxiv.org/abs/" + m.ArxivId + ")"));
                    }

                    lines.Add(string.Empty);
                    break;
            }
        }

        private static string[] Wrap(string[] words, int width)
        {
            var lines = new List<string>();
            var current = new StringBuilder();
            foreach (var word in words)
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > width)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }

                current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
            }

            lines.Add(current.ToString());
            return lines.ToArray();
        }

        // Two cards with the same title would be a duplicate (PG0002/PG0003), not a round trip.
        private static Card[] Unique(Card[] cards)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return cards.Where(c => seen.Add(Expected(c.TitleLines))).ToArray();
        }
    }
}
