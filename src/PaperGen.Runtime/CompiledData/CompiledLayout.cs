namespace PaperGen.CompiledData
{
    /// <summary>
    /// Where things are in the UTF-8 data that generated code compiles a dump into. The generator writes
    /// and the runtime reads this layout; both compile this file, so they cannot drift apart.
    /// </summary>
    /// <remarks>
    /// Part 0 (manifest): header numbers, then <see cref="PaperNumbers"/> numbers per paper. Part 1 and 2:
    /// hash tables over exact titles and over folded titles (<see cref="TitleFold"/>), each
    /// <c>bucketCount + 1</c> bucket starts followed by (paper, tag) pairs. Part 3: papers whose titles
    /// the runtime must fold itself. Parts from <see cref="FirstChunkPart"/>: per generated file, a heads
    /// part (<see cref="HeadsLocal"/>: each paper's title and extra fields, so a lookup and a new Paper
    /// need nothing decompressed) and chunks of abstracts in file order; in large dumps
    /// (<see cref="HeaderCompressed"/>) each chunk is its raw length as a packed number, then its
    /// Deflate-compressed bytes as <see cref="PackedBytes"/>.
    /// </remarks>
    internal static class CompiledLayout
    {
        public const int FormatVersion = 4;

        public const int ManifestPart = 0;
        public const int TitleTablePart = 1;
        public const int FoldTablePart = 2;
        public const int RuntimeFoldPart = 3;
        public const int FirstChunkPart = 4;

        // Header numbers of the manifest.
        public const int HeaderVersion = 0;
        public const int HeaderPaperCount = 1;
        public const int HeaderTitleBuckets = 2;
        public const int HeaderFoldBuckets = 3;
        public const int HeaderRuntimeFoldCount = 4;
        public const int HeaderTitleWindow = 5;
        public const int HeaderCompressed = 6;
        public const int HeaderNumbers = 7;

        // Numbers per paper in the manifest.
        public const int PaperChunk = 0;
        public const int PaperAbstractOffset = 1;
        public const int PaperAbstractBytes = 2;
        public const int PaperHeadOffset = 3;
        public const int PaperTitleBytes = 4;
        public const int PaperExtraBytes = 5;
        public const int PaperLine = 6;
        public const int PaperNumbers = 7;

        /// <summary>Chunk numbers are <c>file &lt;&lt; ChunkFileShift | local</c>: generated code finds a chunk's file without a table.</summary>
        public const int ChunkFileShift = 11;

        /// <summary>The local number of a file's heads part: its papers' titles and extra fields, never compressed.</summary>
        public const int HeadsLocal = (1 << ChunkFileShift) - 1;

        // Extra fields: a tag byte, the field's UTF-8 length as a packed number, the UTF-8 bytes.
        public const byte IdentifierTag = (byte)'I';
        public const byte ShortNameTag = (byte)'S';
        public const byte LinkTag = (byte)'L';
        public const byte ArxivIdTag = (byte)'A';
        public const byte AuthorCountTag = (byte)'N';
        public const byte OrganizationTag = (byte)'O';
        public const byte DateTag = (byte)'D';
        public const byte UpvotesTag = (byte)'U';
        public const byte CodeUrlTag = (byte)'C';
    }
}
