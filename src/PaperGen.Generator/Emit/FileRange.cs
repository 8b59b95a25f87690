using System.Globalization;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// The papers <c>[First, End)</c> that generated file number <see cref="File"/> holds. File 0 is the main
    /// file: it carries the class's documentation, attributes, <c>Catalog</c> and <c>All</c>.
    /// </summary>
    internal readonly record struct FileRange(int File, int First, int End)
    {
        public bool IsMain => File == 0;

        /// <summary>What follows the plan's hint name: nothing for the main file, <c>.Part001</c> and so on after it.</summary>
        public string HintSuffix => IsMain ? string.Empty : ".Part" + File.ToString("000", CultureInfo.InvariantCulture);
    }
}
