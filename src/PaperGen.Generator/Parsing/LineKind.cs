namespace PaperGen.Generator.Parsing
{
    /// <summary>What the classify step made of one line of a listing.</summary>
    internal enum LineKind
    {
        /// <summary>Not decided by the shared rules: metadata or text, read by the layout.</summary>
        Open,

        /// <summary>The site's navigation, banners or page title.</summary>
        Chrome,

        /// <summary>The listing's date, above its first card.</summary>
        DateHeader,

        /// <summary>The submitter's name under <c>Submitted by</c>: shown, not kept.</summary>
        UserName,
    }
}
