using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Tests.Features.Audit;

/// <summary>The audit trail speaks German: every record type and field it can show has a label.</summary>
public sealed class AuditLabelsTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task Every_audited_record_type_and_field_has_a_German_label()
    {
        var fields = await app.WithDbAsync(db => Task.FromResult(AuditRecorder.AuditedFields(db.Model).ToList()));

        var types = fields.Select(f => f.EntityType).Distinct().Where(t => !AuditLabels.HasEntity(t)).Order().ToList();
        var properties = fields.Select(f => f.Property).Distinct().Where(p => !AuditLabels.HasProperty(p)).Order().ToList();

        Assert.Empty(types);
        Assert.Empty(properties);
    }
}
