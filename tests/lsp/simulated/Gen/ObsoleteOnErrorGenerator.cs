using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

// Stands in for PaperGen: reports an error located in the .txt and marks the generated class [Obsolete] with it.
[Generator]
public sealed class ObsoleteOnErrorGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor Truncated = new DiagnosticDescriptor(
        "PG0001", "Paper has no abstract", "The paper '{0}' has no abstract", "PaperGen", DiagnosticSeverity.Error, true);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var dumps = context.AdditionalTextsProvider.Where(static t => t.Path.EndsWith(".txt", System.StringComparison.Ordinal));
        context.RegisterSourceOutput(dumps, static (spc, dump) =>
        {
            var text = dump.GetText()!;
            var last = text.Lines.Last(l => l.Span.Length > 0);
            var line = last.LineNumber;
            spc.ReportDiagnostic(Diagnostic.Create(Truncated,
                Location.Create(dump.Path, last.Span, new LinePositionSpan(new LinePosition(line, 0), new LinePosition(line, last.Span.Length))),
                text.ToString(last.Span)));
            var message = "papers/interp.txt has 1 error: PG0001 at line " + (line + 1) + " (the paper has no abstract); the class has fewer papers than the dump";
            spc.AddSource("InterpPapers.g.cs",
                "[global::System.Obsolete(\"" + message + "\")]\npublic static class InterpPapers { public static int Count => 53; }\n");
        });
    }
}
