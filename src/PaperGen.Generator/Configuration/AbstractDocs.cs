namespace PaperGen.Generator.Configuration
{
    /// <summary>
    /// How much of each abstract a paper's documentation holds, as the project asks with
    /// <c>&lt;PaperGenAbstractDocs&gt;</c> (issue 12). Documentation is source the compiler reads, and the
    /// whole abstracts of a large dump are most of it: at 20,000 papers they were 35 of 57 million characters
    /// of generated source, parsed, and embedded in the PDB, on every build.
    /// </summary>
    internal enum AbstractDocs
    {
        /// <summary>Whole abstracts while a dump's abstracts are small (<see cref="Planning.DocAbstracts.FullUpToChars"/>), first sentences past that.</summary>
        Auto,

        /// <summary>Every abstract whole, at any size.</summary>
        Full,

        /// <summary>The first sentence of every abstract.</summary>
        FirstSentence,
    }
}
