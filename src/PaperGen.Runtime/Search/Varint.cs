using System;
using System.Collections.Generic;
using PaperGen.CompiledData;

namespace PaperGen.Search
{
    /// <summary>
    /// Non-negative integers of any size as printable ASCII: 5 bits per character from <c>'0'</c>, low bits
    /// first, a character from <c>'0' + 32</c> up meaning "more follow". Small numbers (most postings) take one
    /// character; <see cref="PackedNumbers"/> stays the fixed-width form for what is read at random.
    /// </summary>
    internal static class Varint
    {
        public const int Zero = '0';
        public const int More = 32;

        public static void Append(List<byte> bytes, int value)
        {
            var v = (uint)value;
            while (v >= More)
            {
                bytes.Add((byte)(Zero + More + (v & (More - 1))));
                v >>= 5;
            }

            bytes.Add((byte)(Zero + v));
        }

        /// <summary>How many characters <paramref name="value"/> takes.</summary>
        public static int Length(int value)
        {
            var n = 1;
            for (var v = (uint)value; v >= More; v >>= 5)
            {
                n++;
            }

            return n;
        }

        /// <summary>Reads the number at <paramref name="at"/> and moves <paramref name="at"/> past it.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int Read(ReadOnlySpan<byte> data, ref int at)
        {
            var value = 0;
            var shift = 0;
            while (true)
            {
                var c = data[at++] - Zero;
                if (c < More)
                {
                    return value | (c << shift);
                }

                value |= (c - More) << shift;
                shift += 5;
            }
        }

        /// <summary>Moves <paramref name="at"/> past the number there.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void Skip(ReadOnlySpan<byte> data, ref int at)
        {
            while (data[at++] - Zero >= More)
            {
            }
        }
    }
}
