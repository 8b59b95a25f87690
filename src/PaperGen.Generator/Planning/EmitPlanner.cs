using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// Decides what to generate for a dump, given what the consumer's compiler allows: a value step of the
    /// pipeline (model + target language → plan + diagnostics), so the emitter after it only writes.
    /// </summary>
    internal static class EmitPlanner
    {
        public static EmitPlan Plan(DumpToEmit dump, TargetLanguage language, EmitLimits limits, string generatorVersion, CancellationToken cancellationToken)
        {
            var model = dump.Model;
            var compiledData = language.SupportsCompiledData
                ? CompiledDataEncoder.TryEncode(model, limits.PapersPerFile, generatorVersion, cancellationToken, CompiledDataEncoder.LevelFor(language.SupportsConstantData))
                : null;
            var tooLarge = compiledData is null ? LiteralBudget.Check(model, language, limits.MaxLiteralHeapBytes) : null;
            var layout = compiledData is not null ? (language.SupportsConstantData ? DataLayout.CompiledConstants : DataLayout.CompiledData)
                : tooLarge is null ? DataLayout.Literals
                : DataLayout.None;
            var capped = layout == DataLayout.None ? null : PropertyLimit.Check(model, limits.MaxPaperProperties);

            var diagnostics = new List<DiagnosticInfo>(3);
            AddIfAny(diagnostics, tooLarge);
            AddIfAny(diagnostics, capped);
            if (language.InvalidAbstractDocs is { } invalid)
            {
                // A project property has no place in a file; the dump it would have shaped carries the error.
                diagnostics.Add(DiagnosticInfo.Create(
                    Diagnostics.DiagnosticDescriptors.InvalidOption,
                    LocationInfo.FileStart(model.FilePath),
                    "PaperGenAbstractDocs",
                    invalid,
                    model.FileName,
                    "it must be 'Auto', 'Full' or 'FirstSentence'"));
            }

            return new EmitPlan(
                model,
                language,
                layout,
                compiledData,
                Math.Min(model.Papers.Count, limits.MaxPaperProperties),
                limits.PapersPerFile,
                HintName(model),
                DocAbstracts.FirstSentenceOnly(model, language.AbstractDocs),
                dump.ErrorNotice,
                diagnostics.ToEquatableArray());
        }

        // Two dumps may name the same class (PG0009); AddSource must still get distinct, stable names.
        private static string HintName(DumpModel model)
            => model.FullName + "." + StableHash.Of(model.FilePath).ToString("x8", CultureInfo.InvariantCulture);

        private static void AddIfAny(List<DiagnosticInfo> diagnostics, DiagnosticInfo? diagnostic)
        {
            if (diagnostic is not null)
            {
                diagnostics.Add(diagnostic);
            }
        }
    }
}
