using NewsLens.Analyzers.Verdict;

namespace NewsLens.Tests.Analyzers.Verdict;

public class TermTableTests
{
    [Fact]
    public void Every_stored_term_is_found_with_its_values_and_absent_terms_are_not()
    {
        var entries = new Dictionary<string, (int A, int B)>();
        for (int i = 0; i < 5000; i++) entries[$"term{i}"] = (i, -i);
        entries["president trump"] = (7, 8);
        entries[""] = (1, 1);
        var table = new TermTable(entries);
        foreach (var (term, value) in entries)
        {
            Assert.True(table.TryGetValue(term, out var got), term);
            Assert.Equal(value, got);
        }
        Assert.False(table.TryGetValue("term5000", out _));
        Assert.False(table.TryGetValue("president", out _));
        Assert.False(table.TryGetValue("Term1", out _)); // case matters: terms are lower-cased before lookup
    }
}
