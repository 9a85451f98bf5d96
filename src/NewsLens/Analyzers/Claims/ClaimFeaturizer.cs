using NewsLens.Analyzers.Quantities;
using NewsLens.Text;

namespace NewsLens.Analyzers.Claims;

/// <summary>
/// Turns a unit (sentence, transcript line, tweet) into hashed sparse features over the document's existing tokens:
/// word unigrams and bigrams, word affixes, cue-word classes, quantity kinds, entity and length bins, the speaker and
/// turn position, and the words of the neighbouring units. One pass over the tokens, no regular expressions, no
/// allocation. Each feature is added once shared and once conjoined with the domain (when enabled), plus a
/// per-domain bias. Values are scaled by 1/sqrt(feature count). Thread-safe (immutable); buffers are the caller's.
/// </summary>
public sealed class ClaimFeaturizer
{
    private const ulong NsUni = 0x9E3779B97F4A7C15, NsBi = 0xC2B2AE3D27D4EB4F, NsPre = 0x165667B19E3779F9,
        NsSuf = 0xD6E8FEB86659FD93, NsCue = 0xFF51AFD7ED558CCD, NsLen = 0xC4CEB9FE1A85EC53, NsSpk = 0x2545F4914F6CDD1D,
        NsPrev = 0x94D049BB133111EB, NsNext = 0xBF58476D1CE4E5B9, NsQty = 0x8CB92BA72F3D8DD7, NsBias = 0x4F1BBCDCBFA53E0B,
        NsTurn = 0x7A3C1D5E9B2F4C61;

    private static readonly ulong[] DomainSalt = [0x1B873593CC9E2D51, 0x85EBCA6BC2B2AE35, 0xE6546B64FE4B1A21];

    private readonly int _mask;

    public ClaimFeaturizer(ClaimFeatureOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        if (options.Bits is < 10 or > 26) throw new ArgumentOutOfRangeException(nameof(options), "bits must be in [10, 26]");
        _mask = (1 << options.Bits) - 1;
    }

    public ClaimFeatureOptions Options { get; }
    public int Dimension => _mask + 1;

    /// <summary>
    /// Featurises unit <paramref name="u"/> of <paramref name="units"/> into <paramref name="buffer"/> (cleared first).
    /// <paramref name="quantities"/> are the quantities inside that unit.
    /// </summary>
    internal UnitCues Featurize(string text, Token[] tokens, IReadOnlyList<ClaimUnit> units, int u, ClaimDomain domain,
        IReadOnlyList<Quantity> quantities, FeatureBuffer buffer) =>
        Featurize(new TokenHashes(text, tokens), units, u, domain, quantities, buffer);

    /// <summary>Per-token hashes of a whole document, computed once and shared by every unit (and its neighbours).</summary>
    internal sealed class TokenHashes
    {
        public TokenHashes(string text, Token[] tokens)
        {
            Text = text;
            Tokens = tokens;
            Hash = new ulong[tokens.Length];
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                var s = text.AsSpan(t.Start, t.End - t.Start);
                Hash[i] = t.Kind switch
                {
                    TokenKind.Url => 0x55AA55AA11,
                    TokenKind.Number => ShapeHash(s),
                    TokenKind.Email => 0x77EE77EE22,
                    _ => WordHash(s),
                };
            }
        }

