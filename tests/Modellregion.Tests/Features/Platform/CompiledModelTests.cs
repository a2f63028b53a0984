using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Modellregion.Web.Data;
using Modellregion.Web.Data.CompiledModels.Postgres;
using Modellregion.Web.Data.CompiledModels.Sqlite;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// The app starts on a compiled model for each provider (ADR 0030) instead of building the model from the entity
/// configurations at every start. The compiled model is generated code: it must describe exactly the model the
/// configurations build, or the app would read and write with a stale model.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate = "Das kompilierte Modell ist veraltet: scripts/compiled-models.sh ausführen und das Ergebnis einchecken.";

    [Fact]
    public void Sqlite_uses_its_compiled_model_and_it_matches_the_configured_model()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);

        // As after a raw SQL query elsewhere in the suite: its result type joins the shared model.
        db.Database.OpenConnection();
        _ = db.Database.SqlQueryRaw<AdHocRow>("SELECT 1 AS \"Value\"").ToList();

        Assert.IsType<SqliteAppDbContextModel>(db.Model);
        AssertSame(db);
    }

    [Fact]
    public void Postgres_uses_its_compiled_model_and_it_matches_the_configured_model()
    {
        using var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost").Options);

        Assert.IsType<PostgresAppDbContextModel>(db.Model);
        AssertSame(db);
    }

    private static void AssertSame(DbContext db)
    {
        var configured = db.GetService<IDesignTimeModel>().Model;
        Assert.NotSame(db.Model, configured);

        var compiledText = Describe(db.Model);
        var configuredText = Describe(configured);
        if (compiledText != configuredText)
        {
            var compiledLines = compiledText.Split('\n');
            var configuredLines = configuredText.Split('\n');
            var first = Enumerable.Range(0, Math.Min(compiledLines.Length, configuredLines.Length))
                .FirstOrDefault(i => compiledLines[i] != configuredLines[i], Math.Min(compiledLines.Length, configuredLines.Length));
            Assert.Fail($"{Regenerate}\nErste Abweichung in Zeile {first + 1}:\n  kompiliert:   {At(compiledLines, first)}\n  konfiguriert: {At(configuredLines, first)}");
        }

        // The tables the queries are written for: columns, keys and indexes with the filters of partial indexes.
        Assert.Equal(DescribeTables(configured), DescribeTables(db.Model));
    }

    /// <summary>
    /// Entity types, properties, keys, foreign keys, navigations and indexes (EF's own description without its
    /// annotations, which differ between a built and a compiled model), and for each property how it is stored.
    /// </summary>
    private static string Describe(IModel model)
    {
        var text = new System.Text.StringBuilder(WithoutSection(model.ToDebugString(MetadataDebugStringOptions.ShortDefault), "Ad-hoc entity types:"));
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var table = StoreObjectIdentifier.Create(entity, StoreObjectType.Table);
            foreach (var property in entity.GetProperties())
            {
                text.Append('\n').Append(entity.Name).Append('.').Append(property.Name)
                    .Append(" column=").Append(table is { } t ? property.GetColumnName(t) : "-")
                    .Append(" type=").Append(property.GetColumnType())
                    .Append(" converter=").Append(property.GetValueConverter()?.GetType().Name ?? "-")
                    .Append(" provider=").Append(property.GetProviderClrType()?.Name ?? "-")
                    .Append(" max=").Append(property.GetMaxLength())
                    .Append(" generated=").Append(property.ValueGenerated)
                    .Append(" concurrency=").Append(property.IsConcurrencyToken);
            }
        }

        return text.ToString().Replace("\r", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// EF's description without one kind of section and the lines indented under it. The types raw SQL queries read
    /// into (<c>SqlQuery&lt;T&gt;</c>, "Ad-hoc entity types") join the shared runtime model when such a query first runs,
    /// in whatever order the tests run; they are not part of the configured model.
    /// </summary>
    private static string WithoutSection(string debugView, string header)
    {
        var kept = new System.Text.StringBuilder();
        int? sectionIndent = null;
        foreach (var line in debugView.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var indent = line.Length - line.TrimStart().Length;
            if (sectionIndent is { } within && indent > within)
            {
                continue;
            }

            sectionIndent = null;
            if (line.TrimStart().StartsWith(header, StringComparison.Ordinal))
            {
                sectionIndent = indent;
                continue;
            }

            kept.Append(line).Append('\n');
        }

        return kept.ToString();
    }

    private static string DescribeTables(IModel model)
    {
        var relational = model.GetRelationalModel();
        // Check constraints only matter to migrations, which MigrationTests guards; a compiled model leaves them out.
        var text = new System.Text.StringBuilder(WithoutSection(relational.ToDebugString(MetadataDebugStringOptions.ShortDefault), "Check constraints:"));
        foreach (var table in relational.Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var index in table.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                text.Append('\n').Append(table.Name).Append(' ').Append(index.Name).Append(index.IsUnique ? " unique" : "")
                    .Append(" (").AppendJoin(", ", index.Columns.Select(c => c.Name)).Append(") where ").Append(index.Filter ?? "-");
            }
        }

        return text.ToString();
    }

    private sealed record AdHocRow(int Value);

    private static string At(string[] lines, int index) => index < lines.Length ? lines[index].Trim() : "(Ende)";
}
