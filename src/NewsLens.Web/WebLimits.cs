namespace NewsLens.Web;

/// <summary>Bounds on what one request may ask of the server.</summary>
public static class WebLimits
{
    /// <summary>Largest request body accepted, in bytes (10 MB).</summary>
    public const long MaxRequestBytes = 10_000_000;
}
