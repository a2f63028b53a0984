using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Cli;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Audit;

/// <summary>
/// The audit trail is a hash chain (ADR 0023): parallel saves do not fork it, a changed entry is found by the command
/// line and the back office, and the database itself refuses to change or delete entries.
/// </summary>
public sealed class AuditChainTests
{
    /// <summary>Each test gets its own database: some of them break the chain on purpose.</summary>
    private static async Task WithAppAsync(Func<ModellregionApp, Task> test)
    {
        var app = new ModellregionApp();
        await app.InitializeAsync();
        try
        {
            await test(app);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task<(int Code, string Output, string Error)> VerifyFromCommandLineAsync(ModellregionApp app)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Commands.RunAsync(["verify-audit", "--provider", TestDatabase.ProviderName, "--connection", app.ConnectionString], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public Task Parallel_saves_append_to_one_chain_that_the_command_line_and_the_administrator_find_intact() => WithAppAsync(async app =>
    {
        var projects = await app.WithDbAsync(db => db.Projects.OrderBy(p => p.Id).Select(p => p.Id).Take(8).ToListAsync());
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        // Eight saves at once, each in its own context and transaction, three times over.
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(projects.Select(id => Task.Run(() => app.WithDbAsync(async db =>
            {
                var project = await db.Projects.SingleAsync(p => p.Id == id);
                project.Summary = $"Parallel geändert {round}-{id}";
                await db.SaveChangesAsync();
            }))));
        }

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(before + (projects.Count * 3), entries.Count);
        Assert.All(entries, e => Assert.Equal(AuditChain.HashOf(e), e.Hash));
        Assert.Null(entries[0].PreviousHash);
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].Hash, entries[i].PreviousHash);
        }

        var report = await app.WithDbAsync(db => AuditChain.VerifyAsync(db));
        Assert.True(report.Intact);
        Assert.Equal(entries.Count, report.Count);

        var (code, output, _) = await VerifyFromCommandLineAsync(app);
        Assert.Equal(0, code);
        Assert.Contains($"Kette intakt, {entries.Count} Einträge.", output);
        Assert.Contains(entries[^1].Hash!, output);

        // Creating the administrator's account adds entries of its own.
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var page = await admin.GetPageAsync("/verwaltung/protokoll/pruefung");
        var now = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        Assert.Contains($"Kette intakt, {now.ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', '.')} Einträge", page.Text());
        Assert.Contains("/verwaltung/protokoll/pruefung", (await admin.GetPageAsync("/verwaltung/protokoll")).Body!.InnerHtml);

        // The check of the whole trail is for administrators; a project office sees its entries but not this page.
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync("/verwaltung/protokoll/pruefung")).StatusCode);
        Assert.DoesNotContain("/verwaltung/protokoll/pruefung", (await office.GetPageAsync("/verwaltung/protokoll")).Body!.InnerHtml);
    });

    [Fact]
    public Task An_entry_changed_behind_the_apps_back_is_reported_by_the_command_line_and_the_page() => WithAppAsync(async app =>
    {
        var id = await app.ProjectIdAsync("smart-shopping");
        await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Id == id);
            project.Summary = "Vor der Manipulation";
            await db.SaveChangesAsync();
        });
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.OccurredAt }).ToListAsync());
        var tampered = entries[entries.Count / 2];

        await app.WithDbAsync(db => AuditGuard.WithoutAsync(db, () =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "ActorName" = 'Jemand anderes' WHERE "Id" = {0}""", tampered.Id)));

        var (code, _, error) = await VerifyFromCommandLineAsync(app);
        Assert.Equal(3, code);
        Assert.Contains($"Kette gebrochen bei Eintrag {tampered.Id} ", error);
        Assert.Contains($"davor {entries.Count / 2} Einträge intakt", error);

        var page = await (await app.SignedInAsync(AppRole.Administrator)).GetPageAsync("/verwaltung/protokoll/pruefung");
        Assert.Contains("Kette gebrochen", page.Text());
        Assert.Contains($"Erster gebrochener Eintrag: Nr. {tampered.Id} vom {Formatting.ToBerlin(tampered.OccurredAt).ToString("dd.MM.yyyy, HH:mm", CultureInfo.InvariantCulture)} Uhr.", page.Text());
    });

    [Fact]
    public Task A_deleted_entry_breaks_the_link_of_the_next_one() => WithAppAsync(async app =>
    {
        var ids = await app.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        var deleted = ids[ids.Count / 3];
        await app.WithDbAsync(db => AuditGuard.WithoutAsync(db, () =>
            db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Id" = {0}""", deleted)));

        var report = await app.WithDbAsync(db => AuditChain.VerifyAsync(db));
        Assert.Equal(ids[(ids.Count / 3) + 1], report.BrokenId);
    });

    [Fact]
    public Task The_database_refuses_raw_updates_and_deletes_of_entries() => WithAppAsync(async app =>
    {
        var first = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).FirstAsync());

        foreach (var sql in new[]
                 {
                     """UPDATE "AuditEntries" SET "ActorName" = 'Jemand anderes' WHERE "Id" = {0}""",
                     """UPDATE "AuditEntries" SET "Hash" = NULL, "PreviousHash" = NULL WHERE "Id" = {0}""",
                     """DELETE FROM "AuditEntries" WHERE "Id" = {0}""",
                 })
        {
            var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql, first.Id)));
            Assert.Contains("unveränderlich", refused.Message);
        }

        if (TestDatabase.Provider == DatabaseProvider.Postgres)
        {
            var truncate = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""TRUNCATE "AuditEntries" """)));
            Assert.Contains("unveränderlich", truncate.Message);
        }

        var after = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == first.Id));
        Assert.Equal((first.ActorName, first.Hash), (after.ActorName, after.Hash));
        Assert.True((await app.WithDbAsync(db => AuditChain.VerifyAsync(db))).Intact);
    });

    [Fact]
    public Task Entries_from_before_the_chain_are_sealed_deterministically_at_start_up() => WithAppAsync(async app =>
    {
        var sealedBefore = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Hash).ToListAsync());

        // As after the migration: the entries have no hash yet.
        await app.WithDbAsync(db => AuditGuard.WithoutAsync(db, () =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Hash" = NULL, "PreviousHash" = NULL""")));
        Assert.False((await app.WithDbAsync(db => AuditChain.VerifyAsync(db))).Intact);

        // The migrate command seals them (as the app's start does), with the hashes they got when written.
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, await Commands.RunAsync(["migrate", "--provider", TestDatabase.ProviderName, "--connection", app.ConnectionString], output, error));
        Assert.Equal(sealedBefore, await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Hash).ToListAsync()));
        Assert.True((await app.WithDbAsync(db => AuditChain.VerifyAsync(db))).Intact);
    });
}

/// <summary>What someone with direct access to the database could do: switch off the append-only triggers for a moment.</summary>
internal static class AuditGuard
{
    public static async Task WithoutAsync(AppDbContext db, Func<Task> action)
    {
        if (TestDatabase.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "AuditEntries" DISABLE TRIGGER USER""");
            await action();
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "AuditEntries" ENABLE TRIGGER USER""");
            return;
        }

        var triggers = await db.Database.SqlQueryRaw<TriggerRow>("""SELECT "name" AS "Name", "sql" AS "Sql" FROM sqlite_master WHERE "type" = 'trigger' AND "tbl_name" = 'AuditEntries'""").ToListAsync();
        Assert.NotEmpty(triggers);
        foreach (var trigger in triggers)
        {
#pragma warning disable EF1003 // The names come from sqlite_master, not from input.
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"" + trigger.Name + "\"");
#pragma warning restore EF1003
        }

        await action();
        foreach (var trigger in triggers)
        {
            await db.Database.ExecuteSqlRawAsync(trigger.Sql);
        }
    }

    internal sealed record TriggerRow(string Name, string Sql);
}
