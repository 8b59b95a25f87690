using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PaperGen.Tests.Coverage;
using Xunit;

namespace PaperGen.Tests
{
    /// <summary>
    /// Member names as users write them in code: every expected name is a literal, so a name that changed
    /// between builds, machines or processes (a hash that is not stable, a culture leaking in) fails here.
    /// Names are read from the generated <c>Titles</c> constants, through the generator driver.
    /// </summary>
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
        [InlineData("?!?", "PaperFBC580E6")]
        [InlineData("— … —", "PaperFC209FD9")]
        [InlineData("Über Attention in 大型语言模型", "ÜberAttention大型语言模型")]
        [InlineData("A Very Long Short Name Here: Subtitle of the Paper", "AVeryLongShortNameHere")]
        [InlineData("Supercalifragilisticexpialidocious Hyperparameterization Interpretability Study", "SupercalifragilisticexpialidociousHyperparameterization")]
        public void Paper_gets_the_expected_member_name(string title, string expected)
        {
            Assert.Equal(expected, Names(title).Single());
        }

        [Fact]
        public void Title_without_letters_gets_the_same_hash_name_in_every_process_and_position()
        {
            // FNV-1a of "?!?" as UTF-16: a literal, so a per-process hash (string.GetHashCode) cannot pass.
            Assert.Equal("PaperFBC580E6", Names("?!?").Single());
            Assert.Equal("PaperFBC580E6", Names("Another Paper", "?!?")[1]);
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

            Assert.Equal("Monet", before["Monet: Experts"]);
            Assert.Equal("Monet", after["Monet: Experts"]);
            Assert.Equal("LaVCa", before["LaVCa: Captions"]);
            Assert.Equal("LaVCa", after["LaVCa: Captions"]);
        }

        [Fact]
        public void A_paper_named_like_its_class_gets_a_suffix()
        {
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/p.txt", "Reading List\n\nAn abstract.\n", className: "ReadingList"));

            Assert.Contains("public static global::PaperGen.Paper ReadingListPaper =>", run.SourceText());
            Assert.Empty(run.CompilationErrorsAndWarnings);
        }

        [Theory]
        [InlineData("interp.txt", "InterpPapers")]
        [InlineData("daily-papers.md", "DailyPapers")]
        [InlineData("2024 reading list.txt", "_2024ReadingListPapers")]
        [InlineData("!!!.txt", "Papers")]
        public void Dump_file_name_gives_the_class_name(string fileName, string expected)
        {
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/" + fileName, "A Paper\n\nAn abstract.\n"));

            Assert.NotNull(run.Output.GetTypeByMetadataName("Probe." + expected));
        }

        [Fact]
        public void Generated_source_does_not_depend_on_the_current_culture()
        {
            var text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "hf-papers-aug-6.txt"));
            string Generate() => GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/hf-papers-aug-6.txt", text)).SourceText();
            var invariant = Generate();
            var original = Thread.CurrentThread.CurrentCulture;
            try
            {
                foreach (var culture in new[] { "fi-FI", "tr-TR", "ar-SA", "hi-IN" })
                {
                    Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                    Thread.CurrentThread.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                    Assert.Equal(invariant, Generate());
                }
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = original;
                Thread.CurrentThread.CurrentUICulture = original;
            }
        }

        private static List<string> Names(params string[] titles) => Map(titles).Values.ToList();

        /// <summary>Title to member name, in file order, as the generated Titles class declares them.</summary>
        private static Dictionary<string, string> Map(params string[] titles)
        {
            var text = string.Join("\n\n", titles.Select(t => t + "\n\nAn abstract about " + t.Length + " things.")) + "\n";
            var run = GeneratorProbe.Run(GeneratorProbe.Dump("/project/papers/names.txt", text, className: "Names"));
            Assert.Empty(run.GeneratorDiagnostics);
            var constants = run.Output.GetTypeByMetadataName("Probe.Names+Titles")!.GetMembers().OfType<IFieldSymbol>();
            return constants.ToDictionary(f => (string)f.ConstantValue!, f => f.Name);
        }
    }
}
