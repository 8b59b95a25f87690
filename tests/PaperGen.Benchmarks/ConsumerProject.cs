using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// A real console project outside the repository that uses PaperGen as a user would: the props and
    /// targets imported, the generator as an analyzer, PaperGen.Runtime referenced, optionally a dump.
    /// Binaries come from the Release build of this repository (run.sh builds it first).
    /// </summary>
    internal sealed class ConsumerProject
    {
        public ConsumerProject(string directory, string name)
        {
            Directory = directory;
            Name = name;
            System.IO.Directory.CreateDirectory(directory);
        }

        public string Directory { get; }

        public string Name { get; }

        public string AssemblyPath => Published ? Path.Combine(Directory, "publish", Name + ".dll") : Path.Combine(Directory, "bin", "Release", "net10.0", Name + ".dll");

        public string ExecutablePath => Published ? Path.Combine(Directory, "publish", Name) : Path.Combine(Directory, "bin", "Release", "net10.0", Name);

        /// <summary>
        /// Project properties that make <see cref="Publish"/> precompile the app and everything it references
        /// (ReadyToRun) for this machine's platform, framework-dependent like the other programs: what .NET offers an
        /// app whose start-up matters, and the same for an empty program and one with a dump.
        /// </summary>
        public static string ReadyToRunProperties
            => $"<RuntimeIdentifier>{System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}</RuntimeIdentifier><SelfContained>false</SelfContained><PublishReadyToRun>true</PublishReadyToRun>";

        private bool Published { get; set; }

        public static string Runtime => Path.Combine(Compilations.RepositoryRoot, "src/PaperGen.Runtime/bin/Release/net8.0/PaperGen.Runtime.dll");

        /// <summary>
        /// PaperGen.Runtime as its package hands it to a .NET 10 app on this machine: the ReadyToRun copy for this
        /// machine's runtime identifier (issue 12), published from this checkout once per benchmark process.
        /// </summary>
        public static string PrecompiledRuntime => LazyPrecompiledRuntime.Value;

        private static readonly Lazy<string> LazyPrecompiledRuntime = new(() =>
        {
            var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
            var output = Path.Combine(Compilations.RepositoryRoot, "tests/PaperGen.Benchmarks/bin/precompiled-runtime", rid);
            var project = new ConsumerProject(Path.Combine(Compilations.RepositoryRoot, "src/PaperGen.Runtime"), "PaperGen.Runtime");
            project.Dotnet($"publish PaperGen.Runtime.csproj -c Release -f net10.0 -r {rid} --self-contained false -nodeReuse:false -o \"{output}\"", TimeSpan.FromMinutes(10));
            return Path.Combine(output, "PaperGen.Runtime.dll");
        });

        public static string Generator => Path.Combine(Compilations.RepositoryRoot, "src/PaperGen.Generator/bin/Release/netstandard2.0/PaperGen.Generator.dll");

        /// <summary>
        /// Writes the project file; <paramref name="items"/> is extra MSBuild item XML (a PaperDump, resources),
        /// <paramref name="properties"/> extra property XML (<c>PaperGenDataCarrier</c>, which the project makes
        /// compiler-visible so the generator sees it), <paramref name="runtime"/> the PaperGen.Runtime assembly to
        /// reference (the IL build by default; <see cref="PrecompiledRuntime"/> for what the package gives this machine).
        /// </summary>
        public void Write(string program, string items = "", string properties = "", string? runtime = null)
        {
            var build = Path.Combine(Compilations.RepositoryRoot, "src/PaperGen.Generator/build/");
            File.WriteAllText(Path.Combine(Directory, Name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{build}PaperGen.props" />
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <LangVersion>latest</LangVersion>
                    <RootNamespace>Bench</RootNamespace>
                    {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    <CompilerVisibleProperty Include="PaperGenDataCarrier" />
                    <Reference Include="{runtime ?? Runtime}" />
                    <Analyzer Include="{Generator}" />
                    {items}
                  </ItemGroup>
                  <Import Project="{build}PaperGen.targets" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(Directory, "Program.cs"), program);
        }

        public void Restore() => Dotnet("restore", TimeSpan.FromMinutes(5));

        /// <summary>A full compile in fresh processes: no incremental skip, no MSBuild node or compiler server reuse.</summary>
        public TimeSpan Build(Action<Process>? whileRunning = null, TimeSpan? timeout = null)
        {
            var stopwatch = Stopwatch.StartNew();
            Dotnet("build -c Release --no-restore --no-incremental -nodeReuse:false -m:1 -p:UseSharedCompilation=false", timeout ?? TimeSpan.FromMinutes(30), whileRunning);
            return stopwatch.Elapsed;
        }

        /// <summary>A Release publish into <c>publish/</c>; <see cref="ExecutablePath"/> is the published app from then on.</summary>
        public void Publish()
        {
            Dotnet("publish -c Release --no-restore -nodeReuse:false -m:1 -p:UseSharedCompilation=false -o publish", TimeSpan.FromMinutes(30));
            Published = true;
        }

        /// <summary>
        /// A build after an edit: incremental, through the shared compiler server as <c>dotnet build</c> runs by
        /// default (warm once it has built anything), or in a fresh compiler process. The server is named either way
        /// because some machines (this one, CI images) turn it off with the environment variable
        /// <c>UseSharedCompilation=false</c>.
        /// </summary>
        public TimeSpan Rebuild(bool compilerServer, Action<Process>? whileRunning = null)
        {
            var stopwatch = Stopwatch.StartNew();
            Dotnet("build -c Release --no-restore -nodeReuse:false -m:1 -p:UseSharedCompilation=" + (compilerServer ? "true" : "false"), TimeSpan.FromMinutes(30), whileRunning);
            return stopwatch.Elapsed;
        }

        /// <summary>Stops the shared compiler server, so the next <see cref="Rebuild"/> starts a cold one.</summary>
        public void ShutDownCompilerServer() => Dotnet("build-server shutdown --vbcscompiler", TimeSpan.FromMinutes(2));

        private void Dotnet(string arguments, TimeSpan timeout, Action<Process>? whileRunning = null)
        {
            var start = new ProcessStartInfo("dotnet", arguments)
            {
                WorkingDirectory = Directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            whileRunning?.Invoke(process);
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + arguments + " timed out in " + Directory);
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet " + arguments + " failed in " + Directory + ":\n" + output);
            }
        }
    }
}
