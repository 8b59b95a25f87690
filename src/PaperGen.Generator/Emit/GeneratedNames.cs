namespace PaperGen.Generator.Emit
{
    /// <summary>Names the generated code uses, written once for every emitter.</summary>
    internal static class GeneratedNames
    {
        public const string PaperType = "global::PaperGen.Paper";
        public const string CatalogType = "global::PaperGen.PaperCatalog";
        public const string SpanType = "global::System.ReadOnlySpan<byte>";

        /// <summary>The private nested class that holds the catalog and the data it is made from.</summary>
        public const string DataClass = "__PaperGenData";

        /// <summary>The field of <see cref="DataClass"/> every generated property reads.</summary>
        public const string CatalogField = "Catalog";
    }
}
