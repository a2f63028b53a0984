using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Features.Board;

/// <summary>The app with <see cref="BoardTestData"/> loaded once for the tests of a class.</summary>
public class BoardApp : ModellregionApp
{
    public BoardFixture Data { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Data = await BoardTestData.SeedAsync(this, meetings: 5);
    }
}
