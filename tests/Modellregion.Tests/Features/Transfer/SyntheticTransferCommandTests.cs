using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Cli;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>The benchmark's data set: synthetic solutions, cases and reuses, all marked as synthetic.</summary>
public sealed class SyntheticTransferCommandTests : IAsyncLifetime
{
    private string _connection = "";

    public async Task InitializeAsync() => _connection = await TestDatabase.CreateEmptyAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_connection);

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Commands.RunAsync([.. args, "--provider", TestDatabase.ProviderName, "--connection", _connection], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var services = new ServiceCollection();
        services.AddData(new DatabaseSettings(TestDatabase.Provider, _connection));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Seed_synthetic_transfer_creates_marked_solutions_cases_and_reuses()
    {
        Assert.Equal(0, (await RunAsync("seed")).Code);
        var (code, output, error) = await RunAsync("seed-synthetic-transfer", "--solutions", "200", "--cases", "2000");

        Assert.True(code == 0, error);
        Assert.Contains("200 Lösungen, 2000 Fälle", output);
        Assert.Equal(200, await QueryAsync(db => db.Solutions.CountAsync(s => s.IsSynthetic && s.Title.Contains("(synthetisch)") && s.Projects.Any())));
        Assert.Equal(2000, await QueryAsync(db => db.TransferCases.CountAsync(c => c.IsSynthetic)));
        var reuses = await QueryAsync(db => db.Reuses.CountAsync(r => r.IsSynthetic && r.Status == ReuseStatus.Confirmed));
        Assert.InRange(reuses, 100, 2000);
        Assert.Equal(reuses, await QueryAsync(db => db.Reuses.CountAsync(r => r.IsSynthetic && r.TransferCase!.Stage == TransferStage.Reused)));
        Assert.Equal(7, await QueryAsync(db => db.Solutions.CountAsync(s => !s.IsSynthetic && !s.IsExample)));

        var refused = await RunAsync("seed-synthetic-transfer", "--solutions", "0");
        Assert.Equal(2, refused.Code);
        Assert.Contains("--solutions muss zwischen", refused.Error);
    }
}
