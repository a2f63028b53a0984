using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// A large, clearly marked synthetic Digitalboard data set for the OParl benchmark: synthetic regions, each with a
/// board, seats, meetings, agenda items and papers (a fifth of them non-public), some with a small PDF and a
/// resolution. Every record is flagged <c>IsSynthetic</c> and named "(synthetisch)"; meetings are titled
/// "Beispielsitzung". Deterministic for a given seed.
/// </summary>
public sealed class SyntheticBoardData(AppDbContext db)
{
    public sealed record Result(int Boards, int Meetings, int AgendaItems, int Papers, int Files, TimeSpan Duration);

    public async Task<Result> GenerateAsync(int meetingCount, int agendaItemCount, int seed = 42, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(meetingCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(agendaItemCount);
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        var boardCount = Math.Clamp(meetingCount / 200, 1, 50);
        var run = await db.Boards.CountAsync(b => b.IsSynthetic, cancellationToken);
        var programme = await db.Programmes.OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        db.SuppressAudit = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (programme is null)
            {
                programme = new Programme { Slug = $"synthetisches-programm-board-{run}", Name = "Synthetisches Förderprogramm (synthetisch)" };
                db.Programmes.Add(programme);
            }

            var boards = new List<Board>();
            var seats = new List<List<BoardMembership>>();
            for (var b = 0; b < boardCount; b++)
            {
                var number = run + b + 1;
                var region = new Region
                {
                    Slug = $"synthetische-board-region-{number:000}",
                    Name = $"Synthetische Digitalboard-Region {number:000} (synthetisch)",
                    ShortName = $"Synth. Board {number:000}",
                    Summary = "Synthetische Testdaten für den OParl-Lasttest. Alle Angaben sind zufällig erzeugt.",
                    Programme = programme,
                    IsSynthetic = true,
                };
                var board = new Board
                {
                    Region = region,
                    Slug = $"synthetisches-digitalboard-{number:000}",
                    Name = $"Synthetisches Digitalboard {number:000} (synthetisch)",
                    IsSynthetic = true,
                };
                var boardSeats = new List<BoardMembership>();
                for (var s = 0; s < 12; s++)
                {
                    var person = s % 3 == 0 ? new BoardPerson { Region = region, Name = $"Synthetische Person {number:000}-{s + 1:00} (synthetisch)", IsSynthetic = true } : null;
                    var seat = new BoardMembership
                    {
                        Board = board,
                        Person = person,
                        Role = s == 0 ? BoardRole.Chair : s < 10 ? BoardRole.Member : BoardRole.Deputy,
                        HasVotingRight = s < 10,
                        StartsOn = new DateOnly(2019, 1, 1),
                        IsSynthetic = true,
                    };
                    boardSeats.Add(seat);
                    board.Memberships.Add(seat);
                }

                boardSeats[10].DeputyOf = boardSeats[1];
                boardSeats[11].DeputyOf = boardSeats[2];
                db.Regions.Add(region);
                db.Boards.Add(board);
                boards.Add(board);
                seats.Add(boardSeats);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);

            var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% synthetisch\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
            var sha512 = Convert.ToHexStringLower(SHA512.HashData(pdf));
            var now = db.UtcNow;
            var itemsCreated = 0;
            var papers = 0;
            var files = 0;
            var start = new DateOnly(2019, 1, 15);
            const int batch = 100;
            for (var m = 0; m < meetingCount; m++)
            {
                var boardIndex = m % boardCount;
                var board = boards[boardIndex];
                var day = start.AddDays((m / boardCount) * 7 % 3650);

                // Meetings still ahead are planned and have no resolutions yet.
                var held = Formatting.BerlinToUtc(day, new TimeOnly(10, 0)) <= now;
                var meeting = new Meeting
                {
                    BoardId = board.Id,
                    Name = $"{Meeting.ExamplePrefix} {m + 1:00000} (synthetisch)",
                    StartsAt = Formatting.BerlinToUtc(day, new TimeOnly(10, 0)),
                    EndsAt = Formatting.BerlinToUtc(day, new TimeOnly(12, 0)),
                    State = held ? MeetingState.Held : MeetingState.Planned,
                    Room = "Sitzungssaal (synthetisch)",
                    Locality = "Musterstadt",
                    IsSynthetic = true,
                };
                var items = (agendaItemCount / meetingCount) + (m < agendaItemCount % meetingCount ? 1 : 0);
                for (var i = 0; i < items; i++)
                {
                    var isPublic = random.Next(5) != 0;
                    var paper = new Paper
                    {
                        BoardId = board.Id,
                        Reference = $"S-{m + 1:00000}/{i + 1:00}",
                        Title = $"Synthetische Vorlage {m + 1:00000}/{i + 1:00} (synthetisch)",
                        PaperType = Paper.Types[random.Next(Paper.Types.Count)],
                        Date = day.AddDays(-14),
                        IsPublic = isPublic,
                        PublicSince = isPublic ? now : null,
                        IsSynthetic = true,
                    };
                    if (random.Next(10) == 0)
                    {
                        var stored = new StoredFile { Id = Guid.NewGuid(), FileName = $"vorlage-{m + 1}-{i + 1}.pdf", ContentType = "application/pdf", Size = pdf.Length, Sha256 = sha256, Content = pdf, UploadedAt = now };
                        db.Files.Add(stored);
                        paper.Files.Add(new PaperFile { StoredFileId = stored.Id, Name = "Vorlage (synthetisch)", FileName = stored.FileName, MimeType = "application/pdf", Size = pdf.Length, Sha512 = sha512, IsMain = true, IsPublic = true, PublicSince = isPublic ? now : null });
                        files++;
                    }

                    var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var item = new AgendaItem
                    {
                        Number = number,
                        Order = AgendaNumbers.OrderOf(number),
                        Title = $"Tagesordnungspunkt {number} (synthetisch)",
                        IsPublic = isPublic,
                        PublicSince = isPublic ? now : null,
                        Paper = paper,
                        IsSynthetic = true,
                    };
                    if (random.Next(3) == 0 && held)
                    {
                        var yes = 5 + random.Next(5);
                        item.Resolution = new Resolution
                        {
                            Result = ResolutionResult.Endorsed,
                            Yes = yes,
                            No = Math.Max(0, 8 - yes),
                            VotingMembers = 10,
                            VotingMembersPresent = 9,
                            IsQuorate = true,
                            Text = "Synthetischer Beschluss.",
                        };
                    }

                    db.Papers.Add(paper);
                    meeting.Items.Add(item);
                    papers++;
                    itemsCreated++;
                }

                db.Meetings.Add(meeting);
                if ((m + 1) % batch == 0 || m == meetingCount - 1)
                {
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }

            await transaction.CommitAsync(cancellationToken);
            await DatabaseSetup.UpdateStatisticsAsync(db, cancellationToken);
            _ = seats;
            return new Result(boardCount, meetingCount, itemsCreated, papers, files, watch.Elapsed);
        }
        finally
        {
            db.SuppressAudit = false;
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }
    }
}
