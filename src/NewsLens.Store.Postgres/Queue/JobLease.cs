using Npgsql;

namespace NewsLens.Store.Postgres.Queue;

/// <summary>A held job: its fencing <see cref="Token"/> is the proof of ownership checked at commit.</summary>
public sealed class JobLease(PgArticleStore store, long id, string kind, string key, long token, string owner)
{
    public long Id { get; } = id;
    public string Kind { get; } = kind;
    public string Key { get; } = key;
    public long Token { get; } = token;
    public string Owner { get; } = owner;

    /// <summary>Extends the lease by <paramref name="lease"/> from now; false when it was already lost. Safe from another thread.</summary>
    public bool Heartbeat(TimeSpan lease)
    {
        using var con = store.OpenConnection();
        using var cmd = new NpgsqlCommand("UPDATE jobs SET lease_until = clock_timestamp() + $1 WHERE id = $2 AND token = $3 AND state = 'running' AND lease_until >= clock_timestamp()", con);
        cmd.Parameters.Add(new() { Value = lease });
        cmd.Parameters.Add(new() { Value = Id });
        cmd.Parameters.Add(new() { Value = Token });
        return cmd.ExecuteNonQuery() == 1;
    }

    /// <summary>
    /// In one transaction: locks the job row, checks that the lease is still this holder's (same token, not run out),
    /// writes <paramref name="effects"/> and marks the job done. The row lock keeps a new claim out until this commits.
    /// </summary>
    /// <exception cref="LeaseLostException">when the lease ran out or another worker took the job; nothing is written.</exception>
    public void Complete(Action<NpgsqlConnection, NpgsqlTransaction> effects) => Fenced(tx => effects(store.Db, tx), finish: true);

    /// <summary>Writes <paramref name="effects"/> and marks the job done, fenced as <see cref="Complete(Action{NpgsqlConnection, NpgsqlTransaction})"/>.</summary>
    /// <exception cref="LeaseLostException">when the lease ran out or another worker took the job; nothing is written.</exception>
    public void Complete(Action<LeasedWrites> effects) => Fenced(tx => effects(new LeasedWrites(store, tx)), finish: true);

    /// <summary>
    /// Writes one part of the job's results, fenced as <see cref="Complete(Action{LeasedWrites})"/>, and keeps the job
    /// running: for jobs whose results are too large for one transaction and safe to redo in part.
    /// </summary>
    /// <exception cref="LeaseLostException">when the lease ran out or another worker took the job; nothing is written.</exception>
    public void Commit(Action<LeasedWrites> effects) => Fenced(tx => effects(new LeasedWrites(store, tx)), finish: false);

    /// <summary>Marks the job failed with <paramref name="error"/> if this holder still has it; false when it was already lost.</summary>
    public bool Fail(string error)
    {
        using var cmd = store.Command("UPDATE jobs SET state = 'failed', error = $1, finished_at = clock_timestamp() WHERE id = $2 AND token = $3 AND state = 'running'");
        cmd.Parameters.Add(new() { Value = error });
        cmd.Parameters.Add(new() { Value = Id });
        cmd.Parameters.Add(new() { Value = Token });
        return cmd.ExecuteNonQuery() == 1;
    }

    /// <summary>Renews this lease by <paramref name="term"/> every third of it until the keeper is disposed.</summary>
    public LeaseKeeper KeepAlive(TimeSpan term) => new(this, term);

    private void Fenced(Action<NpgsqlTransaction> effects, bool finish)
    {
        using var tx = store.Db.BeginTransaction();
        using (var check = store.Command("SELECT token, state, lease_until >= clock_timestamp() FROM jobs WHERE id = $1 FOR UPDATE", tx))
        {
            check.Parameters.Add(new() { Value = Id });
            using var r = check.ExecuteReader();
            if (!r.Read()) throw new LeaseLostException($"job {Kind} {Key}: gone");
            if (r.GetInt64(0) != Token || r.GetString(1) != "running" || !r.GetBoolean(2))
                throw new LeaseLostException($"job {Kind} {Key}: lease {Token} lost (now token {r.GetInt64(0)}, {r.GetString(1)}); this holder's work is not committed");
        }
        effects(tx);
        if (finish)
        {
            using var done = store.Command("UPDATE jobs SET state = 'done', finished_at = clock_timestamp() WHERE id = $1", tx);
            done.Parameters.Add(new() { Value = Id });
            done.ExecuteNonQuery();
        }
        tx.Commit();
    }

    /// <summary>Stores <paramref name="articles"/> as the job's result, fenced as <see cref="Complete(Action{NpgsqlConnection, NpgsqlTransaction})"/>.</summary>
    public void Complete(IReadOnlyList<StoredArticle> articles)
    {
        store.Partitions.Ensure(articles.Select(a => a.Published));
        Complete((_, tx) => store.Write(articles, tx));
    }
}
