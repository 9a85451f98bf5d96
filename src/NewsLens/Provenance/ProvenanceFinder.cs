using NewsLens.FactChecks;

namespace NewsLens.Provenance;

/// <summary>
/// Finds, for an article of a collection, the earlier articles that make the same claims and the articles it cites.
/// Each claim is looked up by BM25 among every claim of the collection, and the best candidates from earlier articles
/// are kept when their <see cref="ClaimSimilarity"/> reaches <see cref="ProvenanceOptions.MinSimilarity"/>. An article
/// cites another when it links to that article's canonical URL, or names its outlet as a source and makes one of its
/// claims. Built once over the collection; immutable and thread-safe.
/// </summary>
public sealed class ProvenanceFinder
{
    private readonly IReadOnlyList<ProvenanceArticle> _articles;
    private readonly (int Article, int Claim)[] _rows;
    private readonly Dictionary<string, double>[] _vectors;
    private readonly Bm25Index _bm25;
    private readonly ClaimSimilarity _similarity;
    private readonly Dictionary<string, int> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _outletKeys = [];
    private readonly ProvenanceOptions _options;
    [ThreadStatic] private static float[]? t_scores;
    [ThreadStatic] private static List<int>? t_touched;

    public ProvenanceFinder(IReadOnlyList<ProvenanceArticle> articles, ProvenanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _options = options ?? new ProvenanceOptions();
        _options.Validate();
        _articles = articles;
        var rows = new List<(int, int)>();
        var terms = new List<IReadOnlyList<string>>();
        for (int a = 0; a < articles.Count; a++)
        {
            if (articles[a].UrlKey is { } url) _byUrl.TryAdd(url, a);
            if (articles[a].Outlet is { } outlet) _outletKeys.TryAdd(articles[a].Id, OutletKey(outlet));
            for (int c = 0; c < articles[a].Claims.Count; c++)
            {
                rows.Add((a, c));
                terms.Add(MatchText.Terms(articles[a].Claims[c].Text));
            }
        }
        _rows = [.. rows];
        _bm25 = Bm25Index.Build(terms);
        _similarity = new ClaimSimilarity(terms);
        _vectors = [.. terms.Select(_similarity.Weigh)];
    }

    /// <summary>Claims in the collection.</summary>
    public int ClaimCount => _rows.Length;

    /// <summary>The provenance of <paramref name="article"/> (one of the collection, or a new one) against the collection.</summary>
    public ArticleProvenance Find(ProvenanceArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        // why: one score slot per claim of the collection, reused by each thread's calls (cleared through the touched list)
        var scores = t_scores is { } buffer && buffer.Length == _rows.Length ? buffer : t_scores = new float[_rows.Length];
        var touched = t_touched ??= [];
        // why: a call that threw midway left its scores behind
        foreach (int row in touched) if (row < scores.Length) scores[row] = 0;
        touched.Clear();
        var best = new Dictionary<(long Other, int Claim), ClaimEcho>();
        for (int c = 0; c < article.Claims.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claim = article.Claims[c];
            var terms = MatchText.Terms(claim.Text);
            var mine = _similarity.Weigh(terms);
            _bm25.Score(terms, scores, touched);
            foreach (int row in touched.OrderByDescending(r => scores[r]).ThenBy(r => r).Take(_options.Candidates))
            {
                var other = _articles[_rows[row].Article];
                if (other.Id == article.Id || !other.IsBefore(article)) continue;
                double score = Math.Round(ClaimSimilarity.Cosine(mine, _vectors[row]), 4);
                if (score < _options.MinSimilarity) continue;
                var otherClaim = other.Claims[_rows[row].Claim];
                var echo = new ClaimEcho(other.Id, claim.Span, otherClaim.Span, otherClaim.Text, score);
                if (!best.TryGetValue((other.Id, c), out var had) || score > had.Score) best[(other.Id, c)] = echo;
            }
            foreach (int row in touched) scores[row] = 0;
            touched.Clear();
        }
        var echoes = best.Values.OrderByDescending(e => e.Score).ThenBy(e => e.Other).ThenBy(e => e.Span.Start).Take(_options.MaxEchoes)
            .OrderBy(e => e.Other).ThenBy(e => e.Span.Start).ToList();
        return new ArticleProvenance(article.Id, echoes, Citations(article, echoes));
    }

    private List<Citation> Citations(ProvenanceArticle article, List<ClaimEcho> echoes)
    {
        var cites = new Dictionary<long, Citation>();
        foreach (var url in article.CitedUrls)
            if (_byUrl.TryGetValue(url, out int a) && _articles[a].Id != article.Id) cites[_articles[a].Id] = new Citation(_articles[a].Id, "link", 1);
        var outlets = article.CitedOutlets.Select(OutletKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (outlets.Count > 0)
        {
            foreach (var e in echoes.OrderByDescending(e => e.Score))
                if (!cites.ContainsKey(e.Other) && _outletKeys.TryGetValue(e.Other, out var key) && outlets.Contains(key))
                    cites[e.Other] = new Citation(e.Other, "outlet", e.Score);
        }
        return [.. cites.Values.OrderBy(c => c.Other)];
    }

    /// <summary>
    /// An outlet's name or domain reduced so that the two spellings meet: lower case, no leading "the", no spaces or
    /// punctuation; a domain keeps its first label past <c>www.</c> ("www.bbc.co.uk" and "BBC" both give "bbc").
    /// </summary>
    public static string OutletKey(string outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        string s = outlet.Trim().ToLowerInvariant();
        if (s.StartsWith("the ", StringComparison.Ordinal)) s = s[4..];
        if (!s.Contains(' ', StringComparison.Ordinal) && s.Contains('.', StringComparison.Ordinal))
        {
            if (s.StartsWith("www.", StringComparison.Ordinal)) s = s[4..];
            s = s[..s.IndexOf('.', StringComparison.Ordinal)];
        }
        return string.Concat(s.Where(char.IsLetterOrDigit));
    }
}
