using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Model
{
    /// <summary>Everything generated from one dump: the class to emit and the diagnostics to report.</summary>
    internal sealed record DumpModel(
        string FilePath,
        string FileName,
        string? Namespace,
        string ClassName,
        bool IsPublic,
        string? ListingDate,
        EquatableArray<PaperModel> Papers,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>False when an error in the options or the file means no class should be emitted.</summary>
        public bool CanEmit { get; init; } = true;

        public string FullName => Namespace is null ? ClassName : Namespace + "." + ClassName;
    }
}
