using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace NewsLens.Analyzers.Outlets;

/// <summary>
/// Outlet reliability registry: looks outlets up by domain (any URL or host: scheme, www., m. and subdomains are
/// stripped step by step; the same name under another public suffix matches when unambiguous) and by name variants
/// ("the BBC", "BBC News", "BBC"). Loaded from the embedded <c>outlets.tsv.gz</c> compiled by
/// <c>newslens train registry</c>. Immutable and thread-safe.
/// </summary>
public sealed class OutletRegistry
{
    internal const string ResourceName = "NewsLens.Analyzers.Outlets.Data.outlets.tsv.gz";
    internal const string Header = "domain\tname\tfactuality\tbias\tcredibility\tbaly_factuality\tbaly_bias\tprovenance\treview_url";

    // Common short names that the registry spells differently; checked after the registry's own names.
    private static readonly (string Alias, string Domain)[] Aliases =
    [
        ("AP", "apnews.com"), ("Associated Press", "apnews.com"), ("the Associated Press", "apnews.com"),
        ("NYT", "nytimes.com"), ("New York Times", "nytimes.com"), ("The New York Times", "nytimes.com"), ("the Times", "nytimes.com"),
        ("Washington Post", "washingtonpost.com"), ("The Washington Post", "washingtonpost.com"), ("WaPo", "washingtonpost.com"),
        ("BBC", "bbc.com"), ("the BBC", "bbc.com"), ("Reuters", "reuters.com"), ("CNN", "cnn.com"), ("Fox News", "foxnews.com"),
        ("Wall Street Journal", "wsj.com"), ("The Wall Street Journal", "wsj.com"), ("WSJ", "wsj.com"),
        ("The Guardian", "theguardian.com"), ("Guardian", "theguardian.com"), ("HuffPost", "huffpost.com"),
        ("Huffington Post", "huffpost.com"), ("The Huffington Post", "huffpost.com"), ("Breitbart", "breitbart.com"),
        ("Breitbart News", "breitbart.com"), ("Politico", "politico.com"), ("USA Today", "usatoday.com"),
        ("The Atlantic", "theatlantic.com"), ("Bloomberg", "bloomberg.com"), ("NPR", "npr.org"), ("MSNBC", "msnbc.com"),
        ("NBC News", "nbcnews.com"), ("CBS News", "cbsnews.com"), ("ABC News", "abcnews.go.com"), ("Al Jazeera", "aljazeera.com"),
        ("The Economist", "economist.com"), ("Financial Times", "ft.com"), ("the Financial Times", "ft.com"), ("AFP", "afp.com"),
        ("Agence France-Presse", "afp.com"), ("The New Yorker", "newyorker.com"), ("Newsweek", "newsweek.com"),
        ("The Hill", "thehill.com"), ("Daily Mail", "dailymail.co.uk"), ("The Daily Mail", "dailymail.co.uk"),
        ("The Telegraph", "telegraph.co.uk"), ("The Independent", "independent.co.uk"), ("Western Journalism", "westernjournal.com"),
    ];

    private readonly OutletRecord[] _records;
    private readonly FrozenDictionary<string, OutletRecord> _byDomain;
    private readonly FrozenDictionary<string, OutletRecord> _byLabel;
    private readonly FrozenDictionary<string, (OutletRecord Record, bool Alias)> _byName;

