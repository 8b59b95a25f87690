using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Configuration;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Emit;
using PaperGen.Generator.Model;
using PaperGen.Generator.Parsing;
using PaperGen.Generator.Pipeline;
using PaperGen.Generator.Planning;

namespace PaperGen.Generator
{
    /// <summary>
    /// Turns each <c>PaperDump</c> item (an AdditionalFiles item marked by build/PaperGen.targets) into a
    /// static class of typed papers, and reports what is wrong with the dump as diagnostics in the file.
    /// </summary>
    /// <remarks>
    /// The pipeline, one value step after another (see ARCHITECTURE.md): dump files with their options →
    /// models (parse + build, each file on its own) →
    /// classes (dumps sharing a class merged into one archive) → dumps to emit → emit plans (with the target language) → source. Diagnostics
    /// leave at the step that decides them: a model's own, an archive's merge (PG0024 across its dumps), a
    /// plan's (PG0011, PG0012), and PG0009 across dumps.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class PaperDumpGenerator : IIncrementalGenerator
    {
        private readonly EmitLimits _limits;

        /// <summary>The generator as the compiler loads it.</summary>
        public PaperDumpGenerator()
            : this(EmitLimits.Default)
        {
        }

        // Tests lower the limits to reach PG0011, PG0012 and multi-file output with small dumps.
        internal PaperDumpGenerator(EmitLimits limits) => _limits = limits;

        internal static string GeneratorVersion { get; } =
            typeof(PaperDumpGenerator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var dumpFiles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => (File: pair.Left, Options: DumpOptions.ReadIfDump(pair.Left, pair.Right)))
                .Where(static dump => dump.Options is not null)
                .WithTrackingName(TrackingNames.DumpFiles);

            var models = dumpFiles
                .Select(static (dump, cancellationToken) => BuildModel(dump.File, dump.Options!, cancellationToken))
                .WithTrackingName(TrackingNames.Models);

            var diagnostics = models
                .Select(static (model, _) => model.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (spc, list) => Report(spc, list));

            // Re-evaluated on every compilation, but equal results stop there: nothing downstream re-runs.
            var compiledDataApi = context.CompilationProvider
                .Select(static (compilation, _) => (Utf8: HasCompiledDataApi(compilation), Constants: HasConstantDataApi(compilation)));
            var projectSettings = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => (
                    Carrier: provider.GlobalOptions.TryGetValue(TargetLanguage.DataCarrierKey, out var carrier) ? carrier : null,
                    AbstractDocs: provider.GlobalOptions.TryGetValue(TargetLanguage.AbstractDocsKey, out var docs) ? docs : null));
            var language = context.ParseOptionsProvider
                .Combine(compiledDataApi)
                .Combine(projectSettings)
                .Select(static (pair, _) => TargetLanguage.From(pair.Left.Left as CSharpParseOptions, pair.Left.Right.Utf8, pair.Left.Right.Constants, pair.Right.Carrier, pair.Right.AbstractDocs))
                .WithTrackingName(TrackingNames.Language);

            // Dumps that share a class are one archive (issue 9.4): each file is still parsed and cached on
            // its own above; only the merge, linear in the papers, sees them together.
            var classes = models
                .Where(static model => model.CanEmit)
                .Collect()
                .SelectMany(static (all, cancellationToken) => ArchiveBuilder.Build(all, cancellationToken))
                .WithTrackingName(TrackingNames.Classes);
            var mergeDiagnostics = classes
                .Select(static (c, _) => c.MergeDiagnostics)
                .WithTrackingName(TrackingNames.MergeDiagnostics);
            context.RegisterSourceOutput(mergeDiagnostics, static (spc, list) => Report(spc, list));

            var limits = _limits;
            var plans = classes
                .Select(static (c, _) => DumpToEmit.From(c.Model))
                .WithTrackingName(TrackingNames.DumpsToEmit)
                .Combine(language)
                .Select((pair, cancellationToken) => EmitPlanner.Plan(pair.Left, pair.Right, limits, GeneratorVersion, cancellationToken))
                .WithTrackingName(TrackingNames.EmitPlans);
            context.RegisterSourceOutput(plans, static (spc, plan) =>
            {
                Report(spc, plan.Diagnostics);
                foreach (var file in CatalogEmitter.EmitFiles(plan, GeneratorVersion, spc.CancellationToken))
                {
                    spc.AddSource(plan.HintName + file.HintSuffix + ".g.cs", SourceText.From(file.Text, Encoding.UTF8));
                }
            });

            var duplicateClasses = models
                .Where(static model => model.CanEmit)
                .Select(static (model, _) => (model.FullName, model.FilePath, model.IsPublic))
                .Collect()
                .WithTrackingName(TrackingNames.ClassNames)
                .Select(static (classes, _) => DuplicateClasses.Find(classes))
                .WithTrackingName(TrackingNames.DuplicateClasses);
            context.RegisterSourceOutput(duplicateClasses, static (spc, list) => Report(spc, list));
        }

        private static void Report(SourceProductionContext spc, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        // UTF-8 literals need ReadOnlySpan<byte>, and the data they hold needs a runtime that reads it.
        private static bool HasCompiledDataApi(Compilation compilation)
            => compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null
                && compilation.GetTypeByMetadataName("PaperGen.PaperDataSource") is not null;

        // Constants need a runtime that reads them (issue 12); older runtimes get the UTF-8 literals.
        private static bool HasConstantDataApi(Compilation compilation)
            => compilation.GetTypeByMetadataName("PaperGen.PaperCatalog")?.GetMembers("FromCompiledConstants").Length > 0;

        private static DumpModel BuildModel(AdditionalText file, DumpOptions options, CancellationToken cancellationToken)
        {
            var parsed = new ParsedDump();
            try
            {
                var text = file.GetText(cancellationToken);
                if (text is null)
                {
                    parsed.IsText = false;
                    parsed.Diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.NotText,
                        LocationInfo.FileStart(file.Path),
                        System.IO.Path.GetFileName(file.Path),
                        "it could not be read"));
                }
                else
                {
                    parsed = DumpParser.Parse(text, file.Path, cancellationToken);
                }

                return CatalogBuilder.Build(file.Path, parsed, options);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug of ours must not become CS8785, which silently drops every generated file.
                var failed = new ParsedDump { IsText = false };
                failed.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError,
                    LocationInfo.FileStart(file.Path),
                    ex.GetType().Name + ": " + ex.Message));
                return CatalogBuilder.Build(file.Path, failed, options);
            }
        }
    }
}
