using NewsLens.Lexical;
using NewsLens.Text;

namespace NewsLens.Analyzers.Style;

/// <summary>
/// Computes the core style features of a document from its tokens, sentences and text, with the
/// <see cref="Lexicon"/>. Stateless and thread-safe; one pass over the tokens, no per-token allocation.
/// </summary>
public sealed class StyleFeatureExtractor(Lexicon lexicon)
{
    private const int MaxWord = 48;
    private const int ExamplesPerFeature = 3;

    public static StyleFeatureExtractor Default { get; } = new(Lexicon.Embedded);

    /// <summary>Core features, in <see cref="StyleFeatureCatalog.Core"/> order, with example spans.</summary>
    public StyleProfile Extract(Document doc)
    {
        var c = StyleFeatureCatalog.Core;
        var values = new double[c.Count];
        var examples = new List<TextSpan>?[c.Count];
        void Example(int feature, TextSpan span)
        {
            var list = examples[feature] ??= new List<TextSpan>(ExamplesPerFeature);
            if (list.Count < ExamplesPerFeature) list.Add(span);
        }

        int words = 0, letters = 0, syllables = 0, numbers = 0, exclamations = 0;
        double absValence = 0;
        var counts = new int[c.Count];
        Span<char> buf = stackalloc char[MaxWord];
        Span<char> phrase = stackalloc char[3 * MaxWord + 2];
        var tokens = doc.TokenSpan;
        for (int t = 0; t < tokens.Length; t++)
        {
            var tok = tokens[t];
            if (tok.Kind == TokenKind.Number) { numbers++; continue; }
            if (tok.Kind == TokenKind.Punctuation)
            {
                var p = doc.AsSpan(tok.Span);
                foreach (char ch in p) if (ch == '!') exclamations++;
                continue;
            }
            if (tok.Kind != TokenKind.Word) continue;
            words++;
            var raw = doc.AsSpan(tok.Span);
            int letterCount = 0, upper = 0;
            foreach (char ch in raw)
            {
                if (char.IsLetter(ch)) { letterCount++; if (char.IsUpper(ch)) upper++; }
            }
            letters += letterCount;
            syllables += Syllables(raw);
            if (letterCount >= 3 && upper == letterCount) { counts[Idx.AllCaps]++; Example(Idx.AllCaps, tok.Span); }
            if (raw.Length > MaxWord) continue;
            var w = Normalize(raw, buf);
            if (IsSecondPerson(w)) counts[Idx.SecondPerson]++;
            if (IsFirstPersonPlural(w)) counts[Idx.FirstPlural]++;
            var (cats, valence) = lexicon.Lookup(w);
            if (cats == LexiconCategory.None && w.EndsWith("'s")) (cats, valence) = lexicon.Lookup(w[..^2]);
            if (cats != LexiconCategory.None) Count(cats, valence, tok.Span);
            if (lexicon.StartsPhrase(w)) MatchPhrases(doc, t, w, phrase, buf);
        }

        void Count(LexiconCategory cats, float valence, TextSpan span)
        {
            void Hit(LexiconCategory flag, int feature)
            {
                if ((cats & flag) == 0) return;
                counts[feature]++;
                Example(feature, span);
            }
            Hit(LexiconCategory.BiasRecasens, Idx.Bias);
            Hit(LexiconCategory.Insult, Idx.Insult);
            Hit(LexiconCategory.Intensifier, Idx.Intensifier);
            Hit(LexiconCategory.Hedge, Idx.Hedge);
            Hit(LexiconCategory.Booster, Idx.Booster);
            Hit(LexiconCategory.Assertive | LexiconCategory.Factive, Idx.Assertive);
            Hit(LexiconCategory.Report, Idx.Report);
            Hit(LexiconCategory.CareVirtue | LexiconCategory.CareVice, Idx.Care);
            Hit(LexiconCategory.FairnessVirtue | LexiconCategory.FairnessVice, Idx.Fairness);
            Hit(LexiconCategory.LoyaltyVirtue | LexiconCategory.LoyaltyVice, Idx.Loyalty);
            Hit(LexiconCategory.AuthorityVirtue | LexiconCategory.AuthorityVice, Idx.Authority);
            Hit(LexiconCategory.SanctityVirtue | LexiconCategory.SanctityVice, Idx.Sanctity);
            Hit(LexiconCategory.CareVice | LexiconCategory.FairnessVice | LexiconCategory.LoyaltyVice
                | LexiconCategory.AuthorityVice | LexiconCategory.SanctityVice, Idx.Vice);
            if ((cats & LexiconCategory.Sentiment) != 0)
            {
                absValence += Math.Abs(valence);
                if (valence <= -1f) { counts[Idx.Negative]++; Example(Idx.Negative, span); }
                else if (valence >= 1f) { counts[Idx.Positive]++; Example(Idx.Positive, span); }
            }
        }

        void MatchPhrases(Document d, int t, ReadOnlySpan<char> first, Span<char> phraseBuf, Span<char> wordBuf)
        {
            first.CopyTo(phraseBuf);
            int len = first.Length;
            for (int k = 1; k <= 2 && t + k < d.Tokens.Count; k++)
            {
                var next = d.Tokens[t + k];
                if (next.Kind != TokenKind.Word || next.Span.Length > MaxWord) return;
                var nw = Normalize(d.AsSpan(next.Span), wordBuf);
                phraseBuf[len++] = ' ';
                nw.CopyTo(phraseBuf[len..]);
                len += nw.Length;
                var (cats, valence) = lexicon.Lookup(phraseBuf[..len]);
                if (cats != LexiconCategory.None) Count(cats, valence, new TextSpan(d.Tokens[t].Start, next.End));
            }
        }

        int sentences = Math.Max(1, doc.Sentences.Count);
        int questions = 0;
        foreach (var s in doc.Sentences)
        {
            var text = doc.AsSpan(s.Span).TrimEnd("\"'\u201D\u2019)] ");
            if (text.Length > 0 && text[^1] == '?') questions++;
        }
        double per100 = words == 0 ? 0 : 100.0 / words;
        for (int i = 0; i < counts.Length; i++) values[i] = counts[i] * per100;
        values[Idx.SentimentIntensity] = words == 0 ? 0 : absValence / words;
        values[Idx.Exclamation] = (double)exclamations / sentences;
        values[Idx.Question] = (double)questions / sentences;
        values[Idx.QuoteShare] = QuoteShare(doc);
        values[Idx.Numbers] = numbers * per100;
        double wordsPerSentence = (double)words / sentences;
        double syllablesPerWord = words == 0 ? 0 : (double)syllables / words;
        values[Idx.Flesch] = words == 0 ? 0 : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        values[Idx.SentenceLength] = wordsPerSentence;
        values[Idx.WordLength] = words == 0 ? 0 : (double)letters / words;
        values[Idx.LogWords] = Math.Log10(1 + words);

        var features = new StyleFeature[c.Count];
        for (int i = 0; i < c.Count; i++)
            features[i] = new StyleFeature(c[i].Name, Math.Round(values[i], 6), examples[i] is { } ex ? [.. ex] : []);
        return new StyleProfile(words, doc.Sentences.Count, features);
    }

