using System.Globalization;
using System.Text;
using PaperGen.CompiledData;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// The C# literal of a compiled-data part carried as a <c>const string</c> (<see cref="ConstantCarrier"/>):
    /// the part's UTF-8 bytes two to a UTF-16 unit, low byte first, after one unit that says whether the last
    /// byte is padding. The compiler keeps such a constant as one token and
    /// one metadata blob of exactly the part's bytes, where <c>"…"u8</c> costs it one bound node per byte.
    /// </summary>
    internal static class ConstantPartLiteral
    {
        // CJK Unified Ideographs Extension A up to the end of CJK Unified Ideographs: letters, no controls,
        // no separators, no surrogates.
        private const char CjkFirst = '\u3400';
        private const char CjkLast = '\u9FFF';

        public static string For(string part)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            var units = (bytes.Length + 1) / 2;
            var literal = new StringBuilder(units + 16).Append('"');
            literal.Append("\\u").Append(((int)(bytes.Length % 2 == 1 ? ConstantCarrier.OddLength : ConstantCarrier.EvenLength)).ToString("x4", CultureInfo.InvariantCulture));
            for (var i = 0; i < units; i++)
            {
                var high = (2 * i) + 1 < bytes.Length ? bytes[(2 * i) + 1] : 0;
                var unit = (char)(bytes[2 * i] | (high << 8));
                if (IsWrittenAsItself(unit))
                {
                    literal.Append(unit);
                }
                else
                {
                    literal.Append("\\u").Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
                }
            }

            return literal.Append('"').ToString();
        }

        // Units are data, not text: whatever could end the literal, break a line, pair up with a neighbour
        // or show as something other than itself (HiddenCharacters) is escaped. Packed parts, ASCII from
        // '0' to 'o', pair into U+3030–U+6F6F, nearly all CJK ideographs: that block is written as it is
        // without asking the host's Unicode tables, which is faster and the same on every compiler host.
        private static bool IsWrittenAsItself(char unit)
            => (unit >= CjkFirst && unit <= CjkLast)
                || (unit >= 0x20 && unit != '"' && unit != '\\' && unit != 0x7F
                    && !char.IsSurrogate(unit) && unit < 0xFFF0 && (unit < 0x80 || !HiddenCharacters.IsHidden(unit)));
    }
}
