using System.Collections.Generic;
using PaperGen.CompiledData;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// A dump encoded for <c>PaperCatalog.FromCompiledData</c> (see PaperGen.CompiledData.CompiledLayout):
    /// the index parts as packed-number text and the papers' text in chunks, ready to be written as
    /// <c>"…"u8</c> literals. Made by <see cref="CompiledDataEncoder"/>; the emitter only writes it.
    /// </summary>
    internal sealed class EncodedCatalog
    {
        public EncodedCatalog(string manifest, string titleTable, string foldTable, string runtimeFold, IReadOnlyList<TextChunk> chunks, IReadOnlyList<string> heads, bool compressed)
        {
            Manifest = manifest;
            TitleTable = titleTable;
            FoldTable = foldTable;
            RuntimeFold = runtimeFold;
            Chunks = chunks;
            Heads = heads;
            Compressed = compressed;
        }

        public string Manifest { get; }

        /// <summary>Whether the chunks are compressed (and so packed): the manifest says so too.</summary>
        public bool Compressed { get; }

        public string TitleTable { get; }

        public string FoldTable { get; }

        public string RuntimeFold { get; }

        public IReadOnlyList<TextChunk> Chunks { get; }

        /// <summary>Per generated file: its papers' titles and extra fields, back to back.</summary>
        public IReadOnlyList<string> Heads { get; }

        /// <summary>Every part with the number the runtime asks <c>PaperDataSource</c> for it by.</summary>
        public IEnumerable<KeyValuePair<int, string>> NumberedParts()
        {
            yield return new(CompiledLayout.ManifestPart, Manifest);
            yield return new(CompiledLayout.TitleTablePart, TitleTable);
            yield return new(CompiledLayout.FoldTablePart, FoldTable);
            yield return new(CompiledLayout.RuntimeFoldPart, RuntimeFold);
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
    /// The abstracts of consecutive papers <c>[FirstPaper, FirstPaper + PaperCount)</c>, back to back: chunk
    /// <see cref="Local"/> of generated file <see cref="File"/>.
    /// </summary>
    internal sealed class TextChunk
    {
        public TextChunk(string text, int firstPaper, int paperCount, int file, int local, bool isPacked = false)
        {
            Text = text;
            FirstPaper = firstPaper;
            PaperCount = paperCount;
            File = file;
            Local = local;
            IsPacked = isPacked;
        }

        /// <summary>Whether <see cref="Text"/> is compressed and packed (ASCII) rather than the papers' text.</summary>
        public bool IsPacked { get; }

        public int File { get; }

        public int Local { get; }

        public string Text { get; }

        public int FirstPaper { get; }

        public int PaperCount { get; }
    }
}
