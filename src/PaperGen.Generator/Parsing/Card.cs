using System.Collections.Generic;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing
{
    /// <summary>One paper as the assemble step builds it, in every layout: title, abstract, what the page showed around it.</summary>
    internal sealed class Card
    {
        public Card(LocationInfo titleLocation)
        {
            TitleLocation = titleLocation;
        }

        public string Title { get; set; } = string.Empty;

        public LocationInfo TitleLocation { get; }

        public WrappedText Abstract { get; } = new();

        public LocationInfo? AbstractLocation { get; set; }

        public CardMetadata Metadata { get; } = new();

        /// <summary>Author names, where the page lists them (a paper page's <c>Authors:</c>).</summary>
        public List<string> Authors { get; } = new();

        /// <summary>The AI summary, where the page labels one.</summary>
        public string? AiSummary { get; set; }

        /// <summary>After a line that starts the next card: what follows is the next card's.</summary>
        public bool InGap { get; set; }
    }
}
