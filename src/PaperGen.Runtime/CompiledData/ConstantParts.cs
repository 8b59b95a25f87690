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
        // Parts read through reflection: the index parts every lookup needs (and the search index, numbered below
        // them) in an array; chunks, numbered sparsely, in a dictionary made on first use.
        private Part?[]? _index;
        private Dictionary<int, Part>? _chunks;

        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)]
        private readonly Type _holder;

        private Dictionary<int, FieldInfo>? _fields;

#if NET
        // The parts' values in the assembly's metadata, when it can be read in place (ConstantBlobs); after a
        // failed attempt, reflection.
        private ConstantBlobs.Listing? _blobs;
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

#if NET
            // In place, the listing keeps each part's blob: nothing to cache here.
            if (!Volatile.Read(ref _reflectOnly) && (Volatile.Read(ref _blobs) ?? ListBlobs()) is { } blobs)
            {
                return blobs.Bytes(part);
            }

#endif

            return ReadThroughReflection(part);
        }

        // Apart from Read, so that the first lookup's compilation of Read does not also resolve the dictionary and
        // reflection this path uses (each type and method a tier-0 method names is resolved when it is compiled).
        private ReadOnlySpan<byte> ReadThroughReflection(int part)
        {
            if (part < CompiledLayout.FirstChunkPart)
            {
                var slot = part - CompiledLayout.SearchIndexPart;
                var index = Volatile.Read(ref _index) ?? InterlockedInit(ref _index, new Part?[CompiledLayout.FirstChunkPart - CompiledLayout.SearchIndexPart]);
                var cached = Volatile.Read(ref index[slot]);
                if (cached is null)
                {
                    cached = Load(part);
                    cached = Interlocked.CompareExchange(ref index[slot], cached, null) ?? cached;
                }

                return cached.Bytes;
            }

            var chunks = Volatile.Read(ref _chunks) ?? InterlockedInit(ref _chunks, new Dictionary<int, Part>());
            lock (chunks)
            {
                if (!chunks.TryGetValue(part, out var chunk))
                {
                    chunk = Load(part);
                    chunks.Add(part, chunk);
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

        private static T InterlockedInit<T>(ref T? slot, T value)
            where T : class
            => Interlocked.CompareExchange(ref slot, value, null) ?? value;

        private Part Load(int part)
        {
            var fields = Volatile.Read(ref _fields) ?? ListFields();
            return new Part(fields.TryGetValue(part, out var field) ? field.GetRawConstantValue() as string ?? string.Empty : string.Empty);
        }

#if NET
        private ConstantBlobs.Listing? ListBlobs()
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
        /// One part read through reflection: its string, kept alive so that spans over it stay valid (a byte copy on
        /// big-endian machines, where the string's units are in machine order).
        /// </summary>
        private sealed class Part
        {
            private readonly string _carried;
            private readonly byte[]? _swapped;

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

            public ReadOnlySpan<byte> Bytes => _swapped ?? ConstantParts.Bytes(_carried);
        }
    }
}
