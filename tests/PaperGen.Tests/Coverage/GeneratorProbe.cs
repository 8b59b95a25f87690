using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator;

namespace PaperGen.Tests.Coverage
{
    /// <summary>
    /// Runs the generator on additional files the shared harness cannot describe: files that are not dumps,
    /// files whose text cannot be read, and projects with any (or no) RootNamespace. Only the generator's
    /// public contract is used: the MSBuild metadata names of build/PaperGen.targets, PG IDs and locations.
    /// </summary>
    internal static class GeneratorProbe
    {
        public const string DumpMarker = "build_metadata.AdditionalFiles.PaperGenDump";
        public const string ClassNameKey = "build_metadata.AdditionalFiles.PaperGenClassName";
        public const string NamespaceKey = "build_metadata.AdditionalFiles.PaperGenNamespace";
        public const string AccessibilityKey = "build_metadata.AdditionalFiles.PaperGenAccessibility";
        public const string RootNamespaceKey = "build_property.RootNamespace";

        /// <summary>The metadata build/PaperGen.targets writes for <c>&lt;PaperDump Include="…" /&gt;</c>.</summary>
        public static Dictionary<string, string> DumpMetadata(string? className = null, string? ns = null, string? accessibility = null)
            => new()
            {
                [DumpMarker] = "true",
                [ClassNameKey] = className ?? string.Empty,
                [NamespaceKey] = ns ?? string.Empty,
                [AccessibilityKey] = accessibility ?? string.Empty,
            };

        /// <summary>One dump file with its text, marked as a dump.</summary>
        public static ProbeFile Dump(string path, string text, string? className = null, string? ns = null, string? accessibility = null)
            => new(new TextFile(path, SourceText.From(text, Encoding.UTF8)), DumpMetadata(className, ns, accessibility));

        public static ProbeRun Run(
            IEnumerable<ProbeFile> files,
            bool netStandard = false,
            LanguageVersion languageVersion = LanguageVersion.Latest,
            IReadOnlyDictionary<string, string>? globalOptions = null)
        {
            var list = files.ToList();
            var parseOptions = new CSharpParseOptions(languageVersion);
            var references = netStandard
                ? NetStandard20.References.All.Concat(new[] { MetadataReference.CreateFromFile(RuntimeNetStandard20Path) })
                : Net80.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location) });
            var compilation = CSharpCompilation.Create(
                "ProbeConsumer" + Guid.NewGuid().ToString("N"),
                new[] { CSharpSyntaxTree.ParseText("namespace Probe { internal static class UserCode { } }", parseOptions, path: "/project/UserCode.cs") },
                references,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
            var options = new ProbeOptionsProvider(
                globalOptions ?? new Dictionary<string, string> { [RootNamespaceKey] = "Probe" },
                list.ToDictionary(f => f.Text.Path, f => f.Metadata));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new PaperDumpGenerator().AsSourceGenerator() },
                list.Select(f => f.Text),
                parseOptions,
                options);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            return new ProbeRun(driver.GetRunResult().Results.Single(), output, diagnostics);
        }

        public static ProbeRun Run(params ProbeFile[] files) => Run((IEnumerable<ProbeFile>)files);

        private static string RuntimeNetStandard20Path
            => typeof(GeneratorProbe).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "RuntimeNetStandard20").Value!;

        private sealed class ProbeOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Dictionary<string, Dictionary<string, string>> _files;

            public ProbeOptionsProvider(IReadOnlyDictionary<string, string> global, Dictionary<string, Dictionary<string, string>> files)
            {
                GlobalOptions = new Options(global);
                _files = files;
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
                => new Options(_files.TryGetValue(textFile.Path, out var values) ? values : new Dictionary<string, string>());

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly IReadOnlyDictionary<string, string> _values;

                public Options(IReadOnlyDictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
            }
        }
    }

    /// <summary>An additional file and the item metadata MSBuild gives it.</summary>
    internal sealed record ProbeFile(AdditionalText Text, Dictionary<string, string> Metadata);

    /// <summary>An additional file with fixed text (or none, as when the compiler cannot read it).</summary>
    internal sealed class TextFile : AdditionalText
    {
        private readonly SourceText? _text;

        public TextFile(string path, SourceText? text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>An additional file whose reading fails with <paramref name="error"/>, the way a bug of ours would.</summary>
    internal sealed class FailingFile : AdditionalText
    {
        private readonly Exception _error;

        public FailingFile(string path, Exception error)
        {
            Path = path;
            _error = error;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => throw _error;
    }

    /// <summary>The outcome of one probe run and the compilation that includes its output.</summary>
    internal sealed class ProbeRun
    {
        private Assembly? _assembly;

        public ProbeRun(GeneratorRunResult result, Compilation output, ImmutableArray<Diagnostic> diagnostics)
        {
            Result = result;
            Output = output;
            GeneratorDiagnostics = diagnostics;
        }

        public GeneratorRunResult Result { get; }

        public Compilation Output { get; }

        /// <summary>What the generator reported; a generator exception would show here as CS8785.</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        public IEnumerable<string> Ids => GeneratorDiagnostics.Select(d => d.Id);

        public ImmutableArray<Diagnostic> CompilationErrorsAndWarnings
            => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

        public Diagnostic Single(string id) => Assert1(GeneratorDiagnostics.Where(d => d.Id == id).ToList(), id);

        public string SourceText(int index = 0) => Result.GeneratedSources[index].SourceText.ToString();

        /// <summary>Emits and loads the output (once per run), so generated members can be read back.</summary>
        public Assembly Load()
        {
            if (_assembly is null)
            {
                using var stream = new MemoryStream();
                var emit = Output.Emit(stream);
                if (!emit.Success)
                {
                    throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics));
                }

                stream.Position = 0;
                _assembly = AssemblyLoadContext.Default.LoadFromStream(stream);
            }

            return _assembly;
        }

        public object? ReadStatic(string typeName, string member)
            => Load().GetType(typeName, throwOnError: true)!.GetProperty(member)!.GetValue(null);

        public PaperCatalog Catalog(string typeName) => (PaperCatalog)ReadStatic(typeName, "Catalog")!;

        private static Diagnostic Assert1(List<Diagnostic> found, string id)
            => found.Count == 1 ? found[0] : throw new Xunit.Sdk.XunitException($"Expected one {id}, found {found.Count}: {string.Join("; ", found)}");
    }
}
