using System;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// The hash that compiled title tables are built with. The generator and the runtime compile this
    /// same file, so a table computed at build time is read with the very function that built it; the
    /// result must never depend on the platform, process or framework (unlike <see cref="string.GetHashCode()"/>).
    /// </summary>
    /// <remarks>
    /// Constant time whatever the title's length: the length and four 4-character windows (start, two
    /// inner points, end) are mixed. Titles that agree on all of those share a bucket and are told apart
    /// by the full comparison that every lookup makes anyway.
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
                for (var i = 0; i < n; i++)
                {
                    h = Mix(h, text[i]);
                }
            }

            return Finish(h);
        }

        /// <summary>The bucket of a hash in a table of <paramref name="bucketCount"/> (a power of two) buckets.</summary>
        public static int Bucket(ulong hash, int bucketCount) => (int)hash & (bucketCount - 1);

        /// <summary>Bits of the hash that the bucket did not use, stored beside each entry so most mismatches skip the string comparison.</summary>
        public static int Tag(ulong hash) => (int)(hash >> 40);

        private static ulong Read4(ReadOnlySpan<char> text, int i)
            => text[i] | ((ulong)text[i + 1] << 16) | ((ulong)text[i + 2] << 32) | ((ulong)text[i + 3] << 48);

        private static ulong Mix(ulong h, ulong value) => unchecked((h ^ value) * Multiplier);

        private static ulong Finish(ulong h)
        {
            h ^= h >> 31;
            h = unchecked(h * 0x94D049BB133111EBUL);
            return h ^ (h >> 29);
        }
    }
}
