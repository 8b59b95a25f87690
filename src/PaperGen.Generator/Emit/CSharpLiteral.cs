using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// C# literals for arbitrary text and numbers (invariant culture: a fi-FI minus sign must never reach
    /// generated code). <see cref="SymbolDisplay.FormatLiteral(string, bool)"/> escapes
    /// quotes, backslashes and control characters but leaves format characters (bidirectional controls,
    /// zero-width spaces) raw; those (<see cref="HiddenCharacters.IsHidden"/>) are escaped here too, so the source
    /// shows what the string holds.
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

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        // ASCII controls are FormatLiteral's job; past ASCII, whatever a reader would not see as itself.
        private static bool NeedsEscape(char c) => c >= 0x80 && HiddenCharacters.IsHidden(c);
    }
}
