using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// The assemble step, for every layout: builds <see cref="Card"/>s from classified lines and turns them
    /// into papers. A card's title is either marked by the page (a heading: <see cref="NewCard"/>, then the
    /// text and metadata up to the next heading) or told by its shape (a paragraph that is not an abstract,
    /// followed by one that is: <see cref="Add(Paragraph)"/>, paired at the end). Metadata goes to the card it
    /// stands in, and between two cards to the one its kind belongs to (see <see cref="MetadataPlace"/>).
    /// A paper page is one card (<see cref="Finish"/> with abstracts required).
    /// </summary>
    internal sealed class CardAssembler
    {
        private readonly SourceText _text;
        private readonly string _path;
        private readonly ParsedDump _result;

        // Titles told by shape: paragraphs and metadata in file order, paired in Assemble; the paragraph
        // being read is its hard-wrapped lines joined with a space.
        private readonly WrappedText _current = new();
        private int _start = -1;
        private int _firstLineEnd = -1;
        private int _end = -1;
        private readonly List<Paragraph> _paragraphs = new();
        private readonly List<int> _paragraphOrder = new();
        private readonly List<(int Order, MetadataLine Line)> _metadata = new();
        private int _order;

        // Titles marked by headings: cards as they are read.
        private readonly List<Card> _cards = new();
        private CardMetadata _nextCard = new();

        public CardAssembler(SourceText text, string path, ParsedDump result)
        {
            _text = text;
            _path = path;
            _result = result;
        }

        public bool HasParagraphs => _paragraphs.Count > 0;

        /// <summary>Whether a paragraph is being read: the text line before was not ended by a blank or metadata line.</summary>
        public bool ParagraphOpen => _start >= 0;

        /// <summary>Whether the paragraph being read ends a sentence so far.</summary>
        public bool ParagraphEndsSentence => _current.EndsSentence;

        /// <summary>A line of text: it continues the open paragraph, or opens one.</summary>
        public void AppendText(LogicalLine line)
        {
            if (_start < 0)
            {
                _start = line.Start;
                _firstLineEnd = line.End;
            }

            _current.Append(line.Text);
            _end = line.End;
        }

        /// <summary>A blank, chrome or metadata line ends the open paragraph.</summary>
        public void EndParagraph()
        {
            if (_start < 0)
            {
                return;
            }

            Add(new Paragraph(_current.ToString(), Span(_start, _end), Span(_start, _firstLineEnd)));
            _current.Clear();
            _start = -1;
        }

        /// <summary>The card whose heading was read last, or null before the first.</summary>
        public Card? Current { get; private set; }

        public void Add(Paragraph paragraph)
        {
            _paragraphs.Add(paragraph);
            _paragraphOrder.Add(_order++);
        }

        public void Add(MetadataLine line) => _metadata.Add((_order++, line));

        /// <summary>A heading's card, holding what the page showed above it; <see cref="Add(Card)"/> keeps it once it has a title.</summary>
        public Card NewCard(LocationInfo titleLocation)
        {
            var card = new Card(titleLocation);
            card.Metadata.Fill(_nextCard);
            _nextCard = new CardMetadata();
            return card;
        }

        public void Add(Card card)
        {
            _cards.Add(card);
            Current = card;
        }

        /// <summary>
        /// A metadata line under a heading: the current card's, unless it starts the next card (a thumbnail
        /// linked to a paper, or upvotes or a submitter after the abstract); between the heading and the
        /// abstract such lines are still this card's.
        /// </summary>
        public void Place(MetadataLine metadata, bool startsNextCard)
        {
            var card = Current;
            if (card is null)
            {
                _nextCard.Fill(metadata.Fields);
            }
            else if (startsNextCard || card.InGap || (metadata.Place == MetadataPlace.Leading && card.Abstract.Length > 0))
            {
                card.InGap = true;
                _nextCard.Fill(metadata.Fields);
            }
            else
            {
                card.Metadata.Fill(metadata.Fields);
            }
        }

        /// <summary>A line of the current card's abstract; a link in it to another paper does not change the card's id.</summary>
        public void AppendAbstract(string value, CardMetadata linked, int start, int end)
        {
            var card = Current!;
            if (linked.ArxivId is not null && card.Metadata.ArxivId is not null && linked.ArxivId != card.Metadata.ArxivId)
            {
                linked.ArxivId = null;
            }

            card.Metadata.Fill(linked);
            if (card.Abstract.Length == 0)
            {
                card.AbstractLocation = Span(start, end);
            }
            else
            {
                card.AbstractLocation = Span(card.AbstractLocation!.Span.Start, end);
            }

            card.Abstract.Append(value);
        }

        /// <summary>Page text before the first card: counted for one summary (PG0013), not reported line by line.</summary>
        public void SkipChrome(LocationInfo at)
        {
            _result.SkippedChromeLines++;
            _result.FirstSkippedChrome ??= at;
        }

        /// <summary>The papers of every card read: the heading cards, or the paragraphs paired into cards.</summary>
        public List<ParsedPaper> Assemble(ParseProgress progress)
        {
            EndParagraph();
            if (_cards.Count > 0 || _paragraphs.Count == 0)
            {
                return Finish(_cards, abstractsRequired: false);
            }

            var pairs = PairTitlesWithAbstracts(progress);
            var cards = new List<Card>(pairs.Count);
            foreach (var (title, summary) in pairs)
            {
                var card = new Card(_paragraphs[title].Location) { Title = _paragraphs[title].Text, AbstractLocation = _paragraphs[summary].Location };
                card.Abstract.Append(_paragraphs[summary].Text);
                cards.Add(card);
            }

            AssignMetadata(pairs, cards);
            return Finish(cards, abstractsRequired: false);
        }

        /// <summary>
        /// Cards into papers. A card without an abstract is PG0001, unless abstracts are not required and the
        /// page shows none at all (the daily page since 2026 shows titles and metadata only).
        /// </summary>
        public List<ParsedPaper> Finish(IReadOnlyList<Card> cards, bool abstractsRequired)
        {
            var papers = new List<ParsedPaper>(cards.Count);
            var pageShowsAbstracts = abstractsRequired;
            foreach (var card in cards)
            {
                pageShowsAbstracts |= card.Abstract.Length > 0;
            }

            foreach (var card in cards)
            {
                var fields = card.Metadata.ToMetadata();
                if (card.Authors.Count > 0 || card.AiSummary is not null)
                {
                    fields = fields with { Authors = card.Authors.ToEquatableArray(), AiSummary = card.AiSummary };
                }

                if (card.Abstract.Length > 0)
                {
                    papers.Add(new ParsedPaper(card.Title, card.Abstract.ToString(), card.TitleLocation, card.AbstractLocation!, fields));
                }
                else if (!pageShowsAbstracts)
                {
                    papers.Add(new ParsedPaper(card.Title, string.Empty, card.TitleLocation, card.TitleLocation, fields));
                }
                else
                {
                    _result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TitleWithoutAbstract, card.TitleLocation, MessageText.Shorten(card.Title)));
                }
            }

            return papers;
        }

        public LocationInfo Span(int start, int end) => LocationInfo.In(_path, _text, TextSpan.FromBounds(start, end < start ? start : end));

        private void AssignMetadata(List<(int Title, int Abstract)> pairs, List<Card> cards)
        {
            var next = 0;
            var gapHasLeading = false;
            var lastEnd = -1;
            foreach (var (order, line) in _metadata)
            {
                while (next < pairs.Count && _paragraphOrder[pairs[next].Abstract] < order)
                {
                    lastEnd = _paragraphOrder[pairs[next].Abstract];
                    next++;
                    gapHasLeading = false;
                }

                var inside = next < pairs.Count && _paragraphOrder[pairs[next].Title] < order;
                if (inside)
                {
                    cards[next].Metadata.Fill(line.Fields);
                    continue;
                }

                // Between two cards. Once a line that starts a card (upvotes, submitter) has been seen, the
                // rest of the gap is the next card's too.
                gapHasLeading |= line.Place == MetadataPlace.Leading;
                var previous = next - 1;
                var previousTakes = previous >= 0
                    && !gapHasLeading
                    && !HasParagraphBetween(lastEnd, order)
                    && !cards[previous].Metadata.Conflicts(line.Fields);
                if (previousTakes || next >= pairs.Count)
                {
                    if (previous >= 0)
                    {
                        cards[previous].Metadata.Fill(line.Fields);
                    }
                }
                else
                {
                    cards[next].Metadata.Fill(line.Fields);
                }
            }
        }

        // Paragraph orders ascend, so a binary search keeps this logarithmic: a listing has as many
        // metadata lines as paragraphs, and a scan per line would make large dumps quadratic.
        private bool HasParagraphBetween(int after, int before)
        {
            var index = _paragraphOrder.BinarySearch(after + 1);
            if (index < 0)
            {
                index = ~index;
            }

            return index < _paragraphOrder.Count && _paragraphOrder[index] < before;
        }

        // Whether the paragraph at index starts a card: a title followed by its abstract.
        private bool NextStartsCard(int index)
            => index + 1 < _paragraphs.Count && !_paragraphs[index].ReadsAsAbstract && _paragraphs[index + 1].ReadsAsAbstract;

        /// <summary>
        /// Pairs each title with the abstract after it. A title followed by another title that has its own
        /// abstract is a truncated entry; an abstract with no title before it is a stray line.
        /// </summary>
        private List<(int Title, int Abstract)> PairTitlesWithAbstracts(ParseProgress progress)
        {
            var pairs = new List<(int, int)>();
            var paragraphs = _paragraphs;
            var i = 0;
            while (i < paragraphs.Count)
            {
                progress.Step("assemble");
                var candidate = paragraphs[i];
                var next = i + 1 < paragraphs.Count ? paragraphs[i + 1] : null;
                var afterNext = i + 2 < paragraphs.Count ? paragraphs[i + 2] : null;

                var candidateIsOrphan = next is null
                    || (!next.ReadsAsAbstract && afterNext is not null && afterNext.ReadsAsAbstract);
                if (candidateIsOrphan && pairs.Count == 0 && !NextStartsCard(i + 1))
                {
                    // The paragraph right before the first card is still a truncated entry (PG0001).
                    SkipChrome(candidate.FirstLine);
                    i++;
                    continue;
                }

                if (candidateIsOrphan)
                {
                    var descriptor = candidate.ReadsAsAbstract ? DiagnosticDescriptors.UnrecognizedLine : DiagnosticDescriptors.TitleWithoutAbstract;
                    _result.Diagnostics.Add(DiagnosticInfo.Create(descriptor, candidate.FirstLine, MessageText.Shorten(candidate.Text)));
                    i++;
                    continue;
                }

                if (candidate.ReadsAsAbstract && !next!.ReadsAsAbstract && pairs.Count == 0)
                {
                    SkipChrome(candidate.FirstLine);
                    i++;
                    continue;
                }

                if (candidate.ReadsAsAbstract && !next!.ReadsAsAbstract)
                {
                    // An abstract in a title's place, followed by a title: the abstract is the stray.
                    _result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognizedLine, candidate.FirstLine, MessageText.Shorten(candidate.Text)));
                    i++;
                    continue;
                }

                pairs.Add((i, i + 1));
                i += 2;
            }

            return pairs;
        }
    }
}
