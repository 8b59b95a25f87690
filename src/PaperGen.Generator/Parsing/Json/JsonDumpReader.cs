using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PaperGen.Generator.Diagnostics;
using PaperGen.Generator.Pipeline;

namespace PaperGen.Generator.Parsing.Json
{
    /// <summary>
    /// Reads a dump saved from the Hugging Face Papers JSON API into the parser's output: an array of
    /// Daily Papers or search items (<c>/api/daily_papers</c>, <c>/api/papers/search</c>), one such item,
    /// an array of paper objects, or one paper object (<c>/api/papers/&lt;id&gt;</c>). Whether a file is
    /// JSON is told from its content, not its name. Unknown fields are skipped (the API adds some every
    /// year); bad JSON is a diagnostic at its line and column (PG0020–PG0023), a value of the wrong
    /// shape or type is one at that value (PG0025–PG0029), and nothing here throws on any input.
    /// </summary>
    internal sealed class JsonDumpReader
    {
        /// <summary>The text parser's limit for one title or abstract line (PG0010), for the same reason.</summary>
        public const int MaxTextLength = 20000;

        private const int MaxInvisibleWarnings = 20;
        private const int TokensPerCancellationCheck = 1024;

        private readonly JsonReader _reader;
        private readonly string _content;
        private readonly string _path;
        private readonly ParsedDump _result;
        private readonly CancellationToken _cancellationToken;
        private int _tokens;
        private int _invisibleWarnings;

        private JsonDumpReader(string content, string path, ParsedDump result, CancellationToken cancellationToken)
        {
            _content = content;
            _reader = new JsonReader(content);
            _path = path;
            _result = result;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Reads <paramref name="text"/> as a JSON dump. False, with an empty <paramref name="result"/>, when
        /// the content is not JSON (then it is a text dump); true otherwise, even when the JSON is broken.
        /// </summary>
        public static bool TryRead(SourceText text, string path, CancellationToken cancellationToken, out ParsedDump result)
        {
            result = new ParsedDump();
            if (!StartsLikeJson(text))
            {
                return false;
            }

            var content = text.ToString();
            if (!LooksLikeJson(content) || IsLeakedPageData(content))
            {
                return false;
            }

            new JsonDumpReader(content, path, result, cancellationToken).ReadDump();
            return true;
        }

        // Text dumps are the common case: decide on the first character before copying the whole text.
        private static bool StartsLikeJson(SourceText text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is ' ' or '\t' or '\r' or '\n' || (i == 0 && c == '\uFEFF'))
                {
                    continue;
                }

                return c is '[' or '{';
            }

            return false;
        }

