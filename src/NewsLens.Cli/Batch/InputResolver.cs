using System.Text;
using NewsLens.Ingest;
using NewsLens.Text;

namespace NewsLens.Cli.Batch;

/// <summary>
/// Expands the command line's paths into article records: files, folders (recursively) and <c>-</c> for standard input.
/// A path that does not exist becomes a failed record naming it; the batch goes on.
/// </summary>
internal sealed class InputResolver(string? inputFormat, TextReader stdin)
{
    public IEnumerable<ReadItem> Read(IEnumerable<string> paths, CancellationToken ct)
    {
        foreach (var path in paths)
        {
            ct.ThrowIfCancellationRequested();
            if (path == "-")
            {
                var text = stdin.ReadToEnd();
                yield return ReadItem.Ok("<stdin>", PlainText("stdin", text));
                continue;
            }
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                yield return ReadItem.Fail(path, "no such file or directory");
                continue;
            }
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)
                : [path];
            foreach (var file in files)
            {
                ReadItem item;
                try
                {
                    var bytes = File.ReadAllBytes(file);
                    item = bytes.Length == 0
                        ? ReadItem.Fail(file, "empty input")
                        : ReadItem.Ok(file, PlainText(Path.GetFileNameWithoutExtension(file), new UTF8Encoding(false, false).GetString(bytes)));
                }
                catch (IOException ex)
                {
                    item = ReadItem.Fail(file, ex.Message);
                }
                catch (UnauthorizedAccessException ex)
                {
                    item = ReadItem.Fail(file, ex.Message);
                }
                yield return item;
            }
        }
        _ = inputFormat;
    }

    private static ArticleInput PlainText(string id, string text)
    {
        string? title = null;
        int nl = text.IndexOf('\n');
        if (nl > 0 && nl < 300 && text.AsSpan(nl + 1).TrimStart(' ').StartsWith("\n"))
            title = text[..nl].Trim();
        return new ArticleInput(id, text, new ArticleMetadata { Id = id, Title = title });
    }
}
