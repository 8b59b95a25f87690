using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGen.PackageTests.Infrastructure;
using Xunit;

namespace PaperGen.PackageTests
{
    /// <summary>
    /// What an editor shows, asked of a real language server (csharp-ls 0.28, installed into the run's folder) through
    /// tests/lsp/lsp_diagnostics.py. Editors publish diagnostics for C# documents only, so a dump's errors must reach
    /// the user through the C# that uses its class.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class LanguageServerTests
    {
        private const string ServerVersion = "0.28.0";

        private readonly PackageFeed _feed;

        public LanguageServerTests(PackageFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Truncated_dump_shows_a_warning_naming_PG0001_at_its_use_in_Program_cs_and_nothing_in_the_txt_and_hover_shows_the_abstract()
        {
            var dump = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hf-papers-aug-6.txt"));
            var lines = dump.Split('\n');
            var truncated = string.Join("\n", lines.Take(Array.FindLastIndex(lines, l => l.Trim().Length > 0)));
            var app = _feed.CreateConsumer("Editor")
                .WithProject($"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="PaperGen" Version="{_feed.Version}" />
                        <PaperDump Include="papers/interp.txt" ClassName="InterpPapers" Namespace="Editor" />
                      </ItemGroup>
                    </Project>
                    """)
                .WithFile("papers/interp.txt", truncated)
                .WithFile("Program.cs", "var monet = Editor.InterpPapers.Monet;\nSystem.Console.WriteLine(monet.Title);\n");
            var build = app.Build();
            Assert.Contains("interp.txt(", build.Output);
            Assert.Contains("error PG0001", build.Output);

            // CS0618 is what [Obsolete] gives; the assertions below hold for any warning at the use site that names the error.
            var report = Diagnostics(app, "Program.cs", untilCode: "CS0618", hover: "1:33");

            // The generator ran inside the server: hovering a paper shows its abstract.
            Assert.Contains("Understanding the internal computations of large language models", report.Hover);

            var atUseSite = report.Document.Where(d => d.Line == 1 && d.Severity == "warning").ToList();
            Assert.True(atUseSite.Any(d => d.Message.Contains("PG0001", StringComparison.Ordinal) && d.Message.Contains("interp.txt", StringComparison.Ordinal)),
                "no warning naming PG0001 and the dump at the use in Program.cs; the server gave:" + Environment.NewLine + report.Json);
            // The mechanism, not luck: the same error located in the .txt is not delivered to any document.
            Assert.DoesNotContain(report.All, d => d.Uri.EndsWith(".txt", StringComparison.Ordinal));
            Assert.DoesNotContain(report.All, d => d.Code == "PG0001");
        }

        private sealed record Diagnostic(string Uri, string? Code, string Severity, int Line, string Message);

        private sealed record Report(string Json, IReadOnlyList<Diagnostic> Document, IReadOnlyList<Diagnostic> All, string Hover);

        private Report Diagnostics(ConsumerProject app, string document, string untilCode, string hover)
        {
            var tools = Path.Combine(_feed.Root, "tools");
            var server = Path.Combine(tools, "csharp-ls");
            if (!File.Exists(server))
            {
                // Through the consumer's nuget.config: the tool comes from the public source like any package.
                var install = app.Dotnet("tool", "install", "csharp-ls", "--version", ServerVersion, "--tool-path", tools);
                Assert.True(install.Succeeded, install.ToString());
            }

            var arguments = new List<string>
            {
                Path.Combine(_feed.RepositoryRoot, "tests", "lsp", "lsp_diagnostics.py"),
                "--server", server,
                "--project", app.Directory,
                "--document", document,
                "--timeout", "240",
                "--log", Path.Combine(app.Directory, "csharp-ls.log"),
            };
            arguments.AddRange(new[] { "--until-code", untilCode, "--hover", hover });

            var run = DotNetCli.RunProgram("python3", app.Directory, _feed.ConsumerEnvironment, arguments.ToArray());
            var start = run.Output.IndexOf('{');
            Assert.True(start >= 0, run.ToString());
            var json = run.Output.Substring(start);
            using var parsed = JsonDocument.Parse(json);
            var root = parsed.RootElement;
            var uri = root.GetProperty("document").GetString()!;
            var documentDiagnostics = Read(uri, root.GetProperty("document_diagnostics"));
            var all = new List<Diagnostic>(documentDiagnostics);
            foreach (var section in new[] { "published", "workspace" })
            {
                foreach (var entry in root.GetProperty(section).EnumerateObject())
                {
                    all.AddRange(Read(entry.Name, entry.Value));
                }
            }

            return new Report(json, documentDiagnostics, all, root.GetProperty("hover").ToString());
        }

        private static List<Diagnostic> Read(string uri, JsonElement list) =>
            list.EnumerateArray().Select(d => new Diagnostic(
                uri,
                d.GetProperty("code").GetString(),
                d.GetProperty("severity").GetString()!,
                d.GetProperty("line").GetInt32(),
                d.GetProperty("message").GetString()!)).ToList();
    }
}
