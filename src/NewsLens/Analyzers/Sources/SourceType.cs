namespace NewsLens.Analyzers.Sources;

/// <summary>What kind of source an article leans on.</summary>
public enum SourceType
{
    /// <summary>A news outlet (by name, by a correspondent's affiliation, or by a link to its site).</summary>
    Outlet,
    /// <summary>A named or described person.</summary>
    Person,
    /// <summary>An organisation, agency, campaign or group.</summary>
    Organisation,
    /// <summary>A document: report, statement, study, poll, filing, letter.</summary>
    Document,
}
