using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Data.Seeding;

/// <summary>
/// Generates a large, clearly marked synthetic data set for load tests at national scale: regions,
/// projects across all German municipalities, partners, milestones, grant decisions with financing plans, and
/// optionally fund requests with their accounts and interim proofs. Every record is
/// flagged <c>IsSynthetic</c> and named "(synthetisch)"; the figures are random and mean nothing.
/// Deterministic for a given seed.
/// </summary>
public sealed class SyntheticData(AppDbContext db)
{
    public sealed record Result(int Regions, int Projects, int Organisations, TimeSpan Duration)
    {
        public int FundRequests { get; init; }
        public int Proofs { get; init; }
    }

    /// <param name="fundRequestCount">
    /// Fund requests in total, spread evenly over the funded projects (none when no project is funded).
    /// </param>
    public async Task<Result> GenerateAsync(int projectCount, int regionCount, int seed = 42, int fundRequestCount = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(projectCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(regionCount);
        ArgumentOutOfRangeException.ThrowIfNegative(fundRequestCount);
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        if (!await db.Municipalities.AnyAsync(cancellationToken))
        {
            await new ImportMunicipalities(db).RunAsync(cancellationToken);
        }

        var programme = await db.Programmes.OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            programme = new Programme { Slug = "synthetisches-programm", Name = "Synthetisches Förderprogramm (synthetisch)" };
            db.Programmes.Add(programme);
        }

        var fields = await db.Fields.ToListAsync(cancellationToken);
        if (fields.Count == 0)
        {
            fields = [new Field { Slug = "e-government", Name = "E-Government" }, new Field { Slug = "digitale-stadtentwicklung", Name = "Digitale Stadtentwicklung" }];
            db.Fields.AddRange(fields);
        }

        var topics = await db.Topics.ToListAsync(cancellationToken);
        if (topics.Count == 0)
        {
            topics = [.. new[] { "Mobilität", "Bildung", "Sicherheit", "Gesundheit", "Open Data" }.Select((n, i) => new Topic { Slug = Slug.From(n), Name = n, SortOrder = i })];
            db.Topics.AddRange(topics);
        }

        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Ags).Select(m => new { m.Ags, m.Name, m.DistrictAgs }).ToListAsync(cancellationToken);
        var run = await db.Regions.CountAsync(r => r.IsSynthetic, cancellationToken);

        db.SuppressAudit = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Regions: consecutive slices of the municipality list, so each region is geographically coherent.
            var regions = new List<Region>();
            var regionMembers = new List<List<string>>();
            var names = municipalities.ToDictionary(m => m.Ags, m => m.Name);
            var organisationsByAgs = new Dictionary<string, Organisation>();
            var slice = Math.Max(1, municipalities.Count / regionCount);
            for (var r = 0; r < regionCount; r++)
            {
                var number = run + r + 1;
                var members = municipalities.Skip(r * slice).Take(r == regionCount - 1 ? int.MaxValue : slice).ToList();
                regionMembers.Add([.. members.Select(m => m.Ags)]);
                var lead = members[random.Next(members.Count)];
                var leadOrganisation = NewMunicipalityOrganisation(lead.Ags, lead.Name, number);
                organisationsByAgs[lead.Ags] = leadOrganisation;
                var region = new Region
                {
                    Slug = $"synthetische-region-{number:000}",
                    Name = $"Synthetische Region {number:000} (synthetisch)",
                    ShortName = $"Synth. {number:000}",
                    Summary = "Synthetische Testdaten für Last- und Skalierungstests. Alle Angaben sind zufällig erzeugt.",
                    Programme = programme,
                    LeadOrganisation = leadOrganisation,
                    IsSynthetic = true,
                };
                region.Participations.Add(new RegionParticipation { Organisation = leadOrganisation, Role = RegionRole.LeadMunicipality });
                regions.Add(region);
                db.Regions.Add(region);
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var region in regions)
            {
                region.LeadOrganisation!.RegionId = region.Id;
                db.Entry(region.LeadOrganisation).State = EntityState.Modified;
            }

