using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
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

namespace PaperGen.Generator
{
    /// <summary>
    /// Turns each <c>PaperDump</c> item (an AdditionalFiles item marked by build/PaperGen.targets) into a
    /// static class of typed papers, and reports what is wrong with the dump as diagnostics in the file.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class PaperDumpGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var dumpFiles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => DumpOptions.IsDump(pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, _) => (File: pair.Left, Options: DumpOptions.Read(pair.Left.Path, pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions)))
                .WithTrackingName(TrackingNames.DumpFiles);

            var models = dumpFiles
                .Select(static (dump, cancellationToken) => BuildModel(dump.File, dump.Options, cancellationToken))
                .WithTrackingName(TrackingNames.Models);

            // Re-evaluated on every compilation, but equal results stop there: nothing downstream re-runs.
            var hasCompiledDataApi = context.CompilationProvider
                .Select(static (compilation, _) => HasCompiledDataApi(compilation));
            var language = context.ParseOptionsProvider
                .Combine(hasCompiledDataApi)
                .Select(static (pair, _) => TargetLanguage.From(pair.Left as CSharpParseOptions, pair.Right))
                .WithTrackingName(TrackingNames.Language);

            var diagnostics = models
                .Select(static (model, _) => model.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (spc, list) =>
            {
                foreach (var diagnostic in list)
                {
                    spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });

            var emittable = models
                .Where(static model => model.CanEmit)
                .Select(static (model, _) => model with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty })
                .Combine(language)
                .WithTrackingName(TrackingNames.Emit);
            context.RegisterSourceOutput(emittable, static (spc, input) =>
            {
                var (model, target) = input;
                var result = CatalogEmitter.EmitFiles(model, target, GeneratorVersion, spc.CancellationToken);
                if (result.Diagnostic is not null)
                {
                    spc.ReportDiagnostic(result.Diagnostic.ToDiagnostic());
                }

                if (PropertyLimit.Check(model) is { } capped)
                {
                    spc.ReportDiagnostic(capped.ToDiagnostic());
                }

                var hint = HintName(model);
                foreach (var file in result.Files)
                {
                    spc.AddSource(hint + file.HintSuffix + ".g.cs", SourceText.From(file.Text, Encoding.UTF8));
                }
            });

            var classes = models
                .Where(static model => model.CanEmit)
                .Select(static (model, _) => (model.FullName, model.FilePath))
                .Collect()
                .WithTrackingName(TrackingNames.ClassNames);
            context.RegisterSourceOutput(classes, static (spc, list) => ReportDuplicateClasses(spc, list));
        }

        internal static string GeneratorVersion { get; } =
            typeof(PaperDumpGenerator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

        // UTF-8 literals need ReadOnlySpan<byte>, and the data they hold needs a runtime that reads it.
        private static bool HasCompiledDataApi(Compilation compilation)
            => compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null
                && compilation.GetTypeByMetadataName("PaperGen.PaperDataSource") is not null;

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

        private static void ReportDuplicateClasses(SourceProductionContext spc, ImmutableArray<(string FullName, string FilePath)> classes)
        {
            var firstPath = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (fullName, path) in classes.OrderBy(c => c.FilePath, StringComparer.Ordinal))
            {
                if (firstPath.TryGetValue(fullName, out var first))
                {
                    spc.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DuplicateClass,
                        LocationInfo.FileStart(path).ToLocation(),
                        System.IO.Path.GetFileName(path),
                        fullName,
                        System.IO.Path.GetFileName(first)));
                }
                else
                {
                    firstPath.Add(fullName, path);
                }
            }
        }

        // Two dumps may name the same class (reported as PG0009); AddSource must still get distinct names.
        private static string HintName(DumpModel model)
        {
            var hash = 2166136261u;
            foreach (var c in model.FilePath)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return model.FullName + "." + hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }
}
