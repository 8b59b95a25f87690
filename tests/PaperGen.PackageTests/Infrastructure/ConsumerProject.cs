using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.Json;

namespace PaperGen.PackageTests.Infrastructure
{
    /// <summary>
    /// A project a user could have written, in its own directory outside the repository, restoring PaperGen's
    /// packages from the run's folder feed and everything else from the machine's public sources.
    /// </summary>
    public sealed class ConsumerProject
    {
        private readonly PackageFeed _feed;
        private bool _restored;

        internal ConsumerProject(PackageFeed feed, string directory, string name, string? extraFeed, string? extraFeedPattern)
        {
            _feed = feed;
            Directory = directory;
            Name = name;
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllText(System.IO.Path.Combine(directory, "nuget.config"), NuGetConfig(feed, extraFeed, extraFeedPattern));
        }

        public string Directory { get; }

        public string Name { get; }

        public string Version => _feed.Version;

        public string ProjectFile => System.IO.Path.Combine(Directory, Name + ".csproj");

        public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

        public ConsumerProject WithFile(string relativePath, string content)
        {
            var path = Path(relativePath);
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return this;
        }

        public ConsumerProject WithProject(string content) => WithFile(Name + ".csproj", content);

        /// <summary>Builds; the first build restores, later ones reuse that restore.</summary>
        public CommandResult Build(params string[] extraArguments)
        {
            var arguments = new List<string> { "build", ProjectFile, "--disable-build-servers" };
            if (_restored)
            {
                arguments.Add("--no-restore");
            }

            arguments.AddRange(extraArguments);
            var result = DotNetCli.Run(Directory, _feed.ConsumerEnvironment, arguments.ToArray());
            _restored |= File.Exists(Path("obj/project.assets.json"));
            return result;
        }

        /// <summary>Packs into <paramref name="outputDirectory"/>, as a dataset author would publish.</summary>
        public CommandResult Pack(string outputDirectory)
        {
            var arguments = new List<string> { "pack", ProjectFile, "-o", outputDirectory, "--disable-build-servers" };
            if (_restored)
            {
                arguments.Add("--no-restore");
            }

            var result = DotNetCli.Run(Directory, _feed.ConsumerEnvironment, arguments.ToArray());
            _restored |= File.Exists(Path("obj/project.assets.json"));
            return result;
        }

        /// <summary>Any <c>dotnet</c> command, run in the project's directory with the consumers' environment.</summary>
        public CommandResult Dotnet(params string[] arguments) =>
            DotNetCli.Run(Directory, _feed.ConsumerEnvironment, arguments);

        /// <summary>Runs what the last build produced, as <c>dotnet run</c> does after a build.</summary>
        public CommandResult Run() =>
            DotNetCli.Run(Directory, _feed.ConsumerEnvironment, "run", "--project", ProjectFile, "--no-build");

        /// <summary>The analyzer assemblies the compiler is handed for this project (read after a build).</summary>
        public IReadOnlyList<string> AnalyzerFileNames()
        {
            var result = DotNetCli.Run(Directory, _feed.ConsumerEnvironment,
                "msbuild", ProjectFile, "-restore:false", "-t:ResolveReferences;ResolveLockFileAnalyzers", "-getItem:Analyzer");
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Could not list the analyzers." + Environment.NewLine + result);
            }

            using var json = JsonDocument.Parse(result.Output);
            return json.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
                .Select(item => System.IO.Path.GetFileName(item.GetProperty("FullPath").GetString()!))
                .ToList();
        }

        /// <summary>A property as MSBuild evaluates it for this project (its restore already done).</summary>
        public string Property(string name)
        {
            var result = DotNetCli.Run(Directory, _feed.ConsumerEnvironment, "msbuild", ProjectFile, "-restore:false", "-getProperty:" + name);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Could not evaluate " + name + "." + Environment.NewLine + result);
            }

            return result.Output.Trim();
        }

        /// <summary>The package identities ("Id/Version") restore put into this project's dependency graph.</summary>
        public IReadOnlyList<string> RestoredPackages()
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path("obj/project.assets.json")));
            return json.RootElement.GetProperty("libraries").EnumerateObject()
                .Where(library => library.Value.GetProperty("type").GetString() == "package")
                .Select(library => library.Name)
                .ToList();
        }

        private static string NuGetConfig(PackageFeed feed, string? extraFeed, string? extraFeedPattern)
        {
            // <clear/> and an explicit list: no user or machine source beyond these takes part. The mapping sends
            // PaperGen's own ids to the folder feed only, so a public package of the same name can never stand in.
            var config = new StringBuilder();
            config.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            config.AppendLine("<configuration>");
            config.AppendLine("  <packageSources>");
            config.AppendLine("    <clear />");
            config.AppendLine($"    <add key=\"papergen-test-feed\" value=\"{SecurityElement.Escape(feed.FeedDirectory)}\" />");
            if (extraFeed is not null)
            {
                config.AppendLine($"    <add key=\"extra-feed\" value=\"{SecurityElement.Escape(extraFeed)}\" />");
            }

            for (var i = 0; i < feed.PublicSources.Count; i++)
            {
                config.AppendLine($"    <add key=\"public-{i}\" value=\"{SecurityElement.Escape(feed.PublicSources[i])}\" />");
            }

            config.AppendLine("  </packageSources>");
            config.AppendLine("  <packageSourceMapping>");
            config.AppendLine("    <packageSource key=\"papergen-test-feed\">");
            config.AppendLine("      <package pattern=\"PaperGen\" />");
            config.AppendLine("      <package pattern=\"PaperGen.*\" />");
            config.AppendLine("    </packageSource>");
            if (extraFeed is not null)
            {
                config.AppendLine("    <packageSource key=\"extra-feed\">");
                config.AppendLine($"      <package pattern=\"{SecurityElement.Escape(extraFeedPattern ?? "*")}\" />");
                config.AppendLine("    </packageSource>");
            }

            for (var i = 0; i < feed.PublicSources.Count; i++)
            {
                config.AppendLine($"    <packageSource key=\"public-{i}\">");
                config.AppendLine("      <package pattern=\"*\" />");
                config.AppendLine("    </packageSource>");
            }

            config.AppendLine("  </packageSourceMapping>");
            config.AppendLine("</configuration>");
            return config.ToString();
        }
    }
}
