using Npgsql;

namespace NewsLens.Store.Postgres.Queue;

/// <summary>
/// Long jobs (a WARC file, a clustering window, re-analysis of a partition) held by a lease rather than a row lock: a
/// claim commits at once, bumps the job's fencing token and sets <c>lease_until</c>; the holder renews it with
/// <see cref="JobLease.Heartbeat"/>. A job whose lease ran out is claimable again, and the late holder's commit is
/// rejected (<see cref="JobLease.Complete"/>). Not thread-safe, but heartbeats use connections of their own.
/// </summary>
public sealed class JobLeases(PgArticleStore store)
{
    /// <summary>Adds job <paramref name="key"/> of <paramref name="kind"/>; false when it is already there.</summary>
    public bool Add(string kind, string key)
    {
        using var cmd = store.Command("INSERT INTO jobs(kind, key) VALUES($1, $2) ON CONFLICT DO NOTHING");
        cmd.Parameters.Add(new() { Value = kind });
        cmd.Parameters.Add(new() { Value = key });
        return cmd.ExecuteNonQuery() == 1;
    }

    /// <summary>Takes the oldest pending job, or one whose lease ran out, for <paramref name="lease"/>; null when none.</summary>
    public JobLease? Claim(string owner, TimeSpan lease, string? kind = null)
    {
        using var cmd = store.Command("""
            UPDATE jobs SET state = 'running', owner = $1, token = token + 1, lease_until = clock_timestamp() + $2
            WHERE id = (SELECT id FROM jobs WHERE (state = 'pending' OR state = 'running' AND lease_until < clock_timestamp()) AND ($3::text IS NULL OR kind = $3)
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, kind, key, token
            """);
        cmd.Parameters.Add(new() { Value = owner });
        cmd.Parameters.Add(new() { Value = lease });
        cmd.Parameters.Add(new() { Value = (object?)kind ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        using var r = cmd.ExecuteReader();
        return r.Read() ? new JobLease(store, r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), owner) : null;
    }
}

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
    public void Complete(Action<NpgsqlConnection, NpgsqlTransaction> effects)
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
        effects(store.Db, tx);
        using (var done = store.Command("UPDATE jobs SET state = 'done', finished_at = clock_timestamp() WHERE id = $1", tx))
        {
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
