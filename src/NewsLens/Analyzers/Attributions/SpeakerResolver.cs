using System.Collections.Frozen;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Links attribution sources to speakers, in text order: a name stands for itself (with a title or organisation
/// found in the source or an appositive after it); a pronoun links to the nearest named speaker before it; a role
/// description ("the spokeswoman", "the Interior Minister") links to the nearest named speaker holding that role;
/// group nouns ("critics", "officials", "a source") are anonymous. Not thread-safe: one instance per document.
/// </summary>
internal sealed class SpeakerResolver(Document doc)
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "i", "we", "it", "him", "her", "them", "his", "hers", "who", "which", "you"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> GroupNouns = FrozenSet.ToFrozenSet(
        ["critics", "officials", "official", "sources", "source", "experts", "expert", "analysts", "observers", "people",
         "residents", "supporters", "opponents", "aides", "aide", "advisers", "insiders", "witnesses", "lawmakers",
         "democrats", "republicans", "conservatives", "liberals", "voters", "some", "many", "others", "several",
         "activists", "economists", "scientists", "researchers", "investigators", "police", "authorities", "diplomats",
         "staff", "members", "leaders", "polls", "poll", "reports", "report", "studies", "study", "everyone", "nobody",
         "someone", "anyone", "most", "few", "person", "persons", "individuals", "observers", "commentators", "pundits"],
        StringComparer.OrdinalIgnoreCase);

    internal static readonly FrozenSet<string> TitleWords = FrozenSet.ToFrozenSet(
        ["president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "rep",
         "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "chairman", "chairwoman", "chair",
         "director", "ceo", "chief", "officer", "adviser", "advisor", "professor", "prof", "dr", "judge", "attorney",
         "lawyer", "analyst", "economist", "manager", "leader", "commissioner", "ambassador", "candidate", "nominee",
         "speaker", "chancellor", "premier", "prime", "deputy", "executive", "founder", "head", "sheriff", "captain",
         "gen", "general", "col", "lt", "sgt", "pastor", "bishop", "pope", "king", "queen", "prince", "columnist",
         "correspondent", "reporter", "editor", "author", "writer", "researcher", "scientist", "strategist", "pollster",
         "vice", "interior", "foreign", "finance", "defense", "defence", "justice", "health", "treasury", "state",
         "press", "campaign", "communications", "policy", "senior", "former", "national", "white", "house", "majority",
         "minority", "whip", "justice", "commander", "inspector", "officer", "presidential", "counsel", "host",
         "anchor", "blogger", "activist", "mr", "mrs", "ms", "councillor", "councilman", "councilwoman", "treasurer"],
        StringComparer.OrdinalIgnoreCase);

    // Head nouns of role descriptions (a subset of title words that name a role on their own).
    private static readonly FrozenSet<string> RoleHeads = FrozenSet.ToFrozenSet(
        ["president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "senator", "congressman",
         "congresswoman", "governor", "mayor", "chairman", "chairwoman", "director", "ceo", "adviser", "advisor",
         "professor", "judge", "attorney", "lawyer", "analyst", "economist", "manager", "leader", "commissioner",
         "ambassador", "candidate", "nominee", "speaker", "chancellor", "premier", "founder", "sheriff", "columnist",
         "correspondent", "reporter", "editor", "author", "writer", "researcher", "scientist", "strategist", "official",
         "aide", "executive", "chief", "host", "blogger", "activist", "businessman", "billionaire", "woman", "man",
         "republican", "democrat", "nominee", "frontrunner", "front-runner", "mogul", "star", "actor", "actress"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NameJoiners = FrozenSet.ToFrozenSet(
        ["de", "van", "von", "der", "la", "le", "al", "bin", "da", "del", "di", "du", "st", "."], StringComparer.Ordinal);

    // Capitalised words that are never (part of) a speaker's name.
    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
         "April", "June", "July", "August", "September", "October", "November", "December", "Earlier", "Later", "Close",
         "Meanwhile", "However", "But", "And", "In", "On", "At", "As", "If", "When", "After", "Before", "Some", "Many"],
        StringComparer.Ordinal);

    private readonly List<Speaker> _named = [];

    /// <summary>Named speakers looked back over to resolve a role description ("the mayor").</summary>
    public const int MaxLookBack = 64;

    /// <summary>True when tokens [<paramref name="a"/>, <paramref name="b"/>] are a pronoun source ("he", "they", "she,").</summary>
    public static bool IsPronounSource(Document doc, int a, int b)
    {
        bool pronoun = false;
        for (int i = a; i <= b; i++)
        {
            var w = doc.Text.Substring(doc.Tokens[i].Start, doc.Tokens[i].Span.Length);
            if (Pronouns.Contains(w)) pronoun = true;
            else if (char.IsLetterOrDigit(w[0])) return false;
        }
        return pronoun;
    }

    /// <summary>Resolves the source covering tokens [<paramref name="a"/>, <paramref name="b"/>].</summary>
    public Speaker Resolve(int a, int b)
    {
        var tokens = doc.Tokens;
        var words = new List<(int Index, string Text)>();
        for (int i = a; i <= b; i++) words.Add((i, doc.Text.Substring(tokens[i].Start, tokens[i].Span.Length)));
        var span = new TextSpan(tokens[a].Start, tokens[b].End);
        string raw = doc[span];

        if (words.Count <= 2 && words.Exists(w => Pronouns.Contains(w.Text)) && !words.Exists(w => IsCap(w.Text) && !Pronouns.Contains(w.Text)))
        {
            var target = _named.Count > 0 ? _named[^1] : null;
            return target is null
                ? new Speaker(raw, null, SpeakerResolution.Unresolved)
                : target with { Resolution = SpeakerResolution.Pronoun };
        }

        // The name is the first run of capitalised words that is not made only of title words, is not an
        // organisation ("for Acme Corp", "New York Times columnist") and is not a lone group noun or pronoun.
        int nameStart = -1, nameEnd = -1;
        for (int k = 0; k < words.Count && nameStart < 0; k++)
        {
            if (!IsCap(words[k].Text) || TitleWords.Contains(Trim(words[k].Text))) continue;
            int e2 = k;
            while (e2 + 1 < words.Count && ((IsCap(words[e2 + 1].Text) && !TitleWords.Contains(Trim(words[e2 + 1].Text))) ||
                   (NameJoiners.Contains(words[e2 + 1].Text) && e2 + 2 < words.Count && IsCap(words[e2 + 2].Text)))) e2++;
            bool orgContext = k > 0 && words[k - 1].Text is "for" or "of" or "at" or "with" or "from" or "by" or "in" or "inside" or "near" or "across" or "to";
            bool beforeTitle = e2 + 1 < words.Count && TitleWords.Contains(Trim(words[e2 + 1].Text)) && !IsCap(words[e2 + 1].Text);
            bool loneWord = k == e2 && (Pronouns.Contains(words[k].Text) || GroupNouns.Contains(words[k].Text) || words[k].Text is "The" or "A" or "An"
                // "Local businesses", "Senior officials": a capital only because it opens the sentence
                || (k + 1 < words.Count && char.IsLower(words[k + 1].Text[0]) && OpensSentence(words[k].Index)));
            if (orgContext || beforeTitle || loneWord) { k = e2; continue; }
            nameStart = k;
            nameEnd = e2;
        }
        if (nameStart >= 0 && words[nameStart].Text is "The" or "A" or "An" && nameEnd > nameStart) nameStart++;

        string? title = TitleIn(words, 0, nameStart < 0 ? words.Count : nameStart);
        string? org = OrganisationIn(words, nameStart < 0 ? words.Count : nameStart);
        if (nameStart >= 0)
        {
            // A source cut inside a name ("... director Maria [Okafor] told") takes the rest of the name and the
            // title words just before it from the text.
            int first = words[nameStart].Index;
            if (nameStart == 0)
            {
                while (first > 0 && first > a - 4 && !OpensSentence(first) && tokens[first - 1].End + 1 == tokens[first].Start
                       && IsCap(TokenText(first - 1)) && !TitleWords.Contains(Trim(TokenText(first - 1)))) first--;
                if (title is null)
                {
                    var before = new List<(int Index, string Text)>();
                    for (int i = first - 1; i >= Math.Max(0, first - 3) && TitleWords.Contains(Trim(TokenText(i))); i--) before.Insert(0, (i, TokenText(i)));
                    title = TitleIn(before, 0, before.Count);
                }
            }
            var nameSpan = new TextSpan(tokens[first].Start, tokens[words[nameEnd].Index].End);
            var (apTitle, apOrg) = Appositive(words[nameEnd].Index + 1);
            var sp = new Speaker(doc[nameSpan], nameSpan, SpeakerResolution.Named, title ?? apTitle, org ?? apOrg);
            _named.Add(sp);
            return sp;
        }

        string head = Trim(words[^1].Text);
        if (GroupNouns.Contains(head) || words.Exists(w => GroupNouns.Contains(w.Text) && !RoleHeads.Contains(w.Text)))
            return new Speaker(raw, null, SpeakerResolution.Anonymous, title, org);
        if (RoleHeads.Contains(head) || title is not null)
        {
            // why: the nearest MaxLookBack named speakers only, so a long article of role descriptions stays linear
            for (int k = _named.Count - 1; k >= Math.Max(0, _named.Count - MaxLookBack); k--)
            {
                WorkMeter.Add();
                var cand = _named[k];
                if (cand.Title is { } t && t.Contains(head, StringComparison.OrdinalIgnoreCase))
                    return cand with { Resolution = SpeakerResolution.Description };
            }
            if (AppositiveName(b + 1, title ?? head) is { } named) return named;
            return new Speaker(raw, null, SpeakerResolution.Unresolved, title ?? head, org);
        }
        return new Speaker(raw, null, SpeakerResolution.Anonymous, title, org);
    }

    private string TokenText(int i) => doc.Text.Substring(doc.Tokens[i].Start, doc.Tokens[i].Span.Length);

    private bool OpensSentence(int token)
    {
        int start = doc.Tokens[token].Start;
        int si = doc.SentenceIndexAt(start);
        return si >= 0 && doc.Sentences[si].Start == start;
    }

    private static bool IsCap(string w) => w.Length > 0 && char.IsUpper(w[0]) && !NotNames.Contains(w) && !DiscourseWords.Contains(w);
    private static string Trim(string w) => w.TrimEnd('.');

    private static string? TitleIn(List<(int Index, string Text)> words, int from, int to)
    {
        int s = -1, e = -1;
        for (int k = from; k < to; k++)
            if (TitleWords.Contains(Trim(words[k].Text)) && !(words[k].Text is "White" or "House" or "State" && !IsTitleContext(words, k)))
            { if (s < 0) s = k; e = k; }
        if (s < 0) return null;
        return string.Join(' ', words.Skip(s).Take(e - s + 1).Select(w => w.Text));
    }

    private static bool IsTitleContext(List<(int Index, string Text)> words, int k) =>
        k + 1 < words.Count && TitleWords.Contains(Trim(words[k + 1].Text));

    // A capitalised run before a title word ("New York Times columnist") or after "of/at/for" names the organisation.
    private static string? OrganisationIn(List<(int Index, string Text)> words, int to)
    {
        int e = -1;
        for (int k = 0; k < to; k++)
        {
            if (TitleWords.Contains(Trim(words[k].Text)) && k > 0 && IsCap(words[k - 1].Text) && !TitleWords.Contains(Trim(words[k - 1].Text))) { e = k - 1; break; }
        }
        if (e < 0)
        {
            for (int k = 0; k + 1 < words.Count; k++)
                if (words[k].Text is "of" or "at" or "for" && IsCap(words[k + 1].Text))
                {
                    int s2 = k + 1, e2 = k + 1;
                    while (e2 + 1 < words.Count && (IsCap(words[e2 + 1].Text) || words[e2 + 1].Text is "of" or "and" or "for")) e2++;
                    return string.Join(' ', words.Skip(s2).Take(e2 - s2 + 1).Select(w => w.Text));
                }
            return null;
        }
        int s = e;
        while (s > 0 && (IsCap(words[s - 1].Text) || NameJoiners.Contains(words[s - 1].Text)) && !TitleWords.Contains(Trim(words[s - 1].Text))) s--;
        if (s == e && words[s].Text is "The" or "A") return null;
        return string.Join(' ', words.Skip(s).Take(e - s + 1).Select(w => w.Text)).Replace("’s", "").Replace("'s", "");
    }

    // "the mayor, Ann Cole," : a description followed by the name it describes.
    private Speaker? AppositiveName(int from, string title)
    {
        var tokens = doc.Tokens;
        if (from + 1 >= tokens.Count || doc.Text[tokens[from].Start] != ',') return null;
        int s = from + 1, e = s;
        if (!char.IsUpper(doc.Text[tokens[s].Start])) return null;
        while (e + 1 < tokens.Count && e - s < 4 && char.IsUpper(doc.Text[tokens[e + 1].Start])) e++;
        if (e == s && Pronouns.Contains(doc.Text.Substring(tokens[s].Start, tokens[s].Span.Length))) return null;
        var span = new TextSpan(tokens[s].Start, tokens[e].End);
        var sp = new Speaker(doc[span], span, SpeakerResolution.Description, title);
        _named.Add(sp with { Resolution = SpeakerResolution.Named });
        return sp;
    }

    // ", the interior minister," or ", a spokeswoman for Acme," right after the name.
    private (string? Title, string? Org) Appositive(int from)
    {
        var tokens = doc.Tokens;
        if (from >= tokens.Count || doc.Text[tokens[from].Start] != ',') return (null, null);
        var words = new List<(int, string)>();
        for (int i = from + 1; i < tokens.Count && i <= from + 10; i++)
        {
            string w = doc.Text.Substring(tokens[i].Start, tokens[i].Span.Length);
            if (w is "," or "." or ";" or ":" or "\u2014") break;
            words.Add((i, w));
        }
        if (words.Count == 0) return (null, null);
        string? title = TitleIn(words, 0, words.Count);
        if (title is null) return (null, null);
        return (title, OrganisationIn(words, words.Count));
    }
}
