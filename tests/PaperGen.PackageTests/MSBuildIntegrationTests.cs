using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGen.PackageTests.Infrastructure;
using Xunit;

namespace PaperGen.PackageTests
{
    /// <summary>
    /// How the package's build files meet a real project: dumps declared where PaperGen's own targets cannot see them
    /// at evaluation time, implicit usings, dotnet watch, IDE build actions and a compiler older than the generator needs.
    /// All facts share one consumer, restored and built once.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class MSBuildIntegrationTests
    {
        private const string FirstTitle = "FuxiTranyu: A Multilingual Large Language Model Trained with Balanced Data";

        private static readonly object Gate = new();
        private static (ConsumerProject Project, CommandResult Build)? _built;

        private readonly PackageFeed _feed;

        public MSBuildIntegrationTests(PackageFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Dumps_from_a_Directory_Build_targets_glob_and_from_a_target_compile_and_need_no_using_line()
        {
            var (app, build) = Built();

            Assert.True(build.Succeeded, build.ToString());
            var run = app.Run();
            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(new[] { "glob=54", "target=54", "first=" + FirstTitle }, Lines(run.Output));
            // Program.cs has no using line: the project's implicit usings now include PaperGen and both dumps' namespaces.
            Assert.DoesNotContain("using ", File.ReadAllText(app.Path("Program.cs")));
            var globalUsings = File.ReadAllText(app.Path("obj/Debug/net10.0/Integration.GlobalUsings.g.cs"));
            Assert.Contains("global using PaperGen;", globalUsings);
            Assert.Contains("global using Consumer.Data;", globalUsings);
            Assert.Contains("global using Integration;", globalUsings);
        }

        [Fact]
        public void Dotnet_watch_watches_every_dump_wherever_it_was_declared()
        {
            var (app, _) = Built();

            var list = app.Dotnet("watch", "--list", "--project", app.ProjectFile);

            Assert.True(list.Succeeded, list.ToString());
            var watched = Lines(list.Output).Select(l => l.Trim()).ToList();
            Assert.Contains(app.Path("papers/aug-6.txt"), watched);
            Assert.Contains(app.Path("generated/made.txt"), watched);
        }

        [Fact]
        public void IDEs_offer_PaperDump_as_a_build_action()
        {
            var (app, _) = Built();

            var items = app.Dotnet("msbuild", app.ProjectFile, "-restore:false", "-getItem:AvailableItemName");

            Assert.True(items.Succeeded, items.ToString());
            using var json = JsonDocument.Parse(items.Output);
            var names = json.RootElement.GetProperty("Items").GetProperty("AvailableItemName").EnumerateArray()
                .Select(item => item.GetProperty("Identity").GetString());
            Assert.Contains("PaperDump", names);
        }

        [Fact]
        public void Compiler_older_than_Roslyn_4_8_gets_PG0100_naming_both_versions_instead_of_CS9057()
        {
            var (app, _) = Built();

            // CompilerApiVersion is what an older SDK's compiler targets set; a global property stands in for that SDK.
            // Separate output folders keep the shared consumer's own build intact.
            var build = app.Dotnet("build", app.ProjectFile, "--no-restore", "--disable-build-servers",
                "-p:CompilerApiVersion=roslyn4.4", "-p:IntermediateOutputPath=obj/old-compiler/", "-p:OutDir=bin/old-compiler/");

            Assert.False(build.Succeeded, "the generated classes cannot exist without the generator:" + Environment.NewLine + build);
            var warning = Regex.Match(build.Output, @"warning PG0100: (?<text>[^\r\n]*)");
            Assert.True(warning.Success, "no PG0100 warning:" + Environment.NewLine + build);
            Assert.Contains("Roslyn) 4.8 or later", warning.Groups["text"].Value);
            Assert.Contains("this build uses Roslyn 4.4", warning.Groups["text"].Value);
            Assert.Contains(".NET 8 SDK", warning.Groups["text"].Value);
            Assert.Contains("Visual Studio 2022 17.8", warning.Groups["text"].Value);
            // The message comes before the compiler's errors, and no CS9057 or global using of a missing namespace follows.
            Assert.True(warning.Index < build.Output.IndexOf("error CS", StringComparison.Ordinal), build.ToString());
            Assert.DoesNotContain("CS9057", build.Output);
            Assert.DoesNotContain("GlobalUsings.g.cs", build.Output);
        }

        private (ConsumerProject Project, CommandResult Build) Built()
        {
            lock (Gate)
            {
                if (_built is null)
                {
                    var dump = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hf-papers-aug-6.txt"));
                    var app = _feed.CreateConsumer("Integration")
                        .WithProject($"""
                            <Project Sdk="Microsoft.NET.Sdk">
                              <PropertyGroup>
                                <OutputType>Exe</OutputType>
                                <TargetFramework>net10.0</TargetFramework>
                                <ImplicitUsings>enable</ImplicitUsings>
                                <Nullable>enable</Nullable>
                                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                              </PropertyGroup>
                              <ItemGroup>
                                <PackageReference Include="PaperGen" Version="{_feed.Version}" />
                              </ItemGroup>
                              <!-- A dump that only exists once a target has run (downloaded, converted, ...). -->
                              <Target Name="MakeDump" BeforeTargets="PaperGenCollectDumps">
                                <Copy SourceFiles="papers/aug-6.txt" DestinationFiles="generated/made.txt" SkipUnchangedFiles="true" />
                                <ItemGroup>
                                  <PaperDump Include="generated/made.txt" ClassName="MadePapers" />
                                </ItemGroup>
                              </Target>
                            </Project>
                            """)
                        // Evaluated after PaperGen's targets: only a target can see this item.
                        .WithFile("Directory.Build.targets", """
                            <Project>
                              <ItemGroup>
                                <PaperDump Include="papers/*.txt" ClassName="GlobbedPapers" Namespace="Consumer.Data" />
                              </ItemGroup>
                            </Project>
                            """)
                        .WithFile("papers/aug-6.txt", dump)
                        .WithFile("Program.cs", """
                            Paper first = GlobbedPapers.All[0];
                            Console.WriteLine("glob=" + GlobbedPapers.Catalog.Count);
                            Console.WriteLine("target=" + MadePapers.Catalog.Count);
                            Console.WriteLine("first=" + first.Title);
                            """);
                    _built = (app, app.Build());
                }

                return _built.Value;
            }
        }

        private static string[] Lines(string output) =>
            output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
    }
}
