namespace NewsLens.FactChecks;

/// <summary>
/// Reads CheckThat!-style verified claims: <c>vclaim_id&lt;TAB&gt;vclaim[&lt;TAB&gt;title]</c>, one a line. A first
/// line whose second column is <c>vclaim</c> is a header (CheckThat! 2020 leaves its first column name blank).
/// </summary>
public static class VerifiedClaimTsvReader
{
    public static IEnumerable<VerifiedClaimRecord> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cols = line.Split('\t');
            string where = $"{name} line {lineNumber}";
            if (lineNumber == 1 && cols.Length > 1 && cols[1].Trim().Equals("vclaim", StringComparison.OrdinalIgnoreCase)) continue;
            if (cols.Length < 2)
            {
                yield return VerifiedClaimRecord.Bad(where, "expected vclaim_id<TAB>vclaim[<TAB>title], found no tab");
                continue;
            }
            var claim = new VerifiedClaim(cols[0].Trim(), cols[1].Trim(), cols.Length > 2 && cols[2].Trim() is { Length: > 0 } t ? t : null);
            yield return claim.Problem() is { } problem ? VerifiedClaimRecord.Bad(where, problem) : VerifiedClaimRecord.Good(where, claim);
        }
    }
}
