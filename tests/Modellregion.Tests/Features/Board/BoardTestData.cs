using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Board;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Tests.Features.Board;

/// <summary>What <see cref="BoardTestData.SeedAsync"/> created: ids and the markers of the non-public content.</summary>
public sealed record BoardFixture(
    int BoardId, int RegionId, IReadOnlyList<int> MeetingIds, int PublicPaperId, int SecretPaperId, int PublicFileId, int SecretAttachmentId,
    int SecretPaperFileId, int SecretItemId, string Secret, string SolutionSlug);

/// <summary>
/// Test data for the OWL board, written straight into the database: meetings (more than one list page), public and
/// non-public agenda items, papers and files. Everything non-public carries a unique marker, so a test can search
/// every public answer for it.
/// </summary>
public static class BoardTestData
{
    public static byte[] Pdf(string text) => Multipart.Pdf(text);

    public static async Task<BoardFixture> SeedAsync(ModellregionApp app, int meetings = 5)
    {
        var secret = "GEHEIM" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return await app.WithDbAsync(async db =>
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == "digitalboard-owl");
            var lorawan = await db.Projects.Where(p => p.Slug == "lorawan-2-0").Select(p => p.Id).SingleAsync();
            var solution = await db.Solutions.Where(s => s.IsPublished && !s.IsSynthetic && s.Kind == Modellregion.Web.Features.Transfer.SolutionKind.Software).OrderBy(s => s.Id).Select(s => new { s.Id, s.Slug }).FirstAsync();
            var now = db.UtcNow;
            StoredFile Stored(string name, string text)
            {
                var content = Pdf(text);
                return new StoredFile
                {
                    Id = Guid.NewGuid(),
                    FileName = name,
                    ContentType = "application/pdf",
                    Size = content.Length,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                    Content = content,
                    UploadedAt = now,
                };
            }

            PaperFile File(Paper paper, string title, string name, string text, bool isMain, bool isPublic)
            {
                var stored = Stored(name, text);
                db.Files.Add(stored);
                var file = new PaperFile
                {
                    Paper = paper,
                    Name = title,
                    FileName = name,
                    MimeType = "application/pdf",
                    Size = stored.Size,
                    StoredFileId = stored.Id,
                    Sha512 = Convert.ToHexStringLower(SHA512.HashData(stored.Content)),
                    IsMain = isMain,
                    IsPublic = isPublic,
                    PublicSince = isPublic ? now : null,
                };
                paper.Files.Add(file);
                return file;
            }

            var publicPaper = new Paper
            {
                BoardId = board.Id,
                Reference = "TEST-" + secret[..10] + "/1",
                Title = "Öffentliche Testvorlage",
                PaperType = "Beschlussvorlage",
                Date = new DateOnly(2026, 1, 15),
                SolutionId = solution.Id,
                IsPublic = true,
                PublicSince = now,
            };
            var publicFile = File(publicPaper, "Vorlage", "vorlage.pdf", "oeffentlich", isMain: true, isPublic: true);
            var secretAttachment = File(publicPaper, $"Anlage {secret}", $"anlage-{secret}.pdf", secret, isMain: false, isPublic: false);
            var secretPaper = new Paper
            {
                BoardId = board.Id,
                Reference = "TEST-" + secret[..10] + "/2",
                Title = $"Vorlage {secret}",
                PaperType = "Beschlussvorlage",
                Date = new DateOnly(2026, 1, 15),
                Summary = $"Inhalt {secret}",
                SolutionId = solution.Id,
                IsPublic = false,
            };
            var secretPaperFile = File(secretPaper, $"Datei {secret}", $"geheim-{secret}.pdf", secret, isMain: true, isPublic: true);
            db.Papers.AddRange(publicPaper, secretPaper);

            var created = new List<Meeting>();
            AgendaItem? secretItem = null;
            for (var i = 0; i < meetings; i++)
            {
                var day = new DateOnly(2025, 1, 10).AddDays(14 * i);
                var meeting = new Meeting
                {
                    BoardId = board.Id,
                    Name = $"{Meeting.ExamplePrefix} {i + 1} (Test)",
                    State = MeetingState.Held,
                    StartsAt = Formatting.BerlinToUtc(day, new TimeOnly(10, 0)),
                    EndsAt = Formatting.BerlinToUtc(day, new TimeOnly(12, 0)),
                    Room = i % 2 == 0 ? "Sitzungssaal" : null,
                    Locality = i % 2 == 0 ? "Paderborn" : null,
                };
                meeting.Items.Add(new AgendaItem { Number = "1", Order = AgendaNumbers.OrderOf("1"), Title = "Öffentlicher Punkt", IsPublic = true, PublicSince = now, Paper = publicPaper });
                var hidden = new AgendaItem { Number = "2", Order = AgendaNumbers.OrderOf("2"), Title = $"Punkt {secret}", Description = $"Beschreibung {secret}", Minutes = $"Niederschrift {secret}", IsPublic = false, Paper = secretPaper };
                if (i == 0)
                {
                    // A resolution on a real project, taken under a non-public item: the project page must not show it.
                    hidden.Resolution = new Resolution { Result = ResolutionResult.Rejected, Text = $"Beschluss {secret}", No = 5, VotingMembers = 10, VotingMembersPresent = 8, IsQuorate = true, ProjectId = lorawan };
                }

                meeting.Items.Add(hidden);
                secretItem ??= hidden;
                created.Add(meeting);
                db.Meetings.Add(meeting);
            }

            await db.SaveChangesAsync();
            return new BoardFixture(board.Id, board.RegionId, [.. created.Select(m => m.Id)], publicPaper.Id, secretPaper.Id, publicFile.Id, secretAttachment.Id,
                secretPaperFile.Id, secretItem!.Id, secret, solution.Slug);
        });
    }
}
