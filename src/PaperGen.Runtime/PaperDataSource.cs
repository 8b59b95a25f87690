using System;

namespace PaperGen
{
    /// <summary>
    /// Returns one part of the UTF-8 data that PaperGen's generated code compiles a dump into. Generated
    /// code implements this with a <c>switch</c> over static <c>"…"u8</c> properties, so every part is a
    /// view of the assembly's own image: nothing is copied or allocated to get it.
    /// </summary>
    /// <param name="part">The zero-based number of the part.</param>
    /// <returns>The bytes of that part, valid for the life of the process; empty when there is no such part.</returns>
    public delegate ReadOnlySpan<byte> PaperDataSource(int part);
}
