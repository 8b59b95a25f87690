namespace PaperGen.Generator
{
    /// <summary>Names of the pipeline steps, so tests can check which ones ran again.</summary>
    internal static class TrackingNames
    {
        public const string DumpFiles = nameof(DumpFiles);
        public const string Models = nameof(Models);
        public const string Language = nameof(Language);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Emit = nameof(Emit);
        public const string ClassNames = nameof(ClassNames);
    }
}