        /// <summary>
        /// Whether the content is JSON: it opens an object with a property, or an array of objects, arrays or
        /// strings, and the first tokens parse. Markdown may also start with <c>[</c> (<c>[Monet](…)</c>) or
        /// <c>["A quoted title" …](…)</c>; it fails at its second or third token. A file cut short after its
        /// first bracket is still JSON, so that it is reported as truncated.
        /// </summary>
        public static bool LooksLikeJson(string content)
        {
            var reader = new JsonReader(content);
            if (!reader.Read() || reader.Kind is not (JsonTokenKind.StartObject or JsonTokenKind.StartArray))
            {
                return false;
            }

            var array = reader.Kind == JsonTokenKind.StartArray;
            if (!reader.Read())
            {
                return EndedEarly(reader, content);
            }

            if (!array)
            {
                return true;
            }

            switch (reader.Kind)
            {
                case JsonTokenKind.StartObject:
                case JsonTokenKind.StartArray:
                case JsonTokenKind.EndArray:
                    return true;
                case JsonTokenKind.String:
                    return reader.Read() || EndedEarly(reader, content);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether the text is a saved page with the site's hydration JSON leaked before its visible text
        /// (issue 8) rather than an API response: its first value is an object none of whose top-level
        /// fields is a paper's or an item's (checked up to its end, or up to where hostile text in a leaked
        /// blob breaks it). Such a file is read as text. An API response, even broken inside or with text
        /// pasted after it, stays JSON, so that it is reported at its line and column.
        /// </summary>
        private static bool IsLeakedPageData(string content)
        {
            var reader = new JsonReader(content);
            if (!reader.Read() || reader.Kind != JsonTokenKind.StartObject)
            {
                return false;
            }

            while (reader.Read())
            {
                if (reader.Kind == JsonTokenKind.EndObject && reader.Depth == 0)
                {
                    return true;
                }

                if (reader.Kind != JsonTokenKind.PropertyName || KnownFields.Contains(reader.Value))
                {
                    return false;
                }

                if (!reader.Skip())
                {
                    break;
                }
            }

            return reader.Kind == JsonTokenKind.Error && reader.Error.Kind != JsonErrorKind.UnexpectedEnd;
        }

        private static bool EndedEarly(JsonReader reader, string content)
            => reader.Kind == JsonTokenKind.End
                || reader.Error.Kind == JsonErrorKind.UnexpectedEnd
                || (reader.Error.Kind == JsonErrorKind.UnterminatedString && content.IndexOfAny(LineBreaks, reader.Error.Position.Offset) < 0);

        private static readonly char[] LineBreaks = { '\r', '\n' };

        private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
        {
            "paper", "id", "title", "summary", "authors", "upvotes", "numComments", "publishedAt", "submittedOnDailyAt",
            "ai_summary", "ai_keywords", "githubRepo", "githubStars", "projectPage", "organization", "submittedBy", "submittedOnDailyBy",
        };

        private void ReadDump()
        {
            Next();
            if (_reader.Kind == JsonTokenKind.StartArray)
            {
                while (Next() && _reader.Kind != JsonTokenKind.EndArray)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (!ReadEntry())
                    {
                        break;
                    }
                }
            }
            else
            {
                ReadEntry();
            }

            // After the root value only whitespace may follow: this read ends the text or finds what follows.
            Next();
            ReportTrailingCommas();
            if (_reader.Kind == JsonTokenKind.Error)
            {
                ReportError(_reader.Error);
            }
        }

        /// <summary>Reads one top-level entry starting at the current token; false when the JSON broke inside it.</summary>
        private bool ReadEntry()
        {
            if (_reader.Kind != JsonTokenKind.StartObject)
            {
                Report(DiagnosticDescriptors.NotAPaperJson, TokenLocation(), KindName(_reader.Kind));
                return _reader.Skip();
            }

            var fields = ReadObject(nested: false);
            if (fields is null)
            {
                return false;
            }

            AddPaper(fields);
            return true;
        }

        /// <summary>Reads the object starting at the current token; null when the JSON broke inside it.</summary>
        private JsonPaperFields? ReadObject(bool nested)
        {
            var fields = new JsonPaperFields(TokenLocation());
            while (Next())
            {
                if (_reader.Kind == JsonTokenKind.EndObject)
                {
                    return fields;
                }

                var name = _reader.Value;
                if (!Next() || !ReadField(fields, name, nested))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>Reads the value of the field <paramref name="name"/>; false when the JSON broke inside it.</summary>
        private bool ReadField(JsonPaperFields fields, string name, bool nested)
        {
            if (KnownFields.Contains(name))
            {
                // Even with a value of the wrong type, a paper's field makes the object a paper (PG0027, not PG0026).
                fields.HasPaperFields = true;
            }

            switch (name)
            {
                case "paper" when !nested:
                    if (_reader.Kind != JsonTokenKind.StartObject)
                    {
                        return WrongType(name, "an object");
                    }

                    fields.HasPaperFields = true;
                    fields.Paper = ReadObject(nested: true);
                    return fields.Paper is not null;
                case "id":
                    return Text(name, value => fields.Id = value, fields);
                case "title":
                    return Text(name, value => fields.Title = value, fields);
                case "summary":
                    return Text(name, value => fields.Summary = value, fields);
                case "publishedAt":
                    return Text(name, value => fields.PublishedAt = Clean(value), fields);
                case "submittedOnDailyAt":
                    return Text(name, value => fields.SubmittedOnDailyAt = Clean(value), fields);
                case "ai_summary":
                    return Text(name, value => fields.AiSummary = Clean(value), fields);
                case "githubRepo":
                    return Text(name, value => fields.GitHubRepo = Clean(value), fields);
                case "projectPage":
                    return Text(name, value => fields.ProjectPage = Clean(value), fields);
                case "upvotes":
                    return Number(name, value => fields.Upvotes = value, fields);
                case "numComments":
                    return Number(name, value => fields.Comments = value, fields);
                case "githubStars":
                    return Number(name, value => fields.GitHubStars = value, fields);
                case "authors":
                    return ReadAuthors(fields);
                case "ai_keywords":
                    return ReadKeywords(fields);
                case "organization":
                    // An object {name, fullname} in responses; a plain name is accepted too.
                    return _reader.Kind == JsonTokenKind.String
                        ? Text(name, value => fields.Organization = Clean(value), fields)
                        : ReadUser(name, "fullname", "name", value => fields.Organization = value, fields);
                case "submittedBy":
                    return ReadUser(name, "name", "user", value => fields.SubmittedBy ??= value, fields);
                case "submittedOnDailyBy":
                    return ReadUser(name, "user", "name", value => fields.SubmittedBy ??= value, fields);
                default:
                    return _reader.Skip();
            }
        }

        private bool Text(string name, Action<JsonText> set, JsonPaperFields fields)
        {
            switch (_reader.Kind)
            {
                case JsonTokenKind.String:
                    fields.HasPaperFields = true;
                    set(new JsonText(_reader.Value, TokenLocation()));
                    return true;
                case JsonTokenKind.Null:
                    return true;
                default:
                    return WrongType(name, "a string");
            }
        }

        private bool Number(string name, Action<int> set, JsonPaperFields fields)
        {
            if (_reader.Kind == JsonTokenKind.Null)
            {
                return true;
            }

            if (!_reader.TryGetInt32(out var value))
            {
                return WrongType(name, "a whole number");
            }

            fields.HasPaperFields = true;
            set(value);
            return true;
        }

        private bool ReadAuthors(JsonPaperFields fields)
        {
            if (_reader.Kind != JsonTokenKind.StartArray)
            {
                return _reader.Kind == JsonTokenKind.Null || WrongType("authors", "an array");
            }

            fields.HasPaperFields = true;
            var authors = fields.Authors = new List<string>();
            while (Next() && _reader.Kind != JsonTokenKind.EndArray)
            {
                if (_reader.Kind != JsonTokenKind.StartObject)
                {
                    if (!WrongType("authors", "an object"))
                    {
                        return false;
                    }

                    continue;
                }

                string? author = null;
                var hidden = false;
                while (Next() && _reader.Kind != JsonTokenKind.EndObject)
                {
                    var name = _reader.Value;
                    if (!Next())
                    {
                        return false;
                    }

                    var ok = name switch
                    {
                        "name" => Text(name, value => author = Clean(value), fields),
                        "hidden" => _reader.Kind is JsonTokenKind.True or JsonTokenKind.False or JsonTokenKind.Null
                            ? Flag(out hidden)
                            : WrongType(name, "true or false"),
                        _ => _reader.Skip(),
                    };
                    if (!ok)
                    {
                        return false;
                    }
                }

                if (_reader.Kind == JsonTokenKind.Error)
                {
                    return false;
                }

                // Hidden authors are ones the page does not show (removed from the paper by its owners).
                if (!hidden && !string.IsNullOrEmpty(author))
                {
                    authors.Add(author!);
                }
            }

            return _reader.Kind == JsonTokenKind.EndArray;
        }

        private bool Flag(out bool value)
        {
            value = _reader.Kind == JsonTokenKind.True;
            return true;
        }

        private bool ReadKeywords(JsonPaperFields fields)
        {
            if (_reader.Kind != JsonTokenKind.StartArray)
            {
                return _reader.Kind == JsonTokenKind.Null || WrongType("ai_keywords", "an array");
            }

            var keywords = fields.Keywords = new List<string>();
            while (Next() && _reader.Kind != JsonTokenKind.EndArray)
            {
                if (!Text("ai_keywords", value => keywords.Add(Clean(value)), fields))
                {
                    return false;
                }
            }

            keywords.RemoveAll(k => k.Length == 0);
            return _reader.Kind == JsonTokenKind.EndArray;
        }

        /// <summary>Reads a user or organisation object, keeping its first non-empty name field.</summary>
        private bool ReadUser(string field, string key, string fallbackKey, Action<string> set, JsonPaperFields fields)
        {
            if (_reader.Kind != JsonTokenKind.StartObject)
            {
                return _reader.Kind == JsonTokenKind.Null || WrongType(field, "an object");
            }

            string? first = null;
            string? second = null;
            while (Next() && _reader.Kind != JsonTokenKind.EndObject)
            {
                var name = _reader.Value;
                if (!Next())
                {
                    return false;
                }

                var ok = name == key ? Text(field + "." + name, value => first = Clean(value), fields)
                    : name == fallbackKey ? Text(field + "." + name, value => second = Clean(value), fields)
                    : _reader.Skip();
                if (!ok)
                {
                    return false;
                }
            }

            var chosen = string.IsNullOrEmpty(first) ? second : first;
            if (!string.IsNullOrEmpty(chosen))
            {
                fields.HasPaperFields = true;
                set(chosen!);
            }

            return _reader.Kind == JsonTokenKind.EndObject;
        }

        private bool WrongType(string name, string expected)
        {
            Report(DiagnosticDescriptors.JsonFieldOfWrongType, TokenLocation(), name, KindName(_reader.Kind), expected);
            return _reader.Skip();
        }

        private void AddPaper(JsonPaperFields fields)
        {
            if (!fields.HasPaperFields)
            {
                Report(DiagnosticDescriptors.NotAPaperJson, fields.Start, "an object with no field of a paper");
                return;
            }

            var item = fields.Paper is null ? null : fields;
            var paper = fields.Paper ?? fields;
            var titleText = paper.Title ?? item?.Title;
            var summaryText = paper.Summary ?? item?.Summary;
            var id = paper.Id is null ? null : Clean(paper.Id);
            if (string.IsNullOrEmpty(id))
            {
                Report(DiagnosticDescriptors.JsonPaperWithoutField, paper.Id?.Location ?? paper.Start, "id");
                return;
            }

            if (titleText is null || Clean(titleText) is not { Length: > 0 } title)
            {
                Report(DiagnosticDescriptors.JsonPaperWithoutField, titleText?.Location ?? paper.Start, "title");
                return;
            }

            if (TooLong("title", titleText) || (summaryText is not null && TooLong("summary", summaryText)))
            {
                return;
            }

            if (summaryText is null || Clean(summaryText) is not { Length: > 0 } summary)
            {
                Report(DiagnosticDescriptors.TitleWithoutAbstract, titleText.Location, MessageText.Shorten(title));
                return;
            }

            var authors = paper.Authors;
            var metadata = new PaperMetadata(
                ArxivId: id,
                AuthorCount: authors is { Count: > 0 } ? authors.Count : null,
                Organization: item?.Organization ?? paper.Organization,
                Date: ListingStyleDate(paper.PublishedAt),
                Upvotes: paper.Upvotes,
                CodeUrl: Empty(paper.GitHubRepo))
            {
                Authors = (authors ?? new List<string>()).ToEquatableArray(),
                AiSummary = Empty(paper.AiSummary),
                Comments = item?.Comments ?? paper.Comments,
                PublishedAt = Empty(paper.PublishedAt),
                SubmittedAt = Empty(paper.SubmittedOnDailyAt) ?? Empty(item?.PublishedAt),
                SubmittedBy = item?.SubmittedBy ?? paper.SubmittedBy,
                Keywords = (paper.Keywords ?? new List<string>()).ToEquatableArray(),
                GitHubStars = paper.GitHubStars,
                ProjectUrl = Empty(paper.ProjectPage),
            };

            _result.Papers.Add(new ParsedPaper(title, summary, titleText.Location, summaryText.Location, metadata));
        }

        private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

        private bool TooLong(string field, JsonText text)
        {
            if (text.Value.Length <= MaxTextLength)
            {
                return false;
            }

            Report(
                DiagnosticDescriptors.JsonTextTooLong,
                text.Location,
                field,
                text.Value.Length.ToString(CultureInfo.InvariantCulture),
                MaxTextLength.ToString(CultureInfo.InvariantCulture));
            return true;
        }

        /// <summary>
        /// The date as paper pages show it ("Oct 22, 2024"), for <see cref="PaperMetadata.Date"/>, which text
        /// dumps fill from the page; the exact time stays in <see cref="PaperMetadata.PublishedAt"/>.
        /// </summary>
        private static string? ListingStyleDate(string? iso)
            => iso is not null && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date.UtcDateTime.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)
                : null;

        /// <summary>
        /// The value as a text dump would read it: arXiv's hard line breaks joined with single spaces, each
        /// line trimmed, invisible characters removed (PG0007 at the value).
        /// </summary>
        private string Clean(JsonText text)
        {
            var value = text.Value;
            if (value.IndexOfAny(LineBreaks) < 0)
            {
                return CleanLine(value, text.Location);
            }

            var lines = value.Split(new[] { "\r\n", "\r", "\n" }, StringSplitOptions.None);
            return string.Join(" ", lines.Select(line => CleanLine(line, text.Location)).Where(line => line.Length > 0));
        }

        private string CleanLine(string line, LocationInfo location)
        {
            // Each run of removed characters is reported, as in text dumps (issue 13), up to the file's cap.
            var removedRuns = new List<int>();
            var cleaned = InvisibleCharacters.Remove(line, removedRuns);
            foreach (var start in removedRuns)
            {
                if (_invisibleWarnings++ >= MaxInvisibleWarnings)
                {
                    break;
                }

                Report(
                    DiagnosticDescriptors.InvisibleCharactersRemoved,
                    location,
                    InvisibleCharacters.Describe(line[start]),
                    ((int)line[start]).ToString("X4", CultureInfo.InvariantCulture));
            }

            return cleaned.Trim();
        }

        private bool Next()
        {
            if (++_tokens % TokensPerCancellationCheck == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            return _reader.Read();
        }

        private void ReportError(JsonError error)
        {
            var at = Location(error.Position, error.Position);
            switch (error.Kind)
            {
                case JsonErrorKind.UnterminatedString:
                    Report(DiagnosticDescriptors.UnterminatedJsonString, at, error.Detail);
                    break;
                case JsonErrorKind.InvalidEscape:
                    Report(DiagnosticDescriptors.InvalidJsonEscape, at, error.Detail);
                    break;
                case JsonErrorKind.UnexpectedEnd:
                    Report(DiagnosticDescriptors.TruncatedJson, at, error.Detail);
                    break;
                case JsonErrorKind.TooDeep:
                    Report(DiagnosticDescriptors.MalformedJson, at, "arrays and objects nest more than " + error.Detail + " deep");
                    break;
                case JsonErrorKind.InvalidNumber:
                    Report(DiagnosticDescriptors.MalformedJson, at, "'" + error.Detail + "' is not a JSON number");
                    break;
                default:
                    Report(DiagnosticDescriptors.MalformedJson, at, error.Detail);
                    break;
            }
        }

        private void ReportTrailingCommas()
        {
            foreach (var comma in _reader.TrailingCommas)
            {
                var next = comma.Offset + 1;
                while (next < _content.Length && _content[next] is ' ' or '\t' or '\r' or '\n')
                {
                    next++;
                }

                var closer = next < _content.Length ? _content[next].ToString() : "]";
                var end = new JsonPosition(comma.Offset + 1, comma.Line, comma.Column + 1);
                Report(DiagnosticDescriptors.JsonTrailingComma, Location(comma, end), closer);
            }
        }

        private LocationInfo TokenLocation() => Location(_reader.Start, _reader.End);

        private LocationInfo Location(JsonPosition start, JsonPosition end)
            => new(
                _path,
                TextSpan.FromBounds(start.Offset, end.Offset),
                new LinePositionSpan(new LinePosition(start.Line, start.Column), new LinePosition(end.Line, end.Column)));

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
            => _result.Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

        private static string KindName(JsonTokenKind kind) => kind switch
        {
            JsonTokenKind.StartObject => "an object",
            JsonTokenKind.StartArray => "an array",
            JsonTokenKind.String => "a string",
            JsonTokenKind.Number => "a number",
            JsonTokenKind.True or JsonTokenKind.False => "true or false",
            JsonTokenKind.Null => "null",
            _ => "a value",
        };
    }
}
