using System.Net;
using System.Text.Json;

namespace NewsLens.Tests.Web;

internal static class Problems
{
    /// <summary>Asserts <paramref name="response"/> is an RFC 9457 problem with <paramref name="status"/>; returns its detail.</summary>
    public static async Task<string> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
        return json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
    }
}
