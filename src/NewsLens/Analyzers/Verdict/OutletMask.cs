using System.Collections.Frozen;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// Outlet names to hide from the text features: registrable domain names (<c>foxnews</c>, <c>thegatewaypundit</c>)
/// matched against one to four consecutive tokens joined without spaces, so "Fox News" and "The Gateway Pundit"
/// are masked as well as "breitbart.com". Keys are lower-case letters and digits, at least four long. Immutable.
/// </summary>
public sealed class OutletMask
{
    public const int MinKeyLength = 4;
    private readonly FrozenSet<string> _keys;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public OutletMask(IEnumerable<string> keys)
    {
        _keys = keys.Select(Key).Where(k => k.Length >= MinKeyLength).ToFrozenSet(StringComparer.Ordinal);
        _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static OutletMask Empty { get; } = new([]);

    public IReadOnlyCollection<string> Keys => _keys;

    public int Count => _keys.Count;

    public bool Contains(ReadOnlySpan<char> key) => _lookup.Contains(key);

    /// <summary>A mask with these keys plus those of <paramref name="more"/> (site names, URLs); this one when none is new.</summary>
    public OutletMask With(IEnumerable<string?> more)
    {
        var extra = more.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => KeyOfNameOrUrl(m!)).Where(k => k.Length >= MinKeyLength && !_keys.Contains(k)).ToList();
        return extra.Count == 0 ? this : new OutletMask(_keys.Concat(extra));
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
