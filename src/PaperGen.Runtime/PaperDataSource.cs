using System;
using System.ComponentModel;

namespace PaperGen
{
    /// <summary>
    /// Returns one part of the UTF-8 data that PaperGen's generated code compiles a dump into, for
    /// <see cref="PaperCatalog.FromCompiledData"/>. Generated code implements this with a <c>switch</c> over
    /// static <c>"…"u8</c> properties, so every part is a view of the assembly's own image: nothing is
    /// copied or allocated to get it. Not meant for user code: the data's layout is PaperGen's own.
    /// </summary>
    /// <param name="part">The zero-based number of the part.</param>
    /// <returns>The bytes of that part, valid for the life of the process; empty when there is no such part.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public delegate ReadOnlySpan<byte> PaperDataSource(int part);
}
