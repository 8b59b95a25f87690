using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace PaperGen.Tests.Infrastructure
{
    /// <summary>
    /// Compares text with a reviewed file <c>Snapshots/{Class}.{Test}.verified.cs</c> (Verify's naming, so a
    /// move to Verify is mechanical). On a difference it writes <c>.received.cs</c> beside it and fails;
    /// review the diff, then rename the file, or run with PAPERGEN_ACCEPT_SNAPSHOTS=1 to accept all.
    /// The generator's version is scrubbed, so a version bump changes no snapshot.
    /// </summary>
    internal static class Snapshot
    {
        public const string ScrubbedVersion = "{PaperGenVersion}";

        private static readonly Regex GeneratedCodeVersion = new(@"(GeneratedCode\(""PaperGen"", "")[^""]*(""\))", RegexOptions.CultureInvariant);

        public static string Scrub(string source) => GeneratedCodeVersion.Replace(source, "${1}" + ScrubbedVersion + "${2}");

        public static void Verify(string actual, string className, [CallerMemberName] string testName = "", [CallerFilePath] string sourceFile = "")
        {
            var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
            var verified = Path.Combine(directory, className + "." + testName + ".verified.cs");
            var received = Path.ChangeExtension(verified, null).Replace(".verified", ".received") + ".cs";
            actual = Scrub(actual.Replace("\r\n", "\n"));

            var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
            if (expected == actual)
            {
                File.Delete(received);
                return;
            }

            if (Environment.GetEnvironmentVariable("PAPERGEN_ACCEPT_SNAPSHOTS") == "1")
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(verified, actual);
                return;
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(received, actual);
            Assert.Fail(expected is null
                ? $"No reviewed snapshot {verified}; review {received} and rename it to .verified.cs."
                : $"Generated source differs from {verified}; see {received}.");
        }
    }
}
