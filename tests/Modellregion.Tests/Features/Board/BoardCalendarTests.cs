using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Board;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// The calendars are checked by an independent, strict parser: Debian's libical (through GObject introspection in
/// Debian's Python). A property libical cannot parse becomes an X-LIC-ERROR; a value it has to repair (a date it
/// reads differently) shows as a difference between the original and libical's serialisation.
/// </summary>
public sealed class BoardCalendarTests(BoardApp app) : IClassFixture<BoardApp>
{
    private const string Validator = """
        import sys
        import gi
        gi.require_version("ICalGLib", "3.0")
        from gi.repository import ICalGLib as ical

        text = open(sys.argv[1], encoding="utf-8", newline="").read()
        unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
        problems = []
        if "\r\n" not in text:
            problems.append("lines must end with CRLF")
        calendar = ical.Component.new_from_string(text)
        if calendar is None or calendar.isa() != ical.ComponentKind.VCALENDAR_COMPONENT:
            print("not a VCALENDAR"); sys.exit(1)

        def walk(component):
            count = component.count_errors()
            child = component.get_first_component(ical.ComponentKind.ANY_COMPONENT)
            while child is not None:
                count += walk(child)
                child = component.get_next_component(ical.ComponentKind.ANY_COMPONENT)
            return count

        errors = walk(calendar)
        if errors:
            problems.append(f"{errors} parse errors")
        serialized = calendar.as_ical_string()
        if "X-LIC-ERROR" in serialized:
            problems.append("X-LIC-ERROR: " + serialized[serialized.index("X-LIC-ERROR"):][:200])
        for required in ("VERSION", "PRODID"):
            if calendar.get_first_property(getattr(ical.PropertyKind, required + "_PROPERTY")) is None:
                problems.append("calendar without " + required)
        events = 0
        event = calendar.get_first_component(ical.ComponentKind.VEVENT_COMPONENT)
        while event is not None:
            events += 1
            for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
                prop = event.get_first_property(getattr(ical.PropertyKind, required + "_PROPERTY"))
                if prop is None:
                    problems.append(f"event {events} without {required}")
                elif required in ("DTSTART", "DTEND", "DTSTAMP"):
                    line = prop.as_ical_string().strip()
                    if line not in unfolded:
                        problems.append(f"libical reads {line!r} differently from the original")
            start = event.get_dtstart()
            end = event.get_dtend()
            if ical.Time.compare(start, end) >= 0:
                problems.append(f"event {events} ends before it starts")
            event = calendar.get_next_component(ical.ComponentKind.VEVENT_COMPONENT)
        print(f"events={events}")
        for problem in problems:
            print(problem)
        sys.exit(1 if problems else 0)
        """;

    private static async Task<(int ExitCode, string Output)> ValidateAsync(string ics)
    {
        var folder = Path.Combine(Path.GetTempPath(), "modellregion-ical-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "check.py");
        var file = Path.Combine(folder, "calendar.ics");
        await File.WriteAllTextAsync(script, Validator);
        await File.WriteAllTextAsync(file, ics);
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        System.IO.Directory.Delete(folder, recursive: true);
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task The_meeting_feed_and_each_meeting_file_pass_libical()
    {
        var client = app.Browser();
        var meetings = await app.WithDbAsync(db => db.Meetings.CountAsync(m => m.BoardId == app.Data.BoardId && m.DeletedAt == null));

        var feed = await client.GetAsync("/digitalboard/digitalboard-owl/kalender.ics");
        var (code, output) = await ValidateAsync(await feed.Content.ReadAsStringAsync());

        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.True(code == 0, output);
        Assert.Contains($"events={meetings}", output, StringComparison.Ordinal);

        foreach (var id in app.Data.MeetingIds.Take(2))
        {
            var single = await client.GetAsync($"/digitalboard/sitzungen/{id}.ics");
            Assert.Equal("attachment", single.Content.Headers.ContentDisposition?.DispositionType);
            (code, output) = await ValidateAsync(await single.Content.ReadAsStringAsync());
            Assert.True(code == 0, output);
            Assert.Contains("events=1", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_cancelled_meeting_stays_in_the_feed_as_cancelled_and_special_characters_are_escaped()
    {
        var id = app.Data.MeetingIds[1];
        await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == id);
            meeting.State = MeetingState.Cancelled;
            meeting.Name = "Beispielsitzung; mit Komma, Semikolon und Umlauten: Ä Ö Ü ß – und einem sehr langen Titel, der über die Zeilengrenze von 75 Oktetten hinausgeht";
            await db.SaveChangesAsync();
        });

        var ics = await app.Browser().GetStringAsync($"/digitalboard/sitzungen/{id}.ics");
        var (code, output) = await ValidateAsync(ics);

        Assert.True(code == 0, output);
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
        Assert.Contains("Beispielsitzung\\; mit Komma\\,", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validator_itself_rejects_a_broken_calendar()
    {
        var (code, output) = await ValidateAsync("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261124T021237Z\r\nDTSTART:2026122T090000Z\r\nDTEND:20261202T100000Z\r\nSUMMARY:x\r\nKAPUTT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        Assert.NotEqual(0, code);
        Assert.Contains("X-LIC-ERROR", output, StringComparison.Ordinal);
        Assert.Contains("differently", output, StringComparison.Ordinal);
    }
}
