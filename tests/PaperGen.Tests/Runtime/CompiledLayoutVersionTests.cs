using System;
using PaperGen.CompiledData;
using PaperGen.Generator.Emit;
using PaperGen.Generator.Planning;
using Xunit;
using static PaperGen.Tests.Runtime.HandBuiltDumps;

namespace PaperGen.Tests.Runtime
{
    /// <summary>What the runtime says about compiled data it has no reader for (the contract is in README's compatibility section).</summary>
    public class CompiledLayoutVersionTests
    {
        [Fact]
        public void Data_from_a_newer_PaperGen_fails_naming_both_versions_and_the_fix()
        {
            var error = Assert.Throws<ArgumentException>(() => Open(layout: CompiledHeader.NewestLayout + 1, writer: "1.2.3"));

            Assert.Contains("hand.txt", error.Message);
            Assert.Contains("written by PaperGen 1.2.3 (layout " + (CompiledHeader.NewestLayout + 1) + ")", error.Message);
            Assert.Contains("PaperGen.Runtime " + CompiledHeader.RuntimeVersion + " reads compiled-data layouts 4 to " + CompiledHeader.NewestLayout, error.Message);
            Assert.Contains("Update the PaperGen.Runtime package to 1.2.3 or later.", error.Message);
        }

        [Fact]
        public void Writer_version_is_recorded_without_its_prerelease_suffix()
        {
            var error = Assert.Throws<ArgumentException>(() => Open(layout: 9, writer: "2.10.3-beta.1+abc"));

            Assert.Contains("written by PaperGen 2.10.3 (layout 9)", error.Message);
        }

        [Fact]
        public void Data_from_a_newer_PaperGen_of_unknown_version_still_says_to_update_the_runtime()
        {
            var error = Assert.Throws<ArgumentException>(() => Open(layout: 7, writer: "dev"));

            Assert.Contains("written by a newer PaperGen (layout 7)", error.Message);
            Assert.Contains("Update the PaperGen.Runtime package", error.Message);
        }

        [Theory]
        [InlineData(3)]
        [InlineData(0)]
        public void A_layout_no_release_wrote_fails_saying_to_rebuild(int layout)
        {
            var error = Assert.Throws<ArgumentException>(() => Open(layout, writer: "0.1.0"));

            Assert.Contains("layout " + layout + ", which no released PaperGen wrote", error.Message);
            Assert.Contains("Rebuild it", error.Message);
        }

        [Fact]
        public void Runtime_version_is_the_package_version()
        {
            Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", CompiledHeader.RuntimeVersion);
        }

        // Real compiled data whose header claims another layout: what a future PaperGen's dataset looks like
        // to this runtime, as far as the two numbers every layout from 5 on starts with.
        private static PaperCatalog Open(int layout, string writer)
        {
            var encoded = CompiledDataEncoder.TryEncode(Dump(FullPaper()), Generator.Planning.EmitLimits.DefaultPapersPerFile, writer)!;
            var patched = new EncodedCatalog(
                Packed(layout) + encoded.Manifest.Substring(4),
                encoded.TitleTable,
                encoded.FoldTable,
                encoded.RuntimeFold,
                encoded.Chunks,
                encoded.Heads,
                encoded.Compressed);
            return PaperCatalog.FromCompiledData(DataSource(patched), "hand.txt");
        }

        // A manifest number: 4 characters of 6 bits from '0' (PackedNumbers, compiled into both generator
        // and runtime, so this test cannot name it).
        private static string Packed(int value)
            => new(new[] { (char)('0' + ((value >> 18) & 63)), (char)('0' + ((value >> 12) & 63)), (char)('0' + ((value >> 6) & 63)), (char)('0' + (value & 63)) });
    }
}
