using Microsoft.CodeAnalysis.CSharp;

namespace PaperGen.Generator.Model
{
    /// <summary>What the consuming compilation's C# allows, so the emitter writes the best code it can compile.</summary>
    internal sealed record TargetLanguage(LanguageVersion Version)
    {
        public bool SupportsNullable => Version >= LanguageVersion.CSharp8;

        public static TargetLanguage From(CSharpParseOptions? options)
            => new(options?.LanguageVersion ?? LanguageVersion.CSharp7_3);
    }
}
