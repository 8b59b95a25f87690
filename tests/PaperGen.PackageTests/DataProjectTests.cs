using System;
using System.IO;
using System.Linq;
using PaperGen.PackageTests.Infrastructure;
using Xunit;

namespace PaperGen.PackageTests
{
    /// <summary>
    /// The shape README's "Large dumps" section recommends: the dump in a project of its own that the app
    /// references. The compiler pays for the data when the dump changes, not on every edit to the app: an edit to
    /// the app's code builds the app again and leaves the data assembly as it was.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class DataProjectTests
    {
        private static readonly string ShippedDump =
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hf-papers-aug-6.txt"));

        private readonly PackageFeed _feed;

        public DataProjectTests(PackageFeed feed) => _feed = feed;

        [Fact]
        public void Editing_the_app_does_not_compile_the_data_project_again_and_the_data_project_documents_first_sentences()
        {
            var app = _feed.CreateConsumer("App")
                .WithProject("""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                      </PropertyGroup>
                      <ItemGroup>
                        <Compile Remove="Data/**" />
                        <None Remove="Data/**" />
                        <ProjectReference Include="Data/Data.csproj" />
                      </ItemGroup>
                    </Project>
                    """)
                .WithFile("Data/Data.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>net10.0</TargetFramework>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                        <GenerateDocumentationFile>true</GenerateDocumentationFile>
                        <PaperGenAbstractDocs>FirstSentence</PaperGenAbstractDocs>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="PaperGen" Version="{_feed.Version}" />
                        <PaperDump Include="papers/aug-6.txt" ClassName="AugPapers" Namespace="Shared.Papers" />
                      </ItemGroup>
                    </Project>
                    """)
                .WithFile("Data/papers/aug-6.txt", ShippedDump)
                .WithFile("Program.cs", "System.Console.WriteLine(\"first \" + Shared.Papers.AugPapers.Catalog.Count);\n");

            var first = app.Build();
            Assert.True(first.Succeeded, first.ToString());
            var data = new FileInfo(app.Path("Data/obj/Debug/net10.0/Data.dll"));
            Assert.True(data.Exists, "the data project wrote no Data.dll to obj/");
            var compiledAt = data.LastWriteTimeUtc;
            // The project-wide setting reached the generator through the package's props (issue 12).
            var docs = File.ReadAllText(app.Path("Data/obj/Debug/net10.0/Data.xml"));
            Assert.Contains("shows the first sentence of its abstract", docs, StringComparison.Ordinal);

            app.WithFile("Program.cs", "System.Console.WriteLine(\"second \" + Shared.Papers.AugPapers.Catalog.Count);\n");
            var second = app.Build();
            Assert.True(second.Succeeded, second.ToString());
            var run = app.Run();

            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal("second 54", run.Output.Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.Length > 0));
            Assert.Equal(compiledAt, new FileInfo(data.FullName).LastWriteTimeUtc);
        }
    }
}
