using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PaperGen.PackageTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PaperGen.PackageTests
{
    /// <summary>
    /// Generated code reads its compiled data through reflection on its own constants (issue 12): an app
    /// published trimmed, with every trim warning an error, must still find a paper by title and read its
    /// abstract. The runtime says what to keep (<c>DynamicallyAccessedMembers</c> on the holder type), and
    /// nothing in the generated code may warn.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class TrimmedPublishTests
    {
        private const string Neuroformer = "Neuroformer: Multimodal and Multitask Generative Pretraining for Brain Data";

        private static readonly string ShippedDump =
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hf-papers-aug-6.txt"));

        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        public TrimmedPublishTests(PackageFeed feed, ITestOutputHelper output)
        {
            _feed = feed;
            _output = output;
        }

        [Fact]
        public void Trimmed_app_publishes_without_trim_warnings_and_reads_papers_back()
        {
            var app = _feed.CreateConsumer("TrimmedApp")
                .WithProject($"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <RuntimeIdentifier>$(NETCoreSdkRuntimeIdentifier)</RuntimeIdentifier>
                        <PublishTrimmed>true</PublishTrimmed>
                        <TrimmerSingleWarn>false</TrimmerSingleWarn>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="PaperGen" Version="{_feed.Version}" />
                        <PaperDump Include="papers/aug-6.txt" ClassName="AugPapers" />
                      </ItemGroup>
                    </Project>
                    """)
                .WithFile("papers/aug-6.txt", ShippedDump)
                .WithFile("Program.cs", $$"""
                    using System;
                    using TrimmedApp;

                    Console.WriteLine("count=" + AugPapers.Catalog.Count);
                    Console.WriteLine("found=" + AugPapers.Catalog.TryGetByTitle("{{Neuroformer}}", out var paper));
                    Console.WriteLine("abstract=" + paper!.Abstract.Substring(0, 40));
                    Console.WriteLine("tolerant=" + AugPapers.Catalog.Find("neuroformer multimodal and multitask generative pretraining for brain data")?.Identifier);
                    Console.WriteLine("last=" + AugPapers.All[AugPapers.All.Count - 1].Abstract.Length);
                    """);

            var stopwatch = Stopwatch.StartNew();
            var publish = app.Dotnet("publish", app.ProjectFile, "-c", "Release", "-o", app.Path("out"));
            _output.WriteLine($"trimmed publish: {stopwatch.Elapsed.TotalSeconds:0} s");
            Assert.True(publish.Succeeded, publish.ToString());
            Assert.DoesNotContain("warning IL", publish.Output, StringComparison.Ordinal);

            var run = DotNetCli.RunProgram(app.Path("out/TrimmedApp"), app.Directory, _feed.ConsumerEnvironment);

            Assert.True(run.Succeeded, run.ToString());
            var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
            Assert.Equal("count=54", lines[0]);
            Assert.Equal("found=True", lines[1]);
            Assert.Equal("abstract=State-of-the-art systems neuroscience ex", lines[2]);
            Assert.Equal("tolerant=Neuroformer", lines[3]);
            Assert.StartsWith("last=", lines[4], StringComparison.Ordinal);
            Assert.NotEqual("last=0", lines[4]);
        }
    }
}
