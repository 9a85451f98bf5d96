namespace NewsLens.Bench.Fuzzing;

/// <summary>
/// A seeded, in-process mutation fuzzer (not coverage-guided): each execution takes a seed input or an earlier
/// mutant, applies one to eight random edits (bit flips, byte changes, deletions, duplicated or spliced chunks,
/// structure tokens), and runs the target on it. Deterministic for a seed.
/// </summary>
internal sealed class MutationFuzzer(IReadOnlyList<byte[]> seeds, int seed, int maxLength = 8 * 1024)
{
    private readonly Random _rng = new(seed);
    private readonly List<byte[]> _pool = [.. seeds];

    public byte[] Next()
    {
        var input = new List<byte>(_pool[_rng.Next(_pool.Count)]);
        int edits = 1 + _rng.Next(8);
        for (int e = 0; e < edits; e++) Mutate(input);
        if (input.Count > maxLength) input.RemoveRange(maxLength, input.Count - maxLength);
        var result = input.ToArray();
        // why: a few mutants join the pool, so edits compound over the run (bounded, so memory stays flat)
        if (_rng.Next(16) == 0) { if (_pool.Count < 256) _pool.Add(result); else _pool[seeds.Count + _rng.Next(256 - seeds.Count)] = result; }
        return result;
    }

    private void Mutate(List<byte> b)
    {
        int at = b.Count == 0 ? 0 : _rng.Next(b.Count);
        switch (_rng.Next(8))
        {
            case 0 when b.Count > 0: b[at] ^= (byte)(1 << _rng.Next(8)); break;
            case 1 when b.Count > 0: b[at] = (byte)_rng.Next(256); break;
            case 2 when b.Count > 0: b.RemoveRange(at, Math.Min(b.Count - at, 1 + _rng.Next(16))); break;
            case 3 when b.Count > 0:
            {
                int len = Math.Min(b.Count - at, 1 + _rng.Next(64));
                var chunk = b.GetRange(at, len);
                int times = 1 + _rng.Next(_rng.Next(4) == 0 ? 256 : 4);
                for (int i = 0; i < times; i++) b.InsertRange(_rng.Next(b.Count + 1), chunk);
                break;
            }
            case 4:
            {
                var other = _pool[_rng.Next(_pool.Count)];
                if (other.Length == 0) break;
                int s = _rng.Next(other.Length);
                b.InsertRange(at, other.AsSpan(s, Math.Min(other.Length - s, 1 + _rng.Next(128))).ToArray());
                break;
            }
            default:
            {
                var tok = FuzzSeeds.Dictionary[_rng.Next(FuzzSeeds.Dictionary.Length)];
                int times = _rng.Next(8) == 0 ? 1 + _rng.Next(512) : 1;
                for (int i = 0; i < times; i++) b.InsertRange(Math.Min(at, b.Count), tok);
                break;
            }
        }
    }
}
