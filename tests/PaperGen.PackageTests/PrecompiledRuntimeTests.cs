using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using PaperGen.PackageTests.Infrastructure;
using Xunit;

namespace PaperGen.PackageTests
{
    /// <summary>
    /// Issue 12: a fresh process spent most of its first lookup and first search compiling PaperGen.Runtime (JIT).
    /// The runtime package carries ReadyToRun copies for .NET 10 on the common platforms under
    /// <c>runtimes/&lt;rid&gt;/lib/net10.0/</c>; an app built the ordinary way loads the copy for the machine it runs on.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class PrecompiledRuntimeTests
    {
        // R2R images mark their target OS by XOR-ing it into the PE machine field (the runtime's own constants).
        private static readonly (string Rid, Machine Architecture, ushort OperatingSystem)[] Platforms =
        {
            ("linux-x64", Machine.Amd64, 0x7B79),
            ("linux-arm64", Machine.Arm64, 0x7B79),
            ("osx-arm64", Machine.Arm64, 0x4644),
            ("osx-x64", Machine.Amd64, 0x4644),
            ("win-x64", Machine.Amd64, 0x0000),
        };

        private static readonly string ShippedDump =
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hf-papers-aug-6.txt"));

        private readonly PackageFeed _feed;

        public PrecompiledRuntimeTests(PackageFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Runtime_package_carries_a_ReadyToRun_copy_per_platform_and_IL_everywhere_else_including_Android()
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath("PaperGen.Runtime"));
            var il = Read(package, "lib/net10.0/PaperGen.Runtime.dll");

            foreach (var (rid, architecture, operatingSystem) in Platforms)
            {
                var copy = Read(package, $"runtimes/{rid}/lib/net10.0/PaperGen.Runtime.dll");
                Assert.True(copy.ReadyToRun, rid + ": the copy has no ReadyToRun code");
                Assert.Equal((ushort)architecture, (ushort)(copy.Machine ^ operatingSystem));
                // The same assembly as the IL library beside it: an app compiled against lib/ binds to it.
                Assert.Equal(il.Identity, copy.Identity);
                Assert.Equal(il.PublicTypes, copy.PublicTypes);
            }

            foreach (var library in new[] { "lib/netstandard2.0/PaperGen.Runtime.dll", "lib/net8.0/PaperGen.Runtime.dll", "lib/net10.0/PaperGen.Runtime.dll" })
            {
                Assert.False(Read(package, library).ReadyToRun, library + " should be IL only: every other platform and framework compiles it");
            }

            // Android would fall back to the linux copies through the runtime identifier graph; it gets the IL library.
            foreach (var rid in new[] { "android-arm64", "android-x64", "android-arm", "android-x86" })
            {
                Assert.Equal(Bytes(package, "lib/net10.0/PaperGen.Runtime.dll"), Bytes(package, $"runtimes/{rid}/lib/net10.0/PaperGen.Runtime.dll"));
            }
        }

        [Fact]
        public void Fresh_app_compiles_almost_nothing_for_its_first_lookup_and_search_where_the_package_has_a_copy()
        {
            var rid = RuntimeInformation.RuntimeIdentifier;
            var app = App("FirstUse", string.Empty, """
                    using System;
                    using System.IO;
                    using System.Runtime;
                    using FirstUse;

                    var before = JitInfo.GetCompiledMethodCount();
                    var found = AugPapers.Catalog.Find("neuroformer multimodal and multitask generative pretraining for brain data");
                    var hits = AugPapers.Catalog.Search("sparse autoencoders", 10);
                    var compiled = JitInfo.GetCompiledMethodCount() - before;
                    Console.WriteLine("runtime=" + Path.GetRelativePath(AppContext.BaseDirectory, typeof(PaperGen.PaperCatalog).Assembly.Location).Replace('\\', '/'));
                    Console.WriteLine("found=" + found?.Identifier + " hits=" + hits.Count);
                    Console.WriteLine("compiled=" + compiled);
                    """);

            var build = app.Build("-c", "Release");
            Assert.True(build.Succeeded, build.ToString());
            var precompiled = Platforms.Any(p => p.Rid == rid);
            var expectedRuntime = precompiled ? $"runtimes/{rid}/lib/net10.0/PaperGen.Runtime.dll" : "PaperGen.Runtime.dll";

            var (runtime, answer, compiled) = RunFirstUse(app);
            Assert.Equal(expectedRuntime, runtime);
            Assert.Equal("found=Neuroformer hits=8", answer);
            if (!precompiled)
            {
                return;
            }

            // The same app with the IL library in the copy's place: what every first use cost before, and proof
            // that the count sees the runtime's methods.
            File.Copy(app.Path("bin/Release/net10.0/PaperGen.Runtime.dll"), app.Path("bin/Release/net10.0/" + expectedRuntime), overwrite: true);
            var (_, answerWithIl, compiledWithIl) = RunFirstUse(app);
            Assert.Equal(answer, answerWithIl);
            Assert.True(compiledWithIl >= 40, $"with the IL library the first lookup and search compiled only {compiledWithIl} methods");
            // What is left is the app's own generated members (the catalog property and its holder's initialiser).
            Assert.True(compiled <= 5, $"with the precompiled runtime the first lookup and search still compiled {compiled} methods ({compiledWithIl} with the IL library)");
        }

