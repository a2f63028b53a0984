using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Security;

/// <summary>The columns of the authorization matrix: who asks, with which role and scope.</summary>
public sealed record Principal(string Key, string Label)
{
    public static readonly Principal Anonymous = new("anonym", "Anonym");
    public static readonly Principal LeadA = new("leitung-a", "Projektleitung Projekt A");
    public static readonly Principal LeadB = new("leitung-b", "Projektleitung Projekt B");
    public static readonly Principal OfficeX = new("buero-x", "Projektbüro Region X");
    public static readonly Principal OfficeY = new("buero-y", "Projektbüro Region Y");
    public static readonly Principal ReaderX = new("lesen-x", "Lesezugriff Region X");
    public static readonly Principal ReaderAll = new("lesen-alle", "Lesezugriff ganzes Programm");
    public static readonly Principal AuthorityX = new("behoerde-x", "Bewilligungsbehörde Region X");
    public static readonly Principal BoardMemberX = new("board-x", "Mitglied Digitalboard Region X (ohne Rolle)");
    public static readonly Principal Administrator = new("admin", "Administrator");

    public static readonly IReadOnlyList<Principal> All = [Anonymous, LeadA, LeadB, OfficeX, OfficeY, ReaderX, ReaderAll, AuthorityX, BoardMemberX, Administrator];

    public static Principal Of(string key) => All.Single(p => p.Key == key);

    public override string ToString() => Key;

    /// <summary>A browser of this principal on <paramref name="app"/>: signed in with a new account holding the role.</summary>
    public async Task<HttpClient> BrowserAsync(ModellregionApp app)
    {
        if (this == Anonymous)
        {
            return app.Browser();
        }

        if (this == BoardMemberX)
        {
            var (email, password) = await NoRoleAccountAsync(app);
            await app.WithDbAsync(async db =>
            {
                var user = await db.Users.SingleAsync(u => u.Email == email);
                var seat = await db.BoardMemberships.Where(m => m.Board!.Region!.Slug == MatrixData.RegionX && m.DeletedAt == null && m.UserId == null)
                    .OrderBy(m => m.Id).FirstAsync();
                seat.UserId = user.Id;
                await db.SaveChangesAsync();
            });
            return await app.SignInAsync(email, password);
        }

        return Key switch
        {
            "leitung-a" => await app.SignedInAsync(AppRole.ProjectLead, projectSlug: MatrixData.ProjectA),
            "leitung-b" => await app.SignedInAsync(AppRole.ProjectLead, projectSlug: MatrixData.ProjectB),
            "buero-x" => await app.SignedInAsync(AppRole.ProjectOffice, MatrixData.RegionX),
            "buero-y" => await app.SignedInAsync(AppRole.ProjectOffice, MatrixData.RegionY),
            "lesen-x" => await app.SignedInAsync(AppRole.ReadOnly, MatrixData.RegionX),
            "lesen-alle" => await app.SignedInAsync(AppRole.ReadOnly),
            "behoerde-x" => await app.SignedInAsync(AppRole.GrantingAuthority, MatrixData.RegionX),
            "admin" => await app.SignedInAsync(AppRole.Administrator),
            _ => throw new InvalidOperationException(Key),
        };
    }

    /// <summary>An account without any role (the target of the user administration pages, and the board member's login).</summary>
    public static async Task<(string Email, string Password)> NoRoleAccountAsync(ModellregionApp app)
    {
        var email = $"ohne-rolle-{Guid.NewGuid():N}@test.example";
        await using var scope = app.Services.CreateAsyncScope();
        var manage = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        await manage.CreateAsync(new NewUserInput { Email = email, DisplayName = "Ohne Rolle" }, "Test-Passwort-2026");
        return (email, "Test-Passwort-2026");
    }
}
