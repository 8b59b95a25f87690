using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// The generator run as the compiler runs it, over a net8.0 compilation that references PaperGen.Runtime's net8.0
    /// build by path: the process itself may have loaded the net10.0 build (BenchmarkDotNet's generated project picks
    /// it), which a compilation against net8.0 reference assemblies cannot reference (CS1705).
    /// </summary>
    internal static class Compilations
    {
        public const string UserSource = "namespace Bench { internal static class UserCode { public static int Version => 1; } }";

        public static string RepositoryRoot => typeof(Compilations).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;

        public static string ShippedDump => File.ReadAllText(Path.Combine(RepositoryRoot, "src/PaperGen.DailyPapers/Data/hf-papers-aug-6.txt"));

        public static CSharpCompilation Create(string userSource = UserSource)
            => CSharpCompilation.Create(
                "Bench",
                new[] { CSharpSyntaxTree.ParseText(userSource, new CSharpParseOptions(LanguageVersion.Latest), path: "/bench/UserCode.cs") },
                Net80.References.All.Concat(new[] { MetadataReference.CreateFromFile(ConsumerProject.Runtime) }),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

        public static GeneratorDriver Driver(string dumpText, string className = "Archive", CSharpParseOptions? parseOptions = null)
            => Driver(new[] { ("archive.txt", dumpText) }, className, parseOptions);

        /// <summary>A driver over several dumps that share one class: an archive (issue 9.4).</summary>
        public static GeneratorDriver Driver(IEnumerable<(string FileName, string Text)> dumps, string className = "Archive", CSharpParseOptions? parseOptions = null)
            => Driver(dumps.Select(d => Dump(d.FileName, d.Text)).ToArray(), className, parseOptions);

        /// <summary>A dump file as the compiler passes it to the generator.</summary>
        public static AdditionalText Dump(string fileName, string text)
            => new DumpText("/bench/papers/" + fileName, SourceText.From(text, System.Text.Encoding.UTF8));

        public static GeneratorDriver Driver(AdditionalText[] texts, string className = "Archive", CSharpParseOptions? parseOptions = null, string? carrier = null, string? abstractDocs = null)
        {
            var globalValues = new Dictionary<string, string>();
            if (carrier is not null)
            {
                globalValues["build_property.PaperGenDataCarrier"] = carrier;
            }

            if (abstractDocs is not null)
            {
                globalValues["build_property.PaperGenAbstractDocs"] = abstractDocs;
            }

            var global = new Options(globalValues);
            var options = new Options(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.PaperGenDump"] = "true",
                ["build_metadata.AdditionalFiles.PaperGenClassName"] = className,
                ["build_metadata.AdditionalFiles.PaperGenNamespace"] = "Bench",
            });
            return CSharpGeneratorDriver.Create(
                new[] { new PaperDumpGenerator().AsSourceGenerator() },
                texts,
                parseOptions ?? new CSharpParseOptions(LanguageVersion.Latest),
                new OptionsProvider(options, global));
        }

        /// <summary>Compiles a dump into an assembly on disk, once per content: lookup benchmarks load it in every process.</summary>
        public static Assembly CompileCached(string dumpText, string name)
        {
            var directory = Path.Combine(Path.GetTempPath(), "papergen-bench");
            Directory.CreateDirectory(directory);
            // A content hash that is the same in every process (string.GetHashCode is randomised per process, so the
            // cache never hit and every benchmark process compiled and left another copy of the 20,000-paper dump).
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(dumpText)), 0, 8);
            var path = Path.Combine(directory, name + "-" + hash + ".dll");
            if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) < File.GetLastWriteTimeUtc(typeof(PaperDumpGenerator).Assembly.Location))
            {
                var compilation = Create().WithAssemblyName(Path.GetFileNameWithoutExtension(path));
                Driver(dumpText).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
                var result = output.Emit(path + ".tmp");
                if (!result.Success || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    throw new InvalidOperationException(string.Join("\n", diagnostics.Concat(result.Diagnostics).Take(20)));
                }

                File.Move(path + ".tmp", path, overwrite: true);
            }

            return Assembly.LoadFrom(path);
        }

        private sealed class DumpText : AdditionalText
        {
            private readonly SourceText _text;

            public DumpText(string path, SourceText text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Options _file;

            public OptionsProvider(Options file, Options global)
            {
                _file = file;
                GlobalOptions = global;
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _file;
        }

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
                => _values.TryGetValue(key, out value);
        }
    }
}
