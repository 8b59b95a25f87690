namespace PaperGen.CompiledData
{
    /// <summary>
    /// Compiled-data layout 4, as PaperGen 0.1 wrote it: frozen. Dataset assemblies built with it are in
    /// users' hands for years, so the runtime reads it beside the current <see cref="CompiledLayout"/>
    /// (tests/PaperGen.Tests/Compatibility keeps such assemblies as binaries).
    /// </summary>
    /// <remarks>
    /// It differs from layout 5 in its header (no writer version: seven numbers, the paper count second)
    /// and in having no AI summaries (seven numbers per paper: no <c>PaperSummaryBytes</c>). Parts, the
    /// other numbers per paper, chunks, hash tables and the extra-field tags it used (<c>IdentifierTag</c>
    /// to <c>CodeUrlTag</c>) are as in layout 5.
    /// </remarks>
    internal static class Layout4
    {
        public const int FormatVersion = 4;

        public const int HeaderPaperCount = 1;
        public const int HeaderTitleBuckets = 2;
        public const int HeaderFoldBuckets = 3;
        public const int HeaderRuntimeFoldCount = 4;
        public const int HeaderTitleWindow = 5;
        public const int HeaderCompressed = 6;
        public const int HeaderNumbers = 7;

        public const int PaperNumbers = 7;
    }
}
