namespace PaperGen.Generator
{
    /// <summary>Names of the pipeline steps, so tests can check which ones ran again.</summary>
    internal static class TrackingNames
    {
        /// <summary>Each PaperDump item with its options (other AdditionalFiles are dropped here).</summary>
        public const string DumpFiles = nameof(DumpFiles);

        /// <summary>Each dump parsed and turned into a model with its diagnostics.</summary>
        public const string Models = nameof(Models);

        /// <summary>What the consumer's compiler allows.</summary>
        public const string Language = nameof(Language);

        /// <summary>Each model's own diagnostics, reported as they are.</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>Each class to generate: a dump on its own, or the dumps sharing a class merged into one archive.</summary>
        public const string Classes = nameof(Classes);

        /// <summary>What merging an archive's dumps found (PG0024 and duplicates across its files).</summary>
        public const string MergeDiagnostics = nameof(MergeDiagnostics);

        /// <summary>Each model as emission needs it: no warnings, and the notice its errors put on the class.</summary>
        public const string DumpsToEmit = nameof(DumpsToEmit);

        /// <summary>Each dump's emit plan: layout, limits (PG0011, PG0012) and file split, for the target language.</summary>
        public const string EmitPlans = nameof(EmitPlans);

        /// <summary>Every dump's class name, together.</summary>
        public const string ClassNames = nameof(ClassNames);

        /// <summary>Dumps of one class that disagree on its accessibility (PG0009).</summary>
        public const string DuplicateClasses = nameof(DuplicateClasses);
    }
}
