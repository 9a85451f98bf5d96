using Npgsql;

namespace NewsLens.Bench.Store;

/// <summary>Creates (or recreates) a database for a run on the server an admin connection string names.</summary>
internal static class PgBenchDatabase
{
    public static string Recreate(string admin, string name)
    {
        using (var con = new NpgsqlConnection(admin))
        {
            con.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", con);
            drop.ExecuteNonQuery();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", con);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }
}
