using System;
using System.Collections.Generic;
using System.Threading;
using PaperGen.CompiledData;

namespace PaperGen
{
    /// <summary>
    /// One paper from a paper dump: its title and abstract, what the listing said around it, and where
    /// in the dump it came from.
    /// </summary>
    /// <remarks>
    /// Instances are created by PaperGen's generated code; a paper never changes after it is created.
    /// Fields that the dump's layout did not carry are <see langword="null"/>.
    /// </remarks>
    public sealed class Paper
    {
        private static readonly IReadOnlyList<string> NoLinks = new string[0];
        private readonly CompiledCatalogData? _source;
        private readonly int _sourceIndex;
        private string? _abstract;

        /// <summary>Creates a paper. Generated code calls this; user code rarely needs to.</summary>
        /// <param name="identifier">The C# member name the generator gave this paper, e.g. <c>Monet</c>.</param>
        /// <param name="title">The title, exactly as in the dump (inner line breaks folded to spaces).</param>
        /// <param name="abstract">The abstract, exactly as in the dump (inner line breaks folded to spaces).</param>
        /// <param name="sourceFile">The file name of the dump the paper came from.</param>
        /// <param name="sourceLine">The 1-based line of the paper's title in that file.</param>
        /// <param name="shortName">The short name before a colon in the title (<c>Monet</c>), or <see langword="null"/>.</param>
        /// <param name="links">Addresses found in the abstract, in order; <see langword="null"/> for none.</param>
        /// <param name="arxivId">The arXiv identifier from the paper's address (<c>2410.05434</c>), or <see langword="null"/>.</param>
        /// <param name="authorCount">The number of authors the listing showed, or <see langword="null"/>.</param>
        /// <param name="organization">The organisation the listing showed instead of authors, or <see langword="null"/>.</param>
        /// <param name="date">The date as the listing wrote it (<c>Oct 7, 2024</c>, <c>May 30</c>), less a leading <c>Published on</c>, or <see langword="null"/>.</param>
        /// <param name="upvotes">The upvote count, or <see langword="null"/> when the listing showed none.</param>
        /// <param name="codeUrl">The address of the paper's code repository, or <see langword="null"/>.</param>
        public Paper(
            string identifier,
            string title,
            string @abstract,
            string sourceFile,
            int sourceLine,
            string? shortName = null,
            string[]? links = null,
            string? arxivId = null,
            int? authorCount = null,
            string? organization = null,
            string? date = null,
            int? upvotes = null,
            string? codeUrl = null)
            : this(identifier, title, sourceFile, sourceLine, shortName, links, arxivId, authorCount, organization, date, upvotes, codeUrl)
        {
            _abstract = @abstract ?? throw new ArgumentNullException(nameof(@abstract));
        }

        // Compiled papers read their abstract on first access: a lookup or a listing of titles then never
        // decompresses the dump's text.
        internal Paper(
            string identifier,
            string title,
            CompiledCatalogData source,
            int sourceIndex,
            string sourceFile,
            int sourceLine,
            string? shortName,
            string[]? links,
            string? arxivId,
            int? authorCount,
            string? organization,
            string? date,
            int? upvotes,
            string? codeUrl)
            : this(identifier, title, sourceFile, sourceLine, shortName, links, arxivId, authorCount, organization, date, upvotes, codeUrl)
        {
            _source = source;
            _sourceIndex = sourceIndex;
        }

        private Paper(
            string identifier,
            string title,
            string sourceFile,
            int sourceLine,
            string? shortName,
            string[]? links,
            string? arxivId,
            int? authorCount,
            string? organization,
            string? date,
            int? upvotes,
            string? codeUrl)
        {
            Identifier = identifier ?? throw new ArgumentNullException(nameof(identifier));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            SourceFile = sourceFile ?? throw new ArgumentNullException(nameof(sourceFile));
            SourceLine = sourceLine;
            ShortName = shortName;
            Links = links is null || links.Length == 0 ? NoLinks : Array.AsReadOnly(links);
            ArxivId = arxivId;
            AuthorCount = authorCount;
            Organization = organization;
            Date = date;
            Upvotes = upvotes;
            CodeUrl = codeUrl;
        }

        /// <summary>The C# member name the generator gave this paper, e.g. <c>Monet</c>.</summary>
        public string Identifier { get; }

        /// <summary>The paper's title.</summary>
        public string Title { get; }

        /// <summary>The paper's abstract (or the listing's summary, where that is all the page showed).</summary>
        public string Abstract => _abstract ?? LoadAbstract();

        /// <summary>The short name before a colon in the title (<c>Monet</c> for <c>Monet: Mixture of …</c>), or <see langword="null"/>.</summary>
        public string? ShortName { get; }

        /// <summary>The web addresses found in the abstract, in order, without trailing sentence punctuation.</summary>
        public IReadOnlyList<string> Links { get; }

        /// <summary>The file name of the dump this paper came from.</summary>
        public string SourceFile { get; }

        /// <summary>The 1-based line of this paper's title in <see cref="SourceFile"/>.</summary>
        public int SourceLine { get; }

        /// <summary>The arXiv identifier taken from the paper's address, e.g. <c>2410.05434</c>, or <see langword="null"/>.</summary>
        public string? ArxivId { get; }

        /// <summary>The number of authors the listing showed, or <see langword="null"/>.</summary>
        public int? AuthorCount { get; }

        /// <summary>The organisation the listing showed in place of the authors, or <see langword="null"/>.</summary>
        public string? Organization { get; }

        /// <summary>
        /// The date as the listing wrote it (<c>Oct 7, 2024</c>, <c>May 30</c> without a year), less a leading
        /// <c>Published on</c>, or <see langword="null"/>. It is not parsed: listings often omit the year.
        /// </summary>
        public string? Date { get; }

        /// <summary>The upvote count the listing showed, or <see langword="null"/> when it showed none.</summary>
        public int? Upvotes { get; }

        /// <summary>The address of the paper's code (a GitHub repository), or <see langword="null"/>.</summary>
        public string? CodeUrl { get; }

        private string LoadAbstract()
        {
            var text = _source!.DecodeAbstract(_sourceIndex);
            return Interlocked.CompareExchange(ref _abstract, text, null) ?? text;
        }

        /// <summary>Returns the title.</summary>
        public override string ToString() => Title;
    }
}
