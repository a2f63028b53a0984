namespace Modellregion.Web.Features.Shared;

/// <summary>What a column of an open-data set holds: CSV header (German), JSON key (English), type, meaning, unit, example and source.</summary>
public sealed record OpenDataField(string Key, string Header, string Type, string Meaning, string? Unit, string Example, string Source);

/// <summary>
/// A bulk download of public data a feature contributes to <c>/opendata</c> (CKAN/GovData style): its name in the
/// address, title and description, its documented columns, and its rows (one value per column, in that order). Only
/// public, published, real data: no personal data, no example or synthetic data.
/// </summary>
public interface IOpenDataSet
{
    /// <summary>Short name in the address, e.g. <c>projekte</c> for <c>/opendata/projekte.csv</c>.</summary>
    string Name { get; }

    string Title { get; }

    string Description { get; }

    /// <summary>Position on the open-data page.</summary>
    int Order => 0;

    /// <summary>Keywords for the catalogue (DCAT <c>dcat:keyword</c>).</summary>
    IReadOnlyList<string> Keywords => [];

    IReadOnlyList<OpenDataField> Fields { get; }

    Task<IReadOnlyList<object?[]>> RowsAsync(CancellationToken cancellationToken);
}
