using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PaperGen.Tests.Infrastructure
{
    /// <summary>The options MSBuild would write into the generated .editorconfig for a project with dumps.</summary>
    internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, AnalyzerConfigOptions> _files;

        public TestOptionsProvider(IReadOnlyDictionary<string, string> global, Dictionary<string, Dictionary<string, string>> files)
        {
            GlobalOptions = new Options(global);
            _files = files.ToDictionary(f => f.Key, f => (AnalyzerConfigOptions)new Options(f.Value));
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => _files.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly IReadOnlyDictionary<string, string> _values;

            public Options(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
                => _values.TryGetValue(key, out value);
        }
    }
}
