namespace NewsLens.FactChecks;

/// <summary>
/// Reads queries to match, <c>id&lt;TAB&gt;text</c> one a line (CheckThat!'s <c>tweets.queries.tsv</c>), and TREC qrels
/// (<c>qid 0 docid relevance</c>, whitespace-separated). A first query line with a blank id or the id column named
/// <c>id</c>/<c>tweet_id</c> is a header.
/// </summary>
public static class QueryTsvReader
{
    /// <summary>The queries, and a problem per bad line (naming it); the good lines are all read.</summary>
    public static (List<(string Id, string Text)> Queries, List<string> Problems) ReadQueries(string path)
    {
        var queries = new List<(string, string)>();
        var problems = new List<string>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0) continue;
            int tab = line.IndexOf('\t');
            string where = $"{Path.GetFileName(path)} line {n}";
            if (n == 1 && (tab == 0 || line.StartsWith("id\t", StringComparison.OrdinalIgnoreCase) || line.StartsWith("tweet_id\t", StringComparison.OrdinalIgnoreCase))) continue;
            if (tab < 0) problems.Add($"{where}: expected id<TAB>text, found no tab");
            else if (tab == 0) problems.Add($"{where}: the id is empty");
            else if (line[(tab + 1)..].Trim().Length == 0) problems.Add($"{where}: the text is empty");
            else queries.Add((line[..tab].Trim(), line[(tab + 1)..].Replace('\t', ' ').Trim()));
        }
        return (queries, problems);
    }

    /// <summary>Query id → relevant document ids (relevance above 0).</summary>
    /// <exception cref="InvalidDataException">naming the line that is not <c>qid iter docid rel</c>.</exception>
    public static Dictionary<string, HashSet<string>> ReadQrels(string path)
    {
        var qrels = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            var cols = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length == 0) continue;
            if (cols.Length != 4 || !int.TryParse(cols[3], out int rel))
                throw new InvalidDataException($"{Path.GetFileName(path)} line {n}: expected 'qid iter docid relevance'");
            if (!qrels.TryGetValue(cols[0], out var set)) qrels[cols[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            if (rel > 0) set.Add(cols[2]);
        }
        return qrels;
    }
}
