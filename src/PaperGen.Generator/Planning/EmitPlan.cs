using System;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// Everything decided about one dump's generated code before a line of it is written: the layout,
    /// how many papers get a property, how the files are split and named, whether documentation holds whole
    /// abstracts or first sentences (<see cref="DocAbstracts"/>), the notice the class carries,
    /// and the diagnostics those decisions raise (PG0011, PG0012). The emitter reads a plan and writes it;
    /// it decides nothing and cannot fail.
    /// </summary>
    internal sealed record EmitPlan(
        DumpModel Model,
        TargetLanguage Language,
        DataLayout Layout,
        EncodedCatalog? CompiledData,
        int PaperProperties,
        int PapersPerFile,
        string HintName,
        bool FirstSentenceDocs,
        string? ErrorNotice,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public bool HasSource => Layout != DataLayout.None;

        /// <summary>Generated files: one per <see cref="PapersPerFile"/> papers, and one for an empty dump.</summary>
        public int FileCount => HasSource ? Math.Max(1, (Model.Papers.Count + PapersPerFile - 1) / PapersPerFile) : 0;

        /// <summary>
        /// Compares the decisions, not <see cref="CompiledData"/>: that is computed from <see cref="Model"/>
        /// and <see cref="PapersPerFile"/> alone, so equal decisions mean equal data, and comparing megabytes
        /// of encoded text on every run would buy nothing.
        /// </summary>
        public bool Equals(EmitPlan? other)
            => other is not null
                && Model.Equals(other.Model)
                && Language.Equals(other.Language)
                && Layout == other.Layout
                && PaperProperties == other.PaperProperties
                && PapersPerFile == other.PapersPerFile
                && HintName == other.HintName
                && FirstSentenceDocs == other.FirstSentenceDocs
                && ErrorNotice == other.ErrorNotice
                && Diagnostics.Equals(other.Diagnostics);

        public override int GetHashCode()
            => (Model, Language, Layout, PaperProperties, PapersPerFile, HintName, FirstSentenceDocs, ErrorNotice, Diagnostics).GetHashCode();
    }
}
