namespace PaperGen.CompiledData
{
    /// <summary>
    /// How compiled-data parts are carried as <c>const string</c> fields (issue 12): the names and marks the
    /// generator writes and the runtime's <c>ConstantParts</c> reads. Compiled into both, like <see cref="CompiledLayout"/>.
    /// Part <c>n</c> is the field <see cref="FieldName"/> names in the holder type; its string holds the
    /// part's bytes two to a UTF-16 unit, low byte first, after one unit that is <see cref="OddLength"/> when the
    /// last byte is padding and <see cref="EvenLength"/> otherwise.
    /// </summary>
    internal static class ConstantCarrier
    {
        /// <summary>The name of part <c>n</c>'s field is this followed by <c>n</c> in invariant decimal.</summary>
        public const string FieldPrefix = "Part";

        /// <summary>The field that carries part <paramref name="part"/>: <c>Part4</c>, and <c>PartMinus1</c> for the search index's negative number.</summary>
        public static string FieldName(int part)
            => part >= 0
                ? FieldPrefix + part.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : FieldPrefix + "Minus" + (-(long)part).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The part a field named by <see cref="FieldName"/> carries; false for any other name.</summary>
        public static bool TryParseFieldName(string name, out int part)
        {
            part = 0;
            var at = FieldPrefix.Length;
            if (name.Length <= at || string.CompareOrdinal(name, 0, FieldPrefix, 0, at) != 0)
            {
                return false;
            }

            var negative = string.CompareOrdinal(name, at, "Minus", 0, 5) == 0;
            at += negative ? 5 : 0;
            if (name.Length == at || name.Length - at > 9)
            {
                return false;
            }

            for (; at < name.Length; at++)
            {
                var digit = name[at] - '0';
                if ((uint)digit > 9)
                {
                    return false;
                }

                part = (part * 10) + digit;
            }

            part = negative ? -part : part;
            return true;
        }

        /// <summary>The first unit of a part whose byte count is even.</summary>
        public const char EvenLength = '\u0000';

        /// <summary>The first unit of a part whose byte count is odd: its last byte is padding.</summary>
        public const char OddLength = '\u0001';
    }
}
