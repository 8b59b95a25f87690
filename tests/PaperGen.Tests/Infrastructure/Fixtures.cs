using System;
using System.IO;

namespace PaperGen.Tests.Infrastructure
{
    internal static class Fixtures
    {
        public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

        public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

        public static byte[] ReadBytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name));
    }
}
