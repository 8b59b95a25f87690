namespace PaperGen.Storage
{
    /// <summary>
    /// Where a paper gets its long text (the abstract, the AI summary) on first access when it was not
    /// loaded with the paper: compiled data, where a lookup or a list of titles then never decompresses
    /// text. The paper knows only this, not how the text is stored.
    /// </summary>
    internal interface ILazyPaperText
    {
        string LoadAbstract(int index);

        string LoadAiSummary(int index);
    }
}
