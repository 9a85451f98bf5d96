namespace NewsLens.Text;

/// <summary>
/// An annotation that holds spans of its document's text. <see cref="Document.Set{T}"/> checks every span against the
/// text, so <see cref="GetSpans"/> lists them all, nested ones included, and formats nothing: it runs on every write.
/// </summary>
public interface ISpanned
{
    IEnumerable<TextSpan> GetSpans();
}
