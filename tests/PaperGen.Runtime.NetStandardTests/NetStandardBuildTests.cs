using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using PaperGen.Datasets;
using Xunit;

namespace PaperGen.Runtime.NetStandardTests
{
    /// <summary>Every other test here means something only if these pass: the code under test is the netstandard2.0 build.</summary>
    public class NetStandardBuildTests
    {
        [Fact]
        public void The_runtime_under_test_is_its_netstandard20_build()
        {
            Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(typeof(PaperCatalog).Assembly));
            Assert.True(BuiltAgainstNetStandard(typeof(PaperCatalog).Assembly));
        }

        [Fact]
        public void The_dataset_under_test_is_its_netstandard20_build_over_the_same_runtime()
        {
            var dataset = typeof(DailyPapers).Assembly;

            // The dataset carries no TargetFrameworkAttribute; what it was compiled against tells the same.
            Assert.True(BuiltAgainstNetStandard(dataset));
            Assert.Same(typeof(PaperCatalog).Assembly, DailyPapers.Catalog.GetType().Assembly);
        }

        [Fact]
        public void The_dataset_holds_compiled_data_in_constants_rather_than_string_literals()
        {
            // Since issue 12 the compiled-data parts are const string fields of the generated holder, read through
            // reflection by the runtime: no literal per paper, and nothing in the dataset needs System.Memory.
            var holder = typeof(DailyPapers).GetNestedType("__PaperGenData", BindingFlags.NonPublic);
            var manifest = holder?.GetField("Part0", BindingFlags.NonPublic | BindingFlags.Static);

            Assert.NotNull(manifest);
            Assert.True(manifest!.IsLiteral);
            Assert.IsType<string>(manifest.GetRawConstantValue());
        }

        // A netstandard2.0 build references the netstandard facade; a net8.0 build references System.Runtime instead.
        private static bool BuiltAgainstNetStandard(Assembly assembly)
        {
            var references = assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
            return references.Contains("netstandard") && !references.Contains("System.Runtime");
        }

        private static string? TargetFramework(Assembly assembly) => assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
    }
}
