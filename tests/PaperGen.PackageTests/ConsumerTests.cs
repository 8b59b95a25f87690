using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using PaperGen.PackageTests.Infrastructure;
using Xunit;

namespace PaperGen.PackageTests
{
    /// <summary>
    /// Projects a user could write, restoring the packed packages from the folder feed and built with the real
    /// <c>dotnet</c> CLI: what happens here is what happens on a user's machine.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class ConsumerTests
    {
        private const string FirstTitle = "FuxiTranyu: A Multilingual Large Language Model Trained with Balanced Data";
        private const string NeuroformerTitle = "Neuroformer: Multimodal and Multitask Generative Pretraining for Brain Data";

        private static readonly string ShippedDump =
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hf-papers-aug-6.txt"));

        private readonly PackageFeed _feed;

        public ConsumerTests(PackageFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Net10_console_app_with_one_PaperDump_item_reads_back_all_54_papers()
        {
            var app = _feed.CreateConsumer("ConsoleApp")
                .WithProject(Project("Exe", "net10.0",
                    $"<PackageReference Include=\"PaperGen\" Version=\"{_feed.Version}\" />",
                    "<PaperDump Include=\"papers/aug-6.txt\" ClassName=\"AugPapers\" Namespace=\"Consumer.Data\" Accessibility=\"internal\" />"))
                .WithFile("papers/aug-6.txt", ShippedDump)
                .WithFile("Program.cs", """
                    using System;
                    using System.ComponentModel;
                    using System.Reflection;
                    using Consumer.Data;

                    Console.WriteLine("count=" + AugPapers.Catalog.Count);
                    Console.WriteLine("all=" + AugPapers.All.Count);
                    Console.WriteLine("first=" + AugPapers.All[0].Title);
                    Console.WriteLine("property=" + AugPapers.Neuroformer.Title);
                    // A title constant is usable where only constants are: an attribute argument.
                    Console.WriteLine("attribute=" + typeof(Marked).GetCustomAttribute<DescriptionAttribute>()!.Description);

                    [Description(AugPapers.Titles.Neuroformer)]
                    internal sealed class Marked { }
                    """);

            var build = app.Build();
            Assert.True(build.Succeeded, build.ToString());
            var run = app.Run();

            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(
                new[] { "count=54", "all=54", "first=" + FirstTitle, "property=" + NeuroformerTitle, "attribute=" + NeuroformerTitle },
                Lines(run.Output));
            // The generator ran as an analyzer and stayed one: the app ships the runtime, not the generator.
            Assert.Contains("PaperGen.Generator.dll", app.AnalyzerFileNames());
            var output = Path.Combine(app.Directory, "bin", "Debug", "net10.0");
            Assert.True(File.Exists(Path.Combine(output, "PaperGen.Runtime.dll")), "the app's output has no PaperGen.Runtime.dll");
            Assert.False(File.Exists(Path.Combine(output, "PaperGen.Generator.dll")), "the generator was copied into the app's output");
            // Generated classes are public unless told otherwise: internal shows the item's metadata reached the generator.
            Assert.False(IsPublicType(Path.Combine(output, "ConsoleApp.dll"), "Consumer.Data", "AugPapers"), "Accessibility=\"internal\" left the generated class public");
        }

        [Fact]
        public void NetStandard20_library_builds_the_shipped_dump_warning_free_at_its_default_CSharp_7_3()
        {
            var library = _feed.CreateConsumer("Library")
                .WithProject(Project("Library", "netstandard2.0",
                    $"<PackageReference Include=\"PaperGen\" Version=\"{_feed.Version}\" />",
                    "<PaperDump Include=\"papers/aug-6.txt\" ClassName=\"LibraryPapers\" Namespace=\"Consumer.Library\" Accessibility=\"public\" />"))
                .WithFile("papers/aug-6.txt", ShippedDump)
                .WithFile("Shelf.cs", """
                    namespace Consumer.Library
                    {
                        public static class Shelf
                        {
                            public const string Favourite = LibraryPapers.Titles.Neuroformer;

                            public static int Count { get { return LibraryPapers.Catalog.Count; } }
                        }
                    }
                    """);

            var build = library.Build("-warnaserror");

            Assert.True(build.Succeeded, build.ToString());
            // -warnaserror would turn a warning into an error; this also catches one that stays a warning (NuGet's, MSBuild's).
            Assert.DoesNotContain(": warning ", build.Output, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("0 Warning(s)", build.Output);
            // The project sets no LangVersion: this pins down that the SDK's default here is the oldest C# PaperGen supports.
            Assert.Equal("7.3", library.Property("LangVersion"));
            Assert.True(IsPublicType(Path.Combine(library.Directory, "bin", "Debug", "netstandard2.0", "Library.dll"), "Consumer.Library", "LibraryPapers"),
                "Accessibility=\"public\" did not make the generated class public");
        }

        [Fact]
        public void Net80_build_of_a_dump_whose_last_entry_lost_its_abstract_fails_with_PG0001_at_that_title()
        {
            var lines = ShippedDump.Split('\n');
            var lastAbstract = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
            var truncated = lines.Take(lastAbstract).ToArray();
            var lastTitleLine = Array.FindLastIndex(truncated, l => l.Trim().Length > 0) + 1;
            var project = _feed.CreateConsumer("Truncated")
                .WithProject(Project("Library", "net8.0",
                    $"<PackageReference Include=\"PaperGen\" Version=\"{_feed.Version}\" />",
                    "<PaperDump Include=\"papers/truncated.txt\" />"))
                .WithFile("papers/truncated.txt", string.Join("\n", truncated));

            var build = project.Build();

            Assert.False(build.Succeeded, build.ToString());
            var error = Regex.Match(build.Output, @"(?<path>[^\s\[\]]*truncated\.txt)\((?<line>\d+),(?<column>\d+)\): error PG0001:");
            Assert.True(error.Success, "no 'path(line,col): error PG0001' in the output:" + Environment.NewLine + build);
            Assert.Equal(project.Path("papers/truncated.txt"), Path.GetFullPath(error.Groups["path"].Value, project.Directory));
            Assert.Equal(lastTitleLine, int.Parse(error.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("1", error.Groups["column"].Value);
        }

        [Fact]
        public void DailyPapers_alone_gives_54_papers_and_no_generator()
        {
            var app = _feed.CreateConsumer("DataOnly")
                .WithProject(Project("Exe", "net10.0",
                    $"<PackageReference Include=\"PaperGen.DailyPapers\" Version=\"{_feed.Version}\" />"))
                .WithFile("Program.cs", """
                    System.Console.WriteLine("count=" + PaperGen.Datasets.DailyPapers.All.Count);
                    System.Console.WriteLine("first=" + PaperGen.Datasets.DailyPapers.Catalog[0].Title);
                    """);

            var build = app.Build();
            Assert.True(build.Succeeded, build.ToString());
            var run = app.Run();

            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(new[] { "count=54", "first=" + FirstTitle }, Lines(run.Output));
            var packages = app.RestoredPackages();
            Assert.Contains("PaperGen.DailyPapers/" + _feed.Version, packages);
            Assert.Contains("PaperGen.Runtime/" + _feed.Version, packages);
            Assert.DoesNotContain(packages, p => p.StartsWith("PaperGen/", StringComparison.Ordinal));
            Assert.DoesNotContain("PaperGen.Generator.dll", app.AnalyzerFileNames());
        }

        [Fact]
        public void Dataset_package_built_like_DailyPapers_brings_its_papers_and_the_runtime_but_no_generator()
        {
            var datasetFeed = Path.Combine(_feed.Root, "dataset-feed");
            var dataset = _feed.CreateConsumer("AcmeDataset")
                .WithProject($"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>netstandard2.0</TargetFramework>
                        <!-- Prerelease because its dependencies are (NU5104); a real dataset on a PaperGen release needs no suffix. -->
                        <Version>1.0.0-local</Version>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="PaperGen" Version="{_feed.Version}" PrivateAssets="all" />
                        <PackageReference Include="PaperGen.Runtime" Version="{_feed.Version}" />
                        <PaperDump Include="Data/aug-6.txt" ClassName="August" Namespace="Acme.Datasets" Accessibility="public" />
                      </ItemGroup>
                    </Project>
                    """)
                .WithFile("Data/aug-6.txt", ShippedDump);

            var pack = dataset.Pack(datasetFeed);

            Assert.True(pack.Succeeded, pack.ToString());
            using (var package = ZipFile.OpenRead(Path.Combine(datasetFeed, "AcmeDataset.1.0.0-local.nupkg")))
            {
                // PrivateAssets="all" keeps PaperGen out, and with it the runtime it would bring: hence the second reference.
                Assert.Equal(new[] { "PaperGen.Runtime " + _feed.Version }, PackageFile.Dependencies(PackageFile.Metadata(package)));
                Assert.DoesNotContain(PackageFile.Files(package), f => f.StartsWith("analyzers/", StringComparison.Ordinal));
            }

            var app = _feed.CreateConsumer("AcmeApp", datasetFeed, "AcmeDataset")
                .WithProject(Project("Exe", "net10.0", "<PackageReference Include=\"AcmeDataset\" Version=\"1.0.0-local\" />"))
                .WithFile("Program.cs", """
                    System.Console.WriteLine("count=" + Acme.Datasets.August.All.Count);
                    """);
            var build = app.Build();
            Assert.True(build.Succeeded, build.ToString());
            var run = app.Run();

            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(new[] { "count=54" }, Lines(run.Output));
            Assert.DoesNotContain(app.RestoredPackages(), p => p.StartsWith("PaperGen/", StringComparison.Ordinal));
            Assert.DoesNotContain("PaperGen.Generator.dll", app.AnalyzerFileNames());
        }

        [Fact]
        public void Dump_edited_between_two_builds_shows_the_edit_after_the_second_build()
        {
            const string EditedTitle = "FuxiTranyu: A Multilingual Large Language Model Edited Between Builds";
            var app = _feed.CreateConsumer("Incremental")
                .WithProject(Project("Exe", "net10.0",
                    $"<PackageReference Include=\"PaperGen\" Version=\"{_feed.Version}\" />",
                    "<PaperDump Include=\"papers/aug-6.txt\" ClassName=\"Listing\" Namespace=\"Consumer\" />"))
                .WithFile("papers/aug-6.txt", ShippedDump)
                .WithFile("Program.cs", """
                    System.Console.WriteLine("count=" + Consumer.Listing.Catalog.Count);
                    System.Console.WriteLine("first=" + Consumer.Listing.All[0].Title);
                    """);

            var firstBuild = app.Build();
            Assert.True(firstBuild.Succeeded, firstBuild.ToString());
            var before = app.Run();
            Assert.Equal(new[] { "count=54", "first=" + FirstTitle }, Lines(before.Output));

            Assert.Contains(FirstTitle, ShippedDump);
            File.WriteAllText(app.Path("papers/aug-6.txt"), ShippedDump.Replace(FirstTitle, EditedTitle));
            var secondBuild = app.Build();
            Assert.True(secondBuild.Succeeded, secondBuild.ToString());
            var after = app.Run();

            Assert.True(after.Succeeded, after.ToString());
            Assert.Equal(new[] { "count=54", "first=" + EditedTitle }, Lines(after.Output));
        }

        [Fact]
        public void Net10_app_globbing_a_folder_of_daily_JSON_files_gets_one_class_with_repeated_papers_merged()
        {
            var realDay = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "daily_papers-2024-10-25.first4items.json"));
            // The next day lists the first paper of the real response again (same abstract, more upvotes), and one new paper.
            using var real = System.Text.Json.JsonDocument.Parse(realDay);
            var firstPaper = real.RootElement[0].GetProperty("paper");
            var nextDay = "[\n"
                + "{\"paper\": {\"id\": \"2410.17243\", \"title\": " + firstPaper.GetProperty("title").GetRawText()
                + ", \"summary\": " + firstPaper.GetProperty("summary").GetRawText() + ", \"upvotes\": 90},"
                + " \"publishedAt\": \"2024-10-26T00:57:09.392Z\", \"numComments\": 5},\n"
                + "{\"paper\": {\"id\": \"2410.99999\", \"title\": \"A Paper Of The Next Day\", \"summary\": \"Its abstract.\", \"upvotes\": 1},"
                + " \"publishedAt\": \"2024-10-26T02:00:00.000Z\", \"numComments\": 0}\n]\n";
            var app = _feed.CreateConsumer("JsonArchive")
                .WithProject(Project("Exe", "net10.0",
                    $"<PackageReference Include=\"PaperGen\" Version=\"{_feed.Version}\" />",
                    "<PaperDump Include=\"papers/daily/*.json\" ClassName=\"DailyArchive\" Namespace=\"Consumer\" />"))
                .WithFile("papers/daily/2024-10-26.json", nextDay)
                .WithFile("papers/daily/2024-10-25.json", realDay)
                .WithFile("Program.cs", """
                    var first = Consumer.DailyArchive.All[0];
                    System.Console.WriteLine("count=" + Consumer.DailyArchive.Catalog.Count);
                    System.Console.WriteLine("first=" + first.ArxivId + " " + first.Upvotes + " " + string.Join(",", first.ListingDates) + " " + first.SourceFile);
                    System.Console.WriteLine("last=" + Consumer.DailyArchive.All[4].ArxivId + " " + Consumer.DailyArchive.All[4].SourceFile);
                    """);

            var build = app.Build();
            Assert.True(build.Succeeded, build.ToString());
            var run = app.Run();

            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(
                new[] { "count=5", "first=2410.17243 90 2024-10-25,2024-10-26 2024-10-25.json", "last=2410.99999 2024-10-26.json" },
                Lines(run.Output));
        }

        private static string Project(string outputType, string targetFramework, params string[] items) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {string.Join(Environment.NewLine + "    ", items)}
              </ItemGroup>
            </Project>
            """;

        private static string[] Lines(string output) =>
            output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

        private static bool IsPublicType(string assemblyPath, string ns, string name)
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            var type = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
                .Single(t => metadata.GetString(t.Namespace) == ns && metadata.GetString(t.Name) == name);
            return (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public;
        }
    }
}
