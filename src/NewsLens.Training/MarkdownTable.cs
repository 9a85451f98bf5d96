using System.Text;

namespace NewsLens.Training;

/// <summary>Writes the Markdown tables of model cards.</summary>
internal static class MarkdownTable
{
    /// <summary>Appends a header row, its rule and one row per item.</summary>
    public static void Append<T>(StringBuilder sb, IReadOnlyList<string> headers, IEnumerable<T> items, Func<T, IEnumerable<string>> cells)
    {
        sb.Append("| ").AppendJoin(" | ", headers).Append(" |\n|");
        foreach (var _ in headers) sb.Append("---|");
        sb.Append('\n');
        foreach (var item in items) sb.Append("| ").AppendJoin(" | ", cells(item)).Append(" |\n");
    }
}
