using System.Text;
using System.Threading;
using PaperGen.Generator.Model;
using PaperGen.Generator.Pipeline;
using PaperGen.Search;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// Compiles a dump's search index (PaperGen.Search.SearchIndexLayout) with the runtime's own builder, as the
    /// text of one UTF-8 literal: words are the dump's own text, everything else ASCII. The runtime reads it in
    /// place, so the first search costs no more than a later one.
    /// </summary>
    internal static class SearchIndexEncoder
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        /// <summary>The index text, or empty when it cannot be compiled (past a gigabyte): the runtime then builds it on first search.</summary>
        public static string Encode(EquatableArray<PaperModel> papers, CancellationToken cancellationToken)
        {
            var bytes = SearchIndexBuilder.TryBuild(papers.Count, i => papers[i].Title, i => papers[i].Abstract, cancellationToken);
            return bytes is null ? string.Empty : Utf8.GetString(bytes);
        }
    }
}
