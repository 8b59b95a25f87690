using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGen.PackageTests.Infrastructure;
using Xunit;

namespace PaperGen.PackageTests
{
    /// <summary>
    /// README's install steps, run as written (the shell blocks marked <c>readme-test</c>) by bash in a fresh home
    /// directory: no feed, no project and no NuGet configuration beyond a new machine's. The one thing a user does
    /// not do by hand, the change to the generator between the two rounds, is a file added to a copy of src/.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class ReadmeInstallTests
    {
        private const string ProbeType = "PaperGenReadmeProbe";

        private readonly PackageFeed _feed;

        public ReadmeInstallTests(PackageFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Readme_install_steps_run_literally_give_a_working_app_twice_across_a_generator_change()
        {
            var steps = ReadmeSteps(File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "README.md")));
            var root = Path.Combine(_feed.Root, "readme");
            var clone = Path.Combine(root, "clone");
            var home = Path.Combine(root, "home");
            Directory.CreateDirectory(home);
            CopySources(_feed.RepositoryRoot, clone);
            var app = Path.Combine(home, "PaperDemo");

            var pack = Bash(steps["pack"], clone, home);
            Assert.True(pack.Succeeded, pack.ToString());
            var project = Bash(steps["project"], clone, home);
            Assert.True(project.Succeeded, project.ToString());
            Assert.Contains("54 papers", project.Output);
            Assert.Contains("Monet: Mixture of Monosemantic Experts for Transformers", project.Output);
            var firstVersion = RestoredVersion(app, "PaperGen");
            Assert.False(HasType(app, ProbeType), "the probe exists before the generator was changed");

            // The change: the generator now also writes one more type. A stale generator would not.
            File.WriteAllText(Path.Combine(clone, "src", "PaperGen.Generator", ProbeType + ".cs"), $$"""
                using Microsoft.CodeAnalysis;

                namespace PaperGen.Generator
                {
                    [Generator]
                    internal sealed class {{ProbeType}}Generator : IIncrementalGenerator
                    {
                        public void Initialize(IncrementalGeneratorInitializationContext context)
                            => context.RegisterPostInitializationOutput(c => c.AddSource("Probe.g.cs", "internal static class {{ProbeType}} { }"));
                    }
                }
                """);
            var repack = Bash(steps["pack"], clone, home);
            Assert.True(repack.Succeeded, repack.ToString());
            var update = Bash(steps["update"], clone, home);
            Assert.True(update.Succeeded, update.ToString());

            Assert.Contains("54 papers", update.Output);
            Assert.NotEqual(firstVersion, RestoredVersion(app, "PaperGen"));
            Assert.Equal(RestoredVersion(app, "PaperGen"), RestoredVersion(app, "PaperGen.Runtime"));
            Assert.True(HasType(app, ProbeType), "the app was built with the generator from before the change");
        }

        /// <summary>The fenced block after each <c>&lt;!-- readme-test: name --&gt;</c> marker.</summary>
        private static Dictionary<string, string> ReadmeSteps(string readme)
        {
            var steps = Regex.Matches(readme.Replace("\r\n", "\n"), @"<!-- readme-test: (?<name>[\w-]+) -->\n```sh\n(?<body>.*?)\n```", RegexOptions.Singleline)
                .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value);
            Assert.Equal(new[] { "pack", "project", "update" }, steps.Keys.OrderBy(k => k, StringComparer.Ordinal));
            return steps;
        }

        /// <summary>What a clone holds that packing needs (src/ and the repository-wide props), without build outputs.</summary>
        private static void CopySources(string repository, string clone)
        {
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
            {
                Directory.CreateDirectory(clone);
                File.Copy(Path.Combine(repository, file), Path.Combine(clone, file));
            }

            var src = Path.Combine(repository, "src");
            foreach (var file in Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(repository, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                {
                    continue;
                }

                var target = Path.Combine(clone, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        private CommandResult Bash(string script, string workingDirectory, string home)
        {
            var environment = new Dictionary<string, string>
            {
                ["HOME"] = home,
                // The run's own packages folder, kept across both rounds as a user's is: a stale copy would be found there.
                ["NUGET_PACKAGES"] = _feed.PackagesDirectory,
            };
            return DotNetCli.RunProgram("bash", workingDirectory, environment, "-euo", "pipefail", "-c", script);
        }

        private static string RestoredVersion(string project, string id)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "obj", "project.assets.json")));
            return json.RootElement.GetProperty("libraries").EnumerateObject()
                .Select(library => library.Name.Split('/'))
                .Single(parts => parts[0] == id)[1];
        }

        private static bool HasType(string project, string name)
        {
            var dll = Directory.GetFiles(Path.Combine(project, "bin"), "PaperDemo.dll", SearchOption.AllDirectories).Single();
            using var stream = File.OpenRead(dll);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            return metadata.TypeDefinitions.Any(h => metadata.GetString(metadata.GetTypeDefinition(h).Name) == name);
        }
    }
}
