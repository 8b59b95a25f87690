using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperGen.Generator;
using PaperGen.Generator.Planning;

namespace PaperGen.Tests.Infrastructure
{
    /// <summary>The reference set a consumer compiles against.</summary>
    internal enum TargetSet
    {
        Net80,
        NetStandard20,
    }

    /// <summary>
    /// Runs <see cref="PaperDumpGenerator"/> the way the compiler does: dumps as AdditionalFiles with the
    /// metadata build/PaperGen.targets writes, over a compilation against real reference assemblies, parsed
    /// with documentation diagnostics on (so malformed or missing generated docs are warnings).
    /// </summary>
    /// <remarks>
    /// Every run goes through <see cref="RunDriver"/>, which checks the pipeline on the way: no step holds a
    /// Roslyn object that pins a compilation, and running again on an equal compilation re-runs no step and
    /// generates the same files. So every generator test asserts caching, not a chosen few.
    /// </remarks>
    internal static class GeneratorHarness
    {
        public const string DefaultUserSource = "namespace TestApp { internal static class UserCode { } }";

        public static GeneratorRun Run(
            IEnumerable<DumpFile> dumps,
            TargetSet target = TargetSet.Net80,
            LanguageVersion languageVersion = LanguageVersion.Latest,
            string? rootNamespace = "TestApp",
            string userSource = DefaultUserSource,
            CancellationToken cancellationToken = default,
            EmitLimits? limits = null)
        {
            var compilation = CreateCompilation(target, languageVersion, userSource);
            var driver = CreateDriver(dumps, compilation.SyntaxTrees.First().Options, rootNamespace, out var texts, limits);
            return RunDriver(driver, compilation, cancellationToken) with { AdditionalTexts = texts };
        }

        public static GeneratorRun Run(DumpFile dump, TargetSet target = TargetSet.Net80, LanguageVersion languageVersion = LanguageVersion.Latest)
            => Run(new[] { dump }, target, languageVersion);

        public static GeneratorRun RunText(string text, string fileName = "papers.txt")
            => Run(new DumpFile("/project/papers/" + fileName, text));

        /// <summary>Runs <paramref name="driver"/> once, checks the pipeline (see the remarks above), and returns that run.</summary>
        public static GeneratorRun RunDriver(GeneratorDriver driver, Compilation compilation, CancellationToken cancellationToken = default)
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, cancellationToken);
            var run = new GeneratorRun(driver, compilation, output, diagnostics);
            Incrementality.AssertNoRoslynObjectsInOutputs(run.Result);
            Incrementality.AssertCachedOnRerun(run);
            return run;
        }

        public static CSharpCompilation CreateCompilation(TargetSet target, LanguageVersion languageVersion, string userSource)
        {
            var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
            var references = target == TargetSet.Net80
                ? Net80.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location) })
                : NetStandard20.References.All.Concat(new[] { MetadataReference.CreateFromFile(RuntimeNetStandard20Path) });
            return CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(userSource, parseOptions, path: "/project/UserCode.cs") },
                references,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        }

        public static GeneratorDriver CreateDriver(IEnumerable<DumpFile> dumps, ParseOptions parseOptions, string? rootNamespace, out IReadOnlyList<AdditionalText> additionalTexts, EmitLimits? limits = null)
        {
            var list = dumps.ToList();
            additionalTexts = list.Select(AdditionalText).ToList();
            return CSharpGeneratorDriver.Create(
                new[] { new PaperDumpGenerator(limits ?? EmitLimits.Default).AsSourceGenerator() },
                additionalTexts,
                (CSharpParseOptions)parseOptions,
                Options(list, rootNamespace),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        }

        /// <summary>A dump as the compiler hands it to the generator.</summary>
        public static AdditionalText AdditionalText(DumpFile dump)
            => new InMemoryAdditionalText(dump.Path, dump.Bytes is null
                ? SourceText.From(dump.Text, Encoding.UTF8)
                : SourceText.From(dump.Bytes, dump.Bytes.Length, Encoding.UTF8));

        /// <summary>The options MSBuild would give <paramref name="dumps"/> in a project with <paramref name="rootNamespace"/>.</summary>
        public static AnalyzerConfigOptionsProvider Options(IEnumerable<DumpFile> dumps, string? rootNamespace)
        {
            var fileOptions = new Dictionary<string, Dictionary<string, string>>();
            foreach (var dump in dumps)
            {
                fileOptions[dump.Path] = new Dictionary<string, string>
                {
                    ["build_metadata.AdditionalFiles.PaperGenDump"] = "true",
                    ["build_metadata.AdditionalFiles.PaperGenClassName"] = dump.ClassName ?? string.Empty,
                    ["build_metadata.AdditionalFiles.PaperGenNamespace"] = dump.Namespace ?? string.Empty,
                    ["build_metadata.AdditionalFiles.PaperGenAccessibility"] = dump.Accessibility ?? string.Empty,
                };
            }

            var global = new Dictionary<string, string>();
            if (rootNamespace is not null)
            {
                global["build_property.RootNamespace"] = rootNamespace;
            }

            return new TestOptionsProvider(global, fileOptions);
        }

        private static string RuntimeNetStandard20Path
        {
            get
            {
                var path = typeof(GeneratorHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                    .Single(a => a.Key == "RuntimeNetStandard20").Value!;
                return File.Exists(path) ? path : throw new FileNotFoundException("The netstandard2.0 build of PaperGen.Runtime is missing; build the test project.", path);
            }
        }
    }

    /// <summary>The outcome of one generator run, and the compilation that includes its output.</summary>
    internal sealed record GeneratorRun
    {
        public GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> diagnostics)
        {
            Driver = driver;
            Input = input;
            Output = output;
            GeneratorDiagnostics = diagnostics;
        }

        public GeneratorDriver Driver { get; }

        /// <summary>The dumps as the driver got them (set by <see cref="GeneratorHarness.Run(IEnumerable{DumpFile}, TargetSet, LanguageVersion, string?, string, CancellationToken)"/>).</summary>
        public IReadOnlyList<AdditionalText> AdditionalTexts { get; init; } = Array.Empty<AdditionalText>();

        public Compilation Input { get; }

        public Compilation Output { get; }

        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

        /// <summary>The generated source when the run produced exactly one file.</summary>
        public string Source => Result.GeneratedSources.Single().SourceText.ToString();

        /// <summary>Compiler diagnostics of the output compilation, hidden ones left out.</summary>
        public ImmutableArray<Diagnostic> CompilationDiagnostics
            => Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();

        /// <summary>Every generated source, in the order the generator added them.</summary>
        public IReadOnlyList<string> Sources => Result.GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        /// <summary>Emits the compilation and loads it, so generated members can be read back.</summary>
        public Assembly Load() => _loaded ??= EmitAndLoad();

        private Assembly? _loaded;

        private Assembly EmitAndLoad()
        {
            using var stream = new MemoryStream();
            var result = Output.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", result.Diagnostics));
            }

            return Assembly.Load(stream.ToArray());
        }

        /// <summary>The generated class's static property <paramref name="name"/>, read through reflection.</summary>
        public object? ReadStatic(string typeName, string name)
            => Load().GetType(typeName, throwOnError: true)!.GetProperty(name)!.GetValue(null);
    }
}
