namespace PaperGen.Storage
{
    /// <summary>
    /// Where a paper whose abstract was not loaded with it gets the abstract on first access (compiled
    /// data: a lookup or a list of titles then never decompresses text). The paper knows only this, not
    /// how the text is stored.
    /// </summary>
    internal interface IAbstractSource
    {
        string LoadAbstract(int index);
    }
}
