using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests
{
    public class NamingTests
    {
        [Theory]
        [InlineData("Monet: Mixture of Monosemantic Experts for Transformers", "Monet")]
        [InlineData("LaVCa: LLM-assisted Visual Cortex Captioning", "LaVCa")]
        [InlineData("How connectivity structure shapes rich and lazy learning in neural circuits", "HowConnectivityStructureShapesRichLazy")]
        [InlineData("3D Worlds from a Single Image", "_3DWorldsSingleImage")]
        [InlineData("Don't Stop Pretraining", "DontStopPretraining")]
        [InlineData("class", "Class")]
        [InlineData("All", "AllPaper")]
        [InlineData("Equals", "EqualsPaper")]
        public void Paper_gets_the_expected_member_name(string title, string expected)
        {
            Assert.Equal(expected, Names(title).Single());
        }

        [Fact]
        public void Title_without_letters_gets_a_stable_hash_name()
        {
            var name = Names("?!?").Single();

            Assert.Matches("^Paper[0-9A-F]{8}$", name);
            Assert.Equal(name, Names("Another Paper", "?!?")[1]);
        }

        [Fact]
        public void Colliding_names_keep_the_first_and_number_the_rest()
        {
            Assert.Equal(new[] { "Monet", "Monet2", "Monet3" }, Names("Monet: One", "Monet: Two", "Monet: Three"));
        }

        [Fact]
        public void A_name_does_not_change_when_other_papers_are_added_removed_or_reordered()
        {
            var before = Map("Monet: Experts", "Sparse Autoencoders Find Features", "LaVCa: Captions");
            var after = Map("A Newly Added Paper", "LaVCa: Captions", "Monet: Experts");

            Assert.Equal(before["Monet: Experts"], after["Monet: Experts"]);
            Assert.Equal(before["LaVCa: Captions"], after["LaVCa: Captions"]);
        }

        [Fact]
        public void A_paper_named_like_its_class_gets_a_suffix()
        {
            var run = GeneratorHarness.Run(new DumpFile("/project/p.txt", "Reading List\n\nAn abstract.\n", ClassName: "ReadingList"));

            Assert.Contains("public static global::PaperGen.Paper ReadingListPaper =>", run.Source);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Fact]
        public void Generated_source_does_not_depend_on_the_current_culture()
        {
            var dump = DumpFile.FromFixture("hf-papers-aug-6.txt");
            var invariant = GeneratorHarness.Run(dump).Source;
            var original = Thread.CurrentThread.CurrentCulture;
            try
            {
                foreach (var culture in new[] { "fi-FI", "tr-TR", "ar-SA", "hi-IN" })
                {
                    Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                    Thread.CurrentThread.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                    Assert.Equal(invariant, GeneratorHarness.Run(dump).Source);
                }
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = original;
                Thread.CurrentThread.CurrentUICulture = original;
            }
        }

        private static List<string> Names(params string[] titles) => Map(titles).Values.ToList();

        private static Dictionary<string, string> Map(params string[] titles)
        {
            var text = string.Join("\n\n", titles.Select(t => t + "\n\nAn abstract about " + t.Length + " things."));
            var model = Generator.Model.CatalogBuilder.Build(
                Parse.DumpPath,
                Parse.Text(text),
                new Generator.Configuration.DumpOptions(null, null, true, Generator.Pipeline.EquatableArray<Generator.Pipeline.DiagnosticInfo>.Empty));
            return model.Papers.ToDictionary(p => p.Title, p => p.Identifier);
        }
    }
}
