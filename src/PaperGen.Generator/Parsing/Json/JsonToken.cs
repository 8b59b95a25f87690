namespace PaperGen.Generator.Parsing.Json
{
    /// <summary>What <see cref="JsonReader.Read"/> stopped on.</summary>
    internal enum JsonTokenKind : byte
    {
        None,
        StartObject,
        EndObject,
        StartArray,
        EndArray,
        PropertyName,
        String,
        Number,
        True,
        False,
        Null,

        /// <summary>The root value is complete and only whitespace follows.</summary>
        End,

        /// <summary>The text is not JSON from here on; <see cref="JsonReader.Error"/> says why and where.</summary>
        Error,
    }

    /// <summary>
    /// A place in the JSON text: the offset and the 0-based line and column (UTF-16 code units), with
    /// lines broken where Roslyn's <c>SourceText</c> breaks them, so a diagnostic lands where an editor shows it.
    /// </summary>
    internal readonly record struct JsonPosition(int Offset, int Line, int Column);

    /// <summary>Why a JSON text is not well-formed.</summary>
    internal enum JsonErrorKind : byte
    {
        None,

        /// <summary>A character that cannot stand here (a missing comma or colon, a stray bracket, text after the end).</summary>
        UnexpectedCharacter,

        /// <summary>A string runs into a line break or the end of the file.</summary>
        UnterminatedString,

        /// <summary>A backslash not followed by one of JSON's escapes.</summary>
        InvalidEscape,

        /// <summary>A number JSON does not allow (leading zeros, a bare dot, a missing exponent).</summary>
        InvalidNumber,

        /// <summary>The text ends inside a container or before a value: a truncated file.</summary>
        UnexpectedEnd,

        /// <summary>Containers nest deeper than the reader's limit.</summary>
        TooDeep,
    }

    /// <summary>The first thing that made the text stop being JSON.</summary>
    internal readonly record struct JsonError(JsonErrorKind Kind, JsonPosition Position, string Detail);
}
