using NewsLens.Lexical;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Per-token facts of one document that the span and technique models share: word hashes, shapes, lexicon hits,
/// article-wide word counts (for repetition), sentence-level cues and quote state. Built once per document.
/// </summary>
internal sealed class ArticleFeatures
{
    public const byte ShapeLower = 0, ShapeCapital = 1, ShapeAllCaps = 2, ShapeNumber = 3, ShapeEndPunct = 4,
        ShapePunct = 5, ShapeQuote = 6, ShapeOther = 7;

    /// <param name="doc">the document.</param>
    /// <param name="tokenVectors">the encoder's token vectors, for models with encoder heads.</param>
    /// <param name="sentenceVectors">the encoder's sentence vectors, for models with encoder heads.</param>
    public ArticleFeatures(Document doc, VectorTable? tokenVectors = null, VectorTable? sentenceVectors = null)
    {
        Document = doc;
        if (tokenVectors is not null && tokenVectors.Count != doc.Tokens.Count)
            throw new ArgumentException($"{tokenVectors.Count} token vectors for {doc.Tokens.Count} tokens", nameof(tokenVectors));
        if (sentenceVectors is not null && sentenceVectors.Count != doc.Sentences.Count)
            throw new ArgumentException($"{sentenceVectors.Count} sentence vectors for {doc.Sentences.Count} sentences", nameof(sentenceVectors));
        TokenVectors = tokenVectors;
        SentenceVectors = sentenceVectors;
        var tokens = doc.Tokens;
        int n = tokens.Count;
        Hash = new uint[n];
        Suffix = new uint[n];
        Shape = new byte[n];
        Lex = new LexiconCategory[n];
        Valence = new float[n];
        SentenceOf = new int[n];
        PositionInSentence = new int[n];
        InQuote = new bool[n];
        WordCount = new int[n];
        Cues = new ushort[n];
        Cluster = new int[n];
        var facts = TechniqueWords.ByHash;
        string text = doc.Text;
        var counts = new Dictionary<uint, int>(Math.Max(16, n / 2));
        for (int i = 0; i < n; i++)
        {
            var t = tokens[i];
            var w = text.AsSpan(t.Start, t.End - t.Start);
            Hash[i] = FeatureHash.Word(w);
            Suffix[i] = FeatureHash.Suffix(w, 3);
            Shape[i] = ShapeOf(w, t.Kind);
            if (t.Kind == TokenKind.Word)
            {
                if (facts.TryGetValue(Hash[i], out var f))
                {
                    Lex[i] = f.Flags;
                    Valence[i] = f.Valence;
                    Cues[i] = f.Cues;
                    Cluster[i] = f.Cluster;
                }
                if (w.Length >= 3)
                    counts[Hash[i]] = counts.TryGetValue(Hash[i], out int c) ? c + 1 : 1;
            }
        }
        for (int i = 0; i < n; i++)
            WordCount[i] = tokens[i].Kind == TokenKind.Word && counts.TryGetValue(Hash[i], out int c) ? c : 0;

        var sentences = doc.Sentences;
        int sc = sentences.Count;
        SentenceExclamation = new bool[sc];
        SentenceQuestion = new bool[sc];
        SentenceLexHits = new int[sc];
        SentenceParagraph = new int[sc];
        SentenceCues = new int[sc];
        SentenceNegative = new int[sc];
        int lastParagraph = -1;
        bool quoted = false;
        for (int s = 0; s < sc; s++)
        {
            var sent = sentences[s];
            SentenceParagraph[s] = sent.Paragraph;
            if (sent.Paragraph != lastParagraph) { quoted = false; lastParagraph = sent.Paragraph; }
            int hits = 0;
            for (int k = 0; k < sent.TokenCount; k++)
            {
                int i = sent.FirstToken + k;
                SentenceOf[i] = s;
                PositionInSentence[i] = k;
                char c0 = text[tokens[i].Start];
                if (Shape[i] == ShapeQuote)
                {
                    // why: straight quotes toggle; curly ones say which side they are on
                    quoted = c0 switch { '\u201C' or '\u00AB' => true, '\u201D' or '\u00BB' => false, _ => !quoted };
                    InQuote[i] = true;
                    continue;
                }
                InQuote[i] = quoted;
                if (c0 == '!') SentenceExclamation[s] = true;
                if (c0 == '?') SentenceQuestion[s] = true;
                if ((Lex[i] & HitFlags) != 0) hits++;
                SentenceCues[s] |= Cues[i];
                if ((Lex[i] & LexiconCategory.Negative) != 0) SentenceNegative[s]++;
            }
            SentenceLexHits[s] = hits;
        }
    }

    /// <summary>Memberships that count as a loaded-word hit for sentence-level cues.</summary>
    public const LexiconCategory HitFlags = LexiconCategory.BiasRecasens | LexiconCategory.Insult | LexiconCategory.Intensifier | LexiconCategory.Intense;

    public Document Document { get; }

    /// <summary>The encoder's vectors (null in the fast pipeline).</summary>
    public VectorTable? TokenVectors { get; }
    public VectorTable? SentenceVectors { get; }

    /// <summary>Packed word-cluster ids of each word token (0: unknown or not a word); see <see cref="Lexical.WordClusters.Unpack"/>.</summary>
    public int[] Cluster { get; }
    private Dictionary<uint, List<int>>? _positions;

    /// <summary>Token positions of each word hash in <see cref="Hash"/>, ascending; built on first use (one pass).</summary>
    internal List<int> PositionsOf(uint hash)
    {
        if (_positions is null)
        {
            _positions = [];
            for (int i = 0; i < Hash.Length; i++)
            {
                if (!_positions.TryGetValue(Hash[i], out var list)) _positions[Hash[i]] = list = [];
                list.Add(i);
            }
        }
        return _positions.TryGetValue(hash, out var found) ? found : [];
    }

    public uint[] Hash { get; }
    public uint[] Suffix { get; }
    public byte[] Shape { get; }
    public LexiconCategory[] Lex { get; }
    public float[] Valence { get; }
    public int[] SentenceOf { get; }
    public int[] PositionInSentence { get; }
    public bool[] InQuote { get; }

    /// <summary>How many times the token's normalised word (3+ letters) occurs in the article; 0 for other tokens.</summary>
    public int[] WordCount { get; }

    /// <summary>Bit mask of the <see cref="CueWords"/> groups of each token.</summary>
    public ushort[] Cues { get; }
    public bool[] SentenceExclamation { get; }
    public bool[] SentenceQuestion { get; }
    public int[] SentenceLexHits { get; }
    public int[] SentenceParagraph { get; }

    /// <summary>Union of the cue-group masks of each sentence's tokens.</summary>
    public int[] SentenceCues { get; }

    /// <summary>Number of VADER-negative words in each sentence.</summary>
    public int[] SentenceNegative { get; }

    public int TokenCount => Hash.Length;

    private static byte ShapeOf(ReadOnlySpan<char> w, TokenKind kind)
    {
        if (kind == TokenKind.Number) return ShapeNumber;
        if (kind == TokenKind.Word)
        {
            if (!char.IsUpper(w[0])) return ShapeLower;
            if (w.Length > 1)
            {
                bool allCaps = true;
                foreach (char c in w) if (char.IsLower(c)) { allCaps = false; break; }
                if (allCaps) return ShapeAllCaps;
            }
            return ShapeCapital;
        }
        char f = w[0];
        if (f is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB') return ShapeQuote;
        if (f is '!' or '?') return ShapeEndPunct;
        return kind == TokenKind.Punctuation ? ShapePunct : ShapeOther;
    }
}
