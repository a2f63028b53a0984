using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.News.Admin;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News;

public sealed class NewsInput
{
    [Required(ErrorMessage = "SaveNewsItem.PleaseEnterATitle")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "SaveNewsItem.TheTitleMustBe3To")]
    [Display(Name = "Common.Title")]
    public string Title { get; set; } = "";

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "SaveNewsItem.TheShortAddressMayBeAt")]
    [Display(Name = "SaveNewsItem.ShortAddressURL")]
    public string? Slug { get; set; }

    [StringLength(1000, ErrorMessage = "SaveNewsItem.TheTeaserMayBeAtMost")]
    [Display(Name = "SaveNewsItem.Teaser")]
    public string? Teaser { get; set; }

    [StringLength(20000, ErrorMessage = "SaveNewsItem.TheTextMayBeAtMost")]
    [Display(Name = "SaveNewsItem.Text")]
    public string? Body { get; set; }

    [Required(ErrorMessage = "SaveNewsItem.PleaseEnterTheDate")]
    [Display(Name = "Common.Date")]
    public DateOnly? PublishedOn { get; set; }

    [Required(ErrorMessage = "SaveNewsItem.PleaseChooseARegion")]
    [Display(Name = "Common.Region")]
    public int? RegionId { get; set; }

    [Display(Name = "SaveNewsItem.Project")]
    public int? ProjectId { get; set; }

    [Display(Name = "SaveNewsItem.Published")]
    public bool IsPublished { get; set; } = true;

    public int Version { get; set; }

    public static NewsInput From(NewsItem n) => new()
    {
        Title = n.Title,
        Slug = n.Slug,
        Teaser = n.Teaser,
        Body = n.Body,
        PublishedOn = n.PublishedOn,
        RegionId = n.RegionId,
        ProjectId = n.ProjectId,
        IsPublished = n.IsPublished,
        Version = n.Version,
    };
}

/// <summary>The news form: the regions and projects to choose from, and the item being edited (null for a new one).</summary>
public sealed record NewsForm(NewsFormOptions Options, NewsItem? Item);

/// <summary>
/// Creates and edits news items of a region (project office and administrators). Every call passes the gate once
/// (<see cref="NewsOperations.Write"/> on the item, or on <see cref="RegionResource.Any"/> for a new one) before it
/// reads or changes anything.
/// </summary>
public sealed class SaveNewsItem(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    /// <summary>The form for a new item.</summary>
    public async Task<Result<NewsForm>> OpenNewAsync(CancellationToken cancellationToken = default) =>
        await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, NewsOperations.Write)
            ? await FormAsync(null, cancellationToken)
            : new Outcome.Forbidden();

    /// <summary>The form of an item.</summary>
    public async Task<Result<NewsForm>> OpenAsync(int id, CancellationToken cancellationToken = default)
    {
        var item = await db.News.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        return await authorization.AllowsAsync(currentUser.Principal, item, NewsOperations.Write)
            ? await FormAsync(item, cancellationToken)
            : new Outcome.Forbidden();
    }

    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is the form again.</param>
    public async Task<FormOutcome<NewsForm>> CreateAsync(NewsInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, NewsOperations.Write))
        {
            return new Outcome.Forbidden();
        }

        if (!fieldsValid)
        {
            return await AgainAsync(Outcome.Invalid.BoundInput(), null, cancellationToken);
        }

        var item = new NewsItem { Slug = "", Title = "" };
        var errors = new Errors();
        await ValidateAsync(input, item, errors, cancellationToken);
        if (errors.Any)
        {
            return await AgainAsync(errors.ToOutcome(), null, cancellationToken);
        }

        Apply(input, item);
        db.News.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(item.Id, item.Slug);
    }

    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is the form again.</param>
    public async Task<FormOutcome<NewsForm>> UpdateAsync(int id, NewsInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        var item = await db.News.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, item, NewsOperations.Write))
        {
            return new Outcome.Forbidden();
        }

        if (!fieldsValid)
        {
            return await AgainAsync(Outcome.Invalid.BoundInput(), item, cancellationToken);
        }

        if (input.Version != item.Version)
        {
            return await AgainAsync(Stale(), item, cancellationToken);
        }

        var errors = new Errors();
        await ValidateAsync(input, item, errors, cancellationToken);
        if (errors.Any)
        {
            return await AgainAsync(errors.ToOutcome(), item, cancellationToken);
        }

        var asLoaded = new NewsItem { Slug = item.Slug, Title = item.Title };
        db.Entry(item).Property(n => n.Version).OriginalValue = input.Version;
        Apply(input, item);
        db.Entry(item).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(item.Id, item.Slug), () => AgainAsync(Stale(), asLoaded, cancellationToken), cancellationToken);
    }

    /// <summary>The form with the regions this person may write for and their projects.</summary>
    private async Task<NewsForm> FormAsync(NewsItem? item, CancellationToken cancellationToken)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        return new NewsForm(await NewsFormOptions.LoadAsync(db, regionId => NewsOperations.MayWriteIn(scopes, regionId), cancellationToken), item);
    }

    private async Task<FormOutcome<NewsForm>> AgainAsync(Outcome outcome, NewsItem? item, CancellationToken cancellationToken) =>
        new(outcome, await FormAsync(item, cancellationToken));

    private static Outcome.Conflict Stale() =>
        new(NewsTexts.Of("SaveNewsItem.SomeoneElseHasChangedTheNews"));

    private async Task ValidateAsync(NewsInput input, NewsItem item, Errors errors, CancellationToken cancellationToken)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        input.Title = input.Title.Trim();
        input.Slug = await Slug.CheckAsync(
            input.Slug,
            input.Title,
            nameof(input.Slug),
            errors,
            slug => db.News.AnyAsync(n => n.Slug == slug && n.Id != item.Id, cancellationToken));

        if (input.RegionId is { } regionId)
        {
            if (!await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
            {
                errors.Add(nameof(input.RegionId), NewsTexts.Of("SaveNewsItem.TheSelectedRegionDoesNotExist"));
            }
            else if (!NewsOperations.MayWriteIn(scopes, regionId))
            {
                errors.Add(nameof(input.RegionId), NewsTexts.Of("SaveNewsItem.YouMayNotWriteNewsItems"));
            }
        }

        if (input.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId && p.RegionId == input.RegionId, cancellationToken))
        {
            errors.Add(nameof(input.ProjectId), NewsTexts.Of("SaveNewsItem.TheSelectedProjectDoesNotExist"));
        }
    }

    private static void Apply(NewsInput input, NewsItem item)
    {
        item.Title = input.Title;
        item.Slug = input.Slug!;
        item.Teaser = string.IsNullOrWhiteSpace(input.Teaser) ? null : input.Teaser.Trim().ReplaceLineEndings("\n");
        item.Body = string.IsNullOrWhiteSpace(input.Body) ? null : input.Body.Trim().ReplaceLineEndings("\n");
        item.PublishedOn = input.PublishedOn!.Value;
        item.RegionId = input.RegionId!.Value;
        item.ProjectId = input.ProjectId;
        item.IsPublished = input.IsPublished;
    }
}
