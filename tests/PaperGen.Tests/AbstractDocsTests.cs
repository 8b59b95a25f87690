using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PaperGen.Generator.Planning;
using PaperGen.Testing;
using PaperGen.Tests.Coverage;
using PaperGen.Tests.Infrastructure;
using Xunit;

namespace PaperGen.Tests
{
    /// <summary>
    /// How much of each abstract a paper's documentation holds (issue 12, <c>PaperGenAbstractDocs</c>): whole
    /// abstracts for small dumps, first sentences past <see cref="DocAbstracts.FullUpToChars"/>, and either on request.
    /// </summary>
    public class AbstractDocsTests
    {
        private const string AbstractDocsKey = "build_property.PaperGenAbstractDocs";

        [Fact]
        public void A_small_dump_documents_each_paper_with_its_whole_abstract()
        {
            var run = Run(Fixtures.Read("hf-papers-aug-6.txt"), docs: null);

            Assert.Empty(run.CompilationErrorsAndWarnings);
            var catalog = run.Catalog("Probe.Aug6");
            Assert.Equal(catalog.Count, Remarks(run).Count);
            Assert.All(Remarks(run).Zip(catalog.All), pair => Assert.Equal(pair.Second.Abstract, pair.First));
        }

        [Fact]
        public void FirstSentence_documents_each_paper_with_the_first_sentence_and_keeps_the_whole_abstract_in_the_catalog()
        {
            var run = Run(Fixtures.Read("hf-papers-aug-6.txt"), docs: "FirstSentence");

            Assert.Empty(run.CompilationErrorsAndWarnings);
            var catalog = run.Catalog("Probe.Aug6");
            var remarks = Remarks(run);
            Assert.Equal(catalog.Count, remarks.Count);
            foreach (var (doc, paper) in remarks.Zip(catalog.All))
            {
                var lead = doc.EndsWith(" …", StringComparison.Ordinal) ? doc.Substring(0, doc.Length - 2) : doc;
                Assert.StartsWith(lead, paper.Abstract, StringComparison.Ordinal);
                Assert.True(lead.Length <= DocAbstracts.MaxLeadChars, doc);
                Assert.True(lead == paper.Abstract || doc.EndsWith(" …", StringComparison.Ordinal) || ".?!".Contains(lead[lead.Length - 1], StringComparison.Ordinal), doc);
            }

            Assert.Contains(remarks, r => r.Length < catalog.All.Max(p => p.Abstract.Length));
            Assert.Contains("first sentence of its abstract", run.SourceText(), StringComparison.Ordinal);
        }

        [Fact]
        public void Auto_documents_first_sentences_once_a_dumps_abstracts_pass_the_threshold_and_Full_keeps_them_whole()
        {
            var dump = LargeDump();

            var auto = Run(dump, docs: null);
            var full = Run(dump, docs: "full");

            Assert.Empty(auto.CompilationErrorsAndWarnings);
            Assert.Empty(full.CompilationErrorsAndWarnings);
            var catalog = full.Catalog("Probe.Aug6");
            Assert.Equal(catalog.All.Select(p => p.Abstract), Remarks(full));
            Assert.All(Remarks(auto), r => Assert.True(r.Length <= DocAbstracts.MaxLeadChars + 2, r));
            Assert.True(string.Concat(Remarks(auto)).Length < string.Concat(Remarks(full)).Length / 2);
        }

        [Fact]
        public void An_unknown_PaperGenAbstractDocs_value_is_PG0006_at_the_dump_and_the_papers_are_still_generated()
        {
            var run = Run(Fixtures.Read("three-papers.txt"), docs: "Abstracts");

            var error = run.Single("PG0006");
            Assert.Equal("/project/papers/aug6.txt", error.Location.GetLineSpan().Path);
            Assert.Contains("'Abstracts'", error.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("PaperGenAbstractDocs", error.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(3, run.Catalog("Probe.Aug6").Count);
        }

        [Theory]
        [InlineData("We study sparse autoencoders, e.g. Top-K ones, on language models. Then we scale them.", "We study sparse autoencoders, e.g. Top-K ones, on language models.")]
        [InlineData("Following Smith et al. We show that features split as dictionaries grow. More text follows.", "Following Smith et al. We show that features split as dictionaries grow.")]
        [InlineData("Can a single image give a whole 3D world? We show it can, with a diffusion prior.", "Can a single image give a whole 3D world?")]
        [InlineData("Code: https://github.com/dmis-lab/Monet. Models follow.", "Code: https://github.com/dmis-lab/Monet. Models follow.")]
        [InlineData("Short.", "Short.")]
        public void The_first_sentence_ends_at_a_full_stop_before_a_capital_not_at_an_abbreviation(string text, string expected)
        {
            Assert.Equal(expected, text.Substring(0, DocAbstracts.LeadLength(text, out var cut)));
            Assert.False(cut);
        }

        [Fact]
        public void A_first_sentence_longer_than_the_limit_is_cut_at_a_space()
        {
            var text = string.Join(" ", Enumerable.Repeat("token", 100)) + ".";

            var length = DocAbstracts.LeadLength(text, out var cut);

            Assert.True(cut);
            Assert.True(length <= DocAbstracts.MaxLeadChars);
            Assert.Equal(' ', text[length]);
        }

        private static ProbeRun Run(string dump, string? docs)
        {
            var options = new Dictionary<string, string> { [GeneratorProbe.RootNamespaceKey] = "Probe" };
            if (docs is not null)
            {
                options[AbstractDocsKey] = docs;
            }

            return GeneratorProbe.Run(new[] { GeneratorProbe.Dump("/project/papers/aug6.txt", dump, className: "Aug6") }, globalOptions: options);
        }

        // Enough papers that their abstracts pass the threshold.
        private static string LargeDump()
        {
            var papers = DocAbstracts.FullUpToChars / 1_000;
            return SyntheticDump.Create(papers);
        }

        // The text of each paper property's <remarks>, documentation lines joined as a reader sees them.
        private static List<string> Remarks(ProbeRun run)
        {
            var source = string.Concat(run.Result.GeneratedSources.Select(s => s.SourceText.ToString()));
            return Regex.Matches(source, @"/// <remarks>\n((?:\s*/// .*\n)*?)\s*/// </remarks>")
                .Select(m => System.Net.WebUtility.HtmlDecode(string.Join(" ", m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().Substring(4)))))
                .ToList();
        }
    }
}
