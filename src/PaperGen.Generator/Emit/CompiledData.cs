using System.Collections.Generic;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// A dump laid out for <c>PaperCatalog.FromCompiledData</c> (see PaperGen.CompiledData.CompiledLayout):
    /// the index parts as packed-number text and the papers' text in chunks, ready to be written as
    /// <c>"…"u8</c> literals.
    /// </summary>
    internal sealed class CompiledData
    {
        public CompiledData(string manifest, string titleTable, string foldTable, string runtimeFold, IReadOnlyList<TextChunk> chunks, IReadOnlyList<string> heads, bool compressed)
        {
            Heads = heads;
            Compressed = compressed;
            Manifest = manifest;
            TitleTable = titleTable;
            FoldTable = foldTable;
            RuntimeFold = runtimeFold;
            Chunks = chunks;
        }

        public string Manifest { get; }

        /// <summary>Whether the manifest marks the chunks as compressed (they are once <see cref="CompiledDataWriter"/> is done).</summary>
        public bool Compressed { get; }

        public string TitleTable { get; }

        public string FoldTable { get; }

        public string RuntimeFold { get; }

        public IReadOnlyList<TextChunk> Chunks { get; }

        /// <summary>Per generated file: its papers' titles and extra fields, back to back.</summary>
        public IReadOnlyList<string> Heads { get; }
    }

    /// <summary>
    /// The abstracts of consecutive papers <c>[FirstPaper, FirstPaper + PaperCount)</c>, back to back: chunk
    /// <see cref="Local"/> of generated file <see cref="File"/>, numbered <see cref="Id"/> in the manifest.
    /// </summary>
    internal sealed class TextChunk
    {
        public TextChunk(string text, int firstPaper, int paperCount, int file, int local, bool isPacked = false)
        {
            IsPacked = isPacked;
            Text = text;
            FirstPaper = firstPaper;
            PaperCount = paperCount;
            File = file;
            Local = local;
        }

        /// <summary>Whether <see cref="Text"/> is compressed and packed (ASCII) rather than the papers' text.</summary>
        public bool IsPacked { get; }

        public int File { get; }

        public int Local { get; }

        public int Id => (File << PaperGen.CompiledData.CompiledLayout.ChunkFileShift) | Local;

        public string Text { get; }

        public int FirstPaper { get; }

        public int PaperCount { get; }
    }
}
