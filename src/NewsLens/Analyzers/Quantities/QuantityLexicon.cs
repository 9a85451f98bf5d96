using System.Collections.Frozen;

namespace NewsLens.Analyzers.Quantities;

/// <summary>Word lists for number parsing: number words, scales, vague amounts, qualifiers, units, currencies, months.</summary>
internal static class QuantityLexicon
{
    private static FrozenDictionary<string, T> Dict<T>(IEnumerable<(string, T)> items) =>
        items.ToFrozenDictionary(x => x.Item1, x => x.Item2, StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int> SmallNumbers = Dict(new (string, int)[]
    {
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    });

    /// <summary>Scale words after a number: "2.5 million", "five thousand", "$3bn".</summary>
    public static readonly FrozenDictionary<string, double> Scales = Dict(new (string, double)[]
    {
        ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
        ("bn", 1e9), ("mn", 1e6), ("mln", 1e6), ("tn", 1e12), ("trn", 1e12), ("k", 1e3), ("lakh", 1e5), ("crore", 1e7),
    });

    /// <summary>Plural scales as vague amounts: "hundreds" is between 200 and 1,000.</summary>
    public static readonly FrozenDictionary<string, double> PluralScales = Dict(new (string, double)[]
    {
        ("hundreds", 1e2), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12),
    });

    /// <summary>Vague amounts that take a scale ("a few hundred", "several thousand") or stand alone.</summary>
    public static readonly FrozenDictionary<string, (double Low, double High)> VagueWords = Dict(new (string, (double, double))[]
    {
        ("several", (3, 9)), ("dozens", (24, 144)), ("scores", (40, 200)), ("tens", (20, 100)),
    });

    /// <summary>Qualifiers before a number, longest first.</summary>
    public static readonly (string[] Words, QuantityQualifier Qualifier)[] Qualifiers =
    [
        (["no", "more", "than"], QuantityQualifier.AtMost),
        (["no", "fewer", "than"], QuantityQualifier.AtLeast),
        (["no", "less", "than"], QuantityQualifier.AtLeast),
        (["as", "many", "as"], QuantityQualifier.AtMost),
        (["as", "much", "as"], QuantityQualifier.AtMost),
        (["as", "few", "as"], QuantityQualifier.AtLeast),
        (["in", "excess", "of"], QuantityQualifier.MoreThan),
        (["a", "maximum", "of"], QuantityQualifier.AtMost),
        (["a", "minimum", "of"], QuantityQualifier.AtLeast),
        (["just", "under"], QuantityQualifier.LessThan),
        (["just", "over"], QuantityQualifier.MoreThan),
        (["just", "below"], QuantityQualifier.LessThan),
        (["just", "above"], QuantityQualifier.MoreThan),
        (["close", "to"], QuantityQualifier.LessThan),
        (["more", "than"], QuantityQualifier.MoreThan),
        (["greater", "than"], QuantityQualifier.MoreThan),
        (["higher", "than"], QuantityQualifier.MoreThan),
        (["fewer", "than"], QuantityQualifier.LessThan),
        (["less", "than"], QuantityQualifier.LessThan),
        (["lower", "than"], QuantityQualifier.LessThan),
        (["at", "least"], QuantityQualifier.AtLeast),
        (["at", "most"], QuantityQualifier.AtMost),
        (["up", "to"], QuantityQualifier.AtMost),
        (["an", "estimated"], QuantityQualifier.About),
        (["upwards", "of"], QuantityQualifier.MoreThan),
        (["nearly"], QuantityQualifier.LessThan),
        (["near"], QuantityQualifier.LessThan),
        (["almost"], QuantityQualifier.LessThan),
        (["over"], QuantityQualifier.MoreThan),
        (["above"], QuantityQualifier.MoreThan),
        (["under"], QuantityQualifier.LessThan),
        (["below"], QuantityQualifier.LessThan),
        (["about"], QuantityQualifier.About),
        (["around"], QuantityQualifier.About),
        (["roughly"], QuantityQualifier.About),
        (["approximately"], QuantityQualifier.About),
        (["approx"], QuantityQualifier.About),
        (["some"], QuantityQualifier.About),
        (["circa"], QuantityQualifier.About),
        (["estimated"], QuantityQualifier.About),
        (["exactly"], QuantityQualifier.Exact),
        (["precisely"], QuantityQualifier.Exact),
        (["only"], QuantityQualifier.Exact),
        (["just"], QuantityQualifier.Exact),
    ];

