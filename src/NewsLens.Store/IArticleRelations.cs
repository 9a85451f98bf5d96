namespace NewsLens.Store;

/// <summary>
/// What provenance reads and records beside the articles: one layer of an article, its links in both directions, and
/// the comparison of an article with each stored source it cites. Both stores implement it; not thread-safe, as the
/// store itself.
/// </summary>
public interface IArticleRelations
{
    /// <summary>The JSON of layer <paramref name="name"/> of article <paramref name="id"/>, or null when it has none.</summary>
    string? Layer(long id, string name);

    /// <summary>Every link from or to article <paramref name="id"/>, ordered by kind, then the other article's id.</summary>
    IReadOnlyList<ArticleLink> LinksOf(long id);

    /// <summary>
    /// In one transaction, removes the links of <paramref name="kinds"/> that start at <paramref name="article"/> and
    /// records <paramref name="links"/> (each must start there): a re-run leaves no link an earlier run found and this one did not.
    /// </summary>
    void ReplaceLinks(long article, IReadOnlyCollection<string> kinds, IReadOnlyList<ArticleLink> links);

    /// <summary>In one transaction, replaces every stored comparison of <paramref name="article"/> with <paramref name="comparisons"/> (source id → JSON).</summary>
    void ReplaceComparisons(long article, IReadOnlyList<(long Source, string Json)> comparisons);

    /// <summary>The stored comparisons of <paramref name="article"/> with its sources, by source id.</summary>
    IReadOnlyList<(long Source, string Json)> Comparisons(long article);
}
