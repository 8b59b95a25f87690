using System;
using System.Runtime.InteropServices;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// The hashes that compiled title tables are built with. The generator and the runtime compile this
    /// same file, so a table computed at build time is read with the very function that built it; the
    /// result never depends on the platform, process or framework (unlike <see cref="string.GetHashCode()"/>).
    /// </summary>
    /// <remarks>
    /// <see cref="Compute(ReadOnlySpan{char})"/> mixes the length and four 4-character windows, robust for
    /// any key set. <see cref="Compute(ReadOnlySpan{char}, HashWindow)"/> mixes the length and one window
    /// the generator chose because it tells this dump's titles apart (the trick FrozenDictionary plays at
    /// run time, played at build time): one 8-byte read instead of four. Keys that share a hash are told
    /// apart by the full comparison every lookup makes anyway.
    /// </remarks>
    internal static class TitleHash
    {
        private const ulong Seed = 0x9E3779B97F4A7C15UL;
        private const ulong Multiplier = 0xBF58476D1CE4E5B9UL;

        public static ulong Compute(ReadOnlySpan<char> text)
        {
            var n = text.Length;
            var h = Seed ^ (ulong)n;
            if (n >= 4)
            {
                h = Mix(h, Read4(text, 0));
                h = Mix(h, Read4(text, (n - 4) / 3));
                h = Mix(h, Read4(text, 2 * (n - 4) / 3));
                h = Mix(h, Read4(text, n - 4));
            }
            else
            {
                h = MixEach(h, text);
            }

            return Finish(h);
        }

        public static ulong Compute(ReadOnlySpan<char> text, HashWindow window)
        {
            if (window.IsFull)
            {
                return Compute(text);
            }

            var n = text.Length;
            var h = Seed ^ (ulong)n;
            if (n >= 4)
            {
                var at = window.FromEnd ? n - 4 - window.Offset : window.Offset;
                h = Mix(h, Read4(text, at < 0 ? 0 : at > n - 4 ? n - 4 : at));
            }
            else
            {
                h = MixEach(h, text);
            }

            return Finish(h);
        }

        /// <summary>The bucket of a hash in a table of <paramref name="bucketCount"/> (a power of two) buckets.</summary>
        public static int Bucket(ulong hash, int bucketCount) => (int)hash & (bucketCount - 1);

        /// <summary>Bits of the hash that the bucket did not use, stored beside each entry so most mismatches skip the string comparison.</summary>
        public static int Tag(ulong hash) => (int)(hash >> 40);

        // Four UTF-16 units as one number, low unit first, whatever the machine's byte order.
        private static ulong Read4(ReadOnlySpan<char> text, int i)
        {
            if (BitConverter.IsLittleEndian)
            {
                return MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(i, 4)));
            }

            return text[i] | ((ulong)text[i + 1] << 16) | ((ulong)text[i + 2] << 32) | ((ulong)text[i + 3] << 48);
        }

        private static ulong MixEach(ulong h, ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                h = Mix(h, c);
            }

            return h;
        }

        private static ulong Mix(ulong h, ulong value) => unchecked((h ^ value) * Multiplier);

        private static ulong Finish(ulong h)
        {
            h ^= h >> 31;
            h = unchecked(h * 0x94D049BB133111EBUL);
            return h ^ (h >> 29);
        }
    }

    /// <summary>
    /// Which four characters <see cref="TitleHash"/> reads: <see cref="Offset"/> from the start, or from the
    /// end, clamped into shorter titles; or all four windows (<see cref="Full"/>). Packed as one number.
    /// </summary>
    internal readonly struct HashWindow
    {
        private readonly int _packed;

        private HashWindow(int packed) => _packed = packed;

        public static HashWindow Full => new(0);

        public bool IsFull => _packed == 0;

        public bool FromEnd => (_packed & 1) != 0;

        public int Offset => (_packed >> 1) - 1;

        public int Packed => _packed;

        public static HashWindow At(int offset, bool fromEnd) => new(((offset + 1) << 1) | (fromEnd ? 1 : 0));

        public static HashWindow FromPacked(int packed) => new(packed);
    }
}
