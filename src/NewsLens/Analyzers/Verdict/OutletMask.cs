using System.Collections.Frozen;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// Outlet names to hide from the text features: registrable domain names (<c>foxnews</c>, <c>thegatewaypundit</c>)
/// matched against one to four consecutive tokens joined without spaces, so "Fox News" and "The Gateway Pundit"
/// are masked as well as "breitbart.com". Keys are lower-case letters and digits, at least three long (so "CNN", "NPR"
/// and "Vox" are masked too). Immutable.
/// </summary>
public sealed class OutletMask
{
    public const int MinKeyLength = 3;
    private readonly FrozenSet<string> _keys;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _extra;

    public OutletMask(IEnumerable<string> keys) : this(keys.Select(Key).Where(k => k.Length >= MinKeyLength).ToFrozenSet(StringComparer.Ordinal), []) { }

    private OutletMask(FrozenSet<string> keys, string[] extra)
    {
        _keys = keys;
        _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _extra = extra;
    }

    public static OutletMask Empty { get; } = new([]);

    /// <summary>The keys, sorted.</summary>
    public IReadOnlyList<string> Keys => [.. _keys.Concat(_extra).Order(StringComparer.Ordinal)];

    public int Count => _keys.Count + _extra.Length;

    public bool Contains(ReadOnlySpan<char> key)
    {
        if (_lookup.Contains(key)) return true;
        foreach (var e in _extra) if (key.SequenceEqual(e)) return true;
        return false;
    }

    /// <summary>This mask plus the keys of <paramref name="more"/> (an article's site name and URLs); cheap, shares the base set.</summary>
    public OutletMask With(IEnumerable<string?> more)
    {
        var extra = more.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => KeyOfNameOrUrl(m!))
            .Where(k => k.Length >= MinKeyLength && !_keys.Contains(k) && !_extra.Contains(k)).Distinct().ToArray();
        return extra.Length == 0 ? this : new OutletMask(_keys, [.. _extra, .. extra]);
    }

    /// <summary>The key of an outlet host (<c>insider.foxnews.com</c> → <c>foxnews</c>, <c>express.co.uk</c> → <c>express</c>).</summary>
    public static string KeyOfHost(string host)
    {
        var labels = host.ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (labels.Count == 0) return "";
        if (labels.Count > 1) labels.RemoveAt(labels.Count - 1); // top-level domain
        if (labels.Count > 1 && labels[^1] is "co" or "com" or "org" or "net" or "gov" or "ac" or "news") labels.RemoveAt(labels.Count - 1);
        return Key(labels[^1]);
    }

    private static string KeyOfNameOrUrl(string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host.Length > 0) return KeyOfHost(uri.Host);
        if (value.Contains('.') && !value.Contains(' ')) return KeyOfHost(value);
        return Key(value);
    }

    private static string Key(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
