using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests.Json
{
    /// <summary>JSON dumps through the generator driver, read back from the compiled class.</summary>
    public class JsonGeneratorTests
    {
        private static IReadOnlyList<Paper> All(GeneratorRun run, string typeName)
            => (IReadOnlyList<Paper>)run.ReadStatic(typeName, "All")!;

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Real_daily_papers_response_builds_into_four_papers_equal_to_the_JSON(bool net80)
        {
            var (target, language) = net80 ? (TargetSet.Net80, LanguageVersion.Latest) : (TargetSet.NetStandard20, LanguageVersion.CSharp7_3);
            var json = Fixtures.Read(JsonDump.RealDaily);
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/daily_papers-2024-10-25.json", json, ClassName: "Daily"), target, language);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            if (target != TargetSet.Net80)
            {
                return;
            }

            using var document = JsonDocument.Parse(json);
            var items = document.RootElement.EnumerateArray().ToList();
            var papers = All(run, "TestApp.Daily");
            Assert.Equal(4, papers.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var paper = items[i].GetProperty("paper");
                Assert.Equal(items[i].GetProperty("title").GetString(), papers[i].Title);
                Assert.Equal(JsonDump.Joined(paper.GetProperty("summary").GetString()!), papers[i].Abstract);
                Assert.Equal(paper.GetProperty("id").GetString(), papers[i].ArxivId);
                Assert.Equal(paper.GetProperty("upvotes").GetInt32(), papers[i].Upvotes);
                Assert.Equal(paper.GetProperty("authors").EnumerateArray().Count(a => !a.GetProperty("hidden").GetBoolean()), papers[i].AuthorCount);
                Assert.Equal(
                    paper.GetProperty("publishedAt").GetDateTimeOffset().UtcDateTime.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
                    papers[i].Date);
                Assert.Null(papers[i].Organization);
                Assert.Null(papers[i].CodeUrl);
                Assert.Equal("daily_papers-2024-10-25.json", papers[i].SourceFile);
            }
        }

        [Fact]
        public void Paper_response_saved_as_txt_builds_from_its_content()
        {
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/saved-page.txt", Fixtures.Read(JsonDump.PaperResponse), ClassName: "Saved"));

            Assert.Empty(run.GeneratorDiagnostics);
            var paper = Assert.Single(All(run, "TestApp.Saved"));
            Assert.Equal(("2502.01234", 128, 3, "Example Lab", "https://github.com/example/sparse-route"), (paper.ArxivId, paper.Upvotes!.Value, paper.AuthorCount!.Value, paper.Organization, paper.CodeUrl));
            Assert.StartsWith("Sparse Experts Learn to Route 🧠", paper.Title);
        }

        [Fact]
        public void Search_response_builds_and_its_papers_are_searchable()
        {
            var run = GeneratorHarness.Run(new DumpFile("/project/papers/search.json", Fixtures.Read(JsonDump.SearchResponse), ClassName: "Search"));

            Assert.Empty(run.GeneratorDiagnostics);
            var catalog = (PaperCatalog)run.ReadStatic("TestApp.Search", "Catalog")!;
            Assert.Equal(2, catalog.Count);
            Assert.True(catalog.TryGetByTitle("Sparse Retrieval at Scale", out var paper));
            Assert.Equal("https://github.com/example/sparse-retrieval", paper!.CodeUrl);
        }

        [Fact]
        public void Same_JSON_read_again_gives_an_equal_model_so_nothing_is_emitted_again()
        {
            var json = Fixtures.Read(JsonDump.SearchResponse);
            var first = GeneratorHarness.Run(new[] { new DumpFile("/project/papers/search.json", json, ClassName: "Search") });
            var same = new InMemoryAdditionalText("/project/papers/search.json", Microsoft.CodeAnalysis.Text.SourceText.From(json, System.Text.Encoding.UTF8));

            var second = GeneratorHarness.RunDriver(first.Driver.ReplaceAdditionalText(first.AdditionalTexts.Single(), same), first.Input);

            var models = second.Result.TrackedSteps[Generator.TrackingNames.Models].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Unchanged, Assert.Single(models).Reason);
            Assert.All(
                second.Result.TrackedSteps[Generator.TrackingNames.EmitPlans].SelectMany(s => s.Outputs),
                o => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, o.Reason));
            Incrementality.AssertNoRoslynObjectsInOutputs(second.Result);
        }
    }
}
