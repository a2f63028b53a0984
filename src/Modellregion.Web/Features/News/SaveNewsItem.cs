using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News;

public sealed class NewsInput
{
    [Required(ErrorMessage = "Bitte geben Sie einen Titel an.")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Der Titel muss 3 bis 200 Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "Die Kurzadresse darf höchstens 120 Zeichen lang sein.")]
    [Display(Name = "Kurzadresse (URL)")]
    public string? Slug { get; set; }

    [StringLength(1000, ErrorMessage = "Der Anreißer darf höchstens 1.000 Zeichen lang sein.")]
    [Display(Name = "Anreißer")]
    public string? Teaser { get; set; }

    [StringLength(20000, ErrorMessage = "Der Text darf höchstens 20.000 Zeichen lang sein.")]
    [Display(Name = "Text")]
    public string? Body { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie das Datum an.")]
    [Display(Name = "Datum")]
    public DateOnly? PublishedOn { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie eine Region.")]
    [Display(Name = "Region")]
    public int? RegionId { get; set; }

    [Display(Name = "Projekt")]
    public int? ProjectId { get; set; }

    [Display(Name = "Veröffentlicht")]
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

/// <summary>Creates and edits news items of a region (project office and administrators).</summary>
public sealed class SaveNewsItem(AppDbContext db, CurrentUser currentUser)
{
    public async Task<Outcome> CreateAsync(NewsInput input, CancellationToken cancellationToken = default)
    {
        var permissions = await currentUser.PermissionsAsync(cancellationToken);
        if (!permissions.CanEditAnyRegionContent)
        {
            return new Outcome.Forbidden();
        }

        var item = new NewsItem { Slug = "", Title = "" };
        var errors = new Errors();
        await ValidateAsync(input, item, permissions, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        Apply(input, item);
        db.News.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(item.Id, item.Slug);
    }

    public async Task<Outcome> UpdateAsync(int id, NewsInput input, CancellationToken cancellationToken = default)
    {
        var item = await db.News.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        var permissions = await currentUser.PermissionsAsync(cancellationToken);
        if (!permissions.CanEditRegionContent(item.RegionId))
        {
            return new Outcome.Forbidden();
        }

        if (input.Version != item.Version)
        {
            return Stale();
        }

        var errors = new Errors();
        await ValidateAsync(input, item, permissions, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(item).Property(n => n.Version).OriginalValue = input.Version;
        Apply(input, item);
        db.Entry(item).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(item.Id, item.Slug), Stale(), cancellationToken);
    }

    private static Outcome.Conflict Stale() =>
        new("Die Meldung wurde inzwischen von jemand anderem geändert. Ihre Änderungen wurden nicht gespeichert: Bitte laden Sie die Seite neu.");

    private async Task ValidateAsync(NewsInput input, NewsItem item, Permissions permissions, Errors errors, CancellationToken cancellationToken)
    {
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
                errors.Add(nameof(input.RegionId), "Die gewählte Region gibt es nicht.");
            }
            else if (!permissions.CanEditRegionContent(regionId))
            {
                errors.Add(nameof(input.RegionId), "Für diese Region dürfen Sie keine Meldungen schreiben.");
            }
        }

        if (input.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId && p.RegionId == input.RegionId, cancellationToken))
        {
            errors.Add(nameof(input.ProjectId), "Das gewählte Projekt gibt es in dieser Region nicht.");
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
