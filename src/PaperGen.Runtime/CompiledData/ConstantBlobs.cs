#if NET
using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Reflection.Metadata;
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
        /// each as its blob (<c>[pointer, length]</c> of the UTF-16LE value); <see langword="null"/> when the metadata
        /// cannot be read in place.
        /// </summary>
        public static Dictionary<int, Blob>? TryRead(Type holder)
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

        private static Dictionary<int, Blob>? Read(byte* metadata, int length, int typeToken)
        {
            var md = new ReadOnlySpan<byte>(metadata, length);
            if ((typeToken >> 24) != TypeDefTable || md.Length < 20 || BinaryPrimitives.ReadUInt32LittleEndian(md) != 0x424A5342)
            {
                return null;
            }

            // The root: a version string, then stream headers (offset, size, name padded to 4 bytes).
            var at = 16 + BinaryPrimitives.ReadInt32LittleEndian(md.Slice(12));
            if (at < 16 || at + 4 > md.Length)
            {
                return null;
            }

            var streams = BinaryPrimitives.ReadUInt16LittleEndian(md.Slice(at + 2));
            at += 4;
            ReadOnlySpan<byte> tables = default, strings = default, blobs = default;
            for (var s = 0; s < streams; s++)
            {
                if (at + 8 > md.Length)
                {
                    return null;
                }

                var offset = BinaryPrimitives.ReadInt32LittleEndian(md.Slice(at));
                var size = BinaryPrimitives.ReadInt32LittleEndian(md.Slice(at + 4));
                var nameEnd = md.Slice(at + 8).IndexOf((byte)0);
                if (offset < 0 || size < 0 || offset > md.Length - size || nameEnd < 0)
                {
                    return null;
                }

                var name = md.Slice(at + 8, nameEnd);
                var stream = md.Slice(offset, size);
                if (name.SequenceEqual("#~"u8))
                {
                    tables = stream;
                }
                else if (name.SequenceEqual("#Strings"u8))
                {
                    strings = stream;
                }
                else if (name.SequenceEqual("#Blob"u8))
                {
                    blobs = stream;
                }

                at += 8 + ((nameEnd + 4) & ~3);
            }

            return tables.Length < 24 || strings.IsEmpty || blobs.IsEmpty ? null : ReadTables(tables, strings, blobs, typeToken & 0xFFFFFF);
        }

        private static Dictionary<int, Blob>? ReadTables(ReadOnlySpan<byte> tables, ReadOnlySpan<byte> strings, ReadOnlySpan<byte> blobs, int typeRow)
        {
            // Bits above the three heap-size flags announce extra data this reader does not know how to skip.
            var heapSizes = tables[6];
            if ((heapSizes & ~7) != 0)
            {
                return null;
            }

            var present = BinaryPrimitives.ReadUInt64LittleEndian(tables.Slice(8));
            var sorted = BinaryPrimitives.ReadUInt64LittleEndian(tables.Slice(16));
            var rows = new int[64];
            var at = 24;
            for (var t = 0; t < 64; t++)
            {
                if ((present & (1UL << t)) != 0)
                {
                    if (at + 4 > tables.Length)
                    {
                        return null;
                    }

                    rows[t] = BinaryPrimitives.ReadInt32LittleEndian(tables.Slice(at));
                    at += 4;
                }
            }

            // Indirection tables (edit-and-continue output) and an unsorted constant table are not what compilers write for a build.
            if (rows[FieldPtrTable] != 0 || rows[MethodPtrTable] != 0 || rows[ParamPtrTable] != 0 || (sorted & (1UL << ConstantTable)) == 0
                || typeRow < 1 || typeRow > rows[TypeDefTable])
            {
                return null;
            }

            var str = (heapSizes & 1) != 0 ? 4 : 2;
            var guid = (heapSizes & 2) != 0 ? 4 : 2;
            var blob = (heapSizes & 4) != 0 ? 4 : 2;
            var field = Index(rows, FieldTable);
            var typeDefOrRef = Coded(rows, 2, TypeDefTable, TypeRefTable, TypeSpecTable);

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
            var hasConstant = Coded(rows, 2, FieldTable, ParamTable, PropertyTable);
            sizes[ConstantTable] = 2 + hasConstant + blob;
            var starts = new int[ConstantTable + 1];
            for (var t = 0; t <= ConstantTable; t++)
            {
                starts[t] = at;
                at += rows[t] * sizes[t];
            }

            if (at > tables.Length)
            {
                return null;
            }

            // The holder's fields run from its field list to the next type's.
            var typeDef = tables.Slice(starts[TypeDefTable] + ((typeRow - 1) * sizes[TypeDefTable]));
            var fieldListAt = 4 + (2 * str) + typeDefOrRef;
            var first = Read(typeDef, fieldListAt, field);
            var end = typeRow < rows[TypeDefTable] ? Read(typeDef, sizes[TypeDefTable] + fieldListAt, field) : rows[FieldTable] + 1;
            // Constants are sorted by parent (HasConstant: a field's row tagged 0 in the low 2 bits), so the holder's
            // fields' constants follow each other: one binary search for the first, then a walk along both lists.
            var constants = tables.Slice(starts[ConstantTable], rows[ConstantTable] * sizes[ConstantTable]);
            var rowSize = sizes[ConstantTable];
            var c = FirstConstantAtOrAfter(constants, rowSize, hasConstant, first << 2);
            var parts = new Dictionary<int, Blob>();
            fixed (byte* heap = blobs)
            {
                for (var row = first; row < end && row <= rows[FieldTable]; row++)
                {
                    var name = Read(tables, starts[FieldTable] + ((row - 1) * sizes[FieldTable]) + 2, str);
                    if (!TryPartNumber(strings, name, out var part))
                    {
                        continue;
                    }

                    while (c < rows[ConstantTable] && Read(constants, (c * rowSize) + 2, hasConstant) < row << 2)
                    {
                        c++;
                    }

                    if (c == rows[ConstantTable] || Read(constants, (c * rowSize) + 2, hasConstant) != row << 2)
                    {
                        return null;
                    }

                    // Only the blob's place: its length is read when the part is, so listing the parts touches none
                    // of the pages they lie on (a large dump's parts spread over tens of megabytes).
                    var value = Read(constants, (c * rowSize) + 2 + hasConstant, blob);
                    if (value >= blobs.Length)
                    {
                        return null;
                    }

                    parts[part] = new Blob(heap + value, blobs.Length - value);
                }
            }

            return parts;
        }

        private static int FirstConstantAtOrAfter(ReadOnlySpan<byte> constants, int rowSize, int parentSize, int parent)
        {
            int low = 0, high = constants.Length / rowSize;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (Read(constants, (middle * rowSize) + 2, parentSize) < parent)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        // A blob: its length compressed in 1, 2 or 4 bytes (II.24.2.4), then its bytes; false when they do not fit the heap.
        private static bool TryBlob(ReadOnlySpan<byte> blobs, int offset, out int start, out int length)
        {
            start = length = 0;
            if (offset >= blobs.Length)
            {
                return false;
            }

            var b = blobs[offset];
            if ((b & 0x80) == 0)
            {
                (start, length) = (offset + 1, b);
            }
            else if ((b & 0xC0) == 0x80 && offset + 2 <= blobs.Length)
            {
                (start, length) = (offset + 2, ((b & 0x3F) << 8) | blobs[offset + 1]);
            }
            else if ((b & 0xE0) == 0xC0 && offset + 4 <= blobs.Length)
            {
                (start, length) = (offset + 4, ((b & 0x1F) << 24) | (blobs[offset + 1] << 16) | (blobs[offset + 2] << 8) | blobs[offset + 3]);
            }
            else
            {
                return false;
            }

            return length <= blobs.Length - start;
        }

        private static bool TryPartNumber(ReadOnlySpan<byte> strings, int offset, out int part)
        {
            part = 0;
            if (offset >= strings.Length)
            {
                return false;
            }

            var name = strings.Slice(offset);
            var end = name.IndexOf((byte)0);
            name = end < 0 ? default : name.Slice(0, end);

            // Field names are ASCII ("Part12", "PartMinus1"): other fields are passed over without a string; a
            // part's name becomes one short string for the carrier's single parser of names.
            if (name.Length < 5 || name.Length > 24 || !name.StartsWith("Part"u8))
            {
                return false;
            }

            return ConstantCarrier.TryParseFieldName(System.Text.Encoding.ASCII.GetString(name), out part);
        }

        private static int Read(ReadOnlySpan<byte> table, int at, int size)
            => size == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(table.Slice(at)) : BinaryPrimitives.ReadInt32LittleEndian(table.Slice(at));

        private static int Index(int[] rows, int table) => rows[table] < (1 << 16) ? 2 : 4;

        private static int Coded(int[] rows, int tagBits, params int[] tables)
        {
            var max = 0;
            foreach (var table in tables)
            {
                max = Math.Max(max, rows[table]);
            }

            return max < (1 << (16 - tagBits)) ? 2 : 4;
        }

        /// <summary>
        /// A constant's value in the mapped metadata: a blob of UTF-16LE units, the part's marker unit first. A class,
        /// so that a dictionary of them runs the framework's precompiled code for reference values instead of being compiled.
        /// </summary>
        internal sealed class Blob
        {
            private readonly byte* _at;
            private readonly int _heapLeft;
            private byte* _bytes;
            private int _length = -1;

            /// <summary>The blob at <paramref name="at"/>, with <paramref name="heapLeft"/> bytes of the blob heap from there.</summary>
            public Blob(byte* at, int heapLeft)
            {
                _at = at;
                _heapLeft = heapLeft;
            }

            /// <summary>The part's bytes: the blob after its marker unit, less the padding byte when the marker says so; empty when the blob is malformed.</summary>
            public ReadOnlySpan<byte> PartBytes
            {
                get
                {
                    var length = Volatile.Read(ref _length);
                    if (length < 0)
                    {
                        length = Measure();
                    }

                    return new ReadOnlySpan<byte>(_bytes, length);
                }
            }

            // Read on the part's first use: the blob's length prefix and marker unit.
            private int Measure()
            {
                var length = 0;
                if (TryBlob(new ReadOnlySpan<byte>(_at, _heapLeft), 0, out var start, out var units) && units >= 2)
                {
                    var value = _at + start;
                    _bytes = value + 2;
                    length = units - 2 - (value[0] == (byte)ConstantCarrier.OddLength && value[1] == 0 ? 1 : 0);
                }

                // The bytes' place is written before the length that says it is there.
                Volatile.Write(ref _length, length);
                return length;
            }
        }
    }
}
#endif
