using System.Net;
using System.Net.Sockets;

namespace NewsLens.Web.Input;

/// <summary>
/// Fetches an article page for the API, refusing what a server-side fetch must never reach: non-HTTP schemes, and
/// (checked on every connection, after DNS, so a name that resolves to one or a redirect to one is refused too)
/// the addresses <see cref="AddressPolicy"/> refuses. Redirects are followed by hand and each one checked; bodies over
/// <see cref="UrlFetchOptions.MaxBytes"/> are refused while reading; the whole fetch times out. Thread-safe.
/// </summary>
public sealed class UrlFetcher : IDisposable
{
    private readonly UrlFetchOptions _options;
    private readonly Func<IPEndPoint, bool> _allow;
    private readonly HttpClient _http;

    /// <param name="options">limits.</param>
    /// <param name="allow">extra endpoints allowed despite the policy (tests reach a loopback server with it); null: none.</param>
    public UrlFetcher(UrlFetchOptions options, Func<IPEndPoint, bool>? allow = null)
    {
        _options = options;
        _allow = allow ?? (_ => false);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        _http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("NewsLens/1.0 (+article analysis)");
    }

    public async Task<FetchedPage> FetchAsync(string url, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        var uri = Check(url, null);
        try
        {
            for (int hop = 0; ; hop++)
            {
                using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects)
                        throw new FetchException(502, "too many redirects", $"{url} redirected more than {_options.MaxRedirects} times");
                    uri = Check(location.ToString(), uri);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw new FetchException(502, "the page could not be fetched", $"{uri} answered {(int)response.StatusCode} {response.ReasonPhrase}");
                if (response.Content.Headers.ContentLength > _options.MaxBytes)
                    throw TooLarge(uri);
                var body = await ReadBoundedAsync(response.Content, uri, timeout.Token);
                return new FetchedPage(uri, response.Content.Headers.ContentType?.MediaType, body);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FetchException(504, "the page took too long", $"fetching {uri} took over {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex) when (ex.InnerException is FetchException refused)
        {
            throw refused;
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException(502, "the page could not be fetched", $"{uri}: {ex.Message}");
        }
    }

    private Uri Check(string url, Uri? relativeTo)
    {
        if (!(relativeTo is null ? Uri.TryCreate(url, UriKind.Absolute, out var uri) : Uri.TryCreate(relativeTo, url, out uri)))
            throw new FetchException(400, "not a URL", $"'{Clip(url)}' is not an absolute URL");
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            throw new FetchException(400, "URL scheme refused", $"only http and https addresses are fetched, not '{uri.Scheme}:'" + (relativeTo is null ? "" : $" (a redirect from {relativeTo})"));
        if (uri.UserInfo.Length > 0)
            throw new FetchException(400, "URL refused", "addresses with a user name or password are not fetched");
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) && !AddressPolicy.IsPublic(ip)
            && !_allow(new IPEndPoint(ip, uri.Port)))
            throw Refused(ip, relativeTo);
        return uri;
    }

    // why: checked at connect time, on the address actually dialled, so DNS answers and redirects cannot slip past
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(a => AddressPolicy.IsPublic(a) || _allow(new IPEndPoint(a, context.DnsEndPoint.Port))).ToList();
        if (allowed.Count == 0)
            throw addresses.Length == 0 ? new FetchException(502, "host not found", $"{host} has no address") : Refused(addresses[0], null, host);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed[0], context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, Uri uri, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > _options.MaxBytes) throw TooLarge(uri);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private FetchException TooLarge(Uri uri) =>
        new(422, "page too large", $"{uri} is over the fetch limit of {_options.MaxBytes:N0} bytes");

    private static FetchException Refused(IPAddress ip, Uri? redirectFrom, string? host = null) =>
        new(400, "address refused", $"{(host is null ? "" : host + " resolves to ")}{ip}, a loopback, private, link-local, multicast or reserved address; only public addresses are fetched"
            + (redirectFrom is null ? "" : $" (a redirect from {redirectFrom})"));

    private static string Clip(string s) => s.Length > 200 ? s[..200] + "…" : s;

    public void Dispose() => _http.Dispose();
}
