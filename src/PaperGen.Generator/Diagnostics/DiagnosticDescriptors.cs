using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PaperGen.Generator.Diagnostics
{
    /// <summary>Every diagnostic PaperGen reports; each ID has a page under docs/diagnostics.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "PaperGen";
        private const string HelpRoot = "https://github.com/papergen/papergen/blob/main/docs/diagnostics/";

        // Every descriptor adds itself here as it is created, so no second list can forget one. Declared
        // before the descriptors because static fields are initialised in the order they are written.
        private static readonly Dictionary<string, DiagnosticDescriptor> Registered = new(StringComparer.Ordinal);

        public static readonly DiagnosticDescriptor TitleWithoutAbstract = Create(
            "PG0001",
            "Paper has no abstract",
            "The paper '{0}' has no abstract; the entry may be truncated",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ConflictingDuplicateTitle = Create(
            "PG0002",
            "Duplicate title with a different abstract",
            "The title '{0}' also appears at line {1} with a different abstract",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor RepeatedPaper = Create(
            "PG0003",
            "Paper repeated",
            "The paper '{0}' repeats the one at line {1}; only the first is kept",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnrecognizedLine = Create(
            "PG0004",
            "Line fits nowhere",
            "The line '{0}' is neither page chrome, metadata, a title nor an abstract; it was skipped",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NoPapers = Create(
            "PG0005",
            "No paper recognised",
            "No paper could be recognised in '{0}': it is empty, or its text shows no title followed by an abstract or a paper's metadata",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidOption = Create(
            "PG0006",
            "Invalid option value",
            "The {0} value '{1}' for '{2}' is not valid: {3}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvisibleCharactersRemoved = Create(
            "PG0007",
            "Control or bidirectional characters removed",
            "The text contains {0} (U+{1}); such characters were removed from the paper",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NotText = Create(
            "PG0008",
            "File is not text",
            "The dump '{0}' is not text: {1}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateClass = Create(
            "PG0009",
            "Dumps of one class disagree on its accessibility",
            "The dump '{0}' generates the class '{1}' with a different Accessibility than '{2}', the first dump of that class; dumps that share a class are merged into it and must agree (or set a different ClassName or Namespace)",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor LineTooLong = Create(
            "PG0010",
            "Line too long to be a title or abstract",
            "The line has {0} characters, more than the {1} a title or abstract can have; it was skipped",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DumpTooLargeForLiterals = Create(
            "PG0011",
            "Dump too large for string literals",
            "The dump '{0}' needs {1} MiB of string literals, more than the {2} MiB that fit beside other strings in one assembly with C# {3}; use C# 11 or later with ReadOnlySpan<T> available (net7.0+, or System.Memory), or split the dump",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor PaperPropertiesCapped = Create(
            "PG0012",
            "Too many papers for one property each",
            "The dump '{0}' has {1} papers, and one class can hold properties for the first {2} only; reach the others through Catalog, All or Titles",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PageTextSkipped = Create(
            "PG0013",
            "Page text around the papers skipped",
            "{0} lines of page text before the first paper and after the last were skipped as page chrome",
            DiagnosticSeverity.Info,
            enabledByDefault: false);

        public static readonly DiagnosticDescriptor MalformedJson = Create(
            "PG0020",
            "JSON is not well-formed",
            "The JSON is not well-formed: {0}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnterminatedJsonString = Create(
            "PG0021",
            "JSON string not closed",
            "The JSON string that starts here has no closing quote before {0}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidJsonEscape = Create(
            "PG0022",
            "Invalid escape in a JSON string",
            "'{0}' is not an escape JSON allows (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor TruncatedJson = Create(
            "PG0023",
            "JSON ends early",
            "The JSON ends before {0}; the file may be truncated",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ConflictingArchiveAbstract = Create(
            "PG0024",
            "Paper with a different abstract in another dump of the archive",
            "The paper {0} has a different abstract here than in '{1}'; the abstract from '{1}' is kept",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor JsonTrailingComma = Create(
            "PG0025",
            "Trailing comma in JSON",
            "JSON allows no comma before '{0}'; it was ignored and the entry before it read",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NotAPaperJson = Create(
            "PG0026",
            "JSON value is not a paper",
            "This JSON value ({0}) is not a paper, a Daily Papers or search item, or an array of them; it was skipped",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor JsonPaperWithoutField = Create(
            "PG0027",
            "JSON paper without id or title",
            "The paper has no '{0}'; it was skipped",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor JsonFieldOfWrongType = Create(
            "PG0028",
            "JSON field of the wrong type",
            "The field '{0}' is {1} where {2} should be; it was ignored",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor JsonTextTooLong = Create(
            "PG0029",
            "JSON title or abstract too long",
            "The field '{0}' has {1} characters, more than the {2} a title or abstract can have; the paper was skipped",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InternalError = Create(
            "PG0099",
            "PaperGen failed on this dump",
            "PaperGen could not process this dump ({0}); please report it with the file",
            DiagnosticSeverity.Error);

        public static IEnumerable<DiagnosticDescriptor> Descriptors => Registered.Values;

        public static DiagnosticDescriptor ById(string id) => Registered[id];

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, bool enabledByDefault = true)
        {
            var descriptor = new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: enabledByDefault, helpLinkUri: HelpRoot + id + ".md");
            Registered.Add(id, descriptor);
            return descriptor;
        }
    }
}
