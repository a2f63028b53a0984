using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// One authorization gate (docs/decisions/0010): every feature decides its permissions in its authorization handlers;
/// the use case asks <see cref="IAuthorizationService"/> and the page only translates the answer with
/// <c>this.Show(…)</c>. A page model that answers 403 itself or reads the person's roles would check a second time,
/// or decide without the feature's handler.
/// </summary>
public sealed partial class AuthorizationGateTests
{
    /// <summary>What deciding a permission in a page looks like in its source.</summary>
    private static readonly (string What, Regex Pattern)[] OwnChecks =
    [
        ("answers 403 itself", ForbidCall()),
        ("reads the person's roles", RolesCall()),
        ("asks the authorization service", AuthorizeCall()),
        ("reads the person's role flags", RoleFlags()),
    ];

    /// <summary>Services a page would need to decide a permission; a page gets none of them.</summary>
    private static readonly Type[] DecidingServices = [typeof(IAuthorizationService), typeof(CurrentUser), typeof(IScopeSource), typeof(Scopes)];

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in PageModels())
        {
            data.Add(page.FullName!);
        }

        return data;
    }

    [Fact]
    public void Every_page_model_is_scanned_including_the_back_office_pages_of_each_feature()
    {
        var pages = PageModels().Select(t => t.FullName!).ToList();

        Assert.Contains("Modellregion.Web.Features.News.Admin.EditModel", pages);
        Assert.Contains("Modellregion.Web.Features.Directory.Admin.EditModel", pages);
        Assert.Contains("Modellregion.Web.Features.Regions.Admin.EditModel", pages);
        Assert.Contains("Modellregion.Web.Features.Account.Admin.UserRolesModel", pages);
        Assert.Contains("Modellregion.Web.Features.Audit.IndexModel", pages);
        Assert.Contains("Modellregion.Web.Features.Info.Admin.OperatorModel", pages);
        Assert.Contains("Modellregion.Web.Features.Administration.IndexModel", pages);
        Assert.Contains("Modellregion.Web.Features.Home.IndexModel", pages);
        Assert.Contains("Modellregion.Web.Features.Funding.Admin.RequestsModel", pages);
        Assert.Contains("Modellregion.Web.Features.Funding.Admin.DeadlinesModel", pages);
        Assert.Contains("Modellregion.Web.Features.Projects.Admin.EditModel", pages);
        Assert.Contains("Modellregion.Web.Features.Projects.Admin.IndexModel", pages);
        Assert.Contains("Modellregion.Web.Features.Board.Admin.MeetingModel", pages);
        Assert.Contains("Modellregion.Web.Features.Board.Members.PaperModel", pages);
        Assert.Contains("Modellregion.Web.Features.Transfer.Admin.CaseModel", pages);
        Assert.Contains("Modellregion.Web.Features.Transfer.Admin.EditSolutionModel", pages);
        Assert.Contains("Modellregion.Web.Features.Funding.Admin.RulesModel", pages);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_translates_the_use_case_answer_and_decides_no_permission_itself(string pageName)
    {
        var page = PageModels().Single(t => t.FullName == pageName);
        var source = File.ReadAllText(SourceOf(page));

        var findings = OwnChecks.Where(c => c.Pattern.IsMatch(source)).Select(c => c.What).ToList();
        var services = page.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => DecidingServices.Any(s => s.IsAssignableFrom(p.ParameterType)))
            .Select(p => $"takes {p.ParameterType.Name}");

        Assert.Empty(findings.Concat(services));
    }

    [Fact]
    public void The_scan_recognises_a_page_that_checks_for_itself()
    {
        const string OldStyle = """
            if (!(await PermissionsAsync()).IsAdministrator)
            {
                return Forbid();
            }
            """;

        Assert.All(OwnChecks.Take(2), c => Assert.Matches(c.Pattern, OldStyle));
        Assert.Matches(AuthorizeCall(), "await authorization.AuthorizeAsync(User, item, NewsOperations.Write)");
        Assert.Matches(RoleFlags(), "if (scopes.IsOffice(regionId))");
        Assert.DoesNotMatch(ForbidCall(), "return this.Show(result.Outcome);");
    }

    private static IEnumerable<Type> PageModels() =>
        typeof(BackOfficePageModel).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace!.StartsWith("Modellregion.Web.Features.", StringComparison.Ordinal))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>The file declaring a page model: in the folder of its namespace, <c>X.cshtml.cs</c> or another C# file.</summary>
    private static string SourceOf(Type page)
    {
        var folder = Repository.PathOf(["src", "Modellregion.Web", .. page.Namespace!["Modellregion.Web.".Length..].Split('.')]);
        var declaration = new Regex($@"\bclass\s+{page.Name}\b");
        return System.IO.Directory.EnumerateFiles(folder, "*.cs").Single(f => declaration.IsMatch(File.ReadAllText(f)));
    }

    [GeneratedRegex(@"\bForbid\s*\(")]
    private static partial Regex ForbidCall();

    [GeneratedRegex(@"\b(PermissionsAsync|ScopesAsync|ScopesOfAsync)\s*\(")]
    private static partial Regex RolesCall();

    [GeneratedRegex(@"\b(AuthorizeAsync|AllowsAsync)\s*\(")]
    private static partial Regex AuthorizeCall();

    [GeneratedRegex(@"\.(IsAdministrator|IsOffice|IsOfficeAnywhere|IsLead|IsAuthority|CanViewRegion|ReadsEverything|HasAnyRole|Can[A-Z]\w*)\b")]
    private static partial Regex RoleFlags();
}
