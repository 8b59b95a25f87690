using System;
using Xunit;

namespace PaperGen.Tests.Runtime
{
    /// <summary>What <see cref="HandBuiltDumps.FullPaper"/> must read back as, whichever way it was compiled.</summary>
    internal static class PaperFieldAssertions
    {
        public static void AssertIsFullPaper(Paper paper, string sourceFile = "hand.txt")
        {
            Assert.Equal("Monet", paper.Identifier);
            Assert.Equal("Monet: Mixture of Monosemantic Experts for Transformers", paper.Title);
            Assert.Equal("Understanding the internal computations of large language models (LLMs) is crucial. Café \"quoted\" 𝔼.", paper.Abstract);
            Assert.Equal(sourceFile, paper.SourceFile);
            Assert.Equal(12, paper.SourceLine);
            Assert.Equal("Monet", paper.ShortName);
            Assert.Equal(new[] { "https://github.com/dmis-lab/Monet" }, paper.Links);
            Assert.Equal("2412.04139", paper.ArxivId);
            Assert.Equal(new[] { "Jungwoo Park", "Young Jin Ahn", "Kee-Eung Kim", "Jaewoo Kang" }, paper.Authors);
            Assert.Equal(4, paper.AuthorCount);
            Assert.Equal("KAIST", paper.Organization);
            Assert.Equal("Dec 5, 2024", paper.Date);
            Assert.Equal(13, paper.Upvotes);
            Assert.Equal("https://github.com/dmis-lab/Monet", paper.CodeUrl);
            Assert.Equal("Monet puts sparse dictionary learning into mixture-of-experts pretraining — 262,144 experts per layer.", paper.AiSummary);
            Assert.Equal(2, paper.Comments);
            AssertInstant(new DateTimeOffset(2024, 12, 5, 10, 42, 19, TimeSpan.Zero), paper.PublishedAt);
            AssertInstant(new DateTimeOffset(2024, 12, 6, 1, 22, 33, 123, TimeSpan.FromHours(2)), paper.SubmittedAt);
            Assert.Equal("akhaliq", paper.SubmittedBy);
            Assert.Equal(new[] { "mixture of experts", "monosemanticity", "𝔼-values" }, paper.Keywords);
            Assert.Equal(1234, paper.GitHubStars);
            Assert.Equal("https://example.org/monet?a=1&b=2", paper.ProjectUrl);
            Assert.Equal("https://huggingface.co/papers/2412.04139", paper.Url);
            Assert.Equal("https://arxiv.org/abs/2412.04139", paper.ArxivUrl);
            Assert.Equal("https://arxiv.org/pdf/2412.04139", paper.PdfUrl);
        }

        /// <summary>The instant and the offset it was written with (DateTimeOffset equality compares only the instant).</summary>
        public static void AssertInstant(DateTimeOffset expected, DateTimeOffset? actual)
        {
            Assert.NotNull(actual);
            Assert.Equal(expected, actual!.Value);
            Assert.Equal(expected.Offset, actual.Value.Offset);
        }

        public static void AssertHasNoNewFields(Paper paper)
        {
            Assert.Empty(paper.Authors);
            Assert.Null(paper.AiSummary);
            Assert.Null(paper.Comments);
            Assert.Null(paper.PublishedAt);
            Assert.Null(paper.SubmittedAt);
            Assert.Null(paper.SubmittedBy);
            Assert.Empty(paper.Keywords);
            Assert.Null(paper.GitHubStars);
            Assert.Null(paper.ProjectUrl);
        }
    }
}
