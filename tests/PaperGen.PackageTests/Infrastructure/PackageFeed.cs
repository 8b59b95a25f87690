using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace PaperGen.PackageTests.Infrastructure
{
    /// <summary>
    /// Packs PaperGen.Runtime, PaperGen and PaperGen.DailyPapers from this checkout once per test run into a
    /// folder feed, under a version no earlier run used, so that no cache anywhere can hand a consumer a stale
    /// copy. Everything lives in one temporary directory outside the repository:
    /// <c>feed/</c> (the .nupkg files), <c>packages/</c> (the consumers' NuGet packages folder),
    /// <c>artifacts/</c> (the pack's bin and obj, away from the repository's own) and <c>consumers/</c>.
    /// </summary>
    public sealed class PackageFeed : IDisposable
    {
        public static readonly string[] PackedProjects =
        {
            "src/PaperGen.Runtime/PaperGen.Runtime.csproj",
            "src/PaperGen.Generator/PaperGen.Generator.csproj",
            "src/PaperGen.DailyPapers/PaperGen.DailyPapers.csproj",
        };

        private int _consumers;

        public PackageFeed()
        {
            Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
                + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            Root = Path.Combine(Path.GetTempPath(), "papergen-package-tests-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            FeedDirectory = Path.Combine(Root, "feed");
            PackagesDirectory = Path.Combine(Root, "packages");
            Directory.CreateDirectory(FeedDirectory);
            Directory.CreateDirectory(PackagesDirectory);

            // Consumers live below Root: these keep any Directory.Build.* or Directory.Packages.props that a
            // parent of the temp directory might hold from reaching them, as it would not on a user's machine.
            File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

            RepositoryRoot = typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "RepositoryRoot").Value!;

            var artifacts = Path.Combine(Root, "artifacts");
            foreach (var project in PackedProjects)
            {
                var pack = DotNetCli.Run(
                    RepositoryRoot,
                    new Dictionary<string, string>(),
                    "pack", Path.Combine(RepositoryRoot, project),
                    "-c", "Release",
                    "-o", FeedDirectory,
                    "--artifacts-path", artifacts,
                    "--disable-build-servers",
                    "-p:Version=" + Version);
                if (!pack.Succeeded)
                {
                    throw new InvalidOperationException("Packing failed; no consumer can be tested." + Environment.NewLine + pack);
                }
            }

            PublicSources = ReadMachineSources();
        }

        /// <summary>The version every package of this run carries: unique, so only this run's feed has it.</summary>
        public string Version { get; }

        public string Root { get; }

        public string FeedDirectory { get; }

        /// <summary>Shared by this run's consumers (one download of each public package), never by anything else.</summary>
        public string PackagesDirectory { get; }

        public string RepositoryRoot { get; }

        /// <summary>The enabled package sources of this machine's own NuGet configuration, for public packages.</summary>
        public IReadOnlyList<string> PublicSources { get; }

        public string PackagePath(string id) => Path.Combine(FeedDirectory, id + "." + Version + ".nupkg");

        /// <summary>The environment consumer commands run in: their own packages folder, nothing else special.</summary>
        public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = PackagesDirectory,
        };

        /// <param name="name">The project's name (and assembly name).</param>
        /// <param name="extraFeed">Another folder feed, for packages the run's consumers make themselves.</param>
        /// <param name="extraFeedPattern">The package ids that come from <paramref name="extraFeed"/> only.</param>
        public ConsumerProject CreateConsumer(string name, string? extraFeed = null, string? extraFeedPattern = null)
        {
            var number = System.Threading.Interlocked.Increment(ref _consumers);
            var directory = Path.Combine(Root, "consumers", number.ToString(CultureInfo.InvariantCulture) + "-" + name);
            return new ConsumerProject(this, directory, name, extraFeed, extraFeedPattern);
        }

        public void Dispose()
        {
            if (Environment.GetEnvironmentVariable("PAPERGEN_KEEP_PACKAGE_TESTS") == "1")
            {
                return;
            }

            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp directory is harmless; failing the run over it would hide the real results.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private List<string> ReadMachineSources()
        {
            // Asked from inside Root so that no repository nuget.config takes part: what a new user's machine has.
            var list = DotNetCli.Run(Root, ConsumerEnvironment, "nuget", "list", "source", "--format", "short");
            if (!list.Succeeded)
            {
                throw new InvalidOperationException("Could not read this machine's package sources." + Environment.NewLine + list);
            }

            // Lines read "E <url>" for an enabled source and "D <url>" for a disabled one.
            var sources = list.Output
                .Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
                .Select(line => line.Substring(2).Trim())
                .ToList();
            if (sources.Count == 0)
            {
                throw new InvalidOperationException("This machine has no enabled package source for public packages." + Environment.NewLine + list);
            }

            return sources;
        }
    }

    [CollectionDefinition(Name)]
    public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
    {
        // One pack per run and consumers built one after another: on two cores, parallel builds only compete.
        public const string Name = "Packed PaperGen";
    }
}
