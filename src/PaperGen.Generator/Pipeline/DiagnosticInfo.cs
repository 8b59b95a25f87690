using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperGen.Generator.Diagnostics;

namespace PaperGen.Generator.Pipeline
{
    /// <summary>A diagnostic to report, as values only (see <see cref="LocationInfo"/>).</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
            => new(descriptor.Id, location, arguments.ToEquatableArray());

        public DiagnosticDescriptor Descriptor => DiagnosticDescriptors.ById(Id);

        public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

        /// <summary>The message as the compiler shows it, for text that repeats it elsewhere.</summary>
        public string Message => ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);

        public Diagnostic ToDiagnostic()
            => Diagnostic.Create(Descriptor, Location.ToLocation(), Arguments.AsImmutableArray().ToArray());
    }
}
