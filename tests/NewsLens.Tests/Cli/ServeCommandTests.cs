using NewsLens.Cli;

namespace NewsLens.Tests.Cli;

public class ServeCommandTests
{
    [Fact]
    public void Serve_takes_an_address_a_pipeline_url_fetching_and_web_settings()
    {
        var parse = NewsLensCli.Build().Parse(["serve", "--urls", "http://127.0.0.1:0", "--pipeline", "fast", "--allow-url-fetch", "--NewsLens:Store:MaxArticles=5"]);
        Assert.Empty(parse.Errors);
    }

    [Fact]
    public void Serve_takes_a_store_as_an_sqlite_file_or_a_postgres_url()
    {
        Assert.Empty(NewsLensCli.Build().Parse(["serve", "--db", "corpus.db"]).Errors);
        Assert.Empty(NewsLensCli.Build().Parse(["serve", "--db", "postgres://u:p@db.example/newslens", "--pipeline", "fast"]).Errors);
    }

    [Fact]
    public void Serve_refuses_an_unknown_pipeline_naming_the_valid_ones()
    {
        var parse = NewsLensCli.Build().Parse(["serve", "--pipeline", "turbo"]);
        Assert.Contains(parse.Errors, e => e.Message.Contains("accurate") && e.Message.Contains("fast"));
    }
}
