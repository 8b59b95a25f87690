using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace PaperGen.PackageTests.Infrastructure
{
    /// <summary>What a finished <c>dotnet</c> command printed, with enough context to read a failure.</summary>
    public sealed record CommandResult(string Command, string WorkingDirectory, int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;

        public override string ToString() =>
            $"`{Command}` in {WorkingDirectory} exited with {ExitCode}:{Environment.NewLine}{Output}";
    }

    /// <summary>Runs the <c>dotnet</c> CLI as a child process, as a user's shell would.</summary>
    public static class DotNetCli
    {
        /// <summary>Far above what any one command takes here; only a hung restore or build reaches it.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
            RunProgram(HostPath(), workingDirectory, environment, arguments);

        /// <summary>
        /// Another program (bash, a language server's client) in the same environment as <see cref="Run"/>, with this
        /// <c>dotnet</c> first on the PATH, so that what it runs as <c>dotnet</c> is the CLI these tests use.
        /// </summary>
        public static CommandResult RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // `dotnet test` hands its test host MSBuild's own settings (MSBuildSDKsPath, MSBuildExtensionsPath, ...);
            // a child build that inherits them resolves SDKs the test run's way instead of a user's.
            foreach (var key in start.Environment.Keys.ToList())
            {
                if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(key);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            // Lingering MSBuild nodes or compiler servers would hold our output pipes open (and outlive the test run).
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            var hostDirectory = Path.GetDirectoryName(Path.GetFullPath(HostPath()));
            if (Path.IsPathRooted(HostPath()) && hostDirectory is not null)
            {
                start.Environment["PATH"] = hostDirectory + Path.PathSeparator + start.Environment["PATH"];
            }

            foreach (var pair in environment)
            {
                start.Environment[pair.Key] = pair.Value;
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            DataReceivedEventHandler append = (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (output)
                    {
                        output.AppendLine(e.Data);
                    }
                }
            };
            process.OutputDataReceived += append;
            process.ErrorDataReceived += append;

            var command = (program == HostPath() ? "dotnet" : program) + " " + string.Join(" ", arguments);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"`{command}` in {workingDirectory} did not finish within {Timeout}:{Environment.NewLine}{output}");
            }

            // The timed wait returns at exit; this one also drains what the output readers still hold.
            process.WaitForExit();
            lock (output)
            {
                return new CommandResult(command, workingDirectory, process.ExitCode, output.ToString());
            }
        }

        private static string HostPath()
        {
            // Set by the CLI for the processes it starts: the same dotnet that runs these tests.
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return string.IsNullOrEmpty(host) ? "dotnet" : host;
        }
    }
}
