using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Privacy;

/// <summary>What one feature stores about the person.</summary>
public sealed record PersonalDataSection(Message Area, IReadOnlyList<PersonalDataRecord> Records);

/// <summary>Everything stored about one e-mail address, feature by feature.</summary>
public sealed record PersonReport(string Email, IReadOnlyList<PersonalDataSection> Sections)
{
    public int Count => Sections.Sum(s => s.Records.Count);
}

/// <summary>
/// Access and erasure on request (Art. 15 and 17 GDPR) across the installation: every feature that keeps data about
/// people contributes an <see cref="IPersonalDataSource"/>; this use case asks them all for one e-mail address, and
/// erases in all of them in one transaction — either everything is erased or nothing. What a source does afterwards
/// (offering a freed place at an event to the next person waiting) runs once the erasure is committed.
/// </summary>
public sealed class PersonalDataRequests(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, IEnumerable<IPersonalDataSource> sources)
{
    public const string Path = "/verwaltung/datenschutz/auskunft";

    private IEnumerable<IPersonalDataSource> Sources => sources.OrderBy(s => s.Order);

    /// <summary>The empty search form, for the administrators.</summary>
    public async Task<Result<PersonReport>> OpenAsync() =>
        await AllowedAsync() ? new PersonReport("", []) : new Outcome.Forbidden();

    /// <summary>What every feature stores for <paramref name="email"/>; an invalid address is refused with a message.</summary>
    public async Task<Result<PersonReport>> FindAsync(string? email, CancellationToken cancellationToken = default)
    {
        if (!await AllowedAsync())
        {
            return new Outcome.Forbidden();
        }

        email = email?.Trim();
        if (!EmailAddresses.IsValid(email))
        {
            return Outcome.Invalid.Of("Email", PrivacyTexts.Of("Requests.InvalidEmail"));
        }

        var key = EmailAddresses.Key(email!);
        var sections = new List<PersonalDataSection>();
        foreach (var source in Sources)
        {
            var records = await source.FindAsync(key, cancellationToken);
            if (records.Count > 0)
            {
                sections.Add(new PersonalDataSection(source.Area, records));
            }
        }

        return new PersonReport(email!.Trim(), sections);
    }

    /// <summary>Erases everything stored for <paramref name="email"/> in every feature at once; answers how many records.</summary>
    public async Task<Outcome> EraseAsync(string? email, bool confirmed, CancellationToken cancellationToken = default)
    {
        if (!await AllowedAsync())
        {
            return new Outcome.Forbidden();
        }

        email = email?.Trim();
        if (!EmailAddresses.IsValid(email))
        {
            return Outcome.Invalid.Of("Email", PrivacyTexts.Of("Requests.InvalidEmail"));
        }

        if (!confirmed)
        {
            return Outcome.Invalid.Of("ConfirmErase", PrivacyTexts.Of("Requests.ConfirmEraseRequired"));
        }

        var key = EmailAddresses.Key(email!);
        var count = 0;
        var afterCommit = new List<Func<CancellationToken, Task>>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var source in Sources)
            {
                var erased = await source.EraseAsync(key, cancellationToken);
                if (erased.Refusal is { } refusal)
                {
                    db.ChangeTracker.Clear();
                    return Outcome.Invalid.Of("", refusal);
                }

                count += erased.Count;
                if (erased.AfterCommit is { } then)
                {
                    afterCommit.Add(then);
                }
            }

            if (count == 0)
            {
                db.ChangeTracker.Clear();
                return Outcome.Invalid.Of("Email", PrivacyTexts.Of("Requests.NothingStored"));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var then in afterCommit)
        {
            await then(cancellationToken);
        }

        return new Outcome.Saved(count);
    }

    private async Task<bool> AllowedAsync() =>
        await authorization.AllowsAsync(currentUser.Principal, null, PrivacyOperations.HandleRequests);
}
