using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modellregion.Web.Features.Search;

/// <summary>
/// One public document of the global search, written by the search from what a feature's source answers. Besides the
/// shown title and text it keeps the analysed terms (<see cref="SearchAnalyzer"/>) the engines match: SQLite's FTS5
/// table <c>SearchIndex</c> (rowid = <see cref="Id"/>) and PostgreSQL's generated <c>tsvector</c> column
/// <c>Vector</c>, both created by the migrations.
/// </summary>
public class SearchDocument
{
    public int Id { get; set; }

    public required string Kind { get; set; }

    public required string Key { get; set; }

    public int EntityId { get; set; }

    /// <summary>The kind's position, the last tie-breaker of the ranking.</summary>
    public int KindOrder { get; set; }

    public required string Title { get; set; }

    public string Text { get; set; } = "";

    public required string Url { get; set; }

    public string? RegionSlug { get; set; }

    public string? RegionName { get; set; }

    public string? Programme { get; set; }

    /// <summary>The topics as <c>|Bildung|Gesundheit|</c>, so that one topic is a substring match.</summary>
    public string? Topics { get; set; }

    public int? Year { get; set; }

    public string TitleTerms { get; set; } = "";

    public string TitleParts { get; set; } = "";

    public string BodyTerms { get; set; } = "";

    public string BodyParts { get; set; } = "";

    public DateTime IndexedAt { get; set; }

    public IEnumerable<string> TopicList => (Topics ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A folded word of a title, for "meinten Sie …" (the same list on both databases).</summary>
public class SearchWord
{
    public required string Word { get; set; }

    public char Initial { get; set; }

    public int Length { get; set; }
}

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.ToTable("SearchDocuments");
        builder.HasIndex(d => new { d.Kind, d.Key }).IsUnique();
        builder.HasIndex(d => new { d.Kind, d.EntityId });
        builder.Property(d => d.Kind).HasMaxLength(32);
        builder.Property(d => d.Key).HasMaxLength(128);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.Text).HasMaxLength(SearchAnalyzer.MaxText);
        builder.Property(d => d.Url).HasMaxLength(500);
        builder.Property(d => d.RegionSlug).HasMaxLength(100);
        builder.Property(d => d.RegionName).HasMaxLength(200);
        builder.Property(d => d.Programme).HasMaxLength(200);
        builder.Property(d => d.Topics).HasMaxLength(1000);
        builder.Ignore(d => d.TopicList);
    }
}

internal sealed class SearchWordConfiguration : IEntityTypeConfiguration<SearchWord>
{
    public void Configure(EntityTypeBuilder<SearchWord> builder)
    {
        builder.ToTable("SearchWords");
        builder.HasKey(w => w.Word);
        builder.Property(w => w.Word).HasMaxLength(64);
        builder.HasIndex(w => new { w.Initial, w.Length });
    }
}
