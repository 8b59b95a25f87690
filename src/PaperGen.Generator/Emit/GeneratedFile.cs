using System.Collections.Generic;
using PaperGen.Generator.Model;

namespace PaperGen.Generator.Emit
{
    /// <summary>One source file of a dump's class; <see cref="HintSuffix"/> is empty for the main file.</summary>
    internal sealed class GeneratedFile
    {
        public GeneratedFile(string hintSuffix, string text)
        {
            HintSuffix = hintSuffix;
            Text = text;
        }

        public string HintSuffix { get; }

        public string Text { get; }
    }

    /// <summary>What emitting one dump produced: its files, or the reason there are none.</summary>
    internal sealed class EmitResult
    {
        public EmitResult(IReadOnlyList<GeneratedFile> files, DiagnosticInfo? diagnostic = null)
        {
            Files = files;
            Diagnostic = diagnostic;
        }

        public IReadOnlyList<GeneratedFile> Files { get; }

        /// <summary>An error that stopped emission (PG0011), or <see langword="null"/>.</summary>
        public DiagnosticInfo? Diagnostic { get; }
    }
}
