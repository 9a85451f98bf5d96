using NewsLens.Analyzers.Claims;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.FactChecks;

/// <summary>
/// Looks up each check-worthy claim of an article (layer <c>claims</c>) among verified claims and writes the matches
/// (layer <c>factChecks</c>). Each claim sentence is encoded alone by the given encoder, as the index's claims
/// were; without an encoder, matching is lexical only. Stateless and thread-safe after construction.
/// </summary>
public sealed class FactCheckLinker : IAnalyzer
{
    private readonly FactCheckMatcher _matcher;
    private readonly IClaimEncoder? _encoder;
    private readonly FactCheckLinkerOptions _options;

    /// <exception cref="InvalidOperationException">when the encoder is not the one that computed the index's vectors.</exception>
    public FactCheckLinker(FactCheckMatcher matcher, IClaimEncoder? encoder, FactCheckLinkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        _options = options ?? new FactCheckLinkerOptions();
        _options.Validate();
        if (encoder is not null && matcher.Index.EncoderKey is { } key && key != encoder.Key)
            throw new InvalidOperationException($"the fact-check index's vectors come from encoder {key[..Math.Min(12, key.Length)]}..., not from {encoder.Key[..Math.Min(12, encoder.Key.Length)]}...; re-import it with `newslens factchecks import`");
        _matcher = matcher;
        _encoder = matcher.Index.EncoderKey is null ? null : encoder;
        Info = new AnalyzerInfo("newslens.factchecks.v1", "1.0.0", matcher.ReRankerSha256);
    }

    public AnalyzerInfo Info { get; }
    public IReadOnlyList<LayerKey> Requires { get; } = [ClaimLayers.Claims];
    public IReadOnlyList<LayerKey> Produces { get; } = [FactCheckLayers.FactChecks];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        var claims = document.Get(ClaimLayers.Claims).Where(c => c.Class == ClaimClass.CheckWorthy)
            .OrderBy(c => c.Rank).Take(_options.MaxClaims).ToArray();
        var texts = claims.Select(c => new MatchQuery(document[c.Span]).Text).ToArray();
        var vectors = _encoder is null || texts.Length == 0 ? null : _encoder.Encode(texts, cancellationToken);
        var found = new List<ClaimFactChecks>();
        for (int i = 0; i < claims.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hits = _matcher.Match(new MatchQuery(document[claims[i].Span], vectors?[i]), _options.MatchesPerClaim)
                .Where(h => h.Score >= _options.MinScore).ToArray();
            if (hits.Length == 0) continue;
            found.Add(new ClaimFactChecks(claims[i].Span, claims[i].SentenceIndex, claims[i].Rank, [.. hits.Select((h, r) => ToMatch(h, r + 1))]));
        }
        document.Set(FactCheckLayers.FactChecks, [.. found.OrderBy(f => f.Span.Start)]);
    }

    private FactCheckMatch ToMatch(FactCheckHit hit, int rank)
    {
        var c = _matcher.Index.Claim(hit.Row);
        return new FactCheckMatch(rank, Math.Round(hit.Score, 4), c.Id, c.Text, c.Verdict, c.Url, c.Title, c.Publisher, c.Published);
    }
}
