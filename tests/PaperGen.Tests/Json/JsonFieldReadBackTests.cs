using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Json
{
    /// <summary>
    /// Issue 9's "done when": a saved API response builds into papers whose every field equals what
    /// System.Text.Json reads from the same file, on the compiled layout (net8.0, latest C#) and on the
    /// C# 7.3 path (literals and <c>PaperValues</c> initializers).
    /// </summary>
    public class JsonFieldReadBackTests
    {
        public static IEnumerable<object[]> Cases()
        {
            foreach (var fixture in new[] { JsonDump.RealDaily, JsonDump.SearchResponse, JsonDump.PaperResponse })
            {
                yield return new object[] { fixture, LanguageVersion.Latest };
                yield return new object[] { fixture, LanguageVersion.CSharp7_3 };
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Every_field_reads_back_equal_to_the_JSON(string fixture, LanguageVersion language)
        {
            var json = Fixtures.Read(fixture);
            var fileName = fixture.Substring(fixture.LastIndexOf('/') + 1);
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/" + fileName, json, ClassName: "Saved"), TargetSet.Net80, language);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            using var document = JsonDocument.Parse(json);
            var items = document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().ToList()
                : new List<JsonElement> { document.RootElement };
            var papers = (IReadOnlyList<Paper>)run.ReadStatic("TestApp.Saved", "All")!;
            Assert.Equal(items.Count, papers.Count);
            if (fixture == JsonDump.RealDaily)
            {
                Assert.Equal(4, papers.Count);
            }

            for (var i = 0; i < items.Count; i++)
            {
                AssertSame(items[i], papers[i], fileName);
            }
        }

        private static void AssertSame(JsonElement element, Paper actual, string fileName)
        {
            var item = element.TryGetProperty("paper", out var inner) ? element : (JsonElement?)null;
            var paper = item is null ? element : inner;
            var id = paper.GetProperty("id").GetString()!;

            Assert.Equal(id, actual.ArxivId);
            Assert.Equal(JsonDump.Joined(paper.GetProperty("title").GetString()!), actual.Title);
            Assert.Equal(JsonDump.Joined(paper.GetProperty("summary").GetString()!), actual.Abstract);
            var authors = paper.GetProperty("authors").EnumerateArray()
                .Where(a => !(a.TryGetProperty("hidden", out var hidden) && hidden.ValueKind == JsonValueKind.True))
                .Select(a => a.GetProperty("name").GetString()!)
                .ToList();
            Assert.Equal(authors, actual.Authors);
            // Paper.AuthorCount is documented as null where no author was named (all hidden, or none listed).
            Assert.Equal(authors.Count == 0 ? null : authors.Count, actual.AuthorCount);
            Assert.Equal(Int(paper, "upvotes"), actual.Upvotes);
            Assert.Equal(item is { } i1 ? Int(i1, "numComments") : Int(paper, "numComments"), actual.Comments);
            Assert.Equal(Instant(paper, "publishedAt"), actual.PublishedAt);
            Assert.Equal(Instant(paper, "submittedOnDailyAt") ?? (item is { } i2 ? Instant(i2, "publishedAt") : null), actual.SubmittedAt);
            Assert.Equal(SubmittedBy(item, paper), actual.SubmittedBy);
            Assert.Equal(Organization(item) ?? Organization(paper), actual.Organization);
            Assert.Equal(Text(paper, "ai_summary") is { } summary ? JsonDump.Joined(summary) : null, actual.AiSummary);
            Assert.Equal(
                paper.TryGetProperty("ai_keywords", out var keywords) && keywords.ValueKind == JsonValueKind.Array
                    ? keywords.EnumerateArray().Select(k => k.GetString()!).ToList()
                    : new List<string>(),
                actual.Keywords);
            Assert.Equal(Text(paper, "githubRepo"), actual.CodeUrl);
            Assert.Equal(Int(paper, "githubStars"), actual.GitHubStars);
            Assert.Equal(Text(paper, "projectPage"), actual.ProjectUrl);
            Assert.Equal("https://huggingface.co/papers/" + id, actual.Url);
            Assert.Equal("https://arxiv.org/abs/" + id, actual.ArxivUrl);
            Assert.Equal("https://arxiv.org/pdf/" + id, actual.PdfUrl);
            Assert.Equal(
                actual.SubmittedAt is { } submitted ? new[] { submitted.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } : Array.Empty<string>(),
                actual.ListingDates);
            Assert.Equal(fileName, actual.SourceFile);
            Assert.True(actual.SourceLine > 0);
        }

        private static string? Text(JsonElement element, string name)
            => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0 ? value.GetString() : null;

        private static int? Int(JsonElement element, string name)
            => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

        private static DateTimeOffset? Instant(JsonElement element, string name)
            => Text(element, name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : null;

        private static string? SubmittedBy(JsonElement? item, JsonElement paper)
        {
            if (item is { } i && i.TryGetProperty("submittedBy", out var by) && Text(by, "name") is { } name)
            {
                return name;
            }

            return paper.TryGetProperty("submittedOnDailyBy", out var daily) ? Text(daily, "user") ?? Text(daily, "name") : null;
        }

        private static string? Organization(JsonElement? element)
        {
            if (element is not { } e || !e.TryGetProperty("organization", out var organization))
            {
                return null;
            }

            return organization.ValueKind == JsonValueKind.String ? organization.GetString()
                : organization.ValueKind == JsonValueKind.Object ? Text(organization, "fullname") ?? Text(organization, "name")
                : null;
        }
    }
}
