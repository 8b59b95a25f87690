using System;
using System.Text;

namespace PaperGen.Generator.Emit
{
    /// <summary>
    /// An indented text writer for generated C#; lines end in LF whatever the platform. Every
    /// <see cref="Open"/> needs its <see cref="Close"/>: an emitter that closes more than it opened, or
    /// finishes with a block still open, has a bug, and the tests that write any file find it.
    /// </summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _builder.Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        /// <summary>A line of <paramref name="prefix"/> and <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>, copied straight into the source.</summary>
        public SourceWriter Line(string prefix, string text, int start, int count)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(prefix);
            _builder.Append(text, start, count);
            _builder.Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string closing = "}")
        {
            if (_indent == 0)
            {
                throw new InvalidOperationException("Close without a matching Open.");
            }

            _indent--;
            Line(closing);
            return this;
        }

        /// <summary>The source written so far, once every block is closed.</summary>
        public string ToSource()
            => _indent == 0
                ? _builder.ToString()
                : throw new InvalidOperationException(_indent + " block(s) still open.");
    }
}
