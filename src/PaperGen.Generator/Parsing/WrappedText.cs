using System.Text;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// The normalise step's one rule for hard-wrapped lines, in every layout: lines of one title, abstract or
    /// link join with a space; a markdown hard break (<c>\</c>) that ends a line before another one is layout,
    /// not text; a PDF's hyphen split (<c>agent-</c> then <c>specific</c>) closes without a space. One line
    /// is kept as it is, without a copy: most titles and abstracts are one line, and a large dump is megabytes
    /// of them.
    /// </summary>
    internal sealed class WrappedText
    {
        private string _first = string.Empty;
        private StringBuilder? _joined;

        public int Length => _joined?.Length ?? _first.Length;

        public bool IsEmpty => Length == 0;

        /// <summary>Whether the text so far ends a sentence: then a number after it is a new line of the page, not of the text.</summary>
        public bool EndsSentence
        {
            get
            {
                var last = Last(0);
                return last == '.' || last == '!' || last == '?';
            }
        }

        /// <summary>Adds the next line of the text.</summary>
        public void Append(string line)
        {
            if (line.Length == 0)
            {
                return;
            }

            if (Length == 0)
            {
                _joined?.Clear();
                if (_joined is null)
                {
                    _first = line;
                }
                else
                {
                    _joined.Append(line);
                }

                return;
            }

            if (_joined is null)
            {
                _joined = new StringBuilder(_first.Length + line.Length + 16).Append(_first);
                _first = string.Empty;
            }

            if (Last(0) == '\\' && Last(1) != '\\')
            {
                // A hard break before the next line of the same text.
                _joined.Length--;
                while (_joined.Length > 0 && _joined[_joined.Length - 1] == ' ')
                {
                    _joined.Length--;
                }
            }

            var hyphenSplit = Last(0) == '-' && char.IsLetter(Last(1)) && char.IsLower(line[0]);
            if (!hyphenSplit && _joined.Length > 0)
            {
                _joined.Append(' ');
            }

            _joined.Append(line);
        }

        public void Clear()
        {
            _first = string.Empty;
            _joined = null;
        }

        public override string ToString() => _joined?.ToString() ?? _first;

        // The character `back` places before the end, or '\0'.
        private char Last(int back)
        {
            var length = Length;
            if (length <= back)
            {
                return '\0';
            }

            return _joined is null ? _first[length - 1 - back] : _joined[length - 1 - back];
        }
    }
}
