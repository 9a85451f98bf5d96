using System.Text;
using NewsLens.FactChecks;

namespace NewsLens.Bench.FactChecks;

/// <summary>
/// Verified claims made up for timing: words of random syllables drawn with a Zipf law (so term frequencies look like
/// text's), 8-25 words a claim, a title of 5-12 words, a verdict and a link; and random unit vectors. Seeded.
/// </summary>
internal sealed class SyntheticClaims(int seed, int vocabulary = 50_000)
{
    private static readonly string[] Syllables = ["ba", "ko", "ri", "tel", "man", "sor", "vi", "den", "lu", "pra", "gon", "fe", "ist", "ar", "mo", "que"];
    private static readonly string[] Verdicts = ["False", "True", "Mostly False", "Mixture", "Unproven"];
    private readonly Random _rng = new(seed);
    private readonly string[] _words = Words(new Random(seed + 1), vocabulary);
    private readonly double[] _cumulative = Zipf(vocabulary);

    public List<VerifiedClaim> Claims(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new VerifiedClaim(i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Sentence(8, 25), Sentence(5, 12), Verdicts[_rng.Next(Verdicts.Length)], $"https://checks.example.org/{i}"))];

    /// <summary>A query that rewords <paramref name="claim"/>: some of its words kept, some replaced, a few added.</summary>
    public string Query(VerifiedClaim claim)
    {
        var words = claim.Text.TrimEnd('.').Split(' ').Where(_ => _rng.NextDouble() < 0.7).ToList();
        for (int k = 0; k < 4; k++) words.Insert(_rng.Next(words.Count + 1), Word());
        return string.Join(' ', words) + ".";
    }

    public float[][] Vectors(int count, int dimension)
    {
        var rows = new float[count][];
        for (int i = 0; i < count; i++)
        {
            var v = new float[dimension];
            double norm = 0;
            for (int k = 0; k < dimension; k++) { v[k] = (float)(_rng.NextDouble() * 2 - 1); norm += v[k] * v[k]; }
            for (int k = 0; k < dimension; k++) v[k] /= (float)Math.Sqrt(norm);
            rows[i] = v;
        }
        return rows;
    }

    private string Sentence(int min, int max)
    {
        var sb = new StringBuilder();
        int n = _rng.Next(min, max + 1);
        for (int i = 0; i < n; i++) sb.Append(i == 0 ? "" : " ").Append(i == 0 ? Capital(Word()) : Word());
        return sb.Append('.').ToString();
    }

    private string Word()
    {
        int i = Array.BinarySearch(_cumulative, _rng.NextDouble());
        return _words[Math.Min(i < 0 ? ~i : i, _words.Length - 1)];
    }

    private static string Capital(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    private static string[] Words(Random rng, int n)
    {
        var set = new HashSet<string>();
        while (set.Count < n)
        {
            var sb = new StringBuilder();
            int syllables = rng.Next(1, 5);
            for (int s = 0; s < syllables; s++) sb.Append(Syllables[rng.Next(Syllables.Length)]);
            set.Add(sb.ToString());
        }
        return [.. set];
    }

    private static double[] Zipf(int n)
    {
        var c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) c[i] = sum += 1.0 / (i + 1);
        for (int i = 0; i < n; i++) c[i] /= sum;
        return c;
    }
}

/// <summary>An <see cref="IClaimEncoder"/> that returns prepared vectors in order: the index's cost without the encoder's.</summary>
internal sealed class PreparedVectors(float[][] rows, string key) : IClaimEncoder
{
    private int _next;
    public string Key => key;
    public int Dimension => rows[0].Length;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var result = new float[texts.Count][];
        for (int i = 0; i < texts.Count; i++) result[i] = rows[_next++ % rows.Length];
        return result;
    }
}
