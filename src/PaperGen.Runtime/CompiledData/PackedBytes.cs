using System;
using System.Text;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// Arbitrary bytes as printable ASCII, so compressed text can live in a UTF-8 literal (which cannot
    /// hold bytes from 0x80 up): every 3 bytes become 4 characters of 6 bits from <c>'0'</c>, as in
    /// <see cref="PackedNumbers"/>. The last group may be short: 1 byte gives 2 characters, 2 give 3.
    /// </summary>
    internal static class PackedBytes
    {
        private const int Zero = '0';

        public static int DecodedLength(int packedLength) => (packedLength / 4 * 3) + (packedLength % 4 == 0 ? 0 : (packedLength % 4) - 1);

        public static void Append(StringBuilder builder, byte[] bytes, int count)
        {
            var i = 0;
            for (; i + 3 <= count; i += 3)
            {
                var group = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
                builder.Append((char)(Zero + ((group >> 18) & 63)));
                builder.Append((char)(Zero + ((group >> 12) & 63)));
                builder.Append((char)(Zero + ((group >> 6) & 63)));
                builder.Append((char)(Zero + (group & 63)));
            }

            var rest = count - i;
            if (rest > 0)
            {
                var group = (bytes[i] << 16) | (rest == 2 ? bytes[i + 1] << 8 : 0);
                builder.Append((char)(Zero + ((group >> 18) & 63)));
                builder.Append((char)(Zero + ((group >> 12) & 63)));
                if (rest == 2)
                {
                    builder.Append((char)(Zero + ((group >> 6) & 63)));
                }
            }
        }

        public static byte[] Decode(ReadOnlySpan<byte> packed)
        {
            var bytes = new byte[DecodedLength(packed.Length)];
            var o = 0;
            var i = 0;
            for (; i + 4 <= packed.Length; i += 4)
            {
                var group = ((packed[i] - Zero) << 18) | ((packed[i + 1] - Zero) << 12) | ((packed[i + 2] - Zero) << 6) | (packed[i + 3] - Zero);
                bytes[o++] = (byte)(group >> 16);
                bytes[o++] = (byte)(group >> 8);
                bytes[o++] = (byte)group;
            }

            var rest = packed.Length - i;
            if (rest >= 2)
            {
                var group = ((packed[i] - Zero) << 18) | ((packed[i + 1] - Zero) << 12) | (rest == 3 ? (packed[i + 2] - Zero) << 6 : 0);
                bytes[o++] = (byte)(group >> 16);
                if (rest == 3)
                {
                    bytes[o] = (byte)(group >> 8);
                }
            }

            return bytes;
        }
    }
}
