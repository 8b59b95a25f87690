namespace PaperGen.Tests.Infrastructure
{
    /// <summary>A dump as a project would declare it: <c>&lt;PaperDump Include="…" ClassName="…" /&gt;</c>.</summary>
    internal sealed record DumpFile(string Path, string Text, string? ClassName = null, string? Namespace = null, string? Accessibility = null, byte[]? Bytes = null)
    {
        public static DumpFile FromFixture(string name, string? className = null, string? ns = null)
            => new("/project/papers/" + name, Fixtures.Read(name), className, ns);
    }
}
