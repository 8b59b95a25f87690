using System.Linq;
using PaperGen.CompiledData;
using PaperGen.Generator.Planning;
using static PaperGen.Generator.Emit.GeneratedNames;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// Writes the data holder of the compiled layouts: the encoded parts of the plan's
    /// <see cref="CompiledData"/> as <c>const string</c> fields named by part number, which
    /// <c>PaperCatalog.FromCompiledConstants</c> reads through reflection
    /// (<see cref="DataLayout.CompiledConstants"/>), or as <c>"…"u8</c> properties and the switches through
    /// which <c>PaperCatalog.FromCompiledData</c> reaches them (<see cref="DataLayout.CompiledData"/>). Every
    /// number the runtime reads back comes from <see cref="CompiledLayout"/>, the file both sides compile.
    /// </summary>
    internal static class CompiledDataEmitter
    {
        public static void Write(SourceWriter w, EmitPlan plan, FileRange range)
        {
            if (plan.Layout == DataLayout.CompiledConstants)
            {
                WriteConstants(w, plan, range);
            }
            else
            {
                WriteUtf8Literals(w, plan, range);
            }
        }

        // Every part the encoder numbers goes through here alike, whatever it holds: a part belongs to the
        // file its chunk number names, and any other part to the main file. The holder is one partial class,
        // so which file declares a constant is only a matter of keeping each file small.
        private static void WriteConstants(SourceWriter w, EmitPlan plan, FileRange range)
        {
            var model = plan.Model;
            var data = plan.CompiledData!;
            if (range.IsMain)
            {
                w.Line("internal static readonly " + CatalogType + " " + CatalogField + " = " + CatalogType + ".FromCompiledConstants(typeof(" + DataClass + "), "
                    + CSharpLiteral.String(model.FileName) + ", " + CSharpLiteral.String(model.ListingDate) + ");");
                w.Line();
                w.Line("// The parts PaperCatalog reads, as constants named by part number: an index, title hash tables computed at");
                w.Line("// build time, then per file the papers' titles and their text in chunks. A part's UTF-8 bytes are two to a");
                w.Line("// character after one that says whether the last byte is padding: the compiler keeps a constant as one blob");
                w.Line("// where a \"…\"u8 literal costs it a node per byte; the runtime reads each part once, on first use.");
            }

            var first = true;
            foreach (var part in data.NumberedParts())
            {
                var chunkId = part.Key - CompiledLayout.FirstChunkPart;
                var file = chunkId >= 0 ? chunkId >> CompiledLayout.ChunkFileShift : -1;
                var inFile = file >= 0 && file < plan.FileCount ? file == range.File : range.IsMain;
                if (!inFile)
                {
                    continue;
                }

                if (!first || range.IsMain)
                {
                    w.Line();
                }

                first = false;
                var about = Describe(plan, part.Key, range);
                if (about is not null)
                {
                    w.Line("// " + about);
                }

                w.Line("private const string " + ConstantCarrier.FieldName(part.Key) + " = " + ConstantPartLiteral.For(part.Value) + ";");
            }
        }

        private static string? Describe(EmitPlan plan, int part, FileRange range)
        {
            switch (part)
            {
                case CompiledLayout.ManifestPart:
                    return "Manifest: numbers as 4 characters of 6 bits from '0'. Per paper: chunk, offset, UTF-8 lengths of title, abstract and extra fields, line.";
                case CompiledLayout.TitleTablePart:
                    return "Exact titles: bucket starts, then (paper, hash tag) pairs.";
                case CompiledLayout.FoldTablePart:
                    return "ASCII-folded titles: bucket starts, then (paper, hash tag) pairs.";
                case CompiledLayout.RuntimeFoldPart:
                    return "Papers whose titles are not ASCII: folded at run time, with the running framework's Unicode tables.";
            }

            var local = (part - CompiledLayout.FirstChunkPart) & CompiledLayout.HeadsLocal;
            if (part >= CompiledLayout.FirstChunkPart && local == CompiledLayout.HeadsLocal)
            {
                return "Titles and extra fields (tag, packed length, UTF-8) of papers " + CSharpLiteral.Int(range.First) + "–" + CSharpLiteral.Int(range.End - 1) + ".";
            }

            var chunk = plan.CompiledData!.Chunks.FirstOrDefault(c => c.File == range.File && c.Local == local);
            if (chunk is null)
            {
                return null;
            }

            var last = chunk.FirstPaper + chunk.PaperCount - 1;
            return plan.Model.Papers[chunk.FirstPaper].Identifier + " … " + plan.Model.Papers[last].Identifier
                + " (papers " + CSharpLiteral.Int(chunk.FirstPaper) + "–" + CSharpLiteral.Int(last) + "): abstracts"
                + (chunk.IsPacked ? ", compressed; the text is in the documentation above." : ".");
        }

        private static void WriteUtf8Literals(SourceWriter w, EmitPlan plan, FileRange range)
        {
            var model = plan.Model;
            var data = plan.CompiledData!;
            if (range.IsMain)
            {
                w.Line("internal static readonly " + CatalogType + " " + CatalogField + " = " + CatalogType + ".FromCompiledData(Part, "
                    + CSharpLiteral.String(model.FileName) + ", " + CSharpLiteral.String(model.ListingDate) + ");");
                w.Line();
                w.Line("// The parts PaperCatalog reads: an index, title hash tables computed at build time, then the");
                w.Line("// papers' UTF-8 text in chunks. Every part is a view of the assembly image; nothing is copied.");
                WritePartSwitch(w, plan.FileCount);
                w.Line();
                w.Line("// Numbers as 4 characters of 6 bits from '0'. Per paper: chunk, offset, UTF-8 lengths of title,");
                w.Line("// abstract and extra fields, line.");
                w.Line("private static " + SpanType + " Manifest => " + PackedLiteral(data.Manifest) + ";");
                w.Line();
                w.Line("// Bucket starts, then (paper, hash tag) pairs: exact titles, then ASCII-folded titles.");
                w.Line("private static " + SpanType + " TitleTable => " + PackedLiteral(data.TitleTable) + ";");
                w.Line();
                w.Line("private static " + SpanType + " FoldTable => " + PackedLiteral(data.FoldTable) + ";");
                w.Line();
                w.Line("// Papers whose titles are not ASCII: folded at run time, with the running framework's Unicode tables.");
                w.Line("private static " + SpanType + " RuntimeFold => " + PackedLiteral(data.RuntimeFold) + ";");
                w.Line();
                w.Line("// Search: sorted folded words, their postings (paper gaps and counts), field lengths.");
                w.Line("private static " + SpanType + " SearchIndex => " + CSharpLiteral.String(data.SearchIndex) + "u8;");
            }

            // One class of chunks per file: the runtime loads (and the JIT compiles) only the file a paper is in.
            if (range.IsMain)
            {
                w.Line();
            }

            w.Open("private static class " + TextClass(range.File));
            w.Open("internal static " + SpanType + " Chunk(int chunk)");
            w.Open("switch (chunk)");
            w.Line("case " + CSharpLiteral.Int(CompiledLayout.HeadsLocal) + ": return Heads;");
            foreach (var chunk in data.Chunks)
            {
                if (chunk.FirstPaper >= range.First && chunk.FirstPaper < range.End)
                {
                    w.Line("case " + CSharpLiteral.Int(chunk.Local) + ": return Chunk" + CSharpLiteral.Int(chunk.Local) + ";");
                }
            }

            w.Line("default: return default;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("// Titles and extra fields (tag, packed length, UTF-8) of papers " + CSharpLiteral.Int(range.First) + "–" + CSharpLiteral.Int(range.End - 1) + ".");
            w.Line("private static " + SpanType + " Heads => " + CSharpLiteral.String(data.Heads[range.File]) + "u8;");
            foreach (var chunk in data.Chunks)
            {
                if (chunk.FirstPaper < range.First || chunk.FirstPaper >= range.End)
                {
                    continue;
                }

                var last = chunk.FirstPaper + chunk.PaperCount - 1;
                w.Line();
                w.Line("// " + model.Papers[chunk.FirstPaper].Identifier + " … " + model.Papers[last].Identifier
                    + " (papers " + CSharpLiteral.Int(chunk.FirstPaper) + "–" + CSharpLiteral.Int(last) + "): abstracts"
                    + (chunk.IsPacked ? ", compressed; the text is in the documentation above." : "."));
                var literal = chunk.IsPacked ? PackedLiteral(chunk.Text) : CSharpLiteral.String(chunk.Text) + "u8";
                w.Line("private static " + SpanType + " Chunk" + CSharpLiteral.Int(chunk.Local) + " => " + literal + ";");
            }

            w.Close();
        }

        // The index parts have fixed numbers; from FirstChunkPart on, a part is a chunk whose number says which
        // file's Text class holds it (file << ChunkFileShift | local).
        private static void WritePartSwitch(SourceWriter w, int fileCount)
        {
            w.Open("private static " + SpanType + " Part(int part)");
            w.Open("switch (part)");
            w.Line("case " + CSharpLiteral.Int(CompiledLayout.ManifestPart) + ": return Manifest;");
            w.Line("case " + CSharpLiteral.Int(CompiledLayout.TitleTablePart) + ": return TitleTable;");
            w.Line("case " + CSharpLiteral.Int(CompiledLayout.FoldTablePart) + ": return FoldTable;");
            w.Line("case " + CSharpLiteral.Int(CompiledLayout.RuntimeFoldPart) + ": return RuntimeFold;");
            w.Line("case " + CSharpLiteral.Int(CompiledLayout.SearchIndexPart) + ": return SearchIndex;");
            w.Line("default: break;");
            w.Close();
            w.Line();
            w.Line("var chunk = part - " + CSharpLiteral.Int(CompiledLayout.FirstChunkPart) + ";");
            w.Open("switch (chunk >> " + CSharpLiteral.Int(CompiledLayout.ChunkFileShift) + ")");
            for (var file = 0; file < fileCount; file++)
            {
                w.Line("case " + CSharpLiteral.Int(file) + ": return " + TextClass(file) + ".Chunk(chunk & " + CSharpLiteral.Int(CompiledLayout.HeadsLocal) + ");");
            }

            w.Line("default: return default;");
            w.Close();
            w.Close();
        }

        private static string TextClass(int file) => "Text" + CSharpLiteral.Int(file);

        // Packed numbers are ASCII from '0' to 'o'; of those only the backslash needs escaping.
        private static string PackedLiteral(string packed) => "\"" + packed.Replace("\\", "\\\\") + "\"u8";
    }
}
