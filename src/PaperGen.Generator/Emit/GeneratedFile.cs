namespace PaperGen.Generator.Emit
{
    /// <summary>One source file of a dump's class; <see cref="HintSuffix"/> is empty for the main file.</summary>
    internal sealed class GeneratedFile
    {
        public GeneratedFile(string hintSuffix, string text)
        {
            HintSuffix = hintSuffix;
            Text = text;
        }

        public string HintSuffix { get; }

        public string Text { get; }
    }
}
