namespace PaperGen.Storage
{
    /// <summary>
    /// How a <see cref="PaperCatalog"/> keeps its papers: as objects (<see cref="PaperArrayStore"/>) or as
    /// compiled data decoded on demand (<c>CompiledData.CompiledPaperStore</c>). The catalog's members are
    /// written once over this; each store answers the lookups the way its storage does best.
    /// </summary>
    internal interface IPaperStore
    {
        int Count { get; }

        Paper this[int index] { get; }

        /// <summary>The index of the first paper titled exactly <paramref name="title"/> (ordinal), or -1.</summary>
        int IndexOfTitle(string title);

        /// <summary>The index of the first paper whose folded title (<see cref="TextKey.Fold"/>) is that of <paramref name="title"/>, or -1.</summary>
        int IndexOfFoldedTitle(string title);

        /// <summary>The papers' search index (<c>Search.SearchIndexLayout</c>): compiled, or built from the papers on first use.</summary>
        System.ReadOnlySpan<byte> SearchIndex { get; }
    }
}
