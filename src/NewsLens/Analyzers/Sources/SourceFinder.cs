using System.Collections.Frozen;
using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Outlets;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Sources;

/// <summary>
/// Collects the sources an article leans on: attribution sources (people, organisations, anonymous sources), outlets
/// named anywhere in the text ("a report by the BBC", "Reuters' correspondent", "a blogger over at The Atlantic"),
/// documents cited as sources ("a report", "in a statement", "a study"), and outbound links (matched to the registry by
/// domain and tied to the mention their anchor covers). Adds hedge words found in the citing sentences. Stateless and
/// thread-safe after construction.
/// </summary>
public sealed class SourceFinder(OutletRegistry registry) : IAnalyzer
{
    private const int MaxNameTokens = 6;

    internal static readonly FrozenSet<string> DocumentNouns = FrozenSet.ToFrozenSet(
        ["report", "reports", "statement", "statements", "study", "studies", "survey", "poll", "polls", "memo", "letter",
         "filing", "lawsuit", "complaint", "documents", "document", "analysis", "investigation", "release", "transcript",
         "email", "emails", "tweet", "post", "video", "interview", "audit", "review", "assessment", "data", "figures",
         "estimate", "estimates", "paper", "book", "op-ed", "editorial", "column", "affidavit", "indictment", "ruling"],
        StringComparer.OrdinalIgnoreCase);

    internal static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
        ["department", "ministry", "party", "campaign", "committee", "council", "agency", "association", "inc", "corp",
         "university", "institute", "foundation", "bureau", "commission", "office", "police", "court", "administration",
         "house", "senate", "congress", "fund", "bank", "group", "center", "centre", "company", "government", "army",
         "service", "board", "union", "organization", "organisation", "network", "team", "club", "church", "coalition",
         "alliance", "federation", "authority", "cabinet", "parliament", "embassy", "school", "college", "hospital",
         "airlines", "times", "post", "news", "press", "journal", "magazine", "pac", "staff", "spokesman", "spokeswoman"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly (string[] Words, string Text)[] HedgePhrases =
    [
        (["allegedly"], "allegedly"), (["reportedly"], "reportedly"), (["purportedly"], "purportedly"),
        (["supposedly"], "supposedly"), (["apparently"], "apparently"), (["unconfirmed"], "unconfirmed"),
        (["unverified"], "unverified"), (["alleged"], "alleged"), (["rumored"], "rumored"), (["rumoured"], "rumoured"),
        (["claimed"], "claimed"), (["could", "not", "be", "independently", "verified"], "could not be independently verified"),
        (["not", "independently", "verified"], "not independently verified"), (["unnamed"], "unnamed"),
        (["speaking", "on", "condition", "of", "anonymity"], "speaking on condition of anonymity"),
        (["it", "is", "said"], "it is said"), (["is", "said", "to"], "is said to"), (["are", "said", "to"], "are said to"),
        (["according", "to", "unnamed"], "according to unnamed"),
    ];

    private static readonly FrozenSet<string> HedgeFirstWords =
        HedgePhrases.Select(h => h.Words[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public AnalyzerInfo Info { get; } = new("newslens.sources.v1", "1.0.0");
    public IReadOnlyList<LayerKey> Requires { get; } = [AttributionLayers.Attributions];
    public IReadOnlyList<LayerKey> Produces { get; } = [SourceLayers.Sources];

    public void Analyze(Document document, CancellationToken cancellationToken) =>
        document.Set(SourceLayers.Sources, Find(document, document.Get(AttributionLayers.Attributions), cancellationToken));

    /// <summary>Finds the sources of <paramref name="doc"/> given its attributions.</summary>
    public IReadOnlyList<CitedSource> Find(Document doc, IReadOnlyList<Attribution> attributions, CancellationToken ct = default)
    {
        var acc = new Accumulator();
        var outletMentions = FindOutletNames(doc);
        foreach (var (span, rec) in outletMentions) acc.AddOutlet(rec, span);

        foreach (var a in attributions)
        {
            ct.ThrowIfCancellationRequested();
            if (a.Source is not { } src)
            {
                DocumentIn(doc, a.Cue, acc, null);
                continue;
            }
            var hit = FirstOverlapping(outletMentions, src);
            if (hit.Record is not null)
            {
                // "a report by the BBC": the outlet, and the document it published.
                acc.AddOutlet(hit.Record, hit.Span, attribution: true);
                if (!DocumentIn(doc, src, acc, hit.Record.Name)) DocumentIn(doc, a.Cue, acc, hit.Record.Name);
                continue;
            }
            if (DocumentIn(doc, src, acc, null)) continue;
            var sp = a.Speaker;
            if (sp is null || sp.Resolution is SpeakerResolution.Anonymous or SpeakerResolution.Unresolved)
            {
                acc.Add(SourceType.Person, Normalise(doc[src]), anonymous: true, src, attribution: true);
                DocumentIn(doc, a.Cue, acc, null);
                continue;
            }
            var type = LooksLikeOrganisation(sp.Name) ? SourceType.Organisation : SourceType.Person;
            acc.Add(type, sp.Name, anonymous: false, src, attribution: true);
            DocumentIn(doc, a.Cue, acc, sp.Name);
        }

        foreach (var link in doc.Metadata.Links)
        {
            bool inText = link.Span.End <= doc.Text.Length && !link.Span.IsEmpty;
            if (inText && acc.TieLink(link)) continue;
            if (registry.FindByDomain(link.Href) is { } m) acc.AddOutlet(m.Outlet, inText ? link.Span : null, link: link.Href);
        }

        AttachHedges(doc, acc);
        return acc.Build();
    }

    // why: outlet mentions are found in text order and never overlap, so a binary search finds the one a source
    // overlaps; scanning them all for every attribution was quadratic
    private static (TextSpan Span, OutletRecord Record) FirstOverlapping(List<(TextSpan Span, OutletRecord Record)> mentions, TextSpan span)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            WorkMeter.Add();
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.End > span.Start) hi = mid; else lo = mid + 1;
        }
        return lo < mentions.Count && mentions[lo].Span.Overlaps(span) ? mentions[lo] : default;
    }

