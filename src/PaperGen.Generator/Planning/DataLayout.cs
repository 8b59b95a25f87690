namespace PaperGen.Generator.Planning
{
    /// <summary>How a dump's papers are stored in the generated code.</summary>
    internal enum DataLayout
    {
        /// <summary>Nothing is written: the dump fits no layout the consumer's compiler allows (PG0011).</summary>
        None,

        /// <summary>
        /// <c>"…"u8</c> chunks plus an index and title hash tables computed at build time: no user-string heap
        /// limit, and nothing parsed or hashed into a dictionary at run time. Needs C# 11 and a runtime with
        /// <c>PaperCatalog.FromCompiledData</c>; since issue 12 only for runtimes without
        /// <c>FromCompiledConstants</c> and projects that ask for it (<c>PaperGenDataCarrier</c>).
        /// </summary>
        CompiledData,

        /// <summary>
        /// The same encoded data as <see cref="CompiledData"/>, each part a <c>const string</c> field that
        /// <c>PaperCatalog.FromCompiledConstants</c> reads once through reflection (issue 12): a constant is one
        /// metadata blob to the compiler, a UTF-8 literal one node per byte, so large dumps build many times
        /// faster in a fraction of the memory. Needs a runtime with that method.
        /// </summary>
        CompiledConstants,

        /// <summary>
        /// <c>new Paper(…)</c> calls in factory methods, for C# 7.3 and netstandard2.0 without System.Memory,
        /// and for text the compiled layout cannot hold.
        /// </summary>
        Literals,
    }
}
