namespace NewsLens.Fuzz;

/// <summary>
/// A bug a harness saw that did not surface as an exception of its own: a reader that turned a parser exception into
/// a record failure ("unexpected X while reading this record"), an analyzer error the pipeline recorded, a span outside
/// its text. Thrown so that afl-fuzz records the input as a crash.
/// </summary>
internal sealed class FuzzFinding(string message) : Exception(message);