    private static string Normalise(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(',', ' ');

    private static bool LooksLikeOrganisation(string name)
    {
        foreach (var w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (OrganisationWords.Contains(w.Trim('.', ',', '\'', '’'))) return true;
            if (w.Length >= 2 && w.All(c => char.IsUpper(c) || c == '.' || c == '&')) return true;
        }
        return false;
    }

    // A document noun ("report", "statement") inside span: adds a Document source named "report by X" when X follows.
    private static bool DocumentIn(Document doc, TextSpan span, Accumulator acc, string? owner)
    {
        var tokens = doc.Tokens;
        int i = FirstTokenAt(doc, span.Start);
        for (; i < tokens.Count && tokens[i].Start < span.End; i++)
        {
            var w = doc.AsSpan(tokens[i].Span);
            if (!DocumentNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) continue;
            // why: "post", "data", "review" are too often ordinary words; demand a determiner before them.
            if (i == 0 || !IsDeterminer(doc.AsSpan(tokens[i - 1].Span))) continue;
            string name = w.ToString().ToLowerInvariant();
            int j = i + 1;
            if (j + 1 < tokens.Count && doc.AsSpan(tokens[j].Span) is "by" or "from" or "of" && char.IsUpper(doc.Text[tokens[j + 1].Start]))
            {
                int k = j + 1;
                while (k + 1 < tokens.Count && k - j < MaxNameTokens && (char.IsUpper(doc.Text[tokens[k + 1].Start]) || doc.AsSpan(tokens[k + 1].Span) is "of" or "for")) k++;
                name += " " + doc.Text[tokens[j].Start..tokens[k].End];
                j = k + 1;
            }
            else if (owner is not null) name += " by " + owner;
            var mention = new TextSpan(tokens[i - 1].Start, tokens[Math.Max(i, j - 1)].End);
            acc.Add(SourceType.Document, name, anonymous: owner is null && !name.Contains(" by ") && !name.Contains(" from ") && !name.Contains(" of "), mention, attribution: true);
            return true;
        }
        return false;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) =>
        w is "a" or "an" or "the" or "A" or "An" or "The" or "its" or "his" or "her" or "their" or "new" or "latest" or "this" or "that"
        || w.EndsWith("'s") || w.EndsWith("’s");

    private static int FirstTokenAt(Document doc, int pos)
    {
        int lo = 0, hi = doc.Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc.Tokens[mid].End <= pos) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Outlet names in the text: the longest registry name starting at each capitalised token, possessives stripped.</summary>
    internal List<(TextSpan Span, OutletRecord Record)> FindOutletNames(Document doc)
    {
        var found = new List<(TextSpan, OutletRecord)>();
        var tokens = doc.TokenSpan;
        var text = doc.Text;
        for (int i = 0; i < tokens.Length; i++)
        {
            char c0 = text[tokens[i].Start];
            if (!char.IsUpper(c0)) continue;
            int bestEnd = -1;
            OutletRecord? best = null;
            for (int j = i; j < tokens.Length && j < i + MaxNameTokens; j++)
            {
                if (j > i && tokens[j].Start - tokens[j - 1].End != 1) break;
                if (j > i && !char.IsUpper(text[tokens[j].Start]) && !(doc.AsSpan(tokens[j].Span) is "of" or "and" or "&" or "for" or "the" or "-" or "." or "’s" or "'s")) break;
                int end = tokens[j].End;
                var span = text.AsSpan(tokens[i].Start, end - tokens[i].Start);
                if (span.EndsWith("'s") || span.EndsWith("’s")) span = span[..^2];
                else if (span.EndsWith("’") || span.EndsWith("'")) span = span[..^1];
                if (registry.TryName(span, out var rec, out bool alias, out bool shortForm) && (j > i || alias || StrongSingle(span))
                    && (!shortForm || (!span.Contains(' ') && StrongSingle(span))))
                {
                    bestEnd = tokens[i].Start + span.Length;
                    best = rec;
                }
            }
            if (best is null || InsideLongerName(doc, i, bestEnd)) continue;
            int start = tokens[i].Start;
            // Include a leading "the" in the mention.
            if (i > 0 && doc.AsSpan(tokens[i - 1].Span) is "the" or "The") start = tokens[i - 1].Start;
            found.Add((new TextSpan(start, bestEnd), best));
            while (i + 1 < tokens.Length && tokens[i + 1].Start < bestEnd) i++;
        }
        return found;
    }

    // "John Smith" is not the outlet "Smith", nor "Boston Red Sox" the outlet "Boston": a match may not continue a
    // capitalised name begun before it (a sentence's first word aside), and a one-word match may not run on into one.
    private static bool InsideLongerName(Document doc, int first, int end)
    {
        var tokens = doc.TokenSpan;
        var text = doc.Text;
        if (first > 0 && Adjacent(text, tokens[first - 1].Span, tokens[first].Span) && NameWord(doc, tokens[first - 1].Span)
            && !(OpensSentence(doc, tokens[first - 1].Span) && Opener(doc.AsSpan(tokens[first - 1].Span))))
            return true;
        int last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].Start < end) last++;
        if (last == first && !IsAllCaps(doc.AsSpan(tokens[first].Span)) && last + 1 < tokens.Length
            && Adjacent(text, tokens[last].Span, tokens[last + 1].Span) && NameWord(doc, tokens[last + 1].Span) && tokens[first].End == end)
            return true;
        return false;
    }

    // A sentence's first word that opens it rather than a name: "Yesterday CNN reported", "Former BBC editor ...".
    private static bool Opener(ReadOnlySpan<char> w) =>
        DiscourseWords.Contains(w) || SpeakerResolver.TitleWords.Contains(w.ToString()) || w is "Rival" or "Veteran" or "Top" or "Longtime" or "Ex";

    private static bool Adjacent(string text, TextSpan a, TextSpan b) => b.Start - a.End == 1 && text[a.End] == ' ';

    private static bool NameWord(Document doc, TextSpan t) =>
        char.IsUpper(doc.Text[t.Start]) && !(doc.AsSpan(t) is "The" or "A" or "An" or "In" or "On" or "At" or "By" or "For" or "From" or "Of" or "As");

    private static bool OpensSentence(Document doc, TextSpan t)
    {
        int si = doc.SentenceIndexAt(t.Start);
        return si >= 0 && doc.Sentences[si].Start == t.Start;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (char.IsLower(c)) return false;
        return true;
    }

    // A one-word registry name counts only when it cannot be an ordinary capitalised word: all capitals or inner capitals.
    private static bool StrongSingle(ReadOnlySpan<char> w)
    {
        if (w.Length < 3) return false;
        int upper = 0;
        for (int i = 1; i < w.Length; i++) if (char.IsUpper(w[i])) upper++;
        return upper > 0;
    }

    private static void AttachHedges(Document doc, Accumulator acc)
    {
        var tokens = doc.TokenSpan;
        var found = new List<(Hedge Hedge, TextSpan Sentence)>();
        var firstWords = HedgeFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!firstWords.Contains(doc.AsSpan(tokens[i].Span))) continue;
            foreach (var (words, phrase) in HedgePhrases)
            {
                if (i + words.Length > tokens.Length) continue;
                bool ok = true;
                for (int k = 0; k < words.Length && ok; k++)
                    ok = doc.AsSpan(tokens[i + k].Span).Equals(words[k], StringComparison.OrdinalIgnoreCase);
                if (!ok) continue;
                var span = new TextSpan(tokens[i].Start, tokens[i + words.Length - 1].End);
                int sent = doc.SentenceIndexAt(span.Start);
                if (sent >= 0) found.Add((new Hedge(span, phrase), doc.Sentences[sent].Span));
                break;
            }
        }
        acc.AttachHedges(found);
    }

    private sealed class Accumulator
    {
        private sealed class Entry
        {
            public SourceType Type;
            public string Name = "";
            public bool Anonymous;
            public OutletRecord? Outlet;
            public readonly List<TextSpan> Mentions = [];
            // why: exact and overlap look-ups among one source's mentions in O(log n), not a scan per mention
            public readonly HashSet<TextSpan> MentionSet = [];
            public readonly List<TextSpan> SortedDisjoint = [];
            public readonly HashSet<Hedge> HedgeSet = [];
            public readonly List<string> Links = [];
            public readonly HashSet<string> LinkSet = new(StringComparer.Ordinal);
            public int Order;
            public readonly List<Hedge> Hedges = [];
            public int Attributions;
        }

        private readonly List<Entry> _entries = [];
        private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Entry> _byLastWord = new(StringComparer.Ordinal);

        public void AddOutlet(OutletRecord rec, TextSpan? mention, bool attribution = false, string? link = null)
        {
            var e = Get("outlet:" + rec.Domain, SourceType.Outlet, rec.Name.Length > 0 ? rec.Name : rec.Domain, false);
            e.Outlet = rec;
            if (mention is { } m && InsertIfDisjoint(e.SortedDisjoint, m)) AddMention(e, m);
            if (link is not null && e.LinkSet.Add(link)) e.Links.Add(link);
            if (attribution) e.Attributions++;
        }

        public void Add(SourceType type, string name, bool anonymous, TextSpan mention, bool attribution)
        {
            string key = type + ":" + name.ToLowerInvariant();
            if (type == SourceType.Person && !anonymous && !name.Contains(' '))
            {
                // A surname alone joins the full name seen before it ("Obama" → "Barack Obama").
                // why: looked up by last word (the first such person seen), not by a scan of every source so far
                if (_byLastWord.TryGetValue(name, out var full)) key = SourceType.Person + ":" + full.Name.ToLowerInvariant();
            }
            var e = Get(key, type, name, anonymous);
            if (!e.MentionSet.Contains(mention)) AddMention(e, mention);
            if (attribution) e.Attributions++;
        }

        /// <summary>
        /// Mentions a link's anchor is checked against at most, in each index: the ones starting closest before the
        /// anchor's end. A source mention is a few words, so more overlapping one anchor than this is hostile text.
        /// </summary>
        public const int MaxTieChecks = 64;

        // why: every link used to scan every mention of every source (links x mentions). The mentions known when the
        // first link comes are sorted by start once; those links add later (link anchors, in text order) go to a
        // second sorted list, so neither insert shifts a long list. A link looks only at the few mentions starting
        // just before its anchor ends; of the overlapping ones the source seen first wins, as in the scan.
        private List<(TextSpan Span, Entry Entry)>? _byStart;
        private readonly List<(TextSpan Span, Entry Entry)> _lateByStart = [];

        public bool TieLink(Link link)
        {
            _byStart ??= [.. _mentions.OrderBy(x => x.Span.Start)];
            var tied = Overlapping(_lateByStart, link.Span, Overlapping(_byStart, link.Span, null));
            if (tied is null) return false;
            if (tied.LinkSet.Add(link.Href)) tied.Links.Add(link.Href);
            return true;
        }

        private static Entry? Overlapping(List<(TextSpan Span, Entry Entry)> byStart, TextSpan anchor, Entry? best)
        {
            int end = FirstStartingAtOrAfter(byStart, anchor.End);
            for (int k = end - 1, checks = 0; k >= 0 && checks < MaxTieChecks; k--, checks++)
            {
                WorkMeter.Add();
                var (span, e) = byStart[k];
                if (span.Overlaps(anchor) && (best is null || e.Order < best.Order)) best = e;
            }
            return best;
        }

        private static int FirstStartingAtOrAfter(List<(TextSpan Span, Entry Entry)> byStart, int position)
        {
            int lo = 0, hi = byStart.Count;
            while (lo < hi)
            {
                WorkMeter.Add();
                int mid = (lo + hi) >>> 1;
                if (byStart[mid].Span.Start < position) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        /// <summary>Hedges one source carries at most (a report of hostile text could otherwise list every hedge for every source).</summary>
        public const int MaxHedgesPerSource = 100;

        private readonly List<(TextSpan Span, Entry Entry)> _mentions = [];

        private void AddMention(Entry e, TextSpan m)
        {
            e.Mentions.Add(m);
            e.MentionSet.Add(m);
            _mentions.Add((m, e));
            if (_byStart is not null) _lateByStart.Insert(FirstStartingAtOrAfter(_lateByStart, m.Start + 1), (m, e));
        }

        // True (and inserted) when m overlaps none of the sorted, disjoint spans.
        private static bool InsertIfDisjoint(List<TextSpan> spans, TextSpan m)
        {
            int lo = 0, hi = spans.Count;
            while (lo < hi)
            {
                WorkMeter.Add();
                int mid = (lo + hi) >>> 1;
                if (spans[mid].End > m.Start) hi = mid; else lo = mid + 1;
            }
            if (lo < spans.Count && spans[lo].Overlaps(m)) return false;
            spans.Insert(lo, m);
            return true;
        }

        // why: a hedge qualifies the whole citing sentence, so every source cited in it carries the hedge. Hedges come in
        // text order; those of one sentence are attached together, from the mentions inside it found by binary search
        // (every hedge used to scan every mention: quadratic).
        public void AttachHedges(List<(Hedge Hedge, TextSpan Sentence)> hedges)
        {
            if (hedges.Count == 0 || _mentions.Count == 0) return;
            var byStart = _mentions.OrderBy(x => x.Span.Start).ToList();
            for (int h = 0; h < hedges.Count;)
            {
                var sentence = hedges[h].Sentence;
                int hEnd = h;
                while (hEnd < hedges.Count && hedges[hEnd].Sentence == sentence) hEnd++;
                int lo = 0, hi = byStart.Count;
                while (lo < hi)
                {
                    WorkMeter.Add();
                    int mid = (lo + hi) >>> 1;
                    if (byStart[mid].Span.Start >= sentence.Start) hi = mid; else lo = mid + 1;
                }
                for (int k = lo; k < byStart.Count && byStart[k].Span.Start < sentence.End; k++)
                {
                    WorkMeter.Add();
                    var (span, e) = byStart[k];
                    if (!sentence.Contains(span)) continue;
                    for (int j = h; j < hEnd && e.Hedges.Count < MaxHedgesPerSource; j++)
                        if (e.HedgeSet.Add(hedges[j].Hedge)) e.Hedges.Add(hedges[j].Hedge);
                }
                h = hEnd;
            }
        }

        private Entry Get(string key, SourceType type, string name, bool anonymous)
        {
            if (_byKey.TryGetValue(key, out var e)) return e;
            e = new Entry { Type = type, Name = name, Anonymous = anonymous, Order = _entries.Count };
            _byKey[key] = e;
            int space = name.LastIndexOf(' ');
            if (type == SourceType.Person && !anonymous && space >= 0) _byLastWord.TryAdd(name[(space + 1)..], e);
            _entries.Add(e);
            return e;
        }

        public List<CitedSource> Build()
        {
            var ordered = _entries.Where(e => e.Mentions.Count > 0 || e.Links.Count > 0)
                .OrderBy(e => e.Mentions.Count > 0 ? e.Mentions.Min(m => m.Start) : int.MaxValue).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
            var list = new List<CitedSource>(ordered.Count);
            for (int i = 0; i < ordered.Count; i++)
            {
                var e = ordered[i];
                e.Mentions.Sort();
                e.Hedges.Sort((a, b) => a.Span.CompareTo(b.Span));
                list.Add(new CitedSource(i + 1, e.Type, e.Name, e.Anonymous, [.. e.Mentions], [.. e.Links], e.Outlet, [.. e.Hedges], e.Attributions));
            }
            return list;
        }
    }
}
