using NewsLens.Stories;

namespace NewsLens.Training.Stories;

/// <summary>Counts, over unlabeled articles, how many use each content word and each name in the part of the text
/// story clustering reads; keeps those used by at least <paramref name="minCount"/> articles.</summary>
public sealed class StoryFrequencyTrainer(int minCount = 3)
{
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _entities = new(StringComparer.Ordinal);
    private int _documents;

    public void Add(string? title, string text)
    {
        var options = new StoryOptions();
        int words = options.LeadWords + options.BodyWords;
        foreach (var t in StoryTerms.Words(title, 40).Concat(StoryTerms.Words(text, words)).ToHashSet(StringComparer.Ordinal))
            _terms[t] = _terms.GetValueOrDefault(t) + 1;
        foreach (var e in StoryTerms.Entities(text, words).ToHashSet(StringComparer.Ordinal))
            _entities[e] = _entities.GetValueOrDefault(e) + 1;
        _documents++;
    }

    public StoryFrequencies Build() => new(_documents,
        _terms.Where(kv => kv.Value >= minCount).ToDictionary(StringComparer.Ordinal),
        _entities.Where(kv => kv.Value >= minCount).ToDictionary(StringComparer.Ordinal));
}
