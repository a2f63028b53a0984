using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modellregion.Web.Data;

public static class IndexFilters
{
    /// <summary>
    /// For an optional reference that most rows leave empty (a paper's solution, a case's owner): the index holds only
    /// the rows that have one. SQLite's statistics then count the few rows per value rather than one value (empty)
    /// shared by nearly all rows, and it stops scanning the whole table for "the papers of this solution" (ADR 0029).
    /// Lookups by a value use the index on both databases as before.
    /// </summary>
    public static IndexBuilder<T> OnlyWhereSet<T>(this IndexBuilder<T> index)
    {
        var column = index.Metadata.Properties.Single().GetColumnName();
        return index.HasFilter($"\"{column}\" IS NOT NULL");
    }
}
