namespace NewsLens.Analyzers.Quantities;

/// <summary>What a quantity measures.</summary>
public enum QuantityKind
{
    /// <summary>A count of things, with or without a counted noun ("2,700 residents", "23 injured", "dozens").</summary>
    Count,
    /// <summary>A sum of money; <see cref="Quantity.Unit"/> is an ISO 4217 code such as USD.</summary>
    Money,
    /// <summary>A percentage; values are in percent (62 for "62 per cent"). Unit is <c>%</c> or <c>percentage-point</c>.</summary>
    Percent,
    /// <summary>A physical or time measure with a unit ("8 kilometres", "3 hours").</summary>
    Measure,
    /// <summary>A calendar date or year; values are <c>yyyymmdd</c> numbers, so ranges compare in order.</summary>
    Date,
}
