using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using PaperGen.PackageTests.Infrastructure;
using Xunit;

namespace PaperGen.PackageTests
{
    /// <summary>What is inside the three packages, read straight from the .nupkg files the fixture packed.</summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class PackageShapeTests
    {
        private readonly PackageFeed _feed;

        public PackageShapeTests(PackageFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Packing_the_src_projects_yields_exactly_the_three_packages_at_one_version()
        {
            var packages = Directory.GetFiles(_feed.FeedDirectory, "*.nupkg").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);

            Assert.Equal(
                new[] { "PaperGen." + _feed.Version + ".nupkg", "PaperGen.DailyPapers." + _feed.Version + ".nupkg", "PaperGen.Runtime." + _feed.Version + ".nupkg" },
                packages);
        }

        [Theory]
        [InlineData("PaperGen")]
        [InlineData("PaperGen.Runtime")]
        public void Code_packages_are_MIT(string id)
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath(id));
            var license = PackageFile.Element(PackageFile.Metadata(package), "license");

            Assert.Equal("expression", license.Attribute("type")?.Value);
            Assert.Equal("MIT", license.Value);
        }

        [Fact]
        public void DailyPapers_licence_file_claims_MIT_for_the_code_only_and_gives_the_papers_to_their_authors()
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath("PaperGen.DailyPapers"));
            var license = PackageFile.Element(PackageFile.Metadata(package), "license");

            // An MIT expression would cover the whole package, abstracts included: a file is the only honest choice.
            Assert.Equal("file", license.Attribute("type")?.Value);
            Assert.Equal("LICENSE.txt", license.Value);
            var text = PackageFile.Text(package, "LICENSE.txt");
            Assert.Contains("MIT License", text);
            Assert.Contains("NOT covered by the MIT License", text);
            Assert.Contains("belongs to them", text);
            Assert.Contains("Hugging Face Papers daily listing of August 6, 2025", text);
            Assert.Contains("https://arxiv.org/abs/", text);
            // The package page a user reads says the same.
            var readme = PackageFile.Text(package, "README.md");
            Assert.Contains("the papers are their authors'", readme);
            Assert.Contains("**not**", readme);
        }

        [Theory]
        [InlineData("PaperGen")]
        [InlineData("PaperGen.Runtime")]
        [InlineData("PaperGen.DailyPapers")]
        public void Every_package_carries_its_readme_license_and_repository(string id)
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath(id));
            var metadata = PackageFile.Metadata(package);

            Assert.False(string.IsNullOrWhiteSpace(PackageFile.Element(metadata, "license").Value));
            Assert.Equal("README.md", PackageFile.Element(metadata, "readme").Value);
            Assert.Contains(package.Entries, e => e.FullName == "README.md" && e.Length > 0);
            Assert.False(string.IsNullOrWhiteSpace(PackageFile.Element(metadata, "description").Value));
            Assert.Contains("papergen", PackageFile.Element(metadata, "tags").Value.Split(' '));
            Assert.Equal("https://github.com/papergen/papergen", PackageFile.Element(metadata, "projectUrl").Value);
            Assert.Equal("https://github.com/papergen/papergen", PackageFile.Element(metadata, "repository").Attribute("url")?.Value);
        }

        [Fact]
        public void PaperGen_package_is_an_analyzer_with_build_files_and_no_library_of_its_own()
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath("PaperGen"));
            var files = PackageFile.Files(package);

            Assert.Contains("analyzers/dotnet/cs/PaperGen.Generator.dll", files);
            Assert.Contains("build/PaperGen.props", files);
            Assert.Contains("build/PaperGen.targets", files);
            Assert.Contains("buildTransitive/PaperGen.props", files);
            Assert.Contains("buildTransitive/PaperGen.targets", files);
            // "_._" marks the framework as supported with nothing to reference: consumers compile against the runtime only.
            Assert.Equal(new[] { "lib/netstandard2.0/_._" }, files.Where(f => f.StartsWith("lib/", StringComparison.Ordinal)));
            Assert.DoesNotContain(files, f => f.StartsWith("ref/", StringComparison.Ordinal));
        }

        [Fact]
        public void PaperGen_package_depends_on_the_runtime_alone_and_leaks_no_Roslyn()
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath("PaperGen"));

            var dependencies = PackageFile.Dependencies(PackageFile.Metadata(package));

            Assert.Equal(new[] { "PaperGen.Runtime " + _feed.Version }, dependencies.Distinct());
        }

        [Fact]
        public void Generator_assembly_does_not_reference_the_runtime_the_compiler_could_not_load_beside_it()
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath("PaperGen"));
            using var dll = new MemoryStream();
            using (var entry = package.GetEntry("analyzers/dotnet/cs/PaperGen.Generator.dll")!.Open())
            {
                entry.CopyTo(dll);
            }

            dll.Position = 0;
            using var pe = new PEReader(dll);
            var metadata = pe.GetMetadataReader();
            var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();

            Assert.Contains("Microsoft.CodeAnalysis", references);
            Assert.DoesNotContain("PaperGen.Runtime", references);
        }

        [Fact]
        public void Runtime_package_has_netstandard20_net80_and_net100_libraries_and_only_System_Memory_on_netstandard20()
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath("PaperGen.Runtime"));
            var files = PackageFile.Files(package);
            var groups = PackageFile.Metadata(package).Descendants().Where(e => e.Name.LocalName == "group").ToList();

            Assert.Contains("lib/netstandard2.0/PaperGen.Runtime.dll", files);
            Assert.Contains("lib/net8.0/PaperGen.Runtime.dll", files);
            // net10.0 is the framework the precompiled copies under runtimes/ were compiled for (PrecompiledRuntimeTests).
            Assert.Contains("lib/net10.0/PaperGen.Runtime.dll", files);
            // Generated code hands its UTF-8 data over as ReadOnlySpan<byte>, which netstandard2.0 gets from System.Memory.
            var netstandard = groups.Single(g => g.Attribute("targetFramework")!.Value == ".NETStandard2.0");
            Assert.Equal(new[] { "System.Memory" }, netstandard.Elements().Select(e => e.Attribute("id")!.Value));
            foreach (var framework in new[] { "net8.0", "net10.0" })
            {
                Assert.Empty(groups.Single(g => g.Attribute("targetFramework")!.Value == framework).Elements());
            }
        }

        [Fact]
        public void DailyPapers_package_is_libraries_only_and_depends_on_the_runtime_alone()
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath("PaperGen.DailyPapers"));
            var files = PackageFile.Files(package);

            Assert.Contains("lib/netstandard2.0/PaperGen.DailyPapers.dll", files);
            Assert.Contains("lib/net8.0/PaperGen.DailyPapers.dll", files);
            Assert.DoesNotContain(files, f => f.StartsWith("analyzers/", StringComparison.Ordinal)
                || f.StartsWith("build", StringComparison.Ordinal)
                || f.EndsWith("PaperGen.Generator.dll", StringComparison.Ordinal));
            Assert.Equal(new[] { "PaperGen.Runtime " + _feed.Version }, PackageFile.Dependencies(PackageFile.Metadata(package)).Distinct());
        }
    }
}