    public static readonly FrozenSet<string> QualifierStarts =
        Qualifiers.Select(q => q.Words[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> CurrencySymbols = Dict(new (string, string)[]
    {
        ("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("¥", "JPY"), ("₹", "INR"), ("₽", "RUB"), ("₩", "KRW"),
    });

    /// <summary>Letters glued before a dollar sign: US$, A$, C$, HK$.</summary>
    public static readonly FrozenDictionary<string, string> DollarPrefixes = Dict(new (string, string)[]
    {
        ("US", "USD"), ("A", "AUD"), ("AU", "AUD"), ("C", "CAD"), ("CA", "CAD"), ("NZ", "NZD"), ("HK", "HKD"), ("S", "SGD"), ("NT", "TWD"),
    });

    public static readonly FrozenDictionary<string, string> CurrencyWords = Dict(new (string, string)[]
    {
        ("dollar", "USD"), ("dollars", "USD"), ("bucks", "USD"), ("usd", "USD"), ("pound", "GBP"), ("pounds", "GBP"),
        ("sterling", "GBP"), ("gbp", "GBP"), ("euro", "EUR"), ("euros", "EUR"), ("eur", "EUR"), ("yen", "JPY"),
        ("yuan", "CNY"), ("renminbi", "CNY"), ("rupee", "INR"), ("rupees", "INR"), ("franc", "CHF"), ("francs", "CHF"),
        ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"), ("peso", "MXN"), ("pesos", "MXN"),
        ("krona", "SEK"), ("kronor", "SEK"), ("naira", "NGN"),
    });

    /// <summary>Measurement and time units, mapped to a canonical unit name.</summary>
    public static readonly FrozenDictionary<string, string> Units = Dict(new (string, string)[]
    {
        ("km", "km"), ("kms", "km"), ("kilometre", "km"), ("kilometres", "km"), ("kilometer", "km"), ("kilometers", "km"),
        ("metre", "m"), ("metres", "m"), ("meter", "m"), ("meters", "m"),
        ("cm", "cm"), ("centimetre", "cm"), ("centimetres", "cm"), ("centimeter", "cm"), ("centimeters", "cm"),
        ("mm", "mm"), ("millimetre", "mm"), ("millimetres", "mm"), ("millimeter", "mm"), ("millimeters", "mm"),
        ("mile", "mile"), ("miles", "mile"), ("ft", "ft"), ("feet", "ft"), ("foot", "ft"), ("inch", "inch"), ("inches", "inch"),
        ("yard", "yard"), ("yards", "yard"), ("kg", "kg"), ("kgs", "kg"), ("kilo", "kg"), ("kilos", "kg"), ("kilogram", "kg"),
        ("kilograms", "kg"), ("kilogramme", "kg"), ("kilogrammes", "kg"), ("gram", "g"), ("grams", "g"), ("gramme", "g"),
        ("grammes", "g"), ("tonne", "tonne"), ("tonnes", "tonne"), ("ton", "tonne"), ("tons", "tonne"), ("lb", "lb"), ("lbs", "lb"),
        ("ounce", "oz"), ("ounces", "oz"), ("oz", "oz"), ("litre", "litre"), ("litres", "litre"), ("liter", "litre"),
        ("liters", "litre"), ("gallon", "gallon"), ("gallons", "gallon"), ("barrel", "barrel"), ("barrels", "barrel"),
        ("acre", "acre"), ("acres", "acre"), ("hectare", "hectare"), ("hectares", "hectare"), ("ha", "hectare"),
        ("mph", "mph"), ("kph", "km/h"), ("knots", "knot"), ("degree", "degree"), ("degrees", "degree"),
        ("second", "second"), ("seconds", "second"), ("secs", "second"), ("minute", "minute"), ("minutes", "minute"),
        ("mins", "minute"), ("hour", "hour"), ("hours", "hour"), ("hrs", "hour"), ("day", "day"), ("days", "day"),
        ("week", "week"), ("weeks", "week"), ("month", "month"), ("months", "month"), ("year", "year"), ("years", "year"),
        ("yrs", "year"), ("decade", "decade"), ("decades", "decade"), ("century", "century"), ("centuries", "century"),
        ("mb", "MB"), ("gb", "GB"), ("tb", "TB"), ("mw", "MW"), ("gw", "GW"), ("kw", "kW"), ("kwh", "kWh"), ("mwh", "MWh"),
        ("gwh", "GWh"), ("mg", "mg"), ("ml", "ml"), ("sq", "sq"), ("square", "sq"),
    });

    public static readonly FrozenDictionary<string, int> Months = Dict(new (string, int)[]
    {
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    });

    /// <summary>Words after a number that are not its counted noun.</summary>
    public static readonly FrozenSet<string> NotNouns = new[]
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "with", "from", "as", "is", "was",
        "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
        "must", "can", "that", "which", "who", "whom", "whose", "per", "than", "more", "less", "fewer", "times", "this",
        "these", "those", "it", "its", "they", "their", "them", "he", "she", "his", "her", "we", "our", "you", "your",
        "i", "me", "my", "not", "no", "so", "if", "when", "where", "while", "after", "before", "since", "until", "into",
        "out", "up", "down", "over", "under", "about", "against", "between", "through", "during", "each", "every",
        "all", "both", "said", "says", "say", "also", "just", "only", "ago", "earlier", "later", "last", "next", "am",
        "pm", "a.m.", "p.m.", "percent", "cent", "do", "does", "did", "there", "here", "then", "now", "such", "other",
        "another", "any", "some", "most", "many", "much", "what", "how", "why", "or", "nor", "yet", "away", "back",
        "off", "too", "very", "even", "again", "still", "already", "instead", "because", "though", "although", "whether",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives skipped between a number and its noun: "200 new cars".</summary>
    public static readonly FrozenSet<string> SkippedAdjectives = new[]
    {
        "new", "more", "additional", "extra", "other", "young", "old", "local", "foreign", "unarmed", "armed", "elderly",
        "full-time", "part-time", "senior", "junior", "former", "innocent", "separate", "different", "individual", "small",
        "large", "big", "major", "minor", "british", "american", "french", "german", "chinese", "russian", "indian",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prefixes of one-token dates: "mid-2004".</summary>
    public static readonly FrozenSet<string> DateModifiers = new[] { "mid", "early", "late", "pre", "post" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Fractions as percentages: "a third of", "two-thirds of", "half of".</summary>
    public static readonly FrozenDictionary<string, double> Fractions = Dict(new (string, double)[]
    {
        ("half", 50), ("halves", 50), ("third", 100.0 / 3), ("thirds", 100.0 / 3), ("quarter", 25), ("quarters", 25),
        ("fifth", 20), ("fifths", 20), ("sixth", 100.0 / 6), ("tenth", 10), ("tenths", 10),
    });

    /// <summary>Nationality words before a currency word: "Swiss francs", "Australian dollars".</summary>
    public static readonly FrozenDictionary<string, string> CurrencyNationalities = Dict(new (string, string)[]
    {
        ("US", "USD"), ("American", "USD"), ("Swiss", "CHF"), ("Australian", "AUD"), ("Canadian", "CAD"), ("Singapore", "SGD"),
        ("Mexican", "MXN"), ("Indian", "INR"), ("Chinese", "CNY"), ("Japanese", "JPY"), ("Russian", "RUB"), ("Egyptian", "EGP"),
        ("Argentine", "ARS"), ("Zimbabwean", "ZWD"), ("Taiwan", "TWD"), ("Taiwanese", "TWD"), ("Danish", "DKK"), ("Norwegian", "NOK"),
        ("Swedish", "SEK"), ("Turkish", "TRY"), ("Hong", "HKD"), ("Jamaican", "JMD"), ("Philippine", "PHP"), ("Pakistani", "PKR"),
    });

    public static readonly FrozenSet<string> Triggers = SmallNumbers.Keys
        .Concat(PluralScales.Keys).Concat(VagueWords.Keys).Concat(QualifierStarts).Concat(Months.Keys)
        .Concat(["a", "an", "between", "from", "half", "Half", "dozen", "near", "US", "A", "C", "NZ", "HK", "S", "AU", "CA", "NT"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
