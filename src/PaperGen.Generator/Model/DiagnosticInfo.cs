using System.Linq;
using Microsoft.CodeAnalysis;
using PaperGen.Generator.Diagnostics;

namespace PaperGen.Generator.Model
{
    /// <summary>A diagnostic to report, as values only (see <see cref="LocationInfo"/>).</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
            => new(descriptor.Id, location, arguments.ToEquatableArray());

        public Diagnostic ToDiagnostic()
            => Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location.ToLocation(), Arguments.AsImmutableArray().ToArray());
    }
}
