using Microsoft.CodeAnalysis.CSharp;

namespace PaperGen.Generator.Configuration
{
    /// <summary>What the consuming compilation's C# allows, so the emitter writes the best code it can compile.</summary>
    internal sealed record TargetLanguage(LanguageVersion Version)
    {
        /// <summary>
        /// The MSBuild property (made compiler-visible by the project) that asks for the UTF-8 literal carrier
        /// instead of constants: <c>&lt;PaperGenDataCarrier&gt;Utf8Literals&lt;/PaperGenDataCarrier&gt;</c>. For
        /// comparing the two (the build benchmark) and as a way back should reflection ever be unwelcome.
        /// </summary>
        public const string DataCarrierKey = "build_property.PaperGenDataCarrier";

        /// <summary>The value of <see cref="DataCarrierKey"/> that selects <c>"…"u8</c> literals.</summary>
        public const string Utf8LiteralsCarrier = "Utf8Literals";

        /// <summary>
        /// Whether the compilation has <c>System.ReadOnlySpan&lt;T&gt;</c> and a PaperGen.Runtime with
        /// <c>PaperCatalog.FromCompiledData</c>; netstandard2.0 projects without System.Memory have neither.
        /// </summary>
        public bool HasCompiledDataApi { get; init; }

        /// <summary>Whether the runtime also has <c>PaperCatalog.FromCompiledConstants</c> (PaperGen 0.2 on).</summary>
        public bool HasConstantDataApi { get; init; }

        /// <summary>Whether the project asked for the UTF-8 literal carrier (<see cref="DataCarrierKey"/>).</summary>
        public bool PrefersUtf8Literals { get; init; }

        public bool SupportsNullable => Version >= LanguageVersion.CSharp8;

        /// <summary>UTF-8 literals (<c>"…"u8</c>) need C# 11 and <c>ReadOnlySpan&lt;byte&gt;</c>.</summary>
        public bool SupportsCompiledData => Version >= LanguageVersion.CSharp11 && HasCompiledDataApi;

        /// <summary>
        /// Whether the compiled data goes into <c>const string</c> fields rather than <c>"…"u8</c> literals
        /// (issue 12: one constant per part costs the compiler a fraction of one node per byte). Kept to the
        /// projects that get compiled data at all; older runtimes and the opt-out keep the literals.
        /// </summary>
        public bool SupportsConstantData => SupportsCompiledData && HasConstantDataApi && !PrefersUtf8Literals;

        public static TargetLanguage From(CSharpParseOptions? options, bool hasCompiledDataApi = false, bool hasConstantDataApi = false, string? carrier = null)
            => new(options?.LanguageVersion ?? LanguageVersion.CSharp7_3)
            {
                HasCompiledDataApi = hasCompiledDataApi,
                HasConstantDataApi = hasConstantDataApi,
                PrefersUtf8Literals = string.Equals(carrier?.Trim(), Utf8LiteralsCarrier, System.StringComparison.OrdinalIgnoreCase),
            };
    }
}