        [Fact]
        public void App_published_ReadyToRun_over_the_precompiled_runtime_reads_papers_back()
        {
            // README recommends PublishReadyToRun to apps whose start-up matters: the SDK then compiles the app against
            // the package's copy for its runtime identifier, which is already precompiled.
            var app = App(
                "ReadyToRunApp",
                "<RuntimeIdentifier>$(NETCoreSdkRuntimeIdentifier)</RuntimeIdentifier><SelfContained>false</SelfContained><PublishReadyToRun>true</PublishReadyToRun>",
                """
                    using System;
                    using ReadyToRunApp;

                    Console.WriteLine("found=" + AugPapers.Catalog.Find("neuroformer multimodal and multitask generative pretraining for brain data")?.Identifier);
                    Console.WriteLine("hits=" + AugPapers.Catalog.Search("sparse autoencoders", 10).Count);
                    """);

            var publish = app.Dotnet("publish", app.ProjectFile, "-c", "Release", "-o", app.Path("out"));
            Assert.True(publish.Succeeded, publish.ToString());
            var run = DotNetCli.RunProgram(app.Path("out/ReadyToRunApp"), app.Directory, new Dictionary<string, string>());

            Assert.True(run.Succeeded, run.ToString());
            Assert.Equal(new[] { "found=Neuroformer", "hits=8" }, run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray());
        }

        /// <summary>A net10.0 console app over the shipped dump (class <c>AugPapers</c>), warnings as errors.</summary>
        private ConsumerProject App(string name, string properties, string program) =>
            _feed.CreateConsumer(name)
                .WithProject($"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                        {properties}
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="PaperGen" Version="{_feed.Version}" />
                        <PaperDump Include="papers/aug-6.txt" ClassName="AugPapers" />
                      </ItemGroup>
                    </Project>
                    """)
                .WithFile("papers/aug-6.txt", ShippedDump)
                .WithFile("Program.cs", program);

        private static (string Runtime, string Answer, int Compiled) RunFirstUse(ConsumerProject app)
        {
            var run = DotNetCli.RunProgram(app.Path("bin/Release/net10.0/FirstUse"), app.Directory, new Dictionary<string, string>());
            Assert.True(run.Succeeded, run.ToString());
            var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
            return (lines[0].Substring("runtime=".Length), lines[1], int.Parse(lines[2].Substring("compiled=".Length), System.Globalization.CultureInfo.InvariantCulture));
        }

        private static byte[] Bytes(ZipArchive package, string path)
        {
            var entry = package.GetEntry(path) ?? throw new InvalidOperationException(path + " is not in the package.");
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            return buffer.ToArray();
        }

        private static (bool ReadyToRun, ushort Machine, string Identity, string[] PublicTypes) Read(ZipArchive package, string path)
        {
            using var pe = new PEReader(new MemoryStream(Bytes(package, path)));
            var metadata = pe.GetMetadataReader();
            var definition = metadata.GetAssemblyDefinition();
            var types = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
                .Where(t => (t.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public)
                .Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name))
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();
            return (
                pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0,
                (ushort)pe.PEHeaders.CoffHeader.Machine,
                definition.GetAssemblyName().FullName,
                types);
        }
    }
}
