using NewsLens.Text;

namespace NewsLens.Encoders.Tokenization;

/// <summary>
/// One word piece: its vocabulary id, the UTF-16 span of the original text it came from (inside one token) and the
/// index of that token in <see cref="Document.Tokens"/>. The pieces of a token tile it: the first starts at the
/// token's start, each ends where the next starts, the last ends at the token's end (a piece may be empty when one
/// character expands to several pieces).
/// </summary>
public readonly record struct WordPiece(int Id, TextSpan Span, int TokenIndex);
