using System.IO;
using System.Linq;
using PaperGen.Sample;
using Xunit;

namespace PaperGen.Tests
{
    /// <summary>The sample's command line, run in-process on the sample's own compiled dump.</summary>
    public class SampleTests
    {
        [Fact]
        public void No_arguments_prints_an_overview_with_count_date_and_usage()
        {
            var (code, output, error) = Run();

            Assert.Equal(0, code);
            Assert.StartsWith("54 papers from interp.txt (listing date Aug 6).", output);
            Assert.Contains("InterpPapers.FuxiTranyu", output);
            Assert.Contains("usage:", output);
            Assert.Empty(error);
        }

        [Fact]
        public void List_prints_the_54_titles_in_file_order_as_identifier_tab_title()
        {
            var (code, output, _) = Run("list");

            var lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal(0, code);
            Assert.Equal(54, lines.Length);
            Assert.Equal("FuxiTranyu\tFuxiTranyu: A Multilingual Large Language Model Trained with Balanced Data", lines[0]);
            Assert.Equal("Monet\tMonet: Mixture of Monosemantic Experts for Transformers", lines[50]);
            Assert.EndsWith("\tHow connectivity structure shapes rich and lazy learning in neural circuits", lines[53]);
        }

        [Theory]
        [InlineData("Monet")]
        [InlineData("MONET: Mixture of Monosemantic Experts for Transformers")]
        [InlineData("monet mixture of monosemantic experts for transformers")]
        public void Show_prints_title_abstract_and_links_of_one_paper(string query)
        {
            var (code, output, _) = Run("show", query);

            Assert.Equal(0, code);
            Assert.StartsWith("Monet: Mixture of Monosemantic Experts for Transformers\n\nUnderstanding the internal computations", output);
            Assert.Contains("\nhttps://github.com/dmis-lab/Monet\n", output);
        }

        [Fact]
        public void Show_finds_a_paper_by_its_name_in_code_before_any_title()
        {
            var (code, output, _) = Run("show", "InterpretingAttentionLayerOutputsSparseAutoencoders");

            Assert.Equal(0, code);
            Assert.StartsWith("Interpreting Attention Layer Outputs with Sparse Autoencoders\n\n", output);
            Assert.EndsWith("in code: InterpPapers.InterpretingAttentionLayerOutputsSparseAutoencoders)\n", output);
        }

        [Fact]
        public void Search_finds_the_sparse_autoencoder_paper_first()
        {
            var (code, output, _) = Run("search", "sparse", "autoencoders");

            Assert.Equal(0, code);
            Assert.Equal("InterpretingAttentionLayerOutputsSparseAutoencoders\tInterpreting Attention Layer Outputs with Sparse Autoencoders", output.Split('\n')[0]);
        }

        [Theory]
        [InlineData("Monnet")]
        [InlineData("Monte")]
        [InlineData("mixture monosemantic experts")]
        public void Show_on_a_miss_suggests_the_closest_title_on_one_line_of_stderr(string query)
        {
            var (code, output, error) = Run("show", query);

            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Equal("no paper '" + query + "'; did you mean Monet: Mixture of Monosemantic Experts for Transformers?\n", error);
        }

        [Theory]
        [InlineData("frobnicate")]
        [InlineData("show", "No Such Paper")]
        [InlineData("search", "zzzyzzy")]
        [InlineData("show")]
        public void Unknown_command_or_paper_prints_one_line_on_stderr_and_exits_1(params string[] args)
        {
            var (code, output, error) = Run(args);

            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }

        private static (int Code, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var code = Cli.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }
}
