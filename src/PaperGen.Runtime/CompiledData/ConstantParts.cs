using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// The parts of compiled data carried as <c>const string</c> fields of a generated type (issue 12): a
    /// constant is one token and one metadata blob to the compiler, where a <c>"…"u8</c> literal is one bound
    /// node per byte, so a large dump costs its project a fraction of the build time and memory. The strings
    /// hold the parts' bytes two to a UTF-16 unit (<see cref="ConstantCarrier"/>). Each part is read on first use
    /// and kept: a chunk is read only when one of its papers is.
    /// </summary>
    /// <remarks>
    /// Creating this reads nothing. Where the assembly's metadata is mapped (.NET 5 on, not NativeAOT) a part is a
    /// view of its constant's blob there (<c>ConstantBlobs</c>): no reflection and no copy, so a search
    /// reads its index where it lies. Elsewhere each part is read once through reflection: the fields listed once
    /// with <c>GetFields</c> (in a fresh process half the cost of a first <c>GetField(name)</c>), then one
    /// <c>GetRawConstantValue</c> per part, whose string is viewed as bytes on little-endian machines.
    /// </remarks>
    internal sealed class ConstantParts
    {
        // The index parts every lookup needs (and the search index, numbered below them) sit in an array;
        // chunks, numbered sparsely, in a dictionary.
        private readonly Part?[] _index = new Part?[CompiledLayout.FirstChunkPart - CompiledLayout.SearchIndexPart];
        private readonly Dictionary<int, Part> _chunks = new();

        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)]
        private readonly Type _holder;

        private Dictionary<int, FieldInfo>? _fields;

#if NET
        // The parts' values in the assembly's metadata, when it can be read in place (ConstantBlobs); after a
        // failed attempt, reflection.
        private Dictionary<int, ConstantBlobs.Blob>? _blobs;
        private bool _reflectOnly;
#endif

        /// <summary>Parts of <paramref name="holder"/>; <paramref name="inPlace"/> false reads them through reflection even where the metadata can be read in place.</summary>
        public ConstantParts([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type holder, bool inPlace = true)
        {
            _holder = holder ?? throw new ArgumentNullException(nameof(holder));
#if NET
            _reflectOnly = !inPlace;
#endif
        }

        /// <summary>Part <paramref name="part"/>'s bytes, or empty when the holder has no such part.</summary>
        public ReadOnlySpan<byte> Read(int part)
        {
            if (part < CompiledLayout.SearchIndexPart)
            {
                return default;
            }

            if (part < CompiledLayout.FirstChunkPart)
            {
                var slot = part - CompiledLayout.SearchIndexPart;
                var cached = Volatile.Read(ref _index[slot]);
                if (cached is null)
                {
                    cached = Load(part);
                    cached = Interlocked.CompareExchange(ref _index[slot], cached, null) ?? cached;
                }

                return cached.Bytes;
            }

            lock (_chunks)
            {
                if (!_chunks.TryGetValue(part, out var chunk))
                {
                    chunk = Load(part);
                    _chunks.Add(part, chunk);
                }

                return chunk.Bytes;
            }
        }

        /// <summary>The bytes a part's string carries (what the generator's writer of the string reverses).</summary>
        public static ReadOnlySpan<byte> Bytes(string carried)
        {
            if (carried.Length == 0)
            {
                return default;
            }

            var bytes = MemoryMarshal.AsBytes(carried.AsSpan(1));
            return carried[0] == ConstantCarrier.OddLength ? bytes.Slice(0, bytes.Length - 1) : bytes;
        }

        private Part Load(int part)
        {
#if NET
            if (!Volatile.Read(ref _reflectOnly))
            {
                var blobs = Volatile.Read(ref _blobs) ?? ListBlobs();
                if (blobs is not null)
                {
                    return blobs.TryGetValue(part, out var blob) ? new Part(blob) : new Part(string.Empty);
                }
            }
#endif
            var fields = Volatile.Read(ref _fields) ?? ListFields();
            return new Part(fields.TryGetValue(part, out var field) ? field.GetRawConstantValue() as string ?? string.Empty : string.Empty);
        }

#if NET
        private Dictionary<int, ConstantBlobs.Blob>? ListBlobs()
        {
            var blobs = ConstantBlobs.TryRead(_holder);
            if (blobs is null)
            {
                Volatile.Write(ref _reflectOnly, true);
                return null;
            }

            // Two threads may both list; either result is equal, so the first one published wins.
            return Interlocked.CompareExchange(ref _blobs, blobs, null) ?? blobs;
        }

#endif
        private Dictionary<int, FieldInfo> ListFields()
        {
            var fields = new Dictionary<int, FieldInfo>();
            foreach (var field in _holder.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral && ConstantCarrier.TryParseFieldName(field.Name, out var part))
                {
                    fields[part] = field;
                }
            }

            // Two threads may both list; either result is equal, so the first one published wins.
            return Interlocked.CompareExchange(ref _fields, fields, null) ?? fields;
        }

        /// <summary>
        /// One part: its value in the assembly's metadata, or its string, kept alive so that spans over it stay valid
        /// (a byte copy on big-endian machines, where the string's units are in machine order).
        /// </summary>
        private sealed class Part
        {
            private readonly string? _carried;
            private readonly byte[]? _swapped;
#if NET
            private readonly ConstantBlobs.Blob? _blob;

            public Part(ConstantBlobs.Blob blob) => _blob = blob;
#endif

            public Part(string carried)
            {
                _carried = carried;
                if (!BitConverter.IsLittleEndian)
                {
                    // The string's units are in machine order: take them apart low byte first, as they were written.
                    var units = carried.AsSpan(Math.Min(1, carried.Length));
                    var bytes = new byte[units.Length * 2];
                    for (var i = 0; i < units.Length; i++)
                    {
                        bytes[2 * i] = (byte)units[i];
                        bytes[(2 * i) + 1] = (byte)(units[i] >> 8);
                    }

                    _swapped = carried.Length > 0 && carried[0] == ConstantCarrier.OddLength ? bytes.AsSpan(0, bytes.Length - 1).ToArray() : bytes;
                }
            }

#if NET
            public ReadOnlySpan<byte> Bytes => _carried is null ? _blob!.PartBytes : _swapped ?? ConstantParts.Bytes(_carried);
#else
            public ReadOnlySpan<byte> Bytes => _swapped ?? ConstantParts.Bytes(_carried!);
#endif
        }
    }
}
