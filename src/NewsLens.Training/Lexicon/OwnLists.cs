namespace NewsLens.Training.Lexicon;

/// <summary>Short word lists written by the NewsLens team (no outside source), compiled with the others.</summary>
internal static class OwnLists
{
    /// <summary>Insults and name-calling aimed at people or groups.</summary>
    public static readonly string[] Insults =
    [
        "idiot", "idiots", "idiotic", "moron", "morons", "moronic", "stupid", "stupidity", "imbecile", "imbeciles",
        "fool", "fools", "foolish", "dumb", "dimwit", "dimwitted", "clown", "clowns", "buffoon", "buffoons", "loser",
        "losers", "liar", "liars", "lunatic", "lunatics", "maniac", "maniacs", "thug", "thugs", "crook", "crooks",
        "crooked", "traitor", "traitors", "treasonous", "scum", "scumbag", "scumbags", "degenerate", "degenerates",
        "hypocrite", "hypocrites", "hypocritical", "snowflake", "snowflakes", "libtard", "libtards", "rethuglican",
        "rethuglicans", "wingnut", "wingnuts", "moonbat", "moonbats", "commie", "commies", "fascist", "fascists",
        "nazi", "nazis", "bigot", "bigots", "racist", "racists", "deplorable", "deplorables", "puppet", "stooge",
        "stooges", "shill", "shills", "hack", "hacks", "lackey", "lackeys", "sycophant", "sycophants", "pathetic",
        "disgusting", "disgraceful", "despicable", "vile", "sleazy", "sleazebag", "creep", "creepy", "nutjob",
        "nutjobs", "crackpot", "crackpots", "kook", "kooks", "looney", "loony", "psycho", "psychopath", "sociopath",
        "con man", "conman", "fraudster", "charlatan", "charlatans", "demagogue", "demagogues", "tyrant", "tyrants",
        "dictator", "thief", "thieves", "criminal", "criminals", "globalist", "globalists", "elitist", "elitists",
        "leftist", "leftists", "radical", "radicals", "extremist", "extremists", "zealot", "zealots", "cuck", "cucks",
        "sheep", "sheeple", "brainwashed", "ignorant", "incompetent", "clueless", "unhinged", "deranged", "delusional",
        "hysterical", "whiny", "whining", "crybaby", "crybabies", "bozo", "jerk", "jerks", "bully", "bullies",
    ];

    /// <summary>Intensifying adverbs and adjectives that amplify without adding information.</summary>
    public static readonly string[] Intensifiers =
    [
        "very", "extremely", "incredibly", "absolutely", "totally", "completely", "utterly", "really", "truly", "so",
        "highly", "deeply", "hugely", "massively", "enormously", "tremendously", "terribly", "awfully", "insanely",
        "ridiculously", "outrageously", "shockingly", "unbelievably", "remarkably", "exceptionally", "extraordinarily",
        "entirely", "thoroughly", "fully", "perfectly", "purely", "simply", "literally", "seriously", "super",
        "most", "too", "such", "quite", "especially", "particularly", "immensely", "overwhelmingly", "staggering",
        "staggeringly", "mind-blowing", "astonishing", "astonishingly", "stunning", "stunningly", "huge", "massive",
        "enormous", "tremendous", "incredible", "unbelievable", "outrageous", "shocking", "insane", "ridiculous",
        "biggest", "worst", "best", "greatest", "ever", "never", "all-out", "total", "complete", "utter", "sheer",
    ];
}
