using Microsoft.CodeAnalysis.CSharp;

namespace PaperGen.Generator.Configuration
{
    /// <summary>What the consuming compilation's C# allows, so the emitter writes the best code it can compile.</summary>
    internal sealed record TargetLanguage(LanguageVersion Version)
    {
        /// <summary>
        /// Whether the compilation has <c>System.ReadOnlySpan&lt;T&gt;</c> and a PaperGen.Runtime with
        /// <c>PaperCatalog.FromCompiledData</c>; netstandard2.0 projects without System.Memory have neither.
        /// </summary>
        public bool HasCompiledDataApi { get; init; }

        public bool SupportsNullable => Version >= LanguageVersion.CSharp8;

        /// <summary>UTF-8 literals (<c>"…"u8</c>) need C# 11 and <c>ReadOnlySpan&lt;byte&gt;</c>.</summary>
        public bool SupportsCompiledData => Version >= LanguageVersion.CSharp11 && HasCompiledDataApi;

        public static TargetLanguage From(CSharpParseOptions? options, bool hasCompiledDataApi = false)
            => new(options?.LanguageVersion ?? LanguageVersion.CSharp7_3) { HasCompiledDataApi = hasCompiledDataApi };
    }
}
