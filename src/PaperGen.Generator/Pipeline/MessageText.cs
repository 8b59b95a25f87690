namespace PaperGen.Generator.Pipeline
{
    /// <summary>Text from a dump quoted in a diagnostic message: short enough to read in an error list.</summary>
    internal static class MessageText
    {
        public const int MaxLength = 80;

        public static string Shorten(string text)
        {
            if (text.Length <= MaxLength)
            {
                return text;
            }

            // Never cut an emoji or other surrogate pair in half: the message would hold a lone surrogate.
            var length = MaxLength - 1;
            if (char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }

            return text.Substring(0, length) + "…";
        }
    }
}
