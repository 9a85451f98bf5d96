using System.Text.Json;

namespace NewsLens.FactChecks;

/// <summary>
/// Reads schema.org <c>ClaimReview</c> markup as fact-checkers publish it, in JSON or JSON-LD: one review, an array of
/// them, an <c>@graph</c>, or reviews nested anywhere inside other objects (found by their <c>@type</c>), and JSON Lines
/// of any of these. Keeps <c>claimReviewed</c>, the verdict (<c>reviewRating.alternateName</c>, else its
/// <c>ratingValue</c>/<c>bestRating</c>), <c>url</c>, <c>author</c>, <c>datePublished</c> and the headline
/// (<c>headline</c> or <c>name</c>). A review without <c>claimReviewed</c> is a failed record naming its place.
/// </summary>
public static class ClaimReviewJsonReader
{
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads one JSON or JSON-LD text (<paramref name="jsonLines"/>: one JSON value a line).</summary>
    public static IEnumerable<VerifiedClaimRecord> Read(string json, string name, bool jsonLines = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!jsonLines) return ReadValue(json, name);
        return json.Split('\n').SelectMany((line, i) => line.Trim().Length == 0 ? [] : ReadValue(line, $"{name} line {i + 1}"));
    }

    private static IEnumerable<VerifiedClaimRecord> ReadValue(string json, string name)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException ex)
        {
            return [VerifiedClaimRecord.Bad(name, $"malformed JSON: {ex.Message}")];
        }
        using (doc)
        {
            var found = new List<JsonElement>();
            Collect(doc.RootElement, found);
            if (found.Count == 0) return [VerifiedClaimRecord.Bad(name, "no ClaimReview object (an object with \"@type\": \"ClaimReview\" or a \"claimReviewed\" field)")];
            return [.. found.Select((r, i) => ToRecord(r, found.Count == 1 ? name : $"{name} review {i + 1}"))];
        }
    }

    private static void Collect(JsonElement e, List<JsonElement> found)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Collect(item, found);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        if (IsClaimReview(e))
        {
            found.Add(e.Clone());
            return;
        }
        foreach (var p in e.EnumerateObject()) Collect(p.Value, found);
    }

    private static bool IsClaimReview(JsonElement e)
    {
        if (e.TryGetProperty("claimReviewed", out _)) return true;
        if (!e.TryGetProperty("@type", out var type)) return false;
        return type.ValueKind switch
        {
            JsonValueKind.String => IsClaimReviewType(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsClaimReviewType(t.GetString())),
            _ => false,
        };
    }

    // why: JSON-LD may write the type as a full IRI ("http://schema.org/ClaimReview")
    private static bool IsClaimReviewType(string? t) => t is not null && (t == "ClaimReview" || t.EndsWith("/ClaimReview", StringComparison.Ordinal));

    private static VerifiedClaimRecord ToRecord(JsonElement r, string where)
    {
        string? text = Text(r, "claimReviewed");
        if (text is null) return VerifiedClaimRecord.Bad(where, "ClaimReview has no claimReviewed text");
        string? url = Text(r, "url");
        var claim = new VerifiedClaim(
            Id: Text(r, "@id") ?? url ?? where,
            Text: text,
            Title: Text(r, "headline") ?? Text(r, "name"),
            Verdict: Verdict(r),
            Url: url,
            Publisher: Name(r, "author") ?? Name(r, "publisher"),
            Published: Text(r, "datePublished"));
        return claim.Problem() is { } problem ? VerifiedClaimRecord.Bad(where, problem) : VerifiedClaimRecord.Good(where, claim);
    }

    private static string? Verdict(JsonElement r)
    {
        if (!r.TryGetProperty("reviewRating", out var rating)) return null;
        if (rating.ValueKind == JsonValueKind.Array) rating = rating.EnumerateArray().FirstOrDefault();
        if (rating.ValueKind == JsonValueKind.String) return Clean(rating.GetString());
        if (rating.ValueKind != JsonValueKind.Object) return null;
        if (Text(rating, "alternateName") is { } label) return label;
        if (Text(rating, "ratingValue") is { } value)
            return Text(rating, "bestRating") is { } best ? $"{value}/{best}" : value;
        return null;
    }

    // An author or publisher: a name string, an object with a name, or the first of an array of either.
    private static string? Name(JsonElement r, string property)
    {
        if (!r.TryGetProperty(property, out var a)) return null;
        if (a.ValueKind == JsonValueKind.Array) a = a.EnumerateArray().FirstOrDefault();
        return a.ValueKind switch
        {
            JsonValueKind.String => Clean(a.GetString()),
            JsonValueKind.Object => Text(a, "name") ?? Text(a, "url"),
            _ => null,
        };
    }

    private static string? Text(JsonElement e, string property)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(property, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => Clean(v.GetString()),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
