using Npgsql;

namespace NewsLens.Tests.Support;

/// <summary>
/// A database of its own for one test, created on the server that <c>NEWSLENS_TEST_POSTGRES</c> (an Npgsql connection
/// string; <c>.ci/run</c> starts the server and sets it) names, and dropped afterwards.
/// </summary>
public sealed class PgTestDatabase : IDisposable
{
    public const string Variable = "NEWSLENS_TEST_POSTGRES";
    private static readonly Lazy<string?> Problem = new(Probe);
    private readonly string _admin;

    public string Name { get; } = "nl_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The Npgsql connection string of this test's database.</summary>
    public string ConnectionString { get; }

    public PgTestDatabase()
    {
        _admin = Environment.GetEnvironmentVariable(Variable) ?? throw new InvalidOperationException($"{Variable} is not set");
        Admin($"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = Name }.ConnectionString;
    }

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Unavailable => Problem.Value;

    public void Admin(string sql)
    {
        using var con = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        con.Open();
        using var cmd = new NpgsqlCommand(sql, con);
        cmd.ExecuteNonQuery();
    }

    public long Scalar(string sql)
    {
        using var con = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        con.Open();
        using var cmd = new NpgsqlCommand(sql, con);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static string? Probe()
    {
        string? cs = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(cs)) return $"{Variable} is not set: no PostgreSQL to test against (.ci/run starts one)";
        try
        {
            using var con = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { Pooling = false, Timeout = 5 }.ConnectionString);
            con.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or TimeoutException)
        {
            return $"PostgreSQL at {Variable} is unreachable: {ex.Message}";
        }
    }
}

/// <summary>A fact that needs PostgreSQL; skipped, with the reason, when <c>NEWSLENS_TEST_POSTGRES</c> is unset or unreachable.</summary>
public sealed class PgFactAttribute : FactAttribute
{
    public PgFactAttribute()
    {
        if (PgTestDatabase.Unavailable is { } why) Skip = why;
    }
}
