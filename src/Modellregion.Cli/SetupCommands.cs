using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Cli;

/// <summary>
/// Setting up an installation without code: programmes with their rules, regions with their municipalities
/// and a new password for an account. The same use cases as the back office. (A region's Digitalboard: create-board,
/// contributed by the Digitalboard feature.)
/// </summary>
internal static class SetupCommands
{
    public static void AddTo(RootCommand root, Option<string> provider, Option<string> connection, TextWriter output, TextWriter error)
    {
        root.Add(CreateProgramme(provider, connection, output, error));
        root.Add(CreateRegion(provider, connection, output, error));
        root.Add(ResetPassword(provider, connection, output, error));
        root.Add(ResetSecondFactor(provider, connection, output, error));
    }

    private static Command CreateProgramme(Option<string> provider, Option<string> connection, TextWriter output, TextWriter error)
    {
        var name = new Option<string>("--name") { Description = "Name des Förderprogramms", Required = true };
        var shortName = new Option<string?>("--short-name") { Description = "Kurzname, z. B. DMR NRW" };
        var slug = new Option<string?>("--slug") { Description = "Kurzadresse (/programme/…); Standard: aus dem Namen" };
        var funder = new Option<string?>("--funder") { Description = "Fördergeber" };
        var legalBasis = new Option<string?>("--legal-basis") { Description = "Rechtsgrundlage (Richtlinie mit Fundstelle)" };
        var start = new Option<string?>("--start") { Description = "Beginn der Laufzeit, JJJJ-MM-TT" };
        var end = new Option<string?>("--end") { Description = "Ende der Laufzeit, JJJJ-MM-TT" };
        var budget = new Option<string?>("--budget") { Description = "Angekündigtes Budget in Euro" };
        var description = new Option<string?>("--description") { Description = "Beschreibung (Markdown)" };
        var rules = new (Option<string?> Option, Action<RulesInput, decimal> Set, bool Whole)[]
        {
            (new("--max-rate-municipality") { Description = "Höchste Förderquote für Kommunen in %" }, (r, v) => r.MaxRateMunicipality = v, false),
            (new("--max-rate-nonprofit") { Description = "Höchste Förderquote für gemeinnützige Einrichtungen in %" }, (r, v) => r.MaxRateNonProfit = v, false),
            (new("--max-rate-research") { Description = "Höchste Förderquote für Forschung in %" }, (r, v) => r.MaxRateResearch = v, false),
            (new("--max-rate-company") { Description = "Höchste Förderquote für Unternehmen in %" }, (r, v) => r.MaxRateCompany = v, false),
            (new("--fund-request-months") { Description = "Mittel dürfen für den Bedarf der nächsten … Monate abgerufen werden" }, (r, v) => r.FundRequestHorizonMonths = (int)v, true),
            (new("--interim-proof-day") { Description = "Zwischennachweis fällig am Tag …" }, (r, v) => r.InterimProofDueDay = (int)v, true),
            (new("--interim-proof-month") { Description = "… des Monats im Folgejahr" }, (r, v) => r.InterimProofDueMonth = (int)v, true),
            (new("--final-proof-months") { Description = "Verwendungsnachweis fällig … Monate nach dem Bewilligungszeitraum" }, (r, v) => r.FinalProofMonths = (int)v, true),
            (new("--plan-line-tolerance") { Description = "Toleranz für das Überschreiten einer Planzeile in %" }, (r, v) => r.PlanLineTolerancePercent = v, false),
            (new("--reminder-days-before") { Description = "Erinnerung … Tage vor einer Frist" }, (r, v) => r.ReminderDaysBefore = (int)v, true),
            (new("--reminder-days-after") { Description = "Erinnerung … Tage nach einer abgelaufenen Frist" }, (r, v) => r.ReminderDaysAfter = (int)v, true),
            (new("--due-soon-days") { Description = "Fristen-Übersicht zeigt, was in den nächsten … Tagen fällig wird" }, (r, v) => r.DueSoonDays = (int)v, true),
        };
        var command = new Command("create-programme", "Legt ein Förderprogramm mit seinen Regeln an (ohne Angaben: die Regeln der NRW-Richtlinie).")
        {
            name, shortName, slug, funder, legalBasis, start, end, budget, description,
        };
        foreach (var rule in rules)
        {
            command.Add(rule.Option);
        }

        command.SetAction((parse, token) => Commands.RunWith(parse, provider, connection, output, error, async services =>
        {
            var problems = new List<string>();
            var input = new ProgrammeInput
            {
                Name = parse.GetValue(name)!,
                ShortName = parse.GetValue(shortName),
                Slug = parse.GetValue(slug),
                Funder = parse.GetValue(funder),
                LegalBasis = parse.GetValue(legalBasis),
                StartsOn = Date(parse.GetValue(start), "--start", problems),
                EndsOn = Date(parse.GetValue(end), "--end", problems),
                AnnouncedBudget = Number(parse.GetValue(budget), "--budget", false, problems),
                Description = parse.GetValue(description),
            };
            var rulesInput = RulesInput.Defaults();
            foreach (var (option, set, whole) in rules)
            {
                if (Number(parse.GetValue(option), option.Name, whole, problems) is { } value)
                {
                    set(rulesInput, value);
                }
            }

            if (problems.Count > 0)
            {
                problems.ForEach(error.WriteLine);
                return 2;
            }

            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var outcome = await services.GetRequiredService<ManageProgrammes>().CreateAsync(input, rulesInput, cancellationToken: token);
            if (outcome is not Outcome.Saved saved)
            {
                return Commands.Fail(outcome, error);
            }

            output.WriteLine($"Förderprogramm angelegt: {input.Name} (/programme/{saved.Slug})");
            return 0;
        }));
        return command;
    }

