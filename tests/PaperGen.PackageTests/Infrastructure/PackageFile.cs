using System;
using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace PaperGen.PackageTests.Infrastructure
{
    /// <summary>Reads a .nupkg as NuGet would: its file list and its nuspec metadata.</summary>
    public static class PackageFile
    {
        public static List<string> Files(ZipArchive package) =>
            package.Entries.Select(e => e.FullName).ToList();

        public static XElement Metadata(ZipArchive package)
        {
            var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
            using var stream = entry.Open();
            return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }

        /// <summary>A file of the package, read as UTF-8 text.</summary>
        public static string Text(ZipArchive package, string path)
        {
            var entry = package.GetEntry(path) ?? throw new InvalidOperationException(path + " is not in the package.");
            using var reader = new System.IO.StreamReader(entry.Open(), System.Text.Encoding.UTF8);
            return reader.ReadToEnd();
        }

        public static XElement Element(XElement metadata, string name) =>
            metadata.Elements().Single(e => e.Name.LocalName == name);

        /// <summary>"Id Version" of every dependency in every framework group.</summary>
        public static List<string> Dependencies(XElement metadata) =>
            metadata.Descendants()
                .Where(e => e.Name.LocalName == "dependency")
                .Select(e => e.Attribute("id")!.Value + " " + e.Attribute("version")!.Value)
                .ToList();
    }
}
