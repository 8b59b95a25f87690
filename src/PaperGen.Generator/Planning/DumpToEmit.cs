using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// What emission needs from a dump's model: its papers, and the notice its errors put on the class.
    /// Warnings are left out, and errors count only as far as the notice names them, so an edit that changes
    /// nothing but a warning (a stray line reworded) compares equal here and nothing downstream runs again.
    /// </summary>
    internal sealed record DumpToEmit(DumpModel Model, string? ErrorNotice)
    {
        public static DumpToEmit From(DumpModel model)
            => new(model with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty }, DumpErrors.Notice(model));
    }
}
