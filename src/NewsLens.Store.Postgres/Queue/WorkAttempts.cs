using Npgsql;
using NpgsqlTypes;

namespace NewsLens.Store.Postgres.Queue;

/// <summary>
/// The <c>work_attempts</c> rows of a batch, written on a connection of their own and committed at once, before analysis
/// starts: a worker that dies holding its items (kill -9, a crash, a lost connection) cannot roll them back, so the
/// attempt counts. A worker that stops for a reason that is not the items' fault (cancelled, a database error) takes
/// them back with <see cref="Forget"/>.
/// </summary>
internal static class WorkAttempts
{
    /// <summary>Attempts already made on each of <paramref name="ids"/> (only items with some are listed), with the last error recorded.</summary>
    public static Dictionary<long, (int Count, string? LastError)> Prior(PgArticleStore store, NpgsqlTransaction tx, long[] ids)
    {
        using var cmd = store.Command("""
            SELECT item_id, count(*)::int, (array_agg(error ORDER BY id DESC) FILTER (WHERE error IS NOT NULL))[1]
            FROM work_attempts WHERE item_id = ANY($1) GROUP BY item_id
            """, tx);
        cmd.Parameters.Add(new() { Value = ids });
        using var r = cmd.ExecuteReader();
        var prior = new Dictionary<long, (int, string?)>();
        while (r.Read()) prior[r.GetInt64(0)] = (r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2));
        return prior;
    }

    /// <summary>Records one attempt per item, committed now; returns the attempt ids in the order of <paramref name="ids"/>.</summary>
    public static long[] Start(PgArticleStore store, string worker, long[] ids)
    {
        using var con = store.OpenConnection();
        using var cmd = new NpgsqlCommand("INSERT INTO work_attempts(item_id, worker) SELECT u, $1 FROM unnest($2::bigint[]) AS u RETURNING item_id, id", con);
        cmd.Parameters.Add(new() { Value = worker });
        cmd.Parameters.Add(new() { Value = ids });
        using var r = cmd.ExecuteReader();
        var byItem = new Dictionary<long, long>(ids.Length);
        while (r.Read()) byItem[r.GetInt64(0)] = r.GetInt64(1);
        return [.. ids.Select(i => byItem[i])];
    }

    /// <summary>Takes back attempts that ended through no fault of their items; a failure here leaves them counted.</summary>
    public static void Forget(PgArticleStore store, long[] attempts)
    {
        try
        {
            using var con = store.OpenConnection();
            using var cmd = new NpgsqlCommand("DELETE FROM work_attempts WHERE id = ANY($1)", con);
            cmd.Parameters.Add(new() { Value = attempts });
            cmd.ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException) { }
    }

    /// <summary>
    /// In the batch's transaction: drops every attempt of the items now finished (done or failed: their count is kept in
    /// <c>work_items.attempts</c>) and records the error of the attempts to be tried again.
    /// </summary>
    // why: the table then holds only attempts in flight or awaiting a retry, near the head of the queue, which keeps the
    // claim's join with it short however long the queue
    public static void Finish(PgArticleStore store, NpgsqlTransaction tx, long[] items, long[] attempts, bool[] finished, string?[] errors)
    {
        using (var del = store.Command("DELETE FROM work_attempts WHERE item_id = ANY($1)", tx))
        {
            del.Parameters.Add(new() { Value = items.Where((_, i) => finished[i]).ToArray() });
            del.ExecuteNonQuery();
        }
        using var set = store.Command("UPDATE work_attempts a SET error = u.error FROM unnest($1::bigint[], $2::text[]) AS u(id, error) WHERE a.id = u.id AND u.error IS NOT NULL", tx);
        set.Parameters.Add(new() { Value = attempts });
        set.Parameters.Add(new() { Value = errors.Select(e => (object?)e ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        set.ExecuteNonQuery();
    }
}
