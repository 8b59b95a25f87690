using System;
using Microsoft.CodeAnalysis.Text;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// Reads a <see cref="SourceText"/> a block of characters at a time. A dump read from disk is a large
    /// text whose indexer is a virtual call per character and whose <c>ToString()</c> copies the whole file
    /// (66 MB for a 33 MB dump); copying blocks into one buffer costs neither.
    /// </summary>
    internal sealed class TextChunks
    {
        public const int Size = 8192;

        private readonly SourceText _text;

        public TextChunks(SourceText text)
        {
            _text = text;
        }

        public char[] Buffer { get; } = new char[Size];

        /// <summary>Where the buffer's first character is in the text.</summary>
        public int Start { get; private set; } = -1;

        /// <summary>How many characters the buffer holds from <see cref="Start"/>.</summary>
        public int Count { get; private set; }

        /// <summary>Fills the buffer from <paramref name="position"/>; false at the end of the text.</summary>
        public bool Load(int position)
        {
            if (position >= _text.Length)
            {
                Start = position;
                Count = 0;
                return false;
            }

            Count = Math.Min(Size, _text.Length - position);
            _text.CopyTo(position, Buffer, 0, Count);
            Start = position;
            return true;
        }
    }
}
