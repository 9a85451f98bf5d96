namespace NewsLens.Text;

/// <summary>
/// An annotation with a short caption to print on its span in the report view ("Loaded language", a quote's speaker).
/// Items without it are captioned with their first highlight's label.
/// </summary>
public interface ICaptioned
{
    /// <summary>A few words, plain text (the report encodes it).</summary>
    string Caption { get; }
}
