using System.Text;

namespace PaperGen.Generator.Emit
{
    /// <summary>An indented text writer for generated C#; lines end in LF whatever the platform.</summary>
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

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string closing = "}")
        {
            _indent--;
            Line(closing);
            return this;
        }

        public override string ToString() => _builder.ToString();
    }
}
