namespace PaperGen.Generator.Pipeline
{
    /// <summary>
    /// FNV-1a over UTF-16 code units: the same number in every process, on every platform and in every
    /// runtime version, unlike <see cref="string.GetHashCode()"/>. Generated names and file names use it, so
    /// a build on another machine writes the same code.
    /// </summary>
    internal static class StableHash
    {
        private const uint OffsetBasis = 2166136261u;
        private const uint Prime = 16777619u;

        public static uint Of(string text)
        {
            var hash = OffsetBasis;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * Prime);
            }

            return hash;
        }
    }
}