    /// <summary>Lower-cases <paramref name="raw"/> into <paramref name="buffer"/> with curly apostrophes made straight.</summary>
    internal static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> raw, Span<char> buffer)
    {
        int n = Math.Min(raw.Length, buffer.Length);
        for (int i = 0; i < n; i++)
        {
            char ch = raw[i];
            buffer[i] = ch == '\u2019' ? '\'' : char.ToLowerInvariant(ch);
        }
        return buffer[..n];
    }

    private static bool IsSecondPerson(ReadOnlySpan<char> w) =>
        w is "you" or "your" or "yours" or "yourself" or "yourselves" or "you're" or "you'll" or "you've" or "you'd" or "ya" or "y'all";

    private static bool IsFirstPersonPlural(ReadOnlySpan<char> w) =>
        w is "we" or "us" or "our" or "ours" or "ourselves" or "we're" or "we've" or "we'll" or "we'd";

    // Vowel groups, a silent final e dropped; at least one per word. Good enough for Flesch on news text.
    internal static int Syllables(ReadOnlySpan<char> word)
    {
        int count = 0;
        bool prevVowel = false;
        int letters = 0;
        foreach (char ch in word)
        {
            if (!char.IsLetter(ch)) { prevVowel = false; continue; }
            letters++;
            bool v = ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';
            if (v && !prevVowel) count++;
            prevVowel = v;
        }
        if (letters > 2 && word[^1] is 'e' or 'E' && !(word.Length > 1 && word[^2] is 'l' or 'L') && count > 1) count--;
        return Math.Max(1, count);
    }

    // Characters between matching quotation marks, within a paragraph (an unclosed quote ends with it).
    private static double QuoteShare(Document doc)
    {
        if (doc.Text.Length == 0) return 0;
        long inside = 0, total = 0;
        foreach (var p in doc.Paragraphs)
        {
            var s = doc.AsSpan(p.Span);
            total += s.Length;
            int open = -1;
            for (int i = 0; i < s.Length; i++)
            {
                char ch = s[i];
                if (ch == '\u201C' || (ch == '"' && open < 0)) { if (open < 0) open = i; }
                else if ((ch == '\u201D' || ch == '"') && open >= 0) { inside += i - open - 1; open = -1; }
            }
        }
        return total == 0 ? 0 : (double)inside / total;
    }

    private static class Idx
    {
        public static readonly int Bias = I("biasWordRate"), Insult = I("insultRate"),
            Intensifier = I("intensifierRate"), Hedge = I("hedgeRate"), Booster = I("boosterRate"),
            Assertive = I("assertiveVerbRate"), Report = I("reportVerbRate"), SentimentIntensity = I("sentimentIntensity"),
            Negative = I("negativeWordRate"), Positive = I("positiveWordRate"), Care = I("moralCareRate"),
            Fairness = I("moralFairnessRate"), Loyalty = I("moralLoyaltyRate"), Authority = I("moralAuthorityRate"),
            Sanctity = I("moralSanctityRate"), Vice = I("moralViceRate"), Exclamation = I("exclamationRate"),
            AllCaps = I("allCapsRate"), SecondPerson = I("secondPersonRate"), FirstPlural = I("firstPersonPluralRate"),
            Question = I("questionRate"), QuoteShare = I("quoteShare"), Numbers = I("numberRate"),
            Flesch = I("fleschReadingEase"), SentenceLength = I("meanSentenceLength"), WordLength = I("meanWordLength"),
            LogWords = I("logWordCount");

        private static int I(string name)
        {
            int i = StyleFeatureCatalog.IndexOf(name);
            return i >= 0 ? i : throw new InvalidOperationException($"style feature '{name}' is not in the catalog");
        }
    }
}
