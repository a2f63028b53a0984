using Microsoft.Extensions.Configuration;
using Modellregion.Web.Data;
using Npgsql;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// The PostgreSQL pool defaults a web node adds to the operator's connection string (docs/postgresql.md): each only
/// where the connection string does not say otherwise.
/// </summary>
public sealed class DatabaseSettingsTests
{
    private static NpgsqlConnectionStringBuilder Postgres(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Modellregion"] = connectionString,
        }).Build();
        return new NpgsqlConnectionStringBuilder(DatabaseSettings.From(configuration, "/tmp").ConnectionString);
    }

    [Fact]
    public void A_plain_connection_string_gets_the_pool_limit_prepared_statements_and_no_reset()
    {
        var settings = Postgres("Host=db.example;Database=modellregion;Username=app;Password=geheim");

        Assert.Equal(DatabaseSettings.DefaultMaxPoolSize, settings.MaxPoolSize);
        Assert.Equal(DatabaseSettings.DefaultMaxAutoPrepare, settings.MaxAutoPrepare);
        Assert.Equal(2, settings.AutoPrepareMinUsages);
        Assert.True(settings.NoResetOnClose);
        Assert.Equal(DatabaseSettings.DefaultPoolWaitSeconds, settings.Timeout);
        Assert.Equal("db.example", settings.Host);
        Assert.Equal("geheim", settings.Password);
    }

    [Fact]
    public void What_the_operator_sets_is_kept()
    {
        var settings = Postgres("Host=db.example;Database=m;Maximum Pool Size=80;Max Auto Prepare=0;No Reset On Close=false;Timeout=5;Command Timeout=7");

        Assert.Equal(80, settings.MaxPoolSize);
        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
        Assert.Equal(5, settings.Timeout);
        Assert.Equal(7, settings.CommandTimeout);
    }

    [Fact]
    public void A_command_timeout_alone_does_not_count_as_the_connection_wait()
    {
        var settings = Postgres("Host=db.example;Database=m;Command Timeout=7");

        Assert.Equal(DatabaseSettings.DefaultPoolWaitSeconds, settings.Timeout);
        Assert.Equal(7, settings.CommandTimeout);
    }

    [Fact]
    public void Sqlite_connection_strings_are_left_alone_apart_from_the_path()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Modellregion"] = "Data Source=/tmp/modellregion-settings-test.db",
        }).Build();

        var settings = DatabaseSettings.From(configuration, "/tmp");

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal("Data Source=/tmp/modellregion-settings-test.db", settings.ConnectionString);
    }
}