    public OutletRegistry(IEnumerable<OutletRecord> records)
    {
        _records = [.. records];
        var byDomain = new Dictionary<string, OutletRecord>(StringComparer.OrdinalIgnoreCase);
        var labels = new Dictionary<string, List<OutletRecord>>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in _records)
        {
            if (string.IsNullOrEmpty(r.Domain)) continue;
            byDomain.TryAdd(r.Domain, r);
            string label = Label(r.Domain);
            if (!labels.TryGetValue(label, out var l)) labels[label] = l = [];
            l.Add(r);
        }
        _byDomain = byDomain.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byLabel = labels.Where(kv => kv.Value.Count == 1 && kv.Key.Length >= 3).ToFrozenDictionary(kv => kv.Key, kv => kv.Value[0], StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, (OutletRecord, bool)>(StringComparer.Ordinal);
        foreach (var r in _records)
            foreach (var v in NameVariants(r.Name))
                byName.TryAdd(v, (r, false));
        foreach (var (alias, domain) in Aliases)
            if (byDomain.TryGetValue(domain, out var r))
                foreach (var v in NameVariants(alias)) byName.TryAdd(v, (r, true));
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Number of outlets.</summary>
    public int Count => _records.Length;

    public IReadOnlyList<OutletRecord> Records => _records;

    /// <summary>The registry compiled into the library.</summary>
    public static OutletRegistry Embedded => EmbeddedLazy.Value;

    private static readonly Lazy<OutletRegistry> EmbeddedLazy = new(() =>
    {
        using var s = typeof(OutletRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing; run `newslens train registry`");
        return Load(s);
    });

    /// <summary>Reads a gzip-compressed registry TSV (with the <see cref="Header"/> line).</summary>
    /// <exception cref="InvalidDataException">when the header does not match.</exception>
    public static OutletRegistry Load(Stream gzipTsv)
    {
        using var gz = new GZipStream(gzipTsv, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        if (reader.ReadLine() != Header) throw new InvalidDataException("not an outlet registry (unexpected header)");
        var list = new List<OutletRecord>();
        while (reader.ReadLine() is { } line)
        {
            var c = line.Split('\t');
            if (c.Length != 9) continue;
            list.Add(new OutletRecord(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
        }
        return new OutletRegistry(list);
    }

    /// <summary>Writes the registry as gzip-compressed TSV, sorted by domain (deterministic bytes).</summary>
    public void Save(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine(Header);
        foreach (var r in _records.OrderBy(r => r.Domain, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal))
            w.WriteLine(string.Join('\t', Clean(r.Domain), Clean(r.Name), Clean(r.Factuality), Clean(r.Bias), Clean(r.Credibility),
                Clean(r.BalyFactuality), Clean(r.BalyBias), Clean(r.Provenance), Clean(r.ReviewUrl)));
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>Looks up a domain, host or URL; null when no entry fits.</summary>
    public OutletMatch? FindByDomain(string urlOrHost)
    {
        string? host = HostOf(urlOrHost);
        if (host is null) return null;
        if (_byDomain.TryGetValue(host, out var r)) return new OutletMatch(r, "domain", host);
        for (int dot = host.IndexOf('.'); dot > 0 && host.IndexOf('.', dot + 1) > 0; dot = host.IndexOf('.', dot + 1))
            if (_byDomain.TryGetValue(host[(dot + 1)..], out r)) return new OutletMatch(r, "parent-domain", host);
        return _byLabel.TryGetValue(Label(host), out r) ? new OutletMatch(r, "domain-label", host) : null;
    }

    /// <summary>Looks up an outlet name as written in text ("the BBC", "BBC News"); case-sensitive apart from a leading "the".</summary>
    public OutletMatch? FindByName(string name)
    {
        string n = name.Trim();
        if (_byName.TryGetValue(n, out var hit)) return new OutletMatch(hit.Record, hit.Alias ? "alias" : "name", name);
        return null;
    }

    /// <summary>A name or a domain: tries the domain route when the query looks like one, then names (also case-folded).</summary>
    public OutletMatch? Lookup(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string q = query.Trim();
        if (q.Contains('.') && !q.Contains(' ') && FindByDomain(q) is { } d) return d;
        if (FindByName(q) is { } n) return n;
        foreach (var (key, hit) in _byName)
            if (string.Equals(key, q, StringComparison.OrdinalIgnoreCase)) return new OutletMatch(hit.Record, hit.Alias ? "alias" : "name", query);
        return null;
    }

    /// <summary>True when <paramref name="text"/> is a registered name variant (used by the text scanner).</summary>
    internal bool TryName(string text, out OutletRecord record, out bool alias)
    {
        if (_byName.TryGetValue(text, out var hit)) { record = hit.Record; alias = hit.Alias; return true; }
        record = null!;
        alias = false;
        return false;
    }

    /// <summary>Lower-cased host of a URL or host string, without www./m. and port; null when there is none.</summary>
    public static string? HostOf(string urlOrHost)
    {
        if (string.IsNullOrWhiteSpace(urlOrHost)) return null;
        string s = urlOrHost.Trim();
        int scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) s = s[(scheme + 3)..];
        int cut = s.IndexOfAny(['/', '?', '#']);
        if (cut >= 0) s = s[..cut];
        int at = s.LastIndexOf('@');
        if (at >= 0) s = s[(at + 1)..];
        int colon = s.IndexOf(':');
        if (colon >= 0) s = s[..colon];
        s = s.TrimEnd('.').ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "www1.", "www2.", "m.", "mobile.", "amp." })
            if (s.StartsWith(prefix, StringComparison.Ordinal) && s.Length > prefix.Length + 3) { s = s[prefix.Length..]; break; }
        return s.Contains('.') ? s : null;
    }

    // "bbc" for bbc.co.uk and bbc.com: the label before the public suffix (a two-part suffix when the last label is a
    // country code and the one before it is short, as in co.uk or com.au).
    internal static string Label(string domain)
    {
        var parts = domain.Split('.');
        if (parts.Length >= 3 && parts[^1].Length == 2 && parts[^2].Length <= 3) return parts[^3];
        return parts.Length >= 2 ? parts[^2] : domain;
    }

    /// <summary>Name variants: as given, with and without a leading "The"/"the", without a trailing "News", ".com" or "Online".</summary>
    internal static IEnumerable<string> NameVariants(string name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        string n = name.Trim();
        if (n.Length < 2) return set;
        void AddBoth(string x)
        {
            x = x.Trim();
            if (x.Length < 2) return;
            set.Add(x);
            if (x.StartsWith("The ", StringComparison.Ordinal)) { set.Add(x[4..]); set.Add("the " + x[4..]); }
            else if (x.StartsWith("the ", StringComparison.Ordinal)) { set.Add(x[4..]); set.Add("The " + x[4..]); }
            else { set.Add("the " + x); set.Add("The " + x); }
        }
        AddBoth(n);
        foreach (var suffix in new[] { " News", " Online", ".com", " Newspaper", " Magazine" })
            if (n.EndsWith(suffix, StringComparison.Ordinal) && n.Length > suffix.Length + 2) AddBoth(n[..^suffix.Length]);
        int paren = n.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 1) AddBoth(n[..paren]);
        return set;
    }
}