            // Projects, in batches so memory stays flat.
            const int batchSize = 1000;
            var created = 0;
            var start = new DateOnly(2018, 7, 1);
            var statuses = ProjectStatuses.All.Select(s => s.Status).ToArray();
            var projectStatuses = Enumerable.Range(0, projectCount).Select(_ => statuses[random.Next(statuses.Length)]).ToArray();
            var fundedCount = projectStatuses.Count(ProjectStatuses.IsFunded);
            var funded = 0;
            var money = new FundingGenerator(db, new Random(seed + 1), fundRequestCount, fundedCount, db.UtcNow);
            while (created < projectCount)
            {
                var batch = Math.Min(batchSize, projectCount - created);
                for (var i = 0; i < batch; i++)
                {
                    var index = created + i;
                    var regionIndex = index % regionCount;
                    var region = regions[regionIndex];

                    // Consecutive places per project, so that together the projects of a region cover all its municipalities.
                    var members = regionMembers[regionIndex];
                    var projectsInRegion = (projectCount / regionCount) + (regionIndex < projectCount % regionCount ? 1 : 0);
                    var perProject = Math.Clamp((members.Count + projectsInRegion - 1) / projectsInRegion, 1, 25);
                    var k = index / regionCount;
                    var places = Enumerable.Range(0, Math.Min(perProject, members.Count)).Select(j => members[((k * perProject) + j) % members.Count]).Distinct().ToList();
                    var place = (Ags: places[0], Name: names[places[0]]);
                    if (!organisationsByAgs.TryGetValue(place.Ags, out var leadOrganisation))
                    {
                        leadOrganisation = NewMunicipalityOrganisation(place.Ags, place.Name, run + regionIndex + 1);
                        leadOrganisation.Region = region;
                        organisationsByAgs[place.Ags] = leadOrganisation;
                        db.Organisations.Add(leadOrganisation);
                    }

                    var projectStart = start.AddDays(random.Next(0, 4 * 365));
                    var status = projectStatuses[index];
                    var topic = topics[random.Next(topics.Count)];
                    var project = new Project
                    {
                        Slug = $"synthetisches-projekt-{run:00}-{index + 1:000000}",
                        Title = $"Synthetisches Projekt {index + 1:000000}: {topic.Name} in {place.Name} (synthetisch)",
                        Summary = $"Zufällig erzeugtes Testprojekt zum Thema {topic.Name}. Keine echten Angaben.",
                        Description = "Dieses Projekt gehört zu einem **synthetischen Datensatz** für Last- und Skalierungstests.",
                        Region = region,
                        Programme = programme,
                        Field = fields[random.Next(fields.Count)],
                        Topics = [topic],
                        Status = status,
                        StartsOn = projectStart,
                        EndsOn = projectStart.AddMonths(12 + random.Next(36)),
                        IsSynthetic = true,
                    };
                    project.Partners.Add(new ProjectPartner { Organisation = leadOrganisation, Role = PartnerRole.Lead });
                    project.Municipalities.AddRange(places.Select(ags => new ProjectMunicipality { Ags = ags }));

                    var milestoneCount = 2 + random.Next(4);
                    for (var m = 0; m < milestoneCount; m++)
                    {
                        var due = projectStart.AddMonths(m * 6 + 3);
                        var done = random.Next(2) == 0;
                        project.Milestones.Add(new Milestone { Title = $"Meilenstein {m + 1} (synthetisch)", DueOn = due, IsCompleted = done, CompletedOn = done ? due : null, SortOrder = m });
                    }

                    db.Projects.Add(project);
                    if (ProjectStatuses.IsFunded(status))
                    {
                        var amount = random.Next(50, 5000) * 1000m;
                        money.Fund(project, amount, funded++);
                    }
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                created += batch;
                foreach (var region in regions)
                {
                    db.Attach(region);
                }

                db.Attach(programme);
                foreach (var field in fields)
                {
                    db.Attach(field);
                }

                foreach (var topic in topics)
                {
                    db.Attach(topic);
                }

                foreach (var organisation in organisationsByAgs.Values)
                {
                    db.Attach(organisation);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            await DatabaseSetup.UpdateStatisticsAsync(db, cancellationToken);
            return new Result(regionCount, projectCount, organisationsByAgs.Count, watch.Elapsed) { FundRequests = money.FundRequests, Proofs = money.Proofs };
        }
        finally
        {
            db.SuppressAudit = false;
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }
    }

    private static Organisation NewMunicipalityOrganisation(string ags, string name, int run) => new()
    {
        Slug = $"synthetisch-{run:000}-kommune-{ags}",
        Name = $"{name} (synthetisch)",
        Type = OrganisationType.Municipality,
        MunicipalityAgs = ags,
        IsSynthetic = true,
    };

    /// <summary>
    /// The money of a funded synthetic project: a balanced financing plan at an 80 % rate, the grant decision with
    /// that plan, the fund requests (mostly paid, the latest one at any stage), the account that matches them,
    /// and accepted interim proofs for about four in five past budget years.
    /// </summary>
    private sealed class FundingGenerator(AppDbContext db, Random random, int fundRequestCount, int fundedCount, DateTime now)
    {
        private static readonly FundRequestStatus[] LatestStatuses =
            [FundRequestStatus.Paid, FundRequestStatus.Submitted, FundRequestStatus.Forwarded, FundRequestStatus.Draft, FundRequestStatus.Returned];

        public int FundRequests { get; private set; }
        public int Proofs { get; private set; }

        public void Fund(Project project, decimal grant, int fundedIndex)
        {
            var eligible = grant * 1.25m;
            var personnel = decimal.Round(eligible * 0.5m, 2);
            var material = decimal.Round(eligible * 0.3m, 2);
            project.Plan = new FinancingPlan
            {
                Lines =
                [
                    new PlanLine { Category = CostCategory.Personnel, Description = "Projektpersonal (synthetisch)", Amount = personnel, SortOrder = 0 },
                    new PlanLine { Category = CostCategory.Material, Description = "Sachausgaben (synthetisch)", Amount = material, SortOrder = 1 },
                    new PlanLine { Category = CostCategory.Contracts, Description = "Aufträge an Dritte (synthetisch)", Amount = eligible - personnel - material, SortOrder = 2 },
                ],
                RequestedGrant = grant,
                OwnContribution = eligible - grant,
            };
            var start = project.StartsOn!.Value;
            var end = project.EndsOn!.Value;
            project.RecordGrantDecision(new GrantDecision
            {
                MaxAmount = grant,
                FundingRatePercent = 80m,
                EligibleCosts = eligible,
                DecidedOn = start.AddDays(-30),
                FileNumber = $"SYN-{project.Slug[^6..]}",
                PeriodStart = start,
                PeriodEnd = end,
                Plan = project.Plan.Copy(),
                RecordedAt = now,
                RecordedBy = "Synthetische Daten",
            });

            var account = new FundingAccount { Project = project };
            var count = fundedCount == 0 ? 0 : (fundRequestCount / fundedCount) + (fundedIndex < fundRequestCount % fundedCount ? 1 : 0);
            var share = count == 0 ? 0m : decimal.Round(grant / (count + 1), 2);
            for (var number = 1; number <= count; number++)
            {
                var status = number < count ? FundRequestStatus.Paid : LatestStatuses[random.Next(LatestStatuses.Length)];
                var neededFrom = start.AddMonths(2 * (number - 1));
                var created = DateTime.SpecifyKind(neededFrom.AddDays(-10).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
                var request = new FundRequest
                {
                    Project = project,
                    Number = number,
                    Amount = share,
                    NeededFrom = neededFrom,
                    NeededUntil = neededFrom.AddMonths(2).AddDays(-1),
                    Justification = "Fällige Zahlungen laut Finanzierungsplan (synthetisch).",
                    Status = status,
                    CreatedAt = created,
                    CreatedBy = "Synthetische Daten",
                    SubmittedAt = status == FundRequestStatus.Draft ? null : created.AddDays(1),
                    SubmittedBy = status == FundRequestStatus.Draft ? null : "Synthetische Daten",
                    ForwardedAt = status is FundRequestStatus.Forwarded or FundRequestStatus.Paid ? created.AddDays(3) : null,
                    ForwardedBy = status is FundRequestStatus.Forwarded or FundRequestStatus.Paid ? "Synthetische Daten" : null,
                    ReturnReason = status == FundRequestStatus.Returned ? "Belege fehlen (synthetisch)." : null,
                    PaidOn = status == FundRequestStatus.Paid ? neededFrom : null,
                    PaidAmount = status == FundRequestStatus.Paid ? share : null,
                    PaymentRecordedBy = status == FundRequestStatus.Paid ? "Synthetische Daten" : null,
                };
                db.FundRequests.Add(request);
                if (status == FundRequestStatus.Paid)
                {
                    account.Paid += share;
                }
                else if (request.IsOpen)
                {
                    account.Requested += share;
                }
            }

            FundRequests += count;
            db.FundingAccounts.Add(account);

            var lastYear = Math.Min(end.Year - 1, DateOnly.FromDateTime(now).Year - 1);
            for (var year = start.Year; year <= lastYear; year++)
            {
                if (random.Next(5) == 0)
                {
                    continue;
                }

                var submitted = DateTime.SpecifyKind(new DateTime(year + 1, 3, 15), DateTimeKind.Utc);
                db.Proofs.Add(new Proof
                {
                    Project = project,
                    Kind = ProofKind.Interim,
                    BudgetYear = year,
                    DueOn = new DateOnly(year + 1, 4, 30),
                    Status = ProofStatus.Accepted,
                    NarrativeReport = "Sachstand des Jahres (synthetisch).",
                    Lines = [.. project.Plan.Lines.Select(l => new ProofLine { Category = l.Category, Description = l.Description, Planned = l.Amount, Actual = decimal.Round(l.Amount / Math.Max(1, end.Year - start.Year + 1), 2) })],
                    SubmittedAt = submitted,
                    SubmittedBy = "Synthetische Daten",
                    ReviewedAt = submitted.AddDays(14),
                    ReviewedBy = "Synthetische Daten",
                    ReviewNote = "Geprüft ohne Beanstandung (synthetisch).",
                });
                Proofs++;
            }
        }
    }
}
