#if NET
using System;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// The values of a type's <c>const string</c> part fields, read in place from its assembly's metadata (ECMA-335
    /// II.22–24): a constant's value is a blob of UTF-16LE units, which is exactly the part's bytes after its first
    /// unit (<see cref="ConstantCarrier"/>). Reading them here costs neither reflection (whose first use in a
    /// process costs milliseconds) nor a copy of each part into a new string (a 2.4 MB search index is a 2.4 MB
    /// allocation and copy through <c>FieldInfo.GetRawConstantValue</c>), and the bytes are in metadata order on
    /// every machine, so big-endian needs no swap.
    /// </summary>
    /// <remarks>
    /// The metadata stays mapped while the assembly is loaded, and the generated type the catalog keeps holds its
    /// assembly (even a collectible one) alive. Anything unexpected (no metadata, as under NativeAOT; a table
    /// layout this reader does not know) makes <see cref="TryRead"/> return <see langword="null"/>, and the
    /// caller reads through reflection instead.
    /// </remarks>
    internal static unsafe class ConstantBlobs
    {
        private const int ModuleTable = 0x00, TypeRefTable = 0x01, TypeDefTable = 0x02, FieldPtrTable = 0x03, FieldTable = 0x04;
        private const int MethodPtrTable = 0x05, MethodDefTable = 0x06, ParamPtrTable = 0x07, ParamTable = 0x08;
        private const int InterfaceImplTable = 0x09, MemberRefTable = 0x0A, ConstantTable = 0x0B;
        private const int PropertyTable = 0x17, ModuleRefTable = 0x1A, TypeSpecTable = 0x1B, AssemblyRefTable = 0x23;

        /// <summary>
        /// The part fields of <paramref name="holder"/> (named as <see cref="ConstantCarrier.FieldName"/> names them),
        /// each as its blob; <see langword="null"/> when the metadata cannot be read in place.
        /// </summary>
        /// <remarks>
        /// This runs on the first lookup or search of a fresh process, as tier-0 code, so it is written for that: raw
        /// reads through a pointer rather than spans and <c>BinaryPrimitives</c> (each framework method a tier-0 method
        /// calls is a call through a stub the runtime resolves on first use), names compared as bytes where they lie
        /// rather than made strings (the framework's first text decode alone costs milliseconds), and the parts kept in
        /// two arrays rather than a dictionary (whose instantiation over a type of ours the runtime builds on first use).
        /// At 20,000 papers that took a first lookup of a missing title from about 20 ms in Main to about 7 (issue 12's
        /// start-up work, alternating launches against the span and dictionary reader). The readers with loops, which run
        /// once a process, are marked NoOptimization: compiled once, without the instrumentation and loop patchpoints that
        /// tier 0 adds to a method with loops (ReadTables then compiles in about half the time), and never compiled again; ReadyToRun still
        /// precompiles them.
        /// </remarks>
        public static Listing? TryRead(Type holder)
        {
            try
            {
                return holder.Assembly.TryGetRawMetadata(out var metadata, out var length) && length > 0
                    ? Read(metadata, length, holder.MetadataToken)
                    : null;
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }

        // Once a process: see TryRead on NoOptimization.
        [MethodImpl(MethodImplOptions.NoOptimization)]
        private static Listing? Read(byte* md, int length, int typeToken)
        {
            if ((typeToken >> 24) != TypeDefTable || length < 20 || Read(md, 4) != 0x424A5342)
            {
                return null;
            }

            // The root: a version string, then stream headers (offset, size, name padded to 4 bytes).
            var at = 16 + Read(md + 12, 4);
            if (at < 16 || at > length - 4)
            {
                return null;
            }

            var streams = Read(md + at + 2, 2);
            at += 4;
            byte* tables = null, strings = null, blobs = null;
            int tablesLength = 0, stringsLength = 0, blobsLength = 0;
            for (var s = 0; s < streams; s++)
            {
                if (at > length - 12)
                {
                    return null;
                }

                var offset = Read(md + at, 4);
                var size = Read(md + at + 4, 4);
                if (offset < 0 || size < 0 || offset > length - size)
                {
                    return null;
                }

                // The names this reader needs: "#~", "#Strings" and "#Blob" (compared four bytes at a time, little-endian).
                var name = md + at + 8;
                var nameLength = 0;
                while (nameLength < 32 && at + 8 + nameLength < length && name[nameLength] != 0)
                {
                    nameLength++;
                }

                if (nameLength == 2 && name[0] == (byte)'#' && name[1] == (byte)'~')
                {
                    tables = md + offset;
                    tablesLength = size;
                }
                else if (nameLength == 8 && Read(name, 4) == 0x72745323 && Read(name + 4, 4) == 0x73676E69)
                {
                    strings = md + offset;
                    stringsLength = size;
                }
                else if (nameLength == 5 && Read(name, 4) == 0x6F6C4223 && name[4] == (byte)'b')
                {
                    blobs = md + offset;
                    blobsLength = size;
                }

                at += 8 + ((nameLength + 4) & ~3);
            }

            return tablesLength < 24 || stringsLength == 0 || blobsLength == 0
                ? null
                : ReadTables(tables, tablesLength, strings, stringsLength, blobs, blobsLength, typeToken & 0xFFFFFF);
        }

        // Once a process: see TryRead on NoOptimization.
        [MethodImpl(MethodImplOptions.NoOptimization)]
        private static Listing? ReadTables(byte* tables, int tablesLength, byte* strings, int stringsLength, byte* blobs, int blobsLength, int typeRow)
        {
            // Bits above the three heap-size flags announce extra data this reader does not know how to skip.
            var heapSizes = tables[6];
            if ((heapSizes & ~7) != 0)
            {
                return null;
            }

            var presentLow = (uint)Read(tables + 8, 4);
            var presentHigh = (uint)Read(tables + 12, 4);
            var sortedLow = (uint)Read(tables + 16, 4);
            var rows = new int[64];
            var at = 24;
            for (var t = 0; t < 64; t++)
            {
                if (((t < 32 ? presentLow >> t : presentHigh >> (t - 32)) & 1) != 0)
                {
                    if (at > tablesLength - 4)
                    {
                        return null;
                    }

                    rows[t] = Read(tables + at, 4);
                    at += 4;
                }
            }

            // Indirection tables (edit-and-continue output) and an unsorted constant table are not what compilers write for a build.
            if (rows[FieldPtrTable] != 0 || rows[MethodPtrTable] != 0 || rows[ParamPtrTable] != 0 || ((sortedLow >> ConstantTable) & 1) == 0
                || typeRow < 1 || typeRow > rows[TypeDefTable])
            {
                return null;
            }

            var str = (heapSizes & 1) != 0 ? 4 : 2;
            var guid = (heapSizes & 2) != 0 ? 4 : 2;
            var blob = (heapSizes & 4) != 0 ? 4 : 2;
            var field = Index(rows, FieldTable);
            var typeDefOrRef = Coded(rows, 2, TypeDefTable, TypeRefTable, TypeSpecTable);
            var hasConstant = Coded(rows, 2, FieldTable, ParamTable, PropertyTable);

            // Row sizes of every table up to the constant table (II.22), to find where each starts.
            var sizes = new int[ConstantTable + 1];
            sizes[ModuleTable] = 2 + str + (3 * guid);
            sizes[TypeRefTable] = Coded(rows, 2, ModuleTable, ModuleRefTable, AssemblyRefTable, TypeRefTable) + (2 * str);
            sizes[TypeDefTable] = 4 + (2 * str) + typeDefOrRef + field + Index(rows, MethodDefTable);
            sizes[FieldTable] = 2 + str + blob;
            sizes[MethodDefTable] = 8 + str + blob + Index(rows, ParamTable);
            sizes[ParamTable] = 4 + str;
            sizes[InterfaceImplTable] = Index(rows, TypeDefTable) + typeDefOrRef;
            sizes[MemberRefTable] = Coded(rows, 3, TypeDefTable, TypeRefTable, ModuleRefTable, MethodDefTable, TypeSpecTable) + str + blob;
            sizes[ConstantTable] = 2 + hasConstant + blob;
            var starts = new int[ConstantTable + 1];
            for (var t = 0; t <= ConstantTable; t++)
            {
                starts[t] = at;
                at += rows[t] * sizes[t];
            }

            if (at > tablesLength)
            {
                return null;
            }

            // The holder's fields run from its field list to the next type's.
            var typeDef = tables + starts[TypeDefTable] + ((typeRow - 1) * sizes[TypeDefTable]);
            var fieldListAt = 4 + (2 * str) + typeDefOrRef;
            var first = Read(typeDef + fieldListAt, field);
            var end = typeRow < rows[TypeDefTable] ? Read(typeDef + sizes[TypeDefTable] + fieldListAt, field) : rows[FieldTable] + 1;
            end = Math.Min(end, rows[FieldTable] + 1);
            if (first < 1 || end < first)
            {
                return null;
            }

            // Constants are sorted by parent (HasConstant: a field's row tagged 0 in the low 2 bits), so the holder's
            // fields' constants follow each other: one binary search for the first, then a walk along both lists.
            var constants = tables + starts[ConstantTable];
            var constantRows = rows[ConstantTable];
            var rowSize = sizes[ConstantTable];
            int low = 0, high = constantRows;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (Read(constants + (middle * rowSize) + 2, hasConstant) < first << 2)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            var c = low;
            var parts = new int[end - first];
            var values = new int[end - first];
            var count = 0;
            var fields = tables + starts[FieldTable];
            for (var row = first; row < end; row++)
            {
                var name = Read(fields + ((row - 1) * sizes[FieldTable]) + 2, str);
                if (!TryPartNumber(strings, stringsLength, name, out var part))
                {
                    continue;
                }

                while (c < constantRows && Read(constants + (c * rowSize) + 2, hasConstant) < row << 2)
                {
                    c++;
                }

                if (c == constantRows || Read(constants + (c * rowSize) + 2, hasConstant) != row << 2)
                {
                    return null;
                }

                // Only the blob's place: its length is read when the part is, so listing the parts touches none
                // of the pages they lie on (a large dump's parts spread over tens of megabytes).
                var value = Read(constants + (c * rowSize) + 2 + hasConstant, blob);
                if (value >= blobsLength)
                {
                    return null;
                }

                parts[count] = part;
                values[count] = value;
                count++;
            }

            return new Listing(parts, values, count, blobs, blobsLength);
        }

        // The part a field's name carries, parsed where the name lies, by ConstantCarrier.TryParseFieldName's rules (the
        // carrier tests hold the two to the same parts): "Part" and decimal digits, or "PartMinus" and digits, at most 9.
        // Once a process: see TryRead on NoOptimization.
        [MethodImpl(MethodImplOptions.NoOptimization)]
        private static bool TryPartNumber(byte* strings, int stringsLength, int offset, out int part)
        {
            part = 0;
            if (offset >= stringsLength - 5)
            {
                return false;
            }

            var name = strings + offset;
            if (name[0] != (byte)'P' || name[1] != (byte)'a' || name[2] != (byte)'r' || name[3] != (byte)'t')
            {
                return false;
            }

            var at = 4;
            var negative = name[4] == (byte)'M';
            if (negative)
            {
                if (offset >= stringsLength - 10 || name[5] != (byte)'i' || name[6] != (byte)'n' || name[7] != (byte)'u' || name[8] != (byte)'s')
                {
                    return false;
                }

                at = 9;
            }

            var digits = 0;
            for (; offset + at < stringsLength && name[at] != 0; at++, digits++)
            {
                var digit = name[at] - '0';
                if ((uint)digit > 9 || digits == 9)
                {
                    return false;
                }

                part = (part * 10) + digit;
            }

            part = negative ? -part : part;
            return digits > 0 && offset + at < stringsLength;
        }

        // A little-endian number of 2 or 4 bytes, whatever the machine's byte order.
        private static int Read(byte* at, int size)
            => size == 2 ? at[0] | (at[1] << 8) : at[0] | (at[1] << 8) | (at[2] << 16) | (at[3] << 24);

        private static int Index(int[] rows, int table) => rows[table] < (1 << 16) ? 2 : 4;

        private static int Coded(int[] rows, int tagBits, int a, int b, int c, int d = ModuleTable, int e = ModuleTable)
        {
            var max = Math.Max(Math.Max(rows[a], rows[b]), Math.Max(Math.Max(rows[c], rows[d]), rows[e]));
            return max < (1 << (16 - tagBits)) ? 2 : 4;
        }

        /// <summary>
        /// The holder's parts in field order: each part's number and its blob's offset in the heap. A part's length and
        /// where its bytes start are read on its first use and kept.
        /// </summary>
        /// <remarks>
        /// Plain arrays and one method per step rather than an object per blob: this is compiled on a fresh process's
        /// first lookup, where each method costs a compilation and each type a load.
        /// </remarks>
        internal sealed class Listing
        {
            private readonly int[] _parts;
            private readonly int[] _values;
            private readonly int[] _starts;

            // A part's byte count plus one once read; 0 until then.
            private readonly int[] _measured;
            private readonly int _count;
            private readonly byte* _heap;
            private readonly int _heapLength;

            public Listing(int[] parts, int[] values, int count, byte* heap, int heapLength)
            {
                _parts = parts;
                _values = values;
                _count = count;
                _starts = new int[count];
                _measured = new int[count];
                _heap = heap;
                _heapLength = heapLength;
            }

            /// <summary>Part <paramref name="part"/>'s bytes; empty when the holder has no such part (or its blob is malformed).</summary>
            public ReadOnlySpan<byte> Bytes(int part)
            {
                // A few hundred parts at most, read once each: a scan beats building any table.
                for (var i = 0; i < _count; i++)
                {
                    if (_parts[i] == part)
                    {
                        var measured = Volatile.Read(ref _measured[i]);
                        if (measured == 0)
                        {
                            measured = Measure(i);
                        }

                        return new ReadOnlySpan<byte>(_heap + _starts[i], measured - 1);
                    }
                }

                return default;
            }

            // A constant's value is a blob (II.24.2.4: its length compressed in 1, 2 or 4 bytes, then its bytes) of UTF-16LE
            // units, the part's marker unit first: the part is the bytes after it, less the padding byte when the marker says so.
            // Two threads may both measure a part; they write the same numbers.
            private int Measure(int i)
            {
                var at = _heap + _values[i];
                var left = _heapLength - _values[i];
                int start = 0, units = -1;
                var b = at[0];
                if ((b & 0x80) == 0)
                {
                    (start, units) = (1, b);
                }
                else if ((b & 0xC0) == 0x80 && left >= 2)
                {
                    (start, units) = (2, ((b & 0x3F) << 8) | at[1]);
                }
                else if ((b & 0xE0) == 0xC0 && left >= 4)
                {
                    (start, units) = (4, ((b & 0x1F) << 24) | (at[1] << 16) | (at[2] << 8) | at[3]);
                }

                var length = 0;
                if (units >= 2 && units <= left - start)
                {
                    var value = at + start;
                    _starts[i] = _values[i] + start + 2;
                    length = units - 2 - (value[0] == (byte)ConstantCarrier.OddLength && value[1] == 0 ? 1 : 0);
                }

                // Where the bytes start is written before the length that says it is there.
                Volatile.Write(ref _measured[i], length + 1);
                return length + 1;
            }
        }
    }
}
#endif
