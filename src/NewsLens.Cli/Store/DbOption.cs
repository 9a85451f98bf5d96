using System.CommandLine;

namespace NewsLens.Cli.Store;

/// <summary><c>--db FILE</c>: the store, one SQLite file (default <c>newslens.db</c> in the working folder).</summary>
internal static class DbOption
{
    public const string Default = "newslens.db";

    public static Option<string> Create() =>
        new("--db") { Description = $"The store: an SQLite file (default: {Default} in the working folder), or PostgreSQL as postgres://user:password@host/database or an Npgsql connection string.", DefaultValueFactory = _ => Default };
}
