namespace NewsLens.Analyzers.Style;

/// <summary>
/// What one style feature measures. <paramref name="Name"/> is its stable camelCase key; <paramref name="Description"/>
/// says in plain words what was counted and per what. <paramref name="StyleRisk"/> is +1 when a higher value reads as
/// less reliable style (shouting, insults), -1 when a higher value reads as more careful (hedges, quotes), 0 when
/// neither; the reliability-of-style score uses it.
/// </summary>
public sealed record StyleFeatureInfo(string Name, string Description, int StyleRisk);
