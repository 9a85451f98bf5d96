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
    internal const string Header = LegacyHeader + "\tquestionable";

    // why: registries written before the questionable-reasons column stay readable
    internal const string LegacyHeader = "domain\tname\tfactuality\tbias\tcredibility\tbaly_factuality\tbaly_bias\tprovenance\treview_url";

    // Common short names that the registry spells differently; checked after the registry's own names.
    private static readonly (string Alias, string Domain)[] Aliases =
    [
        ("AP", "apnews.com"), ("Associated Press", "apnews.com"), ("NYT", "nytimes.com"), ("New York Times", "nytimes.com"),
        ("Washington Post", "washingtonpost.com"), ("WaPo", "washingtonpost.com"), ("BBC", "bbc.com"), ("Reuters", "reuters.com"),
        ("CNN", "cnn.com"), ("Fox News", "foxnews.com"), ("Wall Street Journal", "wsj.com"), ("WSJ", "wsj.com"),
        ("Guardian", "theguardian.com"), ("HuffPost", "huffpost.com"), ("Huffington Post", "huffpost.com"),
        ("Breitbart", "breitbart.com"), ("Breitbart News", "breitbart.com"), ("Politico", "politico.com"),
        ("USA Today", "usatoday.com"), ("Atlantic", "theatlantic.com"), ("Bloomberg", "bloomberg.com"), ("NPR", "npr.org"),
        ("MSNBC", "msnbc.com"), ("NBC News", "nbcnews.com"), ("CBS News", "cbsnews.com"), ("ABC News", "abcnews.go.com"),
        ("Al Jazeera", "aljazeera.com"), ("Economist", "economist.com"), ("Financial Times", "ft.com"), ("AFP", "afp.com"),
        ("Agence France-Presse", "afp.com"), ("New Yorker", "newyorker.com"), ("Newsweek", "newsweek.com"),
        ("Hill", "thehill.com"), ("Daily Mail", "dailymail.co.uk"), ("Telegraph", "telegraph.co.uk"),
        ("Independent", "independent.co.uk"), ("Western Journalism", "westernjournal.com"),
    ];

    private readonly OutletRecord[] _records;
    private readonly FrozenDictionary<string, OutletRecord> _byDomain;
    private readonly FrozenDictionary<string, OutletRecord> _byLabel;
    private readonly FrozenDictionary<string, (OutletRecord Record, bool Alias, bool Short)> _byName;
    private readonly FrozenDictionary<string, (string Key, OutletRecord Record, bool Alias)> _byNameIgnoreCase;

    /// <param name="records">the outlets and their ratings.</param>
    /// <param name="notice">whose ratings these are and under what terms (shown wherever the ratings are).</param>
    public OutletRegistry(IEnumerable<OutletRecord> records, string notice = "")
    {
        ArgumentNullException.ThrowIfNull(records);
        _records = [.. records];
        Notice = notice.Trim();
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
        _byLabel = labels.Where(kv => kv.Value.Count == 1 && kv.Key.Length >= 3)
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value[0], StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, (OutletRecord, bool, bool)>(StringComparer.Ordinal);
        // why: aliases first, so "the Times"-style short forms of big outlets win over a small outlet of the same name
        foreach (var (alias, domain) in Aliases)
            if (byDomain.TryGetValue(domain, out var r))
                foreach (var v in NameVariants(alias)) byName.TryAdd(v, (r, true, false));
        foreach (var r in _records)
        {
            var full = FullNameVariants(r.Name);
            foreach (var v in NameVariants(r.Name))
                byName.TryAdd(v, (r, false, !full.Contains(v)));
        }
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        // why: a case-insensitive name lookup used to sort every name per call; the first name in that order
        // (aliases first, then by key) is kept once here, so a lookup costs one hash probe
        var ignoreCase = new Dictionary<string, (string, OutletRecord, bool)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, hit) in byName.OrderBy(kv => kv.Value.Item2 ? 0 : 1).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            ignoreCase.TryAdd(key, (key, hit.Item1, hit.Item2));
        _byNameIgnoreCase = ignoreCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whose ratings the registry holds and under what terms; empty when the file says nothing.</summary>
    public string Notice { get; }

    /// <summary>Number of outlets.</summary>
    public int Count => _records.Length;

    public IReadOnlyList<OutletRecord> Records => _records;

    /// <summary>The registry compiled into the library (loaded on first use).</summary>
    public static OutletRegistry Embedded => EmbeddedLazy.Value;

    private static readonly Lazy<OutletRegistry> EmbeddedLazy = new(() =>
    {
        using var s = typeof(OutletRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing; run `newslens train registry`");
        return Load(s);
    });

    /// <summary>
    /// Reads a registry TSV, gzip-compressed or plain: optional <c>#</c> lines (the <see cref="Notice"/>), the
    /// <see cref="Header"/> line (or the older header without the questionable column), then one outlet a line; the last
    /// column (MBFC's reasons) may be left off a line. An operator's own ratings use the same format.
    /// </summary>
    /// <exception cref="InvalidDataException">when the header does not match or a line lacks columns.</exception>
    public static OutletRegistry Load(Stream tsv)
    {
        // why: registries are small; reading them whole lets the gzip magic number decide how to decode
        var bytes = new MemoryStream();
        tsv.CopyTo(bytes);
        bytes.Position = 0;
        bool gzip = bytes.Length >= 2 && bytes.GetBuffer()[0] == 0x1F && bytes.GetBuffer()[1] == 0x8B;
        using Stream decoded = gzip ? new GZipStream(bytes, CompressionMode.Decompress) : bytes;
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        var notice = new StringBuilder();
        string? line;
        while ((line = reader.ReadLine()) is not null && line.StartsWith('#')) notice.Append(line.AsSpan(1).Trim()).Append('\n');
        if (line != Header && line != LegacyHeader) throw new InvalidDataException($"not an outlet registry: the first line after the # notice must be the header '{Header.Replace('\t', ' ')}' (tab-separated)");
        int columns = line == Header ? 10 : 9;
        var list = new List<OutletRecord>();
        int number = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0) continue;
            var c = line.Split('\t');
            // why: the reasons column may be left off a line (files written by hand or before the column existed)
            if (c.Length != 9 && c.Length != columns) throw new InvalidDataException($"outlet registry line {number}: {c.Length} columns, expected {columns}");
            list.Add(new OutletRecord(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c.Length == 10 ? c[9] : ""));
        }
        return new OutletRegistry(list, notice.ToString());
    }

    /// <summary>Reads an operator's registry file (same format as the embedded one).</summary>
    /// <exception cref="InvalidDataException">naming the file and the problem.</exception>
    public static OutletRegistry LoadFile(string path)
    {
        try
        {
            using var f = File.OpenRead(path);
            return Load(f);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes the registry as gzip-compressed TSV, sorted by domain then name (deterministic content).</summary>
    public void Save(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var n in Notice.Split('\n', StringSplitOptions.RemoveEmptyEntries)) w.WriteLine("# " + n);
        w.WriteLine(Header);
        foreach (var r in _records.OrderBy(r => r.Domain, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal))
            w.WriteLine(string.Join('\t', Clean(r.Domain), Clean(r.Name), Clean(r.Factuality), Clean(r.Bias), Clean(r.Credibility),
                Clean(r.BalyFactuality), Clean(r.BalyBias), Clean(r.Provenance), Clean(r.ReviewUrl), Clean(r.Reasons)));
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

    /// <summary>Looks up an outlet name as written in text ("the BBC", "BBC News"); case-sensitive.</summary>
    public OutletMatch? FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string n = name.Trim();
        return _byName.TryGetValue(n, out var hit) ? new OutletMatch(hit.Record, hit.Alias ? "alias" : "name", name) : null;
    }

    /// <summary>A name or a domain: the domain route when the query looks like one, then names, then names ignoring case.</summary>
    public OutletMatch? Lookup(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string q = query.Trim();
        if (q.Contains('.') && !q.Contains(' ') && FindByDomain(q) is { } d) return d;
        if (FindByName(q) is { } n) return n;
        return _byNameIgnoreCase.TryGetValue(q, out var hit) ? new OutletMatch(hit.Record, hit.Alias ? "alias" : "name", query) : null;
    }

    /// <summary>True when <paramref name="text"/> is a registered name variant (used by the text scanner).
    /// <paramref name="shortForm"/> is true for a variant cut from a longer name ("Boston" from "Boston Magazine").</summary>
    internal bool TryName(ReadOnlySpan<char> text, out OutletRecord record, out bool alias, out bool shortForm)
    {
        var lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var hit)) { record = hit.Record; alias = hit.Alias; shortForm = hit.Short; return true; }
        record = null!;
        alias = shortForm = false;
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

    // The name as given, with and without a leading "The"/"the": variants that still name the whole outlet.
    private static HashSet<string> FullNameVariants(string name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        string n = name.Trim();
        if (n.Length < 2) return set;
        set.Add(n);
        if (n.StartsWith("The ", StringComparison.Ordinal)) { set.Add(n[4..]); set.Add("the " + n[4..]); }
        else if (n.StartsWith("the ", StringComparison.Ordinal)) { set.Add(n[4..]); set.Add("The " + n[4..]); }
        else { set.Add("the " + n); set.Add("The " + n); }
        // why: a parenthesis only tells apart outlets of the same name ("The Tribune (India)"); the rest is the whole name
        int paren = n.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 1) set.UnionWith(FullNameVariants(n[..paren]));
        return set;
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
