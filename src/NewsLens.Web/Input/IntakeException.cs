namespace NewsLens.Web.Input;

/// <summary>An input that cannot become an article; <see cref="Status"/> is the HTTP status to answer with.</summary>
public sealed class IntakeException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
}
