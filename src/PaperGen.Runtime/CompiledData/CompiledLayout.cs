namespace PaperGen.CompiledData
{
    /// <summary>
    /// Where things are in the UTF-8 data that generated code compiles a dump into, in the layout this
    /// PaperGen writes (<see cref="FormatVersion"/>). The generator writes and the runtime reads it; both
    /// compile this file, so they cannot drift apart. Layouts that earlier PaperGen versions wrote are
    /// described beside it (<c>Layout4</c>) and read by the runtime forever.
    /// </summary>
    /// <remarks>
    /// Part 0 (manifest): header numbers, then <see cref="PaperNumbers"/> numbers per paper. Part 1 and 2:
    /// hash tables over exact titles and over folded titles (<see cref="TitleFold"/>), each
    /// <c>bucketCount + 1</c> bucket starts followed by (paper, tag) pairs. Part 3: papers whose titles
    /// the runtime must fold itself. Parts from <see cref="FirstChunkPart"/>: per generated file, a heads
    /// part (<see cref="HeadsLocal"/>: each paper's title and extra fields, so a lookup and a new Paper
    /// need nothing decompressed) and chunks of abstracts, each followed by its AI summary, in file order
    /// (long text that only some readers want belongs where it is compressed and read on demand); in large dumps
    /// (<see cref="HeaderCompressed"/>) each chunk is its raw length as a packed number, then its
    /// Deflate-compressed bytes as <see cref="PackedBytes"/>. Part <see cref="SearchIndexPart"/> (layout 5 on):
    /// the search index (<c>Search.SearchIndexLayout</c>: words, postings, field lengths), read in place by
    /// <c>PaperCatalog.Search</c>; negative, so the chunk numbers that layout 4 shares stay as they were.
    /// <para>
    /// Every layout from 5 on starts its manifest with <see cref="HeaderVersion"/> and
    /// <see cref="HeaderWriterVersion"/>, so that a runtime meeting a layout newer than it knows can still
    /// say which PaperGen wrote it. Changing anything here means a new <see cref="FormatVersion"/>, the old
    /// layout's numbers kept in a file of their own, and a reader for it beside this one.
    /// </para>
    /// </remarks>
    internal static class CompiledLayout
    {
        /// <summary>Layout 5 (PaperGen 0.2): the writer's version in the header, AI summaries after the abstracts, and the JSON API's other fields as extra fields.</summary>
        public const int FormatVersion = 5;

        public const int ManifestPart = 0;
        public const int TitleTablePart = 1;
        public const int FoldTablePart = 2;
        public const int RuntimeFoldPart = 3;
        public const int FirstChunkPart = 4;

        /// <summary>The search index; empty when the dump had none compiled (the runtime then builds it from the papers).</summary>
        public const int SearchIndexPart = -1;

        // Header numbers of the manifest.
        public const int HeaderVersion = 0;
        public const int HeaderWriterVersion = 1;
        public const int HeaderPaperCount = 2;
        public const int HeaderTitleBuckets = 3;
        public const int HeaderFoldBuckets = 4;
        public const int HeaderRuntimeFoldCount = 5;
        public const int HeaderTitleWindow = 6;
        public const int HeaderCompressed = 7;
        public const int HeaderNumbers = 8;

        // Numbers per paper in the manifest.
        public const int PaperChunk = 0;
        public const int PaperAbstractOffset = 1;
        public const int PaperAbstractBytes = 2;
        public const int PaperHeadOffset = 3;
        public const int PaperTitleBytes = 4;
        public const int PaperExtraBytes = 5;
        public const int PaperLine = 6;

        /// <summary>The UTF-8 length of the AI summary that follows the abstract in its chunk (0: none).</summary>
        public const int PaperSummaryBytes = 7;
        public const int PaperNumbers = 8;

        /// <summary>Chunk numbers are <c>file &lt;&lt; ChunkFileShift | local</c>: generated code finds a chunk's file without a table.</summary>
        public const int ChunkFileShift = 11;

        /// <summary>The local number of a file's heads part: its papers' titles and extra fields, never compressed.</summary>
        public const int HeadsLocal = (1 << ChunkFileShift) - 1;

        // Extra fields: a tag byte, the field's UTF-8 length as a packed number, the UTF-8 bytes. A field
        // that holds a list repeats its tag once per item. Numbers are invariant decimal text; instants
        // are the round-trip form ("o") of a DateTimeOffset. Layout 4 had the tags up to CodeUrlTag. A reader
        // skips a tag it does not know, so the archive tags (ListingDateTag, SourceFileTag) stay layout 5.
        public const byte IdentifierTag = (byte)'I';
        public const byte ShortNameTag = (byte)'S';
        public const byte LinkTag = (byte)'L';
        public const byte ArxivIdTag = (byte)'A';
        public const byte AuthorCountTag = (byte)'N';
        public const byte OrganizationTag = (byte)'O';
        public const byte DateTag = (byte)'D';
        public const byte UpvotesTag = (byte)'U';
        public const byte CodeUrlTag = (byte)'C';
        public const byte AuthorTag = (byte)'a';
        public const byte CommentsTag = (byte)'c';
        public const byte PublishedAtTag = (byte)'p';
        public const byte SubmittedAtTag = (byte)'t';
        public const byte SubmittedByTag = (byte)'b';
        public const byte KeywordTag = (byte)'k';
        public const byte GitHubStarsTag = (byte)'g';
        public const byte ProjectUrlTag = (byte)'u';

        /// <summary>A date the paper was listed on, one per date (archives of several dumps only; issue 9).</summary>
        public const byte ListingDateTag = (byte)'l';

        /// <summary>The file the paper came from when it is not the class's own dump (archives only; issue 9).</summary>
        public const byte SourceFileTag = (byte)'f';

        /// <summary>The round-trip format extra fields write instants in.</summary>
        public const string InstantFormat = "o";

        /// <summary>A PaperGen version <c>major.minor.patch</c> as one packed number (8 bits each; 0 when unknown).</summary>
        public static int PackVersion(int major, int minor, int patch)
            => major is < 0 or > 255 || minor is < 0 or > 255 || patch is < 0 or > 255 ? 0 : (major << 16) | (minor << 8) | patch;

        /// <summary>The <c>major.minor.patch</c> text of a number <see cref="PackVersion"/> made, or <see langword="null"/> for 0.</summary>
        public static string? UnpackVersion(int packed)
            => packed <= 0 ? null : (packed >> 16) + "." + ((packed >> 8) & 255) + "." + (packed & 255);
    }
}
