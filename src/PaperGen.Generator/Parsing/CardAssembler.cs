using System.Collections.Generic;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Turns the paragraphs and metadata lines of a plain-text listing, in file order, into papers. Titles
    /// pair with the abstract after them; metadata goes to the card it stands in, and between two cards
    /// to the one its kind belongs to (see <see cref="MetadataPlace"/>).
    /// </summary>
    internal sealed class CardAssembler
    {
        private readonly List<Paragraph> _paragraphs = new();
        private readonly List<int> _paragraphOrder = new();
        private readonly List<(int Order, MetadataLine Line)> _metadata = new();
        private int _order;

        public bool HasParagraphs => _paragraphs.Count > 0;

        public void Add(Paragraph paragraph)
        {
            _paragraphs.Add(paragraph);
            _paragraphOrder.Add(_order++);
        }

        public void Add(MetadataLine line) => _metadata.Add((_order++, line));

        public List<ParsedPaper> Assemble(ParsedDump result, ParseProgress progress)
        {
            var pairs = PairTitlesWithAbstracts(result, progress);
            var cards = new List<CardMetadata>(pairs.Count);
            foreach (var _ in pairs)
            {
                cards.Add(new CardMetadata());
            }

            AssignMetadata(pairs, cards);
            var papers = new List<ParsedPaper>(pairs.Count);
            for (var i = 0; i < pairs.Count; i++)
            {
                var title = _paragraphs[pairs[i].Title];
                var summary = _paragraphs[pairs[i].Abstract];
                papers.Add(new ParsedPaper(title.Text, summary.Text, title.Location, summary.Location, cards[i].ToMetadata()));
            }

            return papers;
        }

        private void AssignMetadata(List<(int Title, int Abstract)> pairs, List<CardMetadata> cards)
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
                    cards[next].Fill(line.Fields);
                    continue;
                }

                // Between two cards. Once a line that starts a card (upvotes, submitter) has been seen, the
                // rest of the gap is the next card's too.
                gapHasLeading |= line.Place == MetadataPlace.Leading;
                var previous = next - 1;
                var previousTakes = previous >= 0
                    && !gapHasLeading
                    && !HasParagraphBetween(lastEnd, order)
                    && !cards[previous].Conflicts(line.Fields);
                if (previousTakes || next >= pairs.Count)
                {
                    if (previous >= 0)
                    {
                        cards[previous].Fill(line.Fields);
                    }
                }
                else
                {
                    cards[next].Fill(line.Fields);
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

        /// <summary>
        /// Pairs each title with the abstract after it. A title followed by another title that has its own
        /// abstract is a truncated entry; an abstract with no title before it is a stray line.
        /// </summary>
        // Whether the paragraph at index starts a card: a title followed by its abstract.
        private bool NextStartsCard(int index)
            => index + 1 < _paragraphs.Count && !_paragraphs[index].ReadsAsAbstract && _paragraphs[index + 1].ReadsAsAbstract;

        private List<(int Title, int Abstract)> PairTitlesWithAbstracts(ParsedDump result, ParseProgress progress)
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
                    // Page text before the first card is chrome: counted for PG0013, not reported line by line.
                    // The paragraph right before the first card is still a truncated entry (PG0001).
                    result.SkippedChromeLines++;
                    result.FirstSkippedChrome ??= candidate.FirstLine;
                    i++;
                    continue;
                }

                if (candidateIsOrphan)
                {
                    var descriptor = candidate.ReadsAsAbstract ? DiagnosticDescriptors.UnrecognizedLine : DiagnosticDescriptors.TitleWithoutAbstract;
                    result.Diagnostics.Add(DiagnosticInfo.Create(descriptor, candidate.FirstLine, DumpParser.Shorten(candidate.Text)));
                    i++;
                    continue;
                }

                if (candidate.ReadsAsAbstract && !next!.ReadsAsAbstract && pairs.Count == 0)
                {
                    result.SkippedChromeLines++;
                    result.FirstSkippedChrome ??= candidate.FirstLine;
                    i++;
                    continue;
                }

                if (candidate.ReadsAsAbstract && !next!.ReadsAsAbstract)
                {
                    // An abstract in a title's place, followed by a title: the abstract is the stray.
                    result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnrecognizedLine, candidate.FirstLine, DumpParser.Shorten(candidate.Text)));
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
