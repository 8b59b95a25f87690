using System.Collections.Generic;
using PaperGen.CompiledData;

namespace PaperGen.Generator.Planning
{
    /// <summary>
    /// A dump encoded for <c>PaperCatalog.FromCompiledData</c> (see PaperGen.CompiledData.CompiledLayout):
    /// the index parts as packed-number text and the papers' text in chunks, ready to be written as
    /// <c>"…"u8</c> literals. Made by <see cref="CompiledDataEncoder"/>; the emitter only writes it.
    /// </summary>
    /// <param name="Manifest">Header numbers, then the numbers of each paper (packed).</param>
    /// <param name="TitleTable">The exact-title hash table (packed).</param>
    /// <param name="FoldTable">The folded-title hash table (packed).</param>
    /// <param name="RuntimeFold">The papers whose titles the runtime folds itself (packed).</param>
    /// <param name="Chunks">The abstracts, each followed by its AI summary, in chunks.</param>
    /// <param name="Heads">Per generated file: its papers' titles and extra fields, back to back.</param>
    /// <param name="Compressed">Whether the chunks are compressed (and so packed): the manifest says so too.</param>
    /// <param name="SearchIndex">The search index (PaperGen.Search.SearchIndexLayout) as text; empty when it could not be compiled.</param>
    internal sealed record EncodedCatalog(string Manifest, string TitleTable, string FoldTable, string RuntimeFold, IReadOnlyList<TextChunk> Chunks, IReadOnlyList<string> Heads, bool Compressed, string SearchIndex = "")
    {
        /// <summary>Every part with the number the runtime asks <c>PaperDataSource</c> for it by.</summary>
        public IEnumerable<KeyValuePair<int, string>> NumberedParts()
        {
            yield return new(CompiledLayout.ManifestPart, Manifest);
            yield return new(CompiledLayout.TitleTablePart, TitleTable);
            yield return new(CompiledLayout.FoldTablePart, FoldTable);
            yield return new(CompiledLayout.RuntimeFoldPart, RuntimeFold);
            yield return new(CompiledLayout.SearchIndexPart, SearchIndex);
            for (var file = 0; file < Heads.Count; file++)
            {
                yield return new(CompiledLayout.FirstChunkPart + ((file << CompiledLayout.ChunkFileShift) | CompiledLayout.HeadsLocal), Heads[file]);
            }

            foreach (var chunk in Chunks)
            {
                yield return new(CompiledLayout.FirstChunkPart + ((chunk.File << CompiledLayout.ChunkFileShift) | chunk.Local), chunk.Text);
            }
        }
    }

    /// <summary>
    /// The abstracts (each followed by its AI summary) of consecutive papers <c>[FirstPaper, FirstPaper + PaperCount)</c>, back to back: chunk
    /// <see cref="Local"/> of generated file <see cref="File"/>.
    /// </summary>
    /// <param name="Text">The abstracts, or with <paramref name="IsPacked"/> their compressed bytes packed as ASCII.</param>
    /// <param name="FirstPaper">The index of the chunk's first paper in the dump.</param>
    /// <param name="PaperCount">How many papers' abstracts the chunk holds.</param>
    /// <param name="File">The generated file the chunk is in.</param>
    /// <param name="Local">The chunk's number within that file.</param>
    /// <param name="IsPacked">Whether the text is compressed and packed rather than the papers' text.</param>
    internal sealed record TextChunk(string Text, int FirstPaper, int PaperCount, int File, int Local, bool IsPacked = false);
}
