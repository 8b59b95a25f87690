using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PaperGen.Tests.Infrastructure
{
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText? _text;

        public InMemoryAdditionalText(string path, SourceText? text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }
}
