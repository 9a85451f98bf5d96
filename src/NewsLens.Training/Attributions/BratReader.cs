using System.Globalization;
using NewsLens.Analyzers.Attributions;
using NewsLens.Text;

namespace NewsLens.Training.Attributions;

/// <summary>
/// Reads PolNeAR-style brat standoff: T lines (<c>T1\tSource 12 20;22 30\ttext</c>, code-point offsets, fragments split
/// by ';') and E lines (<c>E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1</c>, or <c>Attribution-no-source:...</c>).
/// Relations without a cue or content are skipped. Offsets are converted to UTF-16 with <see cref="CodePointMap"/>.
/// </summary>
public static class BratReader
{
    /// <summary>Parses <paramref name="ann"/> against <paramref name="text"/>. Lines that do not parse are skipped.</summary>
    public static List<GoldRelation> Parse(string text, string ann)
    {
        var map = new CodePointMap(text);
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var relations = new List<GoldRelation>();
        var lines = ann.Split('\n');
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (!line.StartsWith('T')) continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) continue;
            int sp = cols[1].IndexOf(' ');
            if (sp < 0) continue;
            var frags = new List<TextSpan>();
            bool ok = true;
            foreach (var f in cols[1][(sp + 1)..].Split(';'))
            {
                var se = f.Trim().Split(' ');
                if (se.Length != 2 || !int.TryParse(se[0], NumberStyles.None, CultureInfo.InvariantCulture, out int s) ||
                    !int.TryParse(se[1], NumberStyles.None, CultureInfo.InvariantCulture, out int e) || e < s || e > map.CodePointLength)
                { ok = false; break; }
                frags.Add(map.ToTextSpan(s, e));
            }
            if (ok) spans[cols[0]] = frags;
        }
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (!line.StartsWith('E')) continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) continue;
            List<TextSpan>? source = null, cue = null, content = null;
            foreach (var arg in cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int c = arg.IndexOf(':');
                if (c < 0 || !spans.TryGetValue(arg[(c + 1)..], out var fr)) continue;
                switch (arg[..c])
                {
                    case "Source": source = fr; break;
                    case "Cue": cue = fr; break;
                    case "Content": content = fr; break;
                }
            }
            if (cue is null || content is null) continue;
            relations.Add(new GoldRelation(source ?? [], cue, content));
        }
        return relations;
    }

    /// <summary>
    /// Reads a PolNeAR split folder (<c>text/*.txt</c>, <c>attributions/*_&lt;annotator&gt;.ann</c>): one
    /// <see cref="AnnotatedText"/> per annotation file, ordered by file name.
    /// </summary>
    public static List<AnnotatedText> ReadSplit(string splitDir)
    {
        var result = new List<AnnotatedText>();
        var annDir = Path.Combine(splitDir, "attributions");
        var textDir = Path.Combine(splitDir, "text");
        foreach (var annPath in Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            string stem = Path.GetFileNameWithoutExtension(annPath);
            int us = stem.LastIndexOf('_');
            if (us <= 0) continue;
            string txtPath = Path.Combine(textDir, stem[..us] + ".txt");
            if (!File.Exists(txtPath)) continue;
            string text = File.ReadAllText(txtPath);
            result.Add(new AnnotatedText(stem, text, Parse(text, File.ReadAllText(annPath))));
        }
        return result;
    }
}
