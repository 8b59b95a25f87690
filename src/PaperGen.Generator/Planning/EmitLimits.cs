namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// The sizes the planner holds a dump to. The generator uses <see cref="Default"/>; tests lower them to
    /// drive PG0011, PG0012 and multi-file output through the generator without dumps of real size.
    /// </summary>
    internal sealed record EmitLimits(int MaxPaperProperties, long MaxLiteralHeapBytes, int PapersPerFile)
    {
        public static EmitLimits Default { get; } = new(DefaultMaxPaperProperties, DefaultMaxLiteralHeapBytes, DefaultPapersPerFile);

        /// <summary>
        /// The CLR refuses to load a type with more than 65,535 methods (TypeLoadException, found by
        /// building and running 100,000 papers), and every property is a method; papers past this many
        /// are reachable through <c>Catalog</c>, <c>All</c> and <c>Titles</c> only (PG0012).
        /// </summary>
        public const int DefaultMaxPaperProperties = 60_000;

        /// <summary>
        /// Heap bytes the ordinary-literal layout may use: three quarters of the 16 MiB user-string heap
        /// (CS8103), leaving room for the rest of the assembly's strings (PG0011).
        /// </summary>
        public const long DefaultMaxLiteralHeapBytes = 12L * 1024 * 1024;

        /// <summary>
        /// Papers per generated file: past this many the class is split over several files, so no one string
        /// or syntax tree grows with the whole dump.
        /// </summary>
        public const int DefaultPapersPerFile = 2000;
    }
}
