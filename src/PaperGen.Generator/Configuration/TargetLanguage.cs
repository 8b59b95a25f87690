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

        /// <summary>The MSBuild property that says how much of each abstract the documentation holds (<see cref="Configuration.AbstractDocs"/>).</summary>
        public const string AbstractDocsKey = "build_property.PaperGenAbstractDocs";

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

        /// <summary>How much of each abstract the documentation holds; <see cref="AbstractDocs.Auto"/> unless the project says.</summary>
        public AbstractDocs AbstractDocs { get; init; }

        /// <summary>A <c>PaperGenAbstractDocs</c> value that is none of the three, for PG0006; <see langword="null"/> when valid or unset.</summary>
        public string? InvalidAbstractDocs { get; init; }

        public bool SupportsNullable => Version >= LanguageVersion.CSharp8;

        /// <summary>UTF-8 literals (<c>"…"u8</c>) need C# 11 and <c>ReadOnlySpan&lt;byte&gt;</c>.</summary>
        public bool SupportsCompiledData => Version >= LanguageVersion.CSharp11 && HasCompiledDataApi;

        /// <summary>
        /// Whether the compiled data goes into <c>const string</c> fields rather than <c>"…"u8</c> literals
        /// (issue 12: one constant per part costs the compiler a fraction of one node per byte). Kept to the
        /// projects that get compiled data at all; older runtimes and the opt-out keep the literals.
        /// </summary>
        public bool SupportsConstantData => SupportsCompiledData && HasConstantDataApi && !PrefersUtf8Literals;

        public static TargetLanguage From(CSharpParseOptions? options, bool hasCompiledDataApi = false, bool hasConstantDataApi = false, string? carrier = null, string? abstractDocs = null)
        {
            var docs = ReadAbstractDocs(abstractDocs);
            return new(options?.LanguageVersion ?? LanguageVersion.CSharp7_3)
            {
                HasCompiledDataApi = hasCompiledDataApi,
                HasConstantDataApi = hasConstantDataApi,
                PrefersUtf8Literals = string.Equals(carrier?.Trim(), Utf8LiteralsCarrier, System.StringComparison.OrdinalIgnoreCase),
                AbstractDocs = docs ?? AbstractDocs.Auto,
                InvalidAbstractDocs = docs is null ? abstractDocs!.Trim() : null,
            };
        }

        // Unset and empty mean Auto; anything else must name one of the three, in any case.
        private static AbstractDocs? ReadAbstractDocs(string? value)
        {
            var text = value?.Trim();
            if (string.IsNullOrEmpty(text) || string.Equals(text, nameof(AbstractDocs.Auto), System.StringComparison.OrdinalIgnoreCase))
            {
                return AbstractDocs.Auto;
            }

            if (string.Equals(text, nameof(AbstractDocs.Full), System.StringComparison.OrdinalIgnoreCase))
            {
                return AbstractDocs.Full;
            }

            return string.Equals(text, nameof(AbstractDocs.FirstSentence), System.StringComparison.OrdinalIgnoreCase) ? AbstractDocs.FirstSentence : null;
        }
    }
}
