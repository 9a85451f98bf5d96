namespace NewsLens.Stories;

/// <summary>How articles are grouped into stories. The defaults were chosen on the CheckThat! 2020 Task 2 training
/// BASIL events of 2010-2016 (see bench/NewsLens.Bench/Stories/README.md).</summary>
public sealed record StoryOptions
{
    /// <summary>An article joins a story only if it appeared within this many days of the story's latest article.</summary>
    public double WindowDays { get; init; } = 7;

    /// <summary>Least similarity (0-1) between an article and a story for the article to join it, without vectors.</summary>
    public double Threshold { get; init; } = 0.30;

    /// <summary>The same when both sides have encoder vectors: news leads' vectors are never far apart (cosines of
    /// unrelated political stories are well above 0), so the bar is higher.</summary>
    public double VectorThreshold { get; init; } = 0.40;

    /// <summary>Weight of each mention of a named entity among the article's terms, against 1 for a lead word.</summary>
    public double EntityWeight { get; init; } = 0.5;

    /// <summary>Share of the similarity given to the encoder vectors' mean cosine, when both sides have vectors.</summary>
    public double VectorWeight { get; init; } = 0.20;

    /// <summary>Factor applied when both sides name at least two entities and share none: different events told in
    /// the same words.</summary>
    public double DisjointEntityPenalty { get; init; } = 0.3;

    /// <summary>Title words count this many times a lead word.</summary>
    public double TitleWeight { get; init; } = 2;

    /// <summary>Words of the text read as its lead (full weight); up to <see cref="BodyWords"/> more count half.</summary>
    public int LeadWords { get; init; } = 80;

    public int BodyWords { get; init; } = 400;

    /// <summary>Most stories compared with one article (those sharing most of its strongest terms), so clustering
    /// stays linear in the number of articles.</summary>
    public int MaxCandidates { get; init; } = 200;
}
