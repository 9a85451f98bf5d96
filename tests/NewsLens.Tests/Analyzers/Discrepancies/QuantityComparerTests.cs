using NewsLens.Analyzers.Discrepancies;
using NewsLens.Analyzers.Quantities;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Discrepancies;

public class QuantityComparerTests
{
    private static readonly DiscrepancyOptions Options = new();

    private static Quantity Q(QuantityQualifier qualifier, double value, double? low = null, double? high = null, string? unit = null, QuantityKind kind = QuantityKind.Count) =>
        new(new TextSpan(0, 1), kind, qualifier, value, low ?? value, high ?? value, unit, null, null);

    [Theory]
    [InlineData(1000, 1043)] // rounded to the thousand
    [InlineData(40, 37)]     // rounded to the ten
    [InlineData(1043, 1043)]
    public void An_exact_figure_that_rounds_the_source_is_faithful(double article, double source) =>
        Assert.Null(QuantityComparer.Classify(Q(QuantityQualifier.Exact, article), Q(QuantityQualifier.Exact, source), Options));

    [Theory]
    [InlineData(320, 300, DiscrepancyKind.NumberInflated)] // more precise than the source, and off: not a rounding
    [InlineData(73, 37, DiscrepancyKind.NumberInflated)]
    [InlineData(2_000_000, 2_400_000, DiscrepancyKind.NumberDeflated)] // a rounding, but by more than 15 %
    public void An_exact_figure_off_the_source_is_inflated_or_deflated(double article, double source, DiscrepancyKind expected) =>
        Assert.Equal(expected, QuantityComparer.Classify(Q(QuantityQualifier.Exact, article), Q(QuantityQualifier.Exact, source), Options));

    [Fact]
    public void Kilometres_converted_to_miles_keep_their_value()
    {
        var km = Q(QuantityQualifier.LessThan, 80, unit: "km", kind: QuantityKind.Measure);
        Assert.Null(QuantityComparer.Classify(Q(QuantityQualifier.LessThan, 50, unit: "mile", kind: QuantityKind.Measure), km, Options));
        Assert.Equal(DiscrepancyKind.NumberInflated, QuantityComparer.Classify(Q(QuantityQualifier.LessThan, 80, unit: "mile", kind: QuantityKind.Measure), km, Options));
    }

    [Fact]
    public void Bounds_that_only_touch_are_apart_when_both_are_bounds()
    {
        Assert.Equal(DiscrepancyKind.NumberInflated, QuantityComparer.Classify(Q(QuantityQualifier.MoreThan, 90), Q(QuantityQualifier.AtMost, 90), Options));
        Assert.Null(QuantityComparer.Classify(Q(QuantityQualifier.LessThan, 300), Q(QuantityQualifier.Exact, 300), Options));
    }

    [Fact]
    public void A_point_inside_a_range_is_range_to_point_and_inside_an_estimate_is_approximate_to_exact()
    {
        Assert.Equal(DiscrepancyKind.RangeToPoint, QuantityComparer.Classify(Q(QuantityQualifier.Exact, 50), Q(QuantityQualifier.Range, 40, 40, 60), Options));
        Assert.Equal(DiscrepancyKind.ApproximateToExact, QuantityComparer.Classify(Q(QuantityQualifier.Exact, 300), Q(QuantityQualifier.About, 300, 270, 330), Options));
        Assert.Equal(DiscrepancyKind.ApproximateToExact, QuantityComparer.Classify(Q(QuantityQualifier.Exact, 3), Q(QuantityQualifier.AtMost, 3), Options));
    }

    [Fact]
    public void A_vaguer_retelling_of_an_exact_figure_is_faithful()
    {
        Assert.Null(QuantityComparer.Classify(Q(QuantityQualifier.About, 300, 270, 330), Q(QuantityQualifier.Exact, 300), Options));
        Assert.Null(QuantityComparer.Classify(Q(QuantityQualifier.Range, 200, 200, 1000), Q(QuantityQualifier.Exact, 300), Options));
        Assert.Null(QuantityComparer.Classify(Q(QuantityQualifier.MoreThan, 1000), Q(QuantityQualifier.Exact, 1043), Options));
    }
}
