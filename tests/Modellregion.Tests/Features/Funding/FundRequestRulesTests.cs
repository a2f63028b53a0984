using Modellregion.Web.Features.Funding;

namespace Modellregion.Tests.Features.Funding;

/// <summary>The rules of a fund request without a database.</summary>
public sealed class FundRequestRulesTests
{
    private static readonly DateOnly Start = new(2030, 1, 1);
    private static readonly DateOnly End = new(2031, 12, 31);

    [Fact]
    public void Money_needed_within_the_funding_period_breaks_no_period_rule()
    {
        Assert.Empty(FundRequestRules.PeriodErrors(new DateOnly(2030, 3, 1), new DateOnly(2030, 4, 30), Start, End));
        Assert.Empty(FundRequestRules.PeriodErrors(Start, End, Start, End));
        Assert.Empty(FundRequestRules.PeriodErrors(new DateOnly(2020, 1, 1), new DateOnly(2040, 1, 1), null, null));
    }

    [Fact]
    public void Money_needed_before_or_after_the_period_names_the_field_and_the_date()
    {
        var errors = FundRequestRules.PeriodErrors(new DateOnly(2029, 12, 31), new DateOnly(2032, 1, 1), Start, End);

        Assert.Equal([nameof(FundRequestInput.NeededFrom), nameof(FundRequestInput.NeededUntil)], errors.Select(e => e.Field));
        Assert.Contains("01.01.2030", errors[0].Message);
        Assert.Contains("31.12.2031", errors[1].Message);
    }

    [Fact]
    public void The_input_refuses_a_non_positive_amount_and_an_end_before_the_start()
    {
        Assert.Null(FundRequestRules.Basic(new FundRequestInput { Amount = 10m, NeededFrom = Start, NeededUntil = Start }));

        var invalid = FundRequestRules.Basic(new FundRequestInput { Amount = 0m, NeededFrom = End, NeededUntil = Start });

        Assert.NotNull(invalid);
        Assert.Equal([nameof(FundRequestInput.Amount), nameof(FundRequestInput.NeededUntil)], invalid.Errors.Keys.Order());
    }
}
