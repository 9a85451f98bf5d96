using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>The checks on an aligned sentence pair other than quantities: hedges, modality, attribution and actors.</summary>
internal static class SentenceChecks
{
    public static IEnumerable<Discrepancy> Hedges(SentencePair p)
    {
        var a = HedgeWords.List.Find(p.Article.Doc, p.ArticleSentence);
        var s = HedgeWords.List.Find(p.Source.Doc, p.SourceSentence);
        s = [.. s.Where(m => Governs(p.Source, m, p.Article.Words[p.ArticleIndex]))];
        a = [.. a.Where(m => Governs(p.Article, m, p.Source.Words[p.SourceIndex]))];
        if (s.Count > 0 && a.Count == 0 && !HasAny(p.Article, p.ArticleSentence))
            yield return p.Flag(DiscrepancyKind.HedgeDropped, null, s[0].Span, "", s[0].Text,
                $"The source hedges with \"{s[0].Text}\"; the article states it plainly.");
        else if (a.Count > 0 && s.Count == 0 && !HasAny(p.Source, p.SourceSentence))
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
            // why: the modal must bear on something both sentences tell ("may save" / "will save"), not on a clause only one has
            if (inA ? !a.Any(m => m.Label == label && Governs(p.Article, m, p.Source.Words[p.SourceIndex]))
                    : !s.Any(m => m.Label == label && Governs(p.Source, m, p.Article.Words[p.ArticleIndex]))) continue;
            PhraseMatch? am = inA ? a.First(m => m.Label == label) : a.Count > 0 ? a[0] : null;
            PhraseMatch? sm = inS ? s.First(m => m.Label == label) : s.Count > 0 ? s[0] : null;
            string Say(PhraseMatch? m) => m is { } x ? $"\"{x.Text}\" ({x.Label})" : "a plain statement";
            yield return p.Flag(DiscrepancyKind.ModalityChanged, am?.Span, sm?.Span, am?.Text ?? "", sm?.Text ?? "",
                $"The source has {Say(sm)}; the article has {Say(am)}.");
            yield break;
        }
    }

    // The hedge or modal `m` bears on the first content word after it ("may have started" → "started"); true when that
    // word is also among `other` (the other sentence's words), so both sentences tell the same thing there.
    private static bool Governs(DocumentView view, PhraseMatch m, List<string> other)
    {
        var doc = view.Doc;
        var sentence = doc.Sentences[doc.SentenceIndexAt(m.Span.Start)];
        foreach (var t in doc.TokensOf(sentence))
        {
            if (t.Start < m.Span.End || t.Kind != NewsLens.Text.TokenKind.Word) continue;
            var w = doc.AsSpan(t.Span).ToString().ToLowerInvariant();
            if (NewsLens.Lexical.FunctionWords.Contains(w)) continue;
            return other.Contains(ContentWords.Stem(w));
        }
        return false;
    }

    // Any hedge at all in the sentence, whatever it bears on.
    private static bool HasAny(DocumentView view, NewsLens.Text.Sentence sentence) => HedgeWords.List.Find(view.Doc, sentence).Count > 0;

    public static IEnumerable<Discrepancy> Attribution(SentencePair p)
    {
        var a = p.Article.Attributions[p.ArticleIndex];
        var s = p.Source.Attributions[p.SourceIndex];
        if (s is null) yield break;
        string sourceName = SpeakerNames.Display(p.Source.Doc, s);
        if (a is null && !p.Article.Covered[p.ArticleIndex] && !Named(p, s, p.ArticleIndex - 1, p.ArticleIndex + 1))
        {
            yield return p.Flag(DiscrepancyKind.AttributionDropped, null, s.Source, "", sourceName,
                $"The source attributes this to {sourceName}; the article states it without saying who said it.");
            yield break;
        }
        if (a is null) yield break;
        var (articleSpeaker, sourceSpeaker) = (SpeakerNames.Of(p.Article.Doc, a), SpeakerNames.Of(p.Source.Doc, s));
        // why: a speaker with no name words ("he", "many") is unknown, not another speaker; one reached through a pronoun
        // is the resolver's guess, too weak to call a change
        if (Guessed(a) || Guessed(s) || articleSpeaker.Count == 0 || sourceSpeaker.Count == 0 || articleSpeaker.Overlaps(sourceSpeaker) || Named(p, s, p.ArticleIndex, p.ArticleIndex)) yield break;
        string articleName = SpeakerNames.Display(p.Article.Doc, a);
        yield return p.Flag(DiscrepancyKind.SpeakerChanged, a.Source, s.Source, articleName, sourceName,
            $"The article gives these words to {articleName}; the source gives them to {sourceName}.");
    }

    // why: the extractor can miss the article's own attribution ("officials reportedly confirmed"); when most of the
    // source's words for the speaker are in the article's sentences [first, last], the article still says who said it
    private static bool Named(SentencePair p, NewsLens.Analyzers.Attributions.Attribution s, int first, int last)
    {
        var speaker = SpeakerNames.Of(p.Source.Doc, s);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (int k = Math.Max(0, first); k <= Math.Min(last, p.Article.Words.Count - 1); k++) words.UnionWith(p.Article.Words[k]);
        return speaker.Count > 0 && speaker.Count(words.Contains) * 2 >= speaker.Count;
    }

    private static bool Guessed(NewsLens.Analyzers.Attributions.Attribution a) =>
        a.Speaker?.Resolution is NewsLens.Analyzers.Attributions.SpeakerResolution.Pronoun;

    public static IEnumerable<Discrepancy> Actors(SentencePair p)
    {
        var articleWords = p.Article.Words[p.ArticleIndex].ToHashSet(StringComparer.Ordinal);
        var sourceWords = p.Source.Words[p.SourceIndex].ToHashSet(StringComparer.Ordinal);
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
