using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// C# string literals for arbitrary text. <see cref="SymbolDisplay.FormatLiteral(string, bool)"/> escapes
    /// quotes, backslashes and control characters but leaves format characters (bidirectional controls,
    /// zero-width spaces) raw; those are escaped here too, so the source shows what the string holds.
    /// </summary>
    internal static class CSharpLiteral
    {
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var literal = SymbolDisplay.FormatLiteral(value, quote: true);
            StringBuilder? builder = null;
            for (var i = 0; i < literal.Length; i++)
            {
                var c = literal[i];
                if (NeedsEscape(c))
                {
                    builder ??= new StringBuilder(literal.Length + 16).Append(literal, 0, i);
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder?.Append(c);
                }
            }

            return builder?.ToString() ?? literal;
        }

        public static string Int(int? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture);

        private static bool NeedsEscape(char c)
        {
            if (c < 0x80)
            {
                return false;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.Format
                || category == UnicodeCategory.Control
                || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator
                || category == UnicodeCategory.SpaceSeparator
                || category == UnicodeCategory.PrivateUse
                || category == UnicodeCategory.OtherNotAssigned;
        }
    }
}
