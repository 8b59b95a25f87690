using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// Compiled text (UTF-8 the generator wrote) to a string, decoded here rather than by <see cref="Encoding.UTF8"/>:
    /// in a fresh process the framework's first UTF-8 decode costs about 3.5 ms (measured on .NET 10, a 27-byte title:
    /// 3.7 ms against 0.3 ms for this loop, its compilation included), and a first lookup decodes a title before anything
    /// else would. The result is the same: text the generator wrote is well-formed UTF-8, and anything that is not
    /// (a malformed or overlong sequence, a surrogate, past U+10FFFF) is left to <see cref="Encoding.UTF8"/> whole, so
    /// its replacement rules still apply. Only a process's first texts take this loop: after <see cref="FirstTexts"/> the
    /// framework's vectorised decoder, many times faster on long ASCII runs, has paid for itself (a program reading every
    /// abstract, or a layout-4 catalog building its search index, decodes tens of megabytes).
    /// </summary>
    internal static class Utf8Text
    {
        /// <summary>How many texts a process decodes with the plain loop before it uses the framework's decoder.</summary>
        public const int FirstTexts = 64;

        // Not atomic: a lost count only keeps the loop a text longer.
        private static int _decoded;

        // One buffer per thread for the UTF-16 units, grown to the longest text decoded on it: a decode allocates its string only.
        [ThreadStatic]
        private static char[]? _units;

        public static string Decode(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return string.Empty;
            }

            return _decoded >= FirstTexts ? Framework(bytes) : DecodeFirst(bytes);
        }

        // Only a process's first texts come here, so it is compiled once without the instrumentation and loop patchpoints tier 0
        // adds to a method with loops (less to compile on a fresh process's first lookup), and never again; ReadyToRun still
        // precompiles it.
        [MethodImpl(MethodImplOptions.NoOptimization)]
        private static string DecodeFirst(ReadOnlySpan<byte> bytes)
        {
            _decoded++;

            // UTF-8 never takes fewer bytes than UTF-16 takes units.
            var units = _units;
            if (units is null || units.Length < bytes.Length)
            {
                _units = units = new char[Math.Max(bytes.Length, 256)];
            }

            var n = 0;
            var i = 0;
            while (i < bytes.Length)
            {
                int c = bytes[i];
                if (c < 0x80)
                {
                    units[n++] = (char)c;
                    i++;
                    continue;
                }

                int need, min;
                if ((c & 0xE0) == 0xC0)
                {
                    (c, need, min) = (c & 0x1F, 1, 0x80);
                }
                else if ((c & 0xF0) == 0xE0)
                {
                    (c, need, min) = (c & 0x0F, 2, 0x800);
                }
                else if ((c & 0xF8) == 0xF0)
                {
                    (c, need, min) = (c & 0x07, 3, 0x10000);
                }
                else
                {
                    return Framework(bytes);
                }

                if (i + need >= bytes.Length)
                {
                    return Framework(bytes);
                }

                for (var k = 1; k <= need; k++)
                {
                    var next = bytes[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return Framework(bytes);
                    }

                    c = (c << 6) | (next & 0x3F);
                }

                if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
                {
                    return Framework(bytes);
                }

                if (c >= 0x10000)
                {
                    c -= 0x10000;
                    units[n++] = (char)(0xD800 + (c >> 10));
                    c = 0xDC00 + (c & 0x3FF);
                }

                units[n++] = (char)c;
                i += need + 1;
            }

            return new string(units, 0, n);
        }

        private static unsafe string Framework(ReadOnlySpan<byte> bytes)
        {
            fixed (byte* p = bytes)
            {
                return Encoding.UTF8.GetString(p, bytes.Length);
            }
        }
    }
}