    private static Command CreateRegion(Option<string> provider, Option<string> connection, TextWriter output, TextWriter error)
    {
        var name = new Option<string>("--name") { Description = "Name der Region", Required = true };
        var shortName = new Option<string>("--short-name") { Description = "Kurzname, z. B. OWL", Required = true };
        var slug = new Option<string?>("--slug") { Description = "Kurzadresse (/regionen/…); Standard: aus dem Kurznamen" };
        var programme = new Option<string>("--programme") { Description = "Kurzadresse des Förderprogramms", Required = true };
        var lead = new Option<string>("--lead") { Description = "Leitkommune: Name oder Amtlicher Gemeindeschlüssel", Required = true };
        var partners = new Option<string[]>("--partner") { Description = "Partnerkommune: Name oder AGS (mehrfach möglich)", AllowMultipleArgumentsPerToken = false };
        var district = new Option<string?>("--governing-district") { Description = "Regierungsbezirk" };
        var authority = new Option<string?>("--granting-authority") { Description = "Bewilligungsbehörde, z. B. Bezirksregierung Detmold" };
        var summary = new Option<string?>("--summary") { Description = "Kurzbeschreibung" };
        var description = new Option<string?>("--description") { Description = "Beschreibung (Markdown)" };
        var website = new Option<string?>("--website") { Description = "Website der Region" };
        var officeName = new Option<string?>("--office-name") { Description = "Projektbüro: Name" };
        var officeHost = new Option<string?>("--office-host") { Description = "Projektbüro: angesiedelt bei" };
        var officeEmail = new Option<string?>("--office-email") { Description = "Projektbüro: E-Mail" };
        var officePhone = new Option<string?>("--office-phone") { Description = "Projektbüro: Telefon" };
        var officeAddress = new Option<string?>("--office-address") { Description = "Projektbüro: Anschrift" };
        var officeWebsite = new Option<string?>("--office-website") { Description = "Projektbüro: Website" };
        var command = new Command("create-region", "Legt eine Region an: Förderprogramm, Leitkommune und Partnerkommunen aus dem amtlichen Gemeindeverzeichnis, Projektbüro.")
        {
            name, shortName, slug, programme, lead, partners, district, authority, summary, description, website,
            officeName, officeHost, officeEmail, officePhone, officeAddress, officeWebsite,
        };
        command.SetAction((parse, token) => Commands.RunWith(parse, provider, connection, output, error, async services =>
        {
            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var db = services.GetRequiredService<AppDbContext>();
            var programmeSlug = parse.GetValue(programme)!;
            var programmeId = await db.Programmes.Where(p => p.Slug == programmeSlug).Select(p => (int?)p.Id).FirstOrDefaultAsync(token);
            if (programmeId is null)
            {
                error.WriteLine($"Das Förderprogramm „{programmeSlug}“ gibt es nicht.");
                return 2;
            }

            var input = new RegionInput
            {
                Name = parse.GetValue(name)!,
                ShortName = parse.GetValue(shortName)!,
                Slug = parse.GetValue(slug),
                ProgrammeId = programmeId,
                LeadMunicipality = parse.GetValue(lead),
                PartnerMunicipalities = [.. (parse.GetValue(partners) ?? []).Select(p => (string?)p)],
                GoverningDistrict = parse.GetValue(district),
                GrantingAuthority = parse.GetValue(authority),
                Summary = parse.GetValue(summary),
                Description = parse.GetValue(description),
                Website = parse.GetValue(website),
                OfficeName = parse.GetValue(officeName),
                OfficeHost = parse.GetValue(officeHost),
                OfficeEmail = parse.GetValue(officeEmail),
                OfficePhone = parse.GetValue(officePhone),
                OfficeAddress = parse.GetValue(officeAddress),
                OfficeWebsite = parse.GetValue(officeWebsite),
            };
            var result = await services.GetRequiredService<ManageRegions>().CreateAsync(input, cancellationToken: token);
            if (result.Outcome is not Outcome.Saved saved)
            {
                var code = Commands.Fail(result.Outcome, error);
                foreach (var candidate in result.Candidates.Values.SelectMany(c => c))
                {
                    error.WriteLine($"  {candidate.Label} – AGS {candidate.Ags}");
                }

                return code;
            }

            output.WriteLine($"Region angelegt: {input.Name} (/regionen/{saved.Slug})");
            return 0;
        }));
        return command;
    }

