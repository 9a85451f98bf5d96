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

    /// <summary>
    /// Takes job <paramref name="key"/> of <paramref name="kind"/> for <paramref name="owner"/>, creating it when new and
    /// taking it over when it is pending, finished, failed or its lease ran out (a finished job is run again); null
    /// when another holder's lease is current (<see cref="Holder"/> says whose).
    /// </summary>
    public JobLease? Acquire(string kind, string key, string owner, TimeSpan lease)
    {
        Add(kind, key);
        using var cmd = store.Command("""
            UPDATE jobs SET state = 'running', owner = $3, token = token + 1, lease_until = clock_timestamp() + $4, error = NULL, finished_at = NULL
            WHERE kind = $1 AND key = $2 AND (state <> 'running' OR lease_until < clock_timestamp())
            RETURNING id, token
            """);
        cmd.Parameters.Add(new() { Value = kind });
        cmd.Parameters.Add(new() { Value = key });
        cmd.Parameters.Add(new() { Value = owner });
        cmd.Parameters.Add(new() { Value = lease });
        using var r = cmd.ExecuteReader();
        return r.Read() ? new JobLease(store, r.GetInt64(0), kind, key, r.GetInt64(1), owner) : null;
    }

    /// <summary>Who holds job <paramref name="key"/> of <paramref name="kind"/> and until when (database time, UTC); null when nobody's lease is current.</summary>
    public (string Owner, DateTime LeaseUntil)? Holder(string kind, string key)
    {
        using var cmd = store.Command("SELECT owner, lease_until FROM jobs WHERE kind = $1 AND key = $2 AND state = 'running' AND lease_until >= clock_timestamp()");
        cmd.Parameters.Add(new() { Value = kind });
        cmd.Parameters.Add(new() { Value = key });
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetString(0), r.GetDateTime(1)) : null;
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
