using Modellregion.Web.Features.Funding;

namespace Modellregion.Tests.Features.Funding;

/// <summary>
/// The fund request's state machine on the entity, without a database: which step is possible in which stage (with
/// the reason when not), and how each step books the money on the project's funding account.
/// </summary>
public sealed class FundRequestStateTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static FundRequest Draft(decimal amount = 10_000m) => new()
    {
        Number = 3,
        Amount = amount,
        NeededFrom = new DateOnly(2026, 3, 1),
        NeededUntil = new DateOnly(2026, 4, 30),
        Justification = "Rechnung Leitstelle",
    };

    public static TheoryData<FundRequestStatus, FundRequestStep, bool> Steps
    {
        get
        {
            var possible = new Dictionary<FundRequestStatus, FundRequestStep[]>
            {
                [FundRequestStatus.Draft] = [FundRequestStep.Edit, FundRequestStep.Submit, FundRequestStep.Withdraw],
                [FundRequestStatus.Returned] = [FundRequestStep.Edit, FundRequestStep.Submit, FundRequestStep.Withdraw],
                [FundRequestStatus.Submitted] = [FundRequestStep.Forward, FundRequestStep.Return, FundRequestStep.Withdraw],
                [FundRequestStatus.Forwarded] = [FundRequestStep.RecordPayment, FundRequestStep.Return, FundRequestStep.Withdraw],
                [FundRequestStatus.Paid] = [],
                [FundRequestStatus.Withdrawn] = [],
            };
            var data = new TheoryData<FundRequestStatus, FundRequestStep, bool>();
            foreach (var (status, steps) in possible)
            {
                foreach (var step in Enum.GetValues<FundRequestStep>())
                {
                    data.Add(status, step, steps.Contains(step));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Each_stage_allows_exactly_its_steps(FundRequestStatus status, FundRequestStep step, bool possible)
    {
        var request = Draft();
        request.Status = status;

        var refusal = request.Refusal(step);

        Assert.Equal(possible, refusal is null);
        if (!possible)
        {
            Assert.False(string.IsNullOrWhiteSpace(refusal));
        }
    }

    [Fact]
    public void Submitted_forwarded_and_paid_money_moves_from_requested_to_paid()
    {
        var account = new FundingAccount { Requested = 5_000m, Paid = 20_000m };
        var request = Draft();

        request.Submit(account, Now, "lead@example.org");
        Assert.Equal((FundRequestStatus.Submitted, 15_000m, 20_000m), (request.Status, account.Requested, account.Paid));
        Assert.Equal(("lead@example.org", Now), (request.SubmittedBy, request.SubmittedAt));

        request.Forward(Now.AddDays(1), "office@example.org");
        Assert.Equal(FundRequestStatus.Forwarded, request.Status);
        Assert.Equal(15_000m, account.Requested);

        request.RecordPayment(account, new DateOnly(2026, 3, 10), 9_500m, "authority@example.org");
        Assert.Equal((FundRequestStatus.Paid, 5_000m, 29_500m), (request.Status, account.Requested, account.Paid));
        Assert.Equal((new DateOnly(2026, 3, 10), 9_500m), (request.PaidOn!.Value, request.PaidAmount!.Value));
    }

    [Fact]
    public void A_returned_request_frees_its_money_and_can_be_changed_and_submitted_again()
    {
        var account = new FundingAccount();
        var request = Draft();
        request.Submit(account, Now, null);

        request.Return(account, "  Bitte Rechnung beifügen. ");

        Assert.Equal((FundRequestStatus.Returned, 0m, "Bitte Rechnung beifügen."), (request.Status, account.Requested, request.ReturnReason));
        request.Edit(8_000m, request.NeededFrom, request.NeededUntil, " Rechnung beigefügt ", false);
        Assert.Equal((FundRequestStatus.Draft, 8_000m, "Rechnung beigefügt"), (request.Status, request.Amount, request.Justification));
        request.Submit(account, Now, null);
        Assert.Equal(8_000m, account.Requested);
        Assert.Null(request.ReturnReason);
    }

    [Fact]
    public void Withdrawing_frees_the_money_only_of_an_open_request()
    {
        var account = new FundingAccount();
        var open = Draft();
        open.Submit(account, Now, null);
        var draft = Draft(3_000m);

        open.Withdraw(account);
        draft.Withdraw(account);

        Assert.Equal(0m, account.Requested);
        Assert.Equal(FundRequestStatus.Withdrawn, open.Status);
        Assert.Equal(FundRequestStatus.Withdrawn, draft.Status);
    }

    [Fact]
    public void A_step_in_the_wrong_stage_or_an_overpayment_changes_nothing()
    {
        var account = new FundingAccount();
        var request = Draft();

        var forward = Assert.Throws<InvalidOperationException>(() => request.Forward(Now, null));
        Assert.Equal($"Der Mittelabruf Nr. 3 ist {FundRequestStatuses.Label(FundRequestStatus.Draft)}; dieser Schritt ist nur im Stand „{FundRequestStatuses.Label(FundRequestStatus.Submitted)}“ möglich.", forward.Message);
        Assert.Throws<InvalidOperationException>(() => request.RecordPayment(account, new DateOnly(2026, 3, 3), 1m, null));

        request.Submit(account, Now, null);
        request.Forward(Now, null);
        Assert.Throws<InvalidOperationException>(() => request.RecordPayment(account, new DateOnly(2026, 3, 3), 10_000.01m, null));
        Assert.Throws<InvalidOperationException>(() => request.Submit(account, Now, null));

        Assert.Equal((FundRequestStatus.Forwarded, 10_000m, 0m), (request.Status, account.Requested, account.Paid));
    }
}
