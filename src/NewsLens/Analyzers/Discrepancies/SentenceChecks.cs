using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>The checks on an aligned sentence pair other than quantities: hedges, modality, attribution and actors.</summary>
internal static class SentenceChecks
{
    public static IEnumerable<Discrepancy> Hedges(SentencePair p)
    {
        var a = HedgeWords.List.Find(p.Article.Doc, p.ArticleSentence);
        var s = HedgeWords.List.Find(p.Source.Doc, p.SourceSentence);
        if (s.Count > 0 && a.Count == 0)
            yield return p.Flag(DiscrepancyKind.HedgeDropped, null, s[0].Span, "", s[0].Text,
                $"The source hedges with \"{s[0].Text}\"; the article states it plainly.");
        else if (a.Count > 0 && s.Count == 0)
            yield return p.Flag(DiscrepancyKind.HedgeAdded, a[0].Span, null, a[0].Text, "",
                $"The article hedges with \"{a[0].Text}\"; the source states it plainly.");
    }

    public static IEnumerable<Discrepancy> Modality(SentencePair p)
    {
        var a = ModalWords.List.Find(p.Article.Doc, p.ArticleSentence);
        var s = ModalWords.List.Find(p.Source.Doc, p.SourceSentence);
        // why: "will" and a plain verb differ in tense more than in stance, so only possibility, necessity and advice count
        foreach (var label in new[] { ModalWords.Possible, ModalWords.Necessary, ModalWords.Advised })
        {
            bool inA = a.Any(m => m.Label == label), inS = s.Any(m => m.Label == label);
            if (inA == inS) continue;
            PhraseMatch? am = inA ? a.First(m => m.Label == label) : a.Count > 0 ? a[0] : null;
            PhraseMatch? sm = inS ? s.First(m => m.Label == label) : s.Count > 0 ? s[0] : null;
            string Say(PhraseMatch? m) => m is { } x ? $"\"{x.Text}\" ({x.Label})" : "a plain statement";
            yield return p.Flag(DiscrepancyKind.ModalityChanged, am?.Span, sm?.Span, am?.Text ?? "", sm?.Text ?? "",
                $"The source has {Say(sm)}; the article has {Say(am)}.");
            yield break;
        }
    }

    public static IEnumerable<Discrepancy> Attribution(SentencePair p)
    {
        var a = p.Article.Attributions[p.ArticleIndex];
        var s = p.Source.Attributions[p.SourceIndex];
        if (s is null) yield break;
        string sourceName = SpeakerNames.Display(p.Source.Doc, s);
        if (a is null && !Named(p, s))
        {
            yield return p.Flag(DiscrepancyKind.AttributionDropped, null, s.Source, "", sourceName,
                $"The source attributes this to {sourceName}; the article states it without saying who said it.");
            yield break;
        }
        if (a is null || SpeakerNames.Of(p.Article.Doc, a).Overlaps(SpeakerNames.Of(p.Source.Doc, s))) yield break;
        string articleName = SpeakerNames.Display(p.Article.Doc, a);
        yield return p.Flag(DiscrepancyKind.SpeakerChanged, a.Source, s.Source, articleName, sourceName,
            $"The article gives these words to {articleName}; the source gives them to {sourceName}.");
    }

    // why: the extractor can miss the article's own attribution ("officials reportedly confirmed"); when most of the
    // source's words for the speaker are in the article sentence, the article still says who said it
    private static bool Named(SentencePair p, NewsLens.Analyzers.Attributions.Attribution s)
    {
        var speaker = SpeakerNames.Of(p.Source.Doc, s);
        var words = ContentWords.Of(p.Article.Doc, p.ArticleSentence, []).ToHashSet(StringComparer.Ordinal);
        return speaker.Count > 0 && speaker.Count(words.Contains) * 2 >= speaker.Count;
    }

    public static IEnumerable<Discrepancy> Actors(SentencePair p)
    {
        var articleWords = ContentWords.Of(p.Article.Doc, p.ArticleSentence, []).ToHashSet(StringComparer.Ordinal);
        var sourceWords = ContentWords.Of(p.Source.Doc, p.SourceSentence, []).ToHashSet(StringComparer.Ordinal);
        var articleLists = ActorList.Find(p.Article.Doc, p.ArticleSentence);
        var sourceLists = ActorList.Find(p.Source.Doc, p.SourceSentence);
        foreach (var list in sourceLists)
            if (Change(list, articleWords, articleLists) is { } missing)
                yield return p.Flag(DiscrepancyKind.ActorsNarrowed, null, Cover(missing), "", Join(missing),
                    $"The source names {Join(list.Members)}; the article leaves out {Join(missing)}.");
        foreach (var list in articleLists)
            if (Change(list, sourceWords, sourceLists) is { } extra)
                yield return p.Flag(DiscrepancyKind.ActorsWidened, Cover(extra), null, Join(extra), "",
                    $"The article names {Join(list.Members)}; the source does not name {Join(extra)}.");
    }

    // why: some members of `list` are in the other sentence and some are not, and the other sentence has no list as long
    // that shares a member (which would make it a paraphrase: "demonstrators and bystanders")
    private static List<ActorList.Member>? Change(ActorList list, HashSet<string> otherWords, List<ActorList> otherLists)
    {
        var missing = list.Members.Where(m => !otherWords.Contains(m.Head)).ToList();
        if (missing.Count == 0 || missing.Count == list.Members.Count) return null;
        var heads = list.Members.Select(m => m.Head).ToHashSet(StringComparer.Ordinal);
        if (otherLists.Any(o => o.Members.Count >= list.Members.Count && o.Members.Any(m => heads.Contains(m.Head)))) return null;
        return missing;
    }

    private static string Join(IEnumerable<ActorList.Member> members) => string.Join(", ", members.Select(m => m.Text));

    private static TextSpan Cover(List<ActorList.Member> members) => members.Skip(1).Aggregate(members[0].Span, (c, m) => c.Cover(m.Span));
}
