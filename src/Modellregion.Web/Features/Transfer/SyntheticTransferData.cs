using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// A large, clearly marked synthetic transfer data set for load tests: solutions linked to existing projects,
/// transfer cases from municipalities all over Germany in every stage, and the reuses of the cases that reached
/// "Nachgenutzt". Every record is flagged <c>IsSynthetic</c> and named "(synthetisch)"; nothing in it is real.
/// Deterministic for a given seed.
/// </summary>
public sealed class SyntheticTransferData(AppDbContext db)
{
    public sealed record Result(int Solutions, int Cases, int Reuses, TimeSpan Duration);

    private static readonly string[] Needs =
    [
        "Online-Anmeldung für Kitas und Schulen", "offene Daten und Sensoren für Pegelstände", "Terminvergabe im Bürgerbüro",
        "digitale Bauanträge", "Parken und Mobilität in der Innenstadt", "Bürgerbeteiligung bei Planungen",
        "Energie sparen in städtischen Gebäuden", "Wartelisten für Sportstätten", "E-Rechnung und Bezahlen im Portal",
        "Geodaten und Karten für die Verwaltung",
    ];

    public async Task<Result> GenerateAsync(int solutionCount, int caseCount, int seed = 42, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(solutionCount);
        ArgumentOutOfRangeException.ThrowIfNegative(caseCount);
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        if (!await db.Municipalities.AnyAsync(cancellationToken))
        {
            await new ImportMunicipalities(db).RunAsync(cancellationToken);
        }

        var projects = await db.Projects.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.RegionId }).ToListAsync(cancellationToken);
        var topics = await db.Topics.OrderBy(t => t.Id).ToListAsync(cancellationToken);
        if (projects.Count == 0 || topics.Count == 0)
        {
            throw new InvalidOperationException("Für synthetische Lösungen braucht es Projekte und Themen: zuerst „seed“ oder „seed-synthetic“ ausführen.");
        }

        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Ags).Select(m => m.Ags).ToListAsync(cancellationToken);
        var run = await db.Solutions.CountAsync(s => s.IsSynthetic, cancellationToken) > 0 ? await db.Solutions.CountAsync(cancellationToken) : 0;
        var kinds = Enum.GetValues<SolutionKind>();
        var maturities = Enum.GetValues<Maturity>();
        var now = db.UtcNow;

        db.SuppressAudit = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var solutionIds = new List<int>(solutionCount);
            const int batchSize = 1000;
            for (var done = 0; done < solutionCount; done += batchSize)
            {
                var batch = new List<Solution>();
                for (var i = done; i < Math.Min(solutionCount, done + batchSize); i++)
                {
                    var project = projects[random.Next(projects.Count)];
                    var topic = topics[random.Next(topics.Count)];
                    var kind = kinds[random.Next(kinds.Length)];
                    var need = Needs[random.Next(Needs.Length)];
                    var solution = new Solution
                    {
                        Slug = $"synthetische-loesung-{run:00}-{i + 1:000000}",
                        Title = $"Synthetische Lösung {i + 1:000000}: {topic.Name} (synthetisch)",
                        Summary = $"Zufällig erzeugter Katalogeintrag zum Thema {topic.Name}. Keine echten Angaben.",
                        Description = $"Dieser Eintrag gehört zu einem **synthetischen Datensatz** für Last- und Skalierungstests. Er beschreibt eine erfundene Lösung für {need}. " +
                            "Alle Angaben sind zufällig erzeugt und bedeuten nichts; sie dienen nur dazu, Katalog, Suche und Matchmaking unter Last zu messen.",
                        Problem = $"Synthetischer Bedarf: {need}.",
                        Kind = kind,
                        Maturity = random.Next(6) == 0 ? null : maturities[random.Next(maturities.Length)],
                        OperatorModels = (OperatorModels)random.Next(0, 8),
                        RegionId = project.RegionId,
                        Topics = [topic],
                        IsSynthetic = true,
                        CreatedAt = now.AddMinutes(-random.Next(0, 60 * 24 * 365)),
                    };
                    if (kind == SolutionKind.Software)
                    {
                        (solution.SoftwareType, solution.Platforms, solution.Features) = ("standalone/web", "web", "Synthetisches Merkmal (synthetisch)");
                    }

                    solution.Projects.Add(new SolutionProject { ProjectId = project.Id });
                    batch.Add(solution);
                }

                db.Solutions.AddRange(batch);
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                solutionIds.AddRange(batch.Select(s => s.Id));
                db.ChangeTracker.Clear();
                db.AttachRange(topics);
            }

            var reused = new HashSet<(int, string)>();
            var reuses = 0;
            for (var done = 0; done < caseCount; done += batchSize * 2)
            {
                for (var i = done; i < Math.Min(caseCount, done + (batchSize * 2)); i++)
                {
                    var roll = random.Next(100);
                    var stage = roll switch
                    {
                        < 30 => TransferStage.Request,
                        < 50 => TransferStage.FirstMeeting,
                        < 65 => TransferStage.Agreement,
                        < 75 => TransferStage.Implementation,
                        < 90 => TransferStage.Reused,
                        _ => TransferStage.Cancelled,
                    };
                    var solutionId = solutionIds[random.Next(solutionIds.Count)];
                    var ags = municipalities[random.Next(municipalities.Count)];
                    var created = now.AddMinutes(-random.Next(60 * 24, 60 * 24 * 400));
                    var transferCase = new TransferCase
                    {
                        SolutionId = solutionId,
                        MunicipalityAgs = ags,
                        ContactName = $"Kontaktperson {i + 1} (synthetisch)",
                        ContactEmail = $"kontakt-{i + 1}@synthetisch.example",
                        Need = "Synthetische Anfrage: " + Needs[random.Next(Needs.Length)],
                        Timeline = (Timeline)random.Next(1, 5),
                        ConsentAt = created,
                        Stage = stage,
                        CancelReason = stage == TransferStage.Cancelled ? CancelReason.NoLongerNeeded : null,
                        CancelledFrom = stage == TransferStage.Cancelled ? TransferStage.FirstMeeting : null,
                        LastActivityAt = created.AddDays(random.Next(0, 30)),
                        CreatedAt = created,
                        IsSynthetic = true,
                    };
                    db.TransferCases.Add(transferCase);
                    if (stage == TransferStage.Reused && reused.Add((solutionId, ags)))
                    {
                        reuses++;
                        db.Reuses.Add(new Reuse
                        {
                            SolutionId = solutionId,
                            UserName = $"Kommune {ags} (synthetisch)",
                            MunicipalityAgs = ags,
                            Since = DateOnly.FromDateTime(transferCase.LastActivityAt),
                            Status = ReuseStatus.Confirmed,
                            ConfirmedAt = transferCase.LastActivityAt,
                            ConfirmedBy = "Synthetische Daten",
                            TransferCase = transferCase,
                            IsSynthetic = true,
                        });
                    }
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
            await DatabaseSetup.UpdateStatisticsAsync(db, cancellationToken);
            return new Result(solutionCount, caseCount, reuses, watch.Elapsed);
        }
        finally
        {
            db.SuppressAudit = false;
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }
    }
}