        public string Text { get; }
        public Token[] Tokens { get; }
        public ulong[] Hash { get; }
    }

    internal UnitCues Featurize(TokenHashes th, IReadOnlyList<ClaimUnit> units, int u, ClaimDomain domain,
        IReadOnlyList<Quantity> quantities, FeatureBuffer buffer)
    {
        buffer.Clear();
        string text = th.Text;
        var tokens = th.Tokens;
        var hashes = th.Hash;
        var unit = units[u];
        ulong salt = DomainSalt[(int)domain];
        var cues = new UnitCues { Tokens = unit.TokenCount };
        int end = unit.FirstToken + unit.TokenCount;
        ulong prev = 0x1234567; // sentence start marker
        int firstWord = -1;
        var cueTable = ClaimCueWords.ByHash;
        for (int i = unit.FirstToken; i < end; i++)
        {
            var t = tokens[i];
            ulong h = hashes[i];
            switch (t.Kind)
            {
                case TokenKind.Number:
                    cues.Numbers++;
                    break;
                case TokenKind.Word:
                {
                    if (i > unit.FirstToken && tokens[i - 1].End == t.Start && text[tokens[i - 1].Start] == '@')
                    {
                        h = 0x33CC33CC44; // a user mention: the name itself does not generalise
                        break;
                    }
                    var s = text.AsSpan(t.Start, t.End - t.Start);
                    cues.Words++;
                    if (firstWord < 0) firstWord = i;
                    else if (char.IsUpper(s[0]) && !(s.Length == 1 && s[0] == 'I') && !AfterSentenceBreak(text, tokens, i, unit.FirstToken))
                        cues.Entities++;
                    if (cueTable.TryGetValue(h, out var info))
                    {
                        cues.Flags |= info.Flags;
                        cues.Valence += info.Valence;
                        if (Math.Abs(info.Valence) >= 1.5f) cues.StrongSubjective++;
                    }
                    else if (s.Length > 4 && s.EndsWith("est", StringComparison.Ordinal)) cues.Flags |= CueFlags.Superlative;
                    if (s.Length > 3 && s.EndsWith("ed", StringComparison.Ordinal)) cues.Flags |= CueFlags.Past;
                    if (Options.Affixes && s.Length >= 5)
                    {
                        Add(buffer, Mix(NsPre, WordHash(s[..3])), salt);
                        Add(buffer, Mix(NsSuf, WordHash(s[^3..])), salt);
                    }
                    break;
                }
                case TokenKind.Url:
                case TokenKind.Email:
                    break;
                default:
                {
                    var s = text.AsSpan(t.Start, t.End - t.Start);
                    if (s.Length == 1 && s[0] == '?') cues.Question = true;
                    if (s.Length == 1 && s[0] is '@' or '#') continue;
                    break;
                }
            }
            Add(buffer, Mix(NsUni, h), salt);
            Add(buffer, Mix(NsBi, prev * 31 + h), salt);
            prev = h;
        }
        if (unit.TokenCount > 0) Add(buffer, Mix(NsBi, prev * 31 + 0x7654321), salt);

        // Cue classes, counts and shapes.
        for (int bit = 0; bit < 14; bit++)
            if (((int)cues.Flags & (1 << bit)) != 0) Add(buffer, Mix(NsCue, (ulong)bit + 1), salt);
        if (cues.Question) Add(buffer, Mix(NsCue, 100), salt);
        Add(buffer, Mix(NsCue, 200 + (ulong)Math.Min(cues.Entities, 4)), salt);
        Add(buffer, Mix(NsCue, 300 + (ulong)Math.Min(cues.Numbers, 3)), salt);
        Add(buffer, Mix(NsCue, 400 + (ulong)Math.Min(cues.StrongSubjective, 3)), salt);
        Add(buffer, Mix(NsLen, LengthBin(cues.Words)), salt);
        for (int qi = 0; qi < quantities.Count; qi++)
        {
            var q = quantities[qi];
            cues.Quantities++;
            Add(buffer, Mix(NsQty, (ulong)q.Kind + 1), salt);
            Add(buffer, Mix(NsQty, 50 + (ulong)q.Qualifier), salt);
            if (q.Noun is not null) Add(buffer, Mix(NsQty, 99), salt);
        }
        Add(buffer, Mix(NsQty, 1000 + (ulong)Math.Min(quantities.Count, 3)), salt);

        // Speaker and turn (transcripts).
        if (unit.Speaker is { } speaker)
        {
            Add(buffer, Mix(NsSpk, WordHash(speaker)), salt);
            int turn = 0;
            for (int k = u - 1; k >= 0 && turn < 4 && units[k].Speaker == speaker; k--) turn++;
            Add(buffer, Mix(NsTurn, (ulong)turn), salt);
            bool lastOfTurn = u + 1 >= units.Count || units[u + 1].Speaker != speaker;
            if (lastOfTurn) Add(buffer, Mix(NsTurn, 10), salt);
            if (units[0].Speaker == speaker) Add(buffer, Mix(NsTurn, 20), salt); // the first speaker is usually the host
        }

        int main = buffer.Count;
        // Neighbouring units, at reduced weight.
        if (Options.Context && domain != ClaimDomain.Tweet)
        {
            if (u > 0) AddBag(th, units[u - 1], NsPrev, salt, buffer, units[u - 1].Speaker == unit.Speaker ? 0.5f : 0.35f);
            if (u + 1 < units.Count) AddBag(th, units[u + 1], NsNext, salt, buffer, 0.35f);
        }
        Add(buffer, Mix(NsBias, 1), salt);
        buffer.Scale(1f / MathF.Sqrt(Math.Max(1, main)));
        return cues;
    }

    private void AddBag(TokenHashes th, ClaimUnit unit, ulong ns, ulong salt, FeatureBuffer buffer, float weight)
    {
        int end = unit.FirstToken + unit.TokenCount;
        bool question = false;
        var tokens = th.Tokens;
        for (int i = unit.FirstToken; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                if (tokens[i].End - tokens[i].Start == 1 && th.Text[tokens[i].Start] == '?') question = true;
                continue;
            }
            Add(buffer, Mix(ns, th.Hash[i]), salt, weight);
        }
        if (question) Add(buffer, Mix(ns, 0xABCDEF), salt);
    }

    private static bool AfterSentenceBreak(string text, Token[] tokens, int i, int first)
    {
        if (i <= first) return true;
        var p = tokens[i - 1];
        char c = text[p.Start];
        return p.Kind == TokenKind.Punctuation && c is '.' or '!' or '?' or ':' or '"' or '\u201C' or '(' or '-' or '\u2014';
    }

    private void Add(FeatureBuffer buffer, ulong h, ulong salt, float value = 1f)
    {
        buffer.Add(Index(h), value);
        if (Options.DomainCopies) buffer.Add(Index(h ^ salt), value);
    }

    private int Index(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        return (int)h & _mask;
    }

    private static ulong Mix(ulong ns, ulong h) => (h + ns) * 0x9E3779B97F4A7C15 ^ ns;

    private static ulong LengthBin(int words) => words switch
    {
        0 => 0, <= 3 => 1, <= 6 => 2, <= 10 => 3, <= 15 => 4, <= 25 => 5, <= 40 => 6, _ => 7,
    };

    /// <summary>FNV-1a over the lower-cased characters.</summary>
    internal static ulong WordHash(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037;
        foreach (char c in s)
        {
            h ^= char.ToLowerInvariant(c);
            h *= 1099511628211;
        }
        return h;
    }

    internal static ulong WordHash(string s) => WordHash(s.AsSpan());

    // Digits become '0': "2016" and "1999" share a shape, "1,200" another.
    private static ulong ShapeHash(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037 ^ 0xD1;
        foreach (char c in s)
        {
            h ^= char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
            h *= 1099511628211;
        }
        return h;
    }
}