    private static Command ResetPassword(Option<string> provider, Option<string> connection, TextWriter output, TextWriter error)
    {
        var email = new Option<string>("--email") { Description = "E-Mail-Adresse des Kontos", Required = true };
        var command = new Command("reset-password", "Setzt ein neues, erzeugtes Passwort für ein Konto und zeigt es einmal an; andere Anmeldungen des Kontos enden.") { email };
        command.SetAction((parse, token) => Commands.RunWith(parse, provider, connection, output, error, async services =>
        {
            var (outcome, password) = await services.GetRequiredService<ManageUsers>().ResetPasswordAsync(parse.GetValue(email)!, token);
            if (password is null)
            {
                return Commands.Fail(outcome, error);
            }

            output.WriteLine($"Neues Passwort für {parse.GetValue(email)!.Trim()} (wird nur einmal angezeigt): {password}");
            return 0;
        }));
        return command;
    }

    private static Command ResetSecondFactor(Option<string> provider, Option<string> connection, TextWriter output, TextWriter error)
    {
        var email = new Option<string>("--email") { Description = "E-Mail-Adresse des Kontos", Required = true };
        var command = new Command("reset-two-factor", "Schaltet den zweiten Faktor eines Kontos ab (verlorenes Gerät und verlorene Wiederherstellungscodes); alle Anmeldungen des Kontos enden. Wo die Rolle ihn verlangt, richtet die Person bei der nächsten Anmeldung einen neuen ein.") { email };
        command.SetAction((parse, token) => Commands.RunWith(parse, provider, connection, output, error, async services =>
        {
            var outcome = await services.GetRequiredService<ManageUsers>().ResetSecondFactorAsync(parse.GetValue(email)!, token);
            if (outcome is not Outcome.Saved)
            {
                return Commands.Fail(outcome, error);
            }

            output.WriteLine($"Zweiter Faktor für {parse.GetValue(email)!.Trim()} abgeschaltet; Schlüssel und Wiederherstellungscodes sind verworfen.");
            return 0;
        }));
        return command;
    }

    private static DateOnly? Date(string? value, string option, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{option}: „{value}“ ist kein Datum. Bitte im Format JJJJ-MM-TT angeben, z. B. 2024-01-31.");
        return null;
    }

    private static decimal? Number(string? value, string option, bool whole, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (decimal.TryParse(value.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && (!whole || (decimal.Truncate(number) == number && number is >= int.MinValue and <= int.MaxValue)))
        {
            return number;
        }

        problems.Add(whole ? $"{option}: „{value}“ ist keine ganze Zahl." : $"{option}: „{value}“ ist keine Zahl.");
        return null;
    }
}
