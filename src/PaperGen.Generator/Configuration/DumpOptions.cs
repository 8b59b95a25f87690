using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Configuration
{
    /// <summary>
    /// The settings for one dump, from its item metadata (<c>ClassName</c>, <c>Namespace</c>,
    /// <c>Accessibility</c>) and the project (<c>RootNamespace</c>). Invalid values become PG0006.
    /// </summary>
    internal sealed record DumpOptions(
        string? ClassName,
        string? Namespace,
        bool IsPublic,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        // MSBuild turns PaperDump items into AdditionalFiles with these metadata (build/PaperGen.targets).
        public const string DumpMarker = "build_metadata.AdditionalFiles.PaperGenDump";
        public const string ClassNameKey = "build_metadata.AdditionalFiles.PaperGenClassName";
        public const string NamespaceKey = "build_metadata.AdditionalFiles.PaperGenNamespace";
        public const string AccessibilityKey = "build_metadata.AdditionalFiles.PaperGenAccessibility";
        public const string RootNamespaceKey = "build_property.RootNamespace";

        /// <summary>
        /// The options of <paramref name="file"/>, or <see langword="null"/> when it is an AdditionalFiles
        /// item that is not a <c>PaperDump</c>. Its options are looked up once, here.
        /// </summary>
        public static DumpOptions? ReadIfDump(AdditionalText file, AnalyzerConfigOptionsProvider provider)
        {
            var fileOptions = provider.GetOptions(file);
            return IsDump(fileOptions) ? Read(file.Path, fileOptions, provider.GlobalOptions) : null;
        }

        public static bool IsDump(AnalyzerConfigOptions options)
            => options.TryGetValue(DumpMarker, out var marker) && string.Equals(marker, "true", System.StringComparison.OrdinalIgnoreCase);

        public static DumpOptions Read(string path, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var location = LocationInfo.FileStart(path);
            var fileName = Path.GetFileName(path);

            string? className = null;
            if (fileOptions.TryGetValue(ClassNameKey, out var rawClassName) && !string.IsNullOrWhiteSpace(rawClassName))
            {
                className = rawClassName.Trim();
                if (!IsIdentifier(className))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, location, "ClassName", className, fileName, "it must be a C# identifier"));
                    className = null;
                }
            }

            string? ns = null;
            if (fileOptions.TryGetValue(NamespaceKey, out var rawNamespace) && !string.IsNullOrWhiteSpace(rawNamespace))
            {
                ns = rawNamespace.Trim();
                if (!IsNamespace(ns))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, location, "Namespace", ns, fileName, "it must be dotted C# identifiers"));
                    ns = null;
                }
            }
            else if (globalOptions.TryGetValue(RootNamespaceKey, out var rootNamespace) && IsNamespace(rootNamespace.Trim()))
            {
                // An unusable RootNamespace (a project named "my-app") falls back to the global namespace
                // rather than failing: the user never chose it for PaperGen.
                ns = rootNamespace.Trim();
            }

            var isPublic = true;
            if (fileOptions.TryGetValue(AccessibilityKey, out var accessibility) && !string.IsNullOrWhiteSpace(accessibility))
            {
                switch (accessibility.Trim().ToLowerInvariant())
                {
                    case "public":
                        break;
                    case "internal":
                        isPublic = false;
                        break;
                    default:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, location, "Accessibility", accessibility.Trim(), fileName, "it must be 'public' or 'internal'"));
                        break;
                }
            }

            return new DumpOptions(className, ns, isPublic, diagnostics.ToEquatableArray());
        }

        private static bool IsIdentifier(string name)
            => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

        private static bool IsNamespace(string name)
        {
            if (name.Length == 0)
            {
                return false;
            }

            foreach (var part in name.Split('.'))
            {
                if (!IsIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
