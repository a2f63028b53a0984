using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Tests.Features.Audit;

/// <summary>
/// The audit trail is readable and complete: documents are recorded as documents of their project, plan lines
/// belong to their project, and the history names things instead of showing keys.
/// </summary>
public sealed class AuditReadabilityTests(FundingApp app) : IClassFixture<FundingApp>
{
    private async Task<(int Id, HttpClient Lead, HttpClient Authority)> ApplicationAsync(int hour = 10)
    {
        app.Clock.Set(new DateOnly(2030, 1, 10), hour);
        var slug = "protokoll-" + Guid.NewGuid().ToString("N")[..8];
        var id = await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Slug == "owl");
            var project = new Project { Slug = slug, Title = "Protokolltest " + slug, RegionId = region.Id, ProgrammeId = region.ProgrammeId, Status = ProjectStatus.ApplicationSubmitted };
            project.Partners.Add(new ProjectPartner { OrganisationId = (await db.Organisations.SingleAsync(o => o.Slug == "kreis-paderborn")).Id, Role = PartnerRole.Lead });
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });
        return (id, await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slug), await app.SignedInAsync(AppRole.GrantingAuthority, "owl"));
    }

    [Fact]
    public async Task An_uploaded_decision_document_and_the_plan_lines_are_in_the_projects_audit()
    {
        var (id, lead, authority) = await ApplicationAsync();
        var plan = await lead.SubmitFormAsync($"/verwaltung/projekte/{id}/finanzierungsplan", "form:has(input[name='Input.RequestedGrant'])", new()
        {
            ["Input.Lines[0].Category"] = "1",
            ["Input.Lines[0].Description"] = "Projektstelle",
            ["Input.Lines[0].Amount"] = "100000",
            ["Input.RequestedGrant"] = "80000",
            ["Input.OwnContribution"] = "20000",
        });
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        var decision = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", "form[enctype='multipart/form-data']",
            new() { ["Input.DecidedOn"] = "2030-01-05", ["Input.FileNumber"] = "48.01-7", ["Input.MaxAmount"] = "80000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2030-12-31" },
            "Input.Document", "bescheid-protokoll.pdf", Multipart.Pdf());
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ProjectId == id).ToListAsync());
        var file = Assert.Single(entries, e => e.EntityType == "StoredFile");
        Assert.Equal(AuditKind.Document, file.Kind);
        Assert.Contains("bescheid-protokoll.pdf", file.After);
        Assert.DoesNotContain("\"Content\"", file.After);
        Assert.Contains(entries, e => e.EntityType == "FinancingPlan.Lines" && e.After!.Contains("Projektstelle", StringComparison.Ordinal));
        Assert.All(entries.Where(e => e.EntityType is "GrantDecision" or "GrantDecision.Plan"), e => Assert.Equal(AuditKind.Decision, e.Kind));

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var documents = await office.GetPageAsync($"/verwaltung/protokoll?projekt={id}&art=Document");
        Assert.Contains("Datei angelegt", documents.Text());
        Assert.Contains("bescheid-protokoll.pdf", documents.Text());
        Assert.Contains("Dateiname", documents.Text());
    }

    [Fact]
    public async Task The_project_history_names_topics_and_shows_values_in_German()
    {
        var (id, _, _) = await ApplicationAsync();
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var topic = await app.WithDbAsync(db => db.Topics.OrderBy(t => t.Id).FirstAsync());

        var response = await office.SubmitFormAsync($"/verwaltung/projekte/{id}/bearbeiten", "form[method=post].form-grid", new()
        {
            ["Input.TopicIds"] = new[] { topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["Input.StartsOn"] = "2030-02-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var history = await office.GetPageAsync($"/verwaltung/projekte/{id}/verlauf");
        var text = history.Text();
        Assert.Contains("Thema angelegt", text);
        Assert.Contains(topic.Name, text);
        Assert.DoesNotContain("TopicsId", text);
        Assert.DoesNotContain("ProjectId", text);
        Assert.Contains("Antrag eingereicht", text);
        Assert.DoesNotContain("ApplicationSubmitted", text);
        Assert.Contains("01.02.2030", text);
        Assert.DoesNotContain("2030-02-01", text);
        var projectEdit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ProjectId == id && a.EntityType == "Project" && a.Action == AuditAction.Updated).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(AuditKind.Content, projectEdit.Kind);
    }

    [Fact]
    public async Task The_date_filter_takes_whole_days_in_Berlin()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var (id, _, _) = await ApplicationAsync(hour: 0);

        // The project was created just after midnight on 10 January 2030 in Berlin, still 9 January in UTC.
        var sameDay = await admin.GetPageAsync($"/verwaltung/protokoll?projekt={id}&von=2030-01-10&bis=2030-01-10");
        var dayBefore = await admin.GetPageAsync($"/verwaltung/protokoll?projekt={id}&von=2030-01-09&bis=2030-01-09");

        Assert.Contains("Projekt angelegt", sameDay.Text());
        Assert.DoesNotContain("Projekt angelegt", dayBefore.Text());
    }
}
