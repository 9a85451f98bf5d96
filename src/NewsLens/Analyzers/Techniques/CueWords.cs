using System.Collections.Frozen;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Small hand-written cue-word groups, one per technique family. They are features (the model learns how much each
/// counts) and the words a reason names. Written for NewsLens; lower case; looked up case-insensitively.
/// </summary>
internal static class CueWords
{
    public const int Nation = 0, Extremes = 1, Crowd = 2, Doubt = 3, Authority = 4, Cause = 5, Dichotomy = 6,
        Closure = 7, Deflection = 8, Fear = 9, Intensity = 10, Slogan = 11, GroupCount = 12;

    public static readonly string[] GroupNames =
    [
        "nation", "extremist comparison", "crowd", "doubt", "authority", "cause", "either-or", "closing phrase",
        "deflection", "fear", "intensity", "rallying call",
    ];

    private static readonly string[][] Groups =
    [
        ["nation", "national", "nations", "country", "patriot", "patriots", "patriotic", "america", "american", "americans",
         "homeland", "flag", "heritage", "sovereignty", "freedom", "freedoms", "liberty", "constitution", "founding", "citizens",
         "our", "we", "us", "people", "great", "again", "proud", "nationalist", "borders", "western", "civilization"],
        ["hitler", "nazi", "nazis", "fascist", "fascists", "fascism", "communist", "communists", "communism", "stalin",
         "totalitarian", "dictator", "dictatorship", "gestapo", "holocaust", "mao", "kkk", "marxist", "socialist", "soviet", "regime"],
        ["everyone", "everybody", "all", "majority", "millions", "nobody", "popular", "join", "consensus", "widely", "whole", "entire", "most"],
        ["so-called", "alleged", "allegedly", "supposedly", "question", "questions", "questionable", "whether", "really",
         "doubt", "doubts", "credibility", "why", "how", "claims", "claimed", "purported", "dubious", "suspicious", "skeptical"],
        ["said", "says", "according", "expert", "experts", "professor", "dr", "doctor", "scientist", "scientists", "study",
         "research", "report", "official", "officials", "pope", "president", "cardinal", "bishop", "told", "stated", "warned",
         "chief", "director", "spokesman", "agency", "university", "judge", "court"],
        ["because", "therefore", "thus", "hence", "so", "cause", "caused", "causes", "result", "resulted", "due", "blame",
         "blamed", "led", "lead", "leads", "consequence", "since", "responsible", "fault"],
        ["either", "or", "only", "choice", "must", "never", "always", "nothing", "everything", "option", "alternative", "side", "unless"],
        ["simply", "period", "enough", "matter", "fact", "just", "end", "obviously", "clearly", "nothing", "course", "all"],
        ["what", "about", "hypocrisy", "hypocrite", "hypocritical", "double", "standard", "meanwhile", "yet", "instead",
         "ignore", "ignored", "ignoring", "distraction", "while"],
        ["threat", "threats", "danger", "dangerous", "fear", "destroy", "destroying", "destruction", "kill", "killed", "killing",
         "death", "deaths", "attack", "attacks", "crisis", "risk", "catastrophe", "catastrophic", "terror", "terrorist", "terrorists",
         "invasion", "invade", "flood", "violent", "violence", "disaster", "collapse", "chaos", "deadly", "war", "enemy", "enemies"],
        ["very", "most", "best", "worst", "ever", "greatest", "biggest", "absolutely", "totally", "completely", "huge",
         "massive", "tiny", "least", "extremely", "incredibly", "unprecedented", "historic", "record", "entirely", "utterly"],
        ["let", "stand", "fight", "stop", "make", "wake", "up", "no", "yes", "together", "now", "never", "forget", "unite"],
    ];

    private static readonly FrozenDictionary<string, ushort> Masks = Build();
    private static readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Masks.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, ushort> Build()
    {
        var d = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        for (int g = 0; g < Groups.Length; g++)
            foreach (var w in Groups[g])
                d[w] = (ushort)((d.TryGetValue(w, out var m) ? m : 0) | (1 << g));
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every cue word with its group mask.</summary>
    internal static IEnumerable<KeyValuePair<string, ushort>> All => Masks;

    /// <summary>Bit mask of the groups <paramref name="word"/> belongs to (bit g for group g).</summary>
    public static int MaskOf(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var m) ? m : 0;
}
