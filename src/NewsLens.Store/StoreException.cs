namespace NewsLens.Store;

/// <summary>A store that cannot be opened or used: the message names the file and the problem, in one line.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
