using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// Non-negative integers as fixed-width printable ASCII, so tables can live in UTF-8 string literals
    /// (<c>"…"u8</c>), which cannot hold arbitrary bytes: each number is <see cref="Width"/> characters of
    /// 6 bits each, counted from <c>'0'</c>. Reading one is four subtractions and shifts, not parsing.
    /// </summary>
    internal static class PackedNumbers
    {
        public const int Width = 4;
        public const int MaxValue = (1 << (6 * Width)) - 1;
        private const int Zero = '0';

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Read(ReadOnlySpan<byte> data, int index)
        {
            var at = index * Width;
            return ((data[at] - Zero) << 18) | ((data[at + 1] - Zero) << 12) | ((data[at + 2] - Zero) << 6) | (data[at + 3] - Zero);
        }

        public static void Append(StringBuilder builder, int value)
        {
            if (value < 0 || value > MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A packed number must be between 0 and " + MaxValue + ".");
            }

            builder.Append((char)(Zero + ((value >> 18) & 63)));
            builder.Append((char)(Zero + ((value >> 12) & 63)));
            builder.Append((char)(Zero + ((value >> 6) & 63)));
            builder.Append((char)(Zero + (value & 63)));
        }
    }
}
