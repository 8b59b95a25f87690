using System;

namespace PaperGen.CompiledData
{
    /// <summary>
    /// The tolerant-lookup key of an ASCII title: letters lower-cased, digits kept, everything else
    /// dropped. For ASCII this is exactly what <c>TextKey.Fold</c> does on any framework, so the generator
    /// may fold such titles at build time; titles with other characters are folded by the runtime, whose
    /// Unicode tables may differ from the build machine's.
    /// </summary>
    internal static class TitleFold
    {
        /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long); false when the text is not all ASCII.</summary>
        public static bool TryFoldAscii(ReadOnlySpan<char> text, Span<char> destination, out int length)
        {
            length = 0;
            foreach (var c in text)
            {
                if (c >= 0x80)
                {
                    length = 0;
                    return false;
                }

                if ((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= '9' - '0')
                {
                    destination[length++] = c;
                }
                else if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    destination[length++] = (char)(c | 0x20);
                }
            }

            return true;
        }
    }
}
