using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Data.Seeding;

public sealed partial class DemoData
{
    private const string ProgrammeEndNote = "Das Förderprogramm endete am 30.06.2023; ein Abschluss des Vorhabens ist nicht veröffentlicht.";

    private Project AddProject(string region, string title, string field, string[] topics, ProjectStatus status, string summary,
        string? description = null, string? statusNote = null)
    {
        var project = new Project
        {
            Slug = Slug.From(title),
            Title = title,
            Region = _context.Regions[region],
            Programme = _context.Programme,
            Field = _context.Fields[field],
            Topics = [.. topics.Select(t => _context.Topics[t])],
            Status = status,
            StatusNote = statusNote,
            Summary = summary,
            Description = description,

            // Known from public reports only: proofs and payments are not public, so no deadlines are computed.
            IsAdministered = false,
        };
        db.Projects.Add(project);
        return project;
    }

    private void Partner(Project project, string organisation, PartnerRole role, string? note = null) =>
        project.Partners.Add(new ProjectPartner { Organisation = O(organisation), Role = role, Note = note });

    private static void Places(Project project, params string[] ags)
    {
        foreach (var key in ags.Distinct())
        {
            project.Municipalities.Add(new ProjectMunicipality { Ags = key });
        }
    }

    private void PlacesInDistrict(Project project, string districtAgs) =>
        Places(project, [.. _districtMunicipalities[districtAgs]]);

    private static void Milestone(Project project, string title, DateOnly? on, DatePrecision precision = DatePrecision.Day, bool done = true, string? description = null) =>
        project.Milestones.Add(new Milestone
        {
            Title = title,
            Description = description,
            IsCompleted = done,
            CompletedOn = done ? on : null,
            DueOn = done ? null : on,
            DatePrecision = precision,
            SortOrder = project.Milestones.Count,
        });

    /// <summary>A decision as reported; it approves the project's financing plan as far as that is known (often only its totals).</summary>
    private void Decision(Project project, decimal maxAmount, DateOnly? decidedOn = null, DateOnly? periodStart = null, DateOnly? periodEnd = null, string? note = null, decimal? eligibleCosts = null) =>
        project.RecordGrantDecision(new GrantDecision
        {
            MaxAmount = maxAmount,
            DecidedOn = decidedOn,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            EligibleCosts = eligibleCosts,
            Plan = project.Plan.Copy(),
            Note = note,
            RecordedAt = db.UtcNow,
            RecordedBy = "Demodaten",
        });

    private void Step(Project project, ProjectStatus to, DateOnly on, string reason) =>
        project.StatusChanges.Add(new StatusChange
        {
            From = project.StatusChanges.Count == 0 ? null : project.StatusChanges[^1].To,
            To = to,
            EffectiveOn = on,
            Reason = reason,
            RecordedAt = db.UtcNow,
            RecordedBy = "Demodaten",
        });

    private static void Result(Project project, string title, ResultKind kind, string? url = null, string? description = null) =>
        project.Results.Add(new ProjectResult { Title = title, Kind = kind, Url = url, Description = description });

    private static void Sources(Project project, params SourceReference[] sources) => project.Sources.AddRange(sources.Select(s => s.Copy()));

    private static DateOnly D(int year, int month = 1, int day = 1) => new(year, month, day);

    private void AddOwlProjects()
    {
        var p = AddProject("owl", "Digitales Bürgerbüro auf Basis eines Serviceportals", "e-government", ["digitales-buergerbuero"], ProjectStatus.FundingPeriodEnded,
            "Online-Formulare mit Assistenten, ePayment, Anmeldung mit dem Servicekonto.NRW und Postfach im Serviceportal mein-DigiPort.de der Stadt Paderborn.",
            "Das Serviceportal „mein-DigiPort.de“ bündelt Verwaltungsleistungen der Stadt Paderborn online: Formulare mit Assistenten, " +
            "Bezahlen im Portal (ePayment), Anmeldung mit dem Servicekonto.NRW und ein Postfach. Beispiele sind der Bewohnerparkausweis " +
            "zum Selbstausdrucken – 2020 wurden rund 10 % der Anträge online gestellt –, das Meldewesen und Bescheinigungen.\n\n" +
            "Der Förderbescheid war der erste in der Digitalen Modellregion OWL; er wurde am 8. Oktober 2018 übergeben. Die Serviceportale " +
            "wurden anderen Kommunen zur Nachnutzung angeboten. Die Fördersumme ist nicht veröffentlicht.",
            ProgrammeEndNote);
        Partner(p, "paderborn", PartnerRole.Lead);
        Places(p, "05774032");
        p.Website = "https://mein-digiport.de";
        Step(p, ProjectStatus.Approved, D(2018, 10, 8), "Übergabe des Förderbescheids (erster Bescheid in der Modellregion OWL)");
        Milestone(p, "Übergabe des Förderbescheids", D(2018, 10, 8));
        Milestone(p, "Serviceportal mein-DigiPort.de in Betrieb", D(2019), DatePrecision.Year);
        Milestone(p, "Bewohnerparkausweis zum Selbstausdrucken: rund 10 % der Anträge online", D(2020), DatePrecision.Year);
        Result(p, "Serviceportal mein-DigiPort.de", ResultKind.Service, "https://mein-digiport.de", "Online-Dienste der Stadt Paderborn mit Servicekonto.NRW, ePayment und Postfach.");
        Sources(p,
            Src("https://www.paderborn.de/guiapplications/newsdesk/publications/Stadt_Paderborn/109010100000140574.php", "Stadt Paderborn: Übergabe des Förderbescheids", "Bescheid 08.10.2018"),
            Src("https://paderborn.de/microsite/digitale_heimat/news_veranstaltungen/news-2020/bewohnerparkausweis-zum-selbstausdrucken.php", "Stadt Paderborn: Bewohnerparkausweis zum Selbstausdrucken", "Anteil Online-Anträge 2020"),
            Src("https://mein-digiport.de/suche/-/egov-bis-detail/dienstleistung/22679/show", "mein-DigiPort.de", "Portal in Betrieb"));

        p = AddProject("owl", "Serviceportal Kreis Paderborn", "e-government", ["digitales-buergerbuero"], ProjectStatus.FundingPeriodEnded,
            "Ein „digitales Bürgerbüro“ auf der Website des Kreises: Bauantrag, Kfz-Zulassung, Termine und Bezahlfunktion online.",
            "Der Kreis Paderborn baut Portaltechnik auf seiner Website auf: Bauantrag, Kfz-Zulassung, Terminvereinbarung und eine " +
            "Bezahlfunktion. Das Vorhaben kostet „gut eine Million Euro“; das Land trägt 80 %, der Kreis 20 %. Den Eigenanteil von " +
            "213.000 € beschloss der Kreistag im August 2018. Der Bescheid kam im Februar 2019; der Ausbau lief bis 2022.",
            ProgrammeEndNote);
        Partner(p, "kreis-paderborn", PartnerRole.Lead);
        PlacesInDistrict(p, "05774");
        p.OwnContribution = 213_000m;
        p.StartsOn = D(2019, 2);
        p.StartsOnPrecision = DatePrecision.Month;
        p.EndsOn = D(2022);
        p.EndsOnPrecision = DatePrecision.Year;
        Milestone(p, "Kreistag beschließt den Eigenanteil", D(2018, 8), DatePrecision.Month);
        Milestone(p, "Förderbescheid", D(2019, 2), DatePrecision.Month);
        Sources(p, Src("https://www.westfalen-blatt.de/OWL/Kreis-Paderborn/Paderborn/3664750-Eine-Million-Euro-fuer-ein-Online-Serviceportal-des-Kreises-Paderborn-Das-digitale-Buergerbuero-kommt",
            "Westfalen-Blatt: Eine Million Euro für ein Online-Serviceportal des Kreises Paderborn", "Kosten, Förderquote, Eigenanteil, Bescheid"));

        p = AddProject("owl", "Serviceportal Stadt Bielefeld", "e-government", ["digitales-buergerbuero"], ProjectStatus.FundingPeriodEnded,
            "„Die digitale Tür zur Verwaltung“: ein zentraler Online-Zugang zur Bielefelder Stadtverwaltung.",
            "Das Serviceportal schafft einen zentralen Online-Zugang zur Verwaltung der Stadt Bielefeld. Der Bewilligungsbescheid kam am " +
            "19. Dezember 2019, das Projekt startete Anfang 2020. Die Fördersumme ist nicht veröffentlicht.",
            ProgrammeEndNote);
        Partner(p, "bielefeld", PartnerRole.Lead);
        Places(p, "05711000");
        p.StartsOn = D(2020);
        p.StartsOnPrecision = DatePrecision.Year;
        Step(p, ProjectStatus.Approved, D(2019, 12, 19), "Bewilligungsbescheid");
        Milestone(p, "Bewilligungsbescheid", D(2019, 12, 19));
        Milestone(p, "Projektstart", D(2020), DatePrecision.Year);
        Sources(p, Src("https://www.bielefeld.de/de/rv/digi/mopro/", "Stadt Bielefeld: Digitale Modellregion", "Bescheid, Start"));

        p = AddProject("owl", "LoRaWAN (Testphase)", "digitale-stadtentwicklung", ["internet-der-dinge"], ProjectStatus.Closed,
            "Testphase eines städtischen Funknetzes in Delbrück mit Sensoren an Wasserzählern, Pumpstationen, für Straßentemperatur und Parken.",
            "In der Testphase erprobte die Stadt Delbrück ein LoRaWAN-Funknetz mit Sensoren an Wasserzählern und Pumpstationen, zur " +
            "Straßentemperatur und zum Parken. Das Projekt wurde noch im ersten Jahr (2019) vollständig abgeschlossen – als erstes " +
            "abgeschlossenes Projekt der Modellregion OWL. Die Fördersumme ist nicht veröffentlicht.");
        Partner(p, "delbrueck", PartnerRole.Lead);
        Places(p, "05774020");
        p.EndsOn = D(2019);
        p.EndsOnPrecision = DatePrecision.Year;
        Milestone(p, "Testphase vollständig abgeschlossen (erstes abgeschlossenes Projekt in OWL)", D(2019), DatePrecision.Year);
        Sources(p, Src("https://www.paderborn.de/guiapplications/newsdesk/publications/Stadt_Paderborn/109010100000156820.php", "Stadt Paderborn: Meldung zu den Projekten der Modellregion", "Abschluss 2019"));

        p = AddProject("owl", "LoRaWAN 2.0", "digitale-stadtentwicklung", ["internet-der-dinge", "klima-umwelt", "mobilitaet"], ProjectStatus.FundingPeriodEnded,
            "Ein stadtweites Funknetz in Delbrück mit rund 1.000 Sensoren in etwa 25 Bereichen und einem offenen City-Dashboard.",
            "Aufbauend auf der Testphase baut die Stadt Delbrück ein stadtweites LoRaWAN-Funknetz auf: rund 1.000 Sensoren in etwa 25 " +
            "Anwendungsbereichen – Grundwasser, Leckagen, Energiezähler, Fluchtwege, Parken. Die Daten zeigt ein offenes City-Dashboard.\n\n" +
            "Gefördert mit 1,07 Mio. €, dazu ein Eigenanteil von 258.126 € (20 %). Laufzeit zwei Jahre und acht Monate ab Januar 2020; " +
            "2022 genehmigte die Bezirksregierung Detmold eine Verlängerung um acht Monate.",
            ProgrammeEndNote);
        Partner(p, "delbrueck", PartnerRole.Lead);
        Places(p, "05774020");
        p.OwnContribution = 258_126m;

        // The financing plan as far as reported: grant and own share. Cost lines, eligible total and third-party funds are
        // not published, so the plan has no lines; the period is reported only to the month, so the decisions have none.
        p.Plan = new FinancingPlan { RequestedGrant = 1_070_000m, OwnContribution = 258_126m };
        p.StartsOn = D(2020, 1);
        p.StartsOnPrecision = DatePrecision.Month;
        p.EndsOn = D(2023, 4);
        p.EndsOnPrecision = DatePrecision.Month;
        Decision(p, 1_070_000m, note: "Laufzeit laut Presse: zwei Jahre und acht Monate ab Januar 2020.");
        Decision(p, 1_070_000m, note: "Änderung: Verlängerung der Laufzeit um acht Monate (2022), genehmigt von der Bezirksregierung Detmold.");
        Milestone(p, "Projektstart", D(2020, 1), DatePrecision.Month);
        Milestone(p, "City-Dashboard mit offenen Sensordaten online", null);
        Milestone(p, "Verlängerung der Laufzeit um acht Monate genehmigt", D(2022), DatePrecision.Year);
        Result(p, "City-Dashboard Delbrück", ResultKind.Service, "https://dashboard-delbrueck.regioit.de", "Offene Anzeige der Sensordaten des Funknetzes.");
        Sources(p,
            Src("https://www.westfalen-blatt.de/OWL/Kreis-Paderborn/Delbrueck/4098890-Beim-Lorawan-Projekt-wird-ein-stadtweites-Funknetzwerk-aufgebaut-Stadt-Delbrueck-bekommt-Millionen-Foerderung",
                "Westfalen-Blatt: Stadt Delbrück bekommt Millionen-Förderung", "Zuwendung, Eigenanteil, Laufzeit, Sensoren"),
            Src("https://www.westfalen-blatt.de/owl/funknetzwerk-liefert-nutzliche-daten-delbrucker-modellprojekt-wird-verlangert-2601673",
                "Westfalen-Blatt: Delbrücker Modellprojekt wird verlängert", "Verlängerung um acht Monate"));

        p = AddProject("owl", "Zentrale Open-Data-Plattform „Local Open Data“", "e-government", ["open-data", "internet-der-dinge"], ProjectStatus.Closed,
            "Eine urbane Datenplattform auf Open-Source-Basis mit Open-Data-Portal – etwa mit Pegelständen der Pader, Karten und Bildern.",
            "Das Amt für Vermessung und Geoinformation der Stadt Paderborn hat eine urbane Datenplattform auf Open-Source-Basis mit " +
            "einem Open-Data-Portal aufgebaut (Sensordaten wie Pegelstände der Pader, Karten, Bilder). Förderung 2,5 Mio. € bei " +
            "Gesamtkosten von rund 3,1 Mio. €; Bescheid vom 22. August 2019. Das Projekt ist abgeschlossen, die Version 2.0 entstand " +
            "in Eigenregie.\n\n**Nachnutzung:** Version 1 wird im Projekt Berlin-Tegel und in der Region „5 für Südwestfalen“ genutzt, " +
            "Version 2 hat Mönchengladbach übernommen. Paderborn ist einer Open-Source-Umsetzungsgemeinschaft (40 Kommunen, 4 Länder) beigetreten.");
        Partner(p, "paderborn", PartnerRole.Lead, "Amt für Vermessung und Geoinformation");
        Places(p, "05774032");
        Decision(p, 2_500_000m, D(2019, 8, 22));
        Step(p, ProjectStatus.Approved, D(2019, 8, 22), "Förderbescheid");
        Milestone(p, "Förderbescheid", D(2019, 8, 22));
        Milestone(p, "Abschlusspräsentation bei der Bezirksregierung Detmold", null);
        Milestone(p, "Version 2.0 der Plattform in Eigenregie", null);
        Result(p, "Urbane Datenplattform mit Open-Data-Portal", ResultKind.Software, null, "Open-Source-Plattform für Sensor- und Geodaten; Version 2 von Mönchengladbach übernommen.");
        Sources(p,
            Src("http://www.owl-journal.de/land-foerdert-das-projekt-zentrale-open-data-plattform/", "OWL-Journal: Land fördert das Projekt Zentrale Open Data Plattform", "Förderung, Gesamtkosten, Bescheid"),
            Src("https://marktowl.de/content/artikel-blickpunkt?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Bnews%5D=7105&cHash=2123ea660f7a2e3b05013ac540365654",
                "marktOWL: Local Open Data", "Abschluss, Nachnutzung"));

        p = AddProject("owl", "Schlosskreuzung – intelligente Verkehrsflussregelung", "digitale-stadtentwicklung", ["mobilitaet"], ProjectStatus.Closed,
            "Adaptive Ampeln in Schloß Neuhaus, gesteuert mit Daten aus Sensoren und Hybridkameras.",
            "Intelligente Verkehrsflussregelung durch stetige Verkehrsdatenerfassung: An der Schlosskreuzung in Schloß Neuhaus " +
            "steuern Sensor- und Hybridkameradaten die Ampeln. Gefördert mit 1,76 Mio. € (später auch mit 1,75 Mio. € angegeben), " +
            "Gesamtausgaben über 2,3 Mio. €. Laufzeit Februar 2019 bis Sommer 2022; abgeschlossen.",
            "Ergebnis umstritten: Kommunikationsstörungen im vierwöchigen Live-Test; die Universität bewertet den Prototyp als Erfolg.");
        Partner(p, "paderborn", PartnerRole.Lead);
        Partner(p, "uni-paderborn", PartnerRole.Partner, "Heinz Nixdorf Institut (HNI)");
        Partner(p, "rtb", PartnerRole.Partner);
        Partner(p, "stuehrenberg", PartnerRole.Partner);
        Places(p, "05774032");
        p.StartsOn = D(2019, 2);
        p.StartsOnPrecision = DatePrecision.Month;
        p.EndsOn = D(2022);
        p.EndsOnPrecision = DatePrecision.Year;
        Decision(p, 1_760_000m, note: "Später auch mit 1,75 Mio. € angegeben.");
        Milestone(p, "Projektstart", D(2019, 2), DatePrecision.Month);
        Milestone(p, "Vierwöchiger Live-Test", D(2022), DatePrecision.Year);
        Milestone(p, "Projektende", D(2022), DatePrecision.Year);
        Sources(p,
            Src("https://www.westfalen-blatt.de/OWL/Kreis-Paderborn/Paderborn/3645206-Digitales-Pilotprojekt-In-Schloss-Neuhaus-wird-drei-Jahre-lang-die-Zukunft-geprobt-Kluge-Ampeln-fluessiger-Verkehr",
                "Westfalen-Blatt: In Schloß Neuhaus wird drei Jahre lang die Zukunft geprobt", "Förderung, Partner, Laufzeit"),
            Src("https://www.westfalen-blatt.de/owl/kreis-paderborn/paderborn/intelligente-ampelsteuerung-in-paderborn-hat-macken-2611755",
                "Westfalen-Blatt: Intelligente Ampelsteuerung in Paderborn hat Macken", "Live-Test, Bewertung, Gesamtausgaben"));

        p = AddProject("owl", "INSPIRE – Integrierte Sicherheits-Pilot-Region", "digitale-stadtentwicklung", ["sicherheit"], ProjectStatus.FundingPeriodEnded,
            "Eine integrierte Bevölkerungsschutz-App, automatisierte Drohnenflüge vor der Feuerwehr, Sensoren für Besucherströme und das Reallabor „Padertopia City“.",
            "INSPIRE verbindet eine integrierte App für den Bevölkerungsschutz, automatisierte Drohnenflüge, die der Feuerwehr " +
            "vorausfliegen, Sensoren für Besucherströme (Stadion) und das Reallabor „Padertopia City“. Rund 1,5 Mio. € über drei " +
            "Jahre (Planung 2019: 1,4 Mio. €); Bescheid vom 6. September 2019; Pilotbetrieb 2022. Die Übertragbarkeit auf andere " +
            "Regionen ist ausdrückliches Ziel.",
            ProgrammeEndNote);
        Partner(p, "sic", PartnerRole.Lead);
        Partner(p, "paderborn", PartnerRole.Partner, "Feuerwehr Paderborn");
        Partner(p, "kreis-paderborn", PartnerRole.Partner, "Leitstelle des Kreises");
        Partner(p, "uni-paderborn", PartnerRole.Partner, "C.I.K.");
        Partner(p, "symcon", PartnerRole.Partner);
        Partner(p, "rtb", PartnerRole.Partner);
        Partner(p, "germandrones", PartnerRole.Partner);
        Places(p, "05774032");
        Decision(p, 1_400_000m, D(2019, 9, 6), note: "Betrag laut Planung 2019; später „rund 1,5 Mio. € über drei Jahre“ berichtet.");
        Step(p, ProjectStatus.Approved, D(2019, 9, 6), "Förderbescheid");
        Milestone(p, "Förderbescheid", D(2019, 9, 6));
        Milestone(p, "Pilotbetrieb", D(2022), DatePrecision.Year);
        Sources(p,
            Src("https://www.nw.de/lokal/kreis_paderborn/paderborn/23110719_Padertopia-City-Mehr-Sicherheit-durch-Digitalisierung.html", "Neue Westfälische: Padertopia City", "Inhalt, Partner, Fördersumme"),
            Src("https://vdf-paderborn.de/index.php/neues/2021/5006-28-november-paderborn", "VdF Paderborn", "Pilotbetrieb"));

        p = AddProject("owl", "ZEonline – digitaler Fragebogen für Immobilienkäufe", "e-government", ["digitales-buergerbuero", "open-data"], ProjectStatus.FundingPeriodEnded,
            "Fragebögen des Gutachterausschusses zu Immobilienkäufen digital: Portal, automatische Qualifizierung, Zentrale Kaufpreissammlung.",
            "Fragebögen zu Immobilienkäufen für die Kaufpreissammlung des Gutachterausschusses werden digital verschickt und über ein " +
            "Portal beantwortet; ein Qualifizierungsmodul prüft sie automatisch und übergibt sie an die Zentrale Kaufpreissammlung (ZKPS). " +
            "Planung 2019: 560.000 €; Bescheid vom 6. September 2019.",
            ProgrammeEndNote);
        Partner(p, "paderborn", PartnerRole.Lead);
        Places(p, "05774032");
        Decision(p, 560_000m, D(2019, 9, 6), note: "Betrag laut Planung 2019.");
        Step(p, ProjectStatus.Approved, D(2019, 9, 6), "Förderbescheid");
        Milestone(p, "Förderbescheid", D(2019, 9, 6));
        Sources(p,
            Src("https://www.gelsenkirchen.de/de/Stadtprofil/Stadtthemen/Die_vernetzte_Stadt/Leitthemen_und_Projekte/Digitale_und_Buergerorientierte_Verwaltung/ZEonline.aspx", "Stadt Gelsenkirchen: ZEonline", "Inhalt"),
            Src("https://www.paderborn.de/guiapplications/newsdesk/publications/Stadt_Paderborn/109010100000156820.php", "Stadt Paderborn: Meldung zu den Projekten der Modellregion", "Bescheid, Betrag"));

        p = AddProject("owl", "TheaterLytics", "digitale-stadtentwicklung", ["kultur"], ProjectStatus.Closed,
            "Ein Entscheidungsunterstützungssystem für Erlösmanagement und Spielplanung: Auslastungsprognose, Terminierung, Platz- und Preiskategorien.",
            "TheaterLytics unterstützt Kulturbetriebe bei Erlösmanagement und Spielplanung: Prognose der Auslastung, Planung der " +
            "Termine, Platz- und Preiskategorien. Gefördert mit 652.000 €, Laufzeit drei Jahre ab September 2019; abgeschlossen " +
            "(Datum nicht veröffentlicht).");
        Partner(p, "theater-paderborn", PartnerRole.Lead);
        Partner(p, "optano", PartnerRole.Partner);
        Partner(p, "uni-paderborn", PartnerRole.Partner, "SI-Lab");
        Places(p, "05774032");
        p.StartsOn = D(2019, 9);
        p.StartsOnPrecision = DatePrecision.Month;
        p.Website = "https://blogs.uni-paderborn.de/theaterlytics/projektziel";
        Decision(p, 652_000m);
        Milestone(p, "Projektstart", D(2019, 9), DatePrecision.Month);
        Sources(p,
            Src("https://www.westfalen-blatt.de/OWL/Kreis-Paderborn/Paderborn/4003254-Paderborner-Projekt-will-Auslastung-von-Kulturbetrieben-optimieren-Kuerzere-Warteschlangen-als-Ziel",
                "Westfalen-Blatt: Paderborner Projekt will Auslastung von Kulturbetrieben optimieren", "Förderung, Laufzeit"),
            Src("https://blogs.uni-paderborn.de/theaterlytics/projektziel", "TheaterLytics: Projektziel", "Inhalt"));

        p = AddProject("owl", "Digitale Gesundheitsplattform OWL", "digitale-stadtentwicklung", ["gesundheit"], ProjectStatus.FundingPeriodEnded,
            "Standardbasierter Austausch von Arztbriefen, Bilddaten, Medikationsplänen und Überweisungen mit einem zentralen Patienten- und Dokumentenindex.",
            "Acht Partner – fünf Akutkrankenhäuser im Kreis Paderborn, ein Praxisnetz mit rund 100 Hausärzten sowie Stadt und Kreis " +
            "Paderborn – bauen einen standardbasierten Austausch mit einem zentralen Patienten- und Dokumentenindex auf (nur Metadaten). " +
            "Anwendungsfälle: Arztbriefe, Bilddaten, Medikationspläne, Überweisungen. Die Unity AG berät.\n\n" +
            "Förderung 4,8 Mio. € – laut Quelle 80 % – von 6,4 Mio. €; Eigenanteil 1,6 Mio. €. Bewilligungszeitraum 01.12.2019 bis " +
            "31.08.2022. Die Plattform ist auf Übertragbarkeit auf andere Regionen in NRW und Deutschland angelegt.",
            "Der Bewilligungszeitraum endete am 31.08.2022; ein Abschluss ist nicht veröffentlicht.");
        Partner(p, "paderborn", PartnerRole.Partner);
        Partner(p, "kreis-paderborn", PartnerRole.Partner);
        Partner(p, "unity", PartnerRole.Consultant);
        PlacesInDistrict(p, "05774");
        p.TotalCosts = 6_400_000m;
        p.OwnContribution = 1_600_000m;

        // The financing plan as far as reported: 4.8 M€ grant and 1.6 M€ own share of 6.4 M€; the cost lines are not published.
        p.Plan = new FinancingPlan { RequestedGrant = 4_800_000m, OwnContribution = 1_600_000m };
        p.StartsOn = D(2019, 12, 1);
        p.EndsOn = D(2022, 8, 31);
        Decision(p, 4_800_000m, periodStart: D(2019, 12, 1), periodEnd: D(2022, 8, 31), note: "Laut Quelle 80 % der Ausgaben von 6,4 Mio. €.", eligibleCosts: 6_400_000m);
        Milestone(p, "Beginn des Bewilligungszeitraums", D(2019, 12, 1));
        Milestone(p, "Ende des Bewilligungszeitraums", D(2022, 8, 31));
        Sources(p,
            Src("https://www.gesundheit-digital.nrw/projekte/gesundheitsplattform-owl/", "gesundheit-digital.nrw: Gesundheitsplattform OWL", "Partner, Inhalt, Förderung, Zeitraum"),
            Src("https://www-stage.paderborn.de/microsite/digitale_heimat/news_veranstaltungen/news-2020/Digitale-Gesundheitsplattform-OWL.php", "Stadt Paderborn: Digitale Gesundheitsplattform OWL", "Förderung, Eigenanteil"));

        p = AddProject("owl", "Maschinenbau-Lernbetrieb am Richard-von-Weizsäcker-Berufskolleg", "digitale-stadtentwicklung", ["bildung"], ProjectStatus.FundingPeriodEnded,
            "Eine vollautomatisierte Lernfabrik (Industrie 4.0); die Mittel der Modellregion finanzieren die wissenschaftliche Begleitung durch die Universität.",
            "Am Richard-von-Weizsäcker-Berufskolleg entsteht eine vollautomatisierte Lernfabrik. Aus der Digitalen Modellregion kommen " +
            "90.803 € für die wissenschaftliche Begleitung durch die Universität Paderborn; dazu 444.450 € aus dem EFRE und 467.150 € vom Kreis.",
            ProgrammeEndNote + " Laufzeit nicht veröffentlicht.");
        Partner(p, "kreis-paderborn", PartnerRole.Lead);
        Partner(p, "uni-paderborn", PartnerRole.Partner, "wissenschaftliche Begleitung");
        Decision(p, 90_803m, note: "Nur der Anteil der Digitalen Modellregion; EFRE-Mittel und Kreismittel sind nicht enthalten.");
        Sources(p, Src("https://digitale-heimat-pb.de/schueler-sind-impulsgeber-fuer-industrie-4-0/", "Digitale Heimat Paderborn: Schüler sind Impulsgeber für Industrie 4.0", "Beträge, Partner"));

        p = AddProject("owl", "Energie und Umwelt", "digitale-stadtentwicklung", ["energie", "klima-umwelt"], ProjectStatus.FundingPeriodEnded,
            "Ein Vorhaben der Stadt Paderborn zu Energie und Umwelt; Titel und Inhalt sind in den Quellen nicht gesichert.",
            "In der Planung 2019 wird ein Vorhaben „Energie und Umwelt“ der Stadt Paderborn mit 960.000 € genannt. Titel und Inhalt " +
            "sind in den verfügbaren Quellen nicht gesichert; ein Bescheid ist nicht veröffentlicht.",
            "Titel und Inhalt nicht gesichert. " + ProgrammeEndNote);
        Partner(p, "paderborn", PartnerRole.Lead);
        Places(p, "05774032");
        Sources(p, Src("https://www.westfalen-blatt.de/OWL/Kreis-Paderborn/Paderborn/3924756-Geld-fuer-die-Digitalisierung-Aufbau-einer-transparenten-Datenplattform-in-Vorbereitung-Minister-Pinkwart-bringt-Millionen-mit",
            "Westfalen-Blatt: Geld für die Digitalisierung", "Planung 2019"));

        p = AddProject("owl", "Projektbüro der Digitalen Modellregion OWL", "projektbuero", ["vernetzung"], ProjectStatus.FundingPeriodEnded,
            "Das Projektbüro berät von der Projektidee bis zum abgeschlossenen Projekt, bereitet das Digitalboard vor, hält Kontakt zur Bezirksregierung und unterstützt den Transfer.",
            "Das Land fördert seit September 2018 80 % von drei Vollzeitstellen bei den Kooperationspartnern Stadt Paderborn, Kreis " +
            "Paderborn, Stadt Bielefeld und Stadt Delbrück. Aufgaben: Beratung von der Projektidee zum abgeschlossenen Projekt, Vor- und " +
            "Nachbereitung der Digitalboard-Sitzungen, Abstimmung mit der Bewilligungsbehörde Detmold, Unterstützung der bewilligten " +
            "Projekte, Transfer der Ergebnisse an interessierte Kommunen und Vernetzung. Nach der Verlängerung wurden 1,5 Stellen in " +
            "Paderborn gefördert; das Land fördert als Nachfolge ein „DigitalBüro OWL“ für drei weitere Jahre.\n\n" +
            "Team 2022: Christiane Boschin-Heinz (Leitung, Stadt Paderborn), Florian Eikenberg (Kreis Paderborn), Miriam Mattiza " +
            "(Delbrück), Christiane Lupp (Bielefeld).",
            ProgrammeEndNote);
        Partner(p, "paderborn", PartnerRole.Lead);
        Partner(p, "kreis-paderborn", PartnerRole.Partner);
        Partner(p, "bielefeld", PartnerRole.Partner);
        Partner(p, "delbrueck", PartnerRole.Partner);
        Places(p, "05774032", "05774020", "05711000");
        p.StartsOn = D(2018, 9);
        p.StartsOnPrecision = DatePrecision.Month;
        Milestone(p, "Förderung der Stellen im Projektbüro beginnt", D(2018, 9), DatePrecision.Month);
        Sources(p,
            Src("https://digitale-heimat-pb.de/modellregion-owl/", "Digitale Heimat Paderborn: Modellregion OWL", "Förderung, Team"),
            Src("https://www.stadt-delbrueck.de/de/rathaus-online/delbrueck-digital/digitale-modellregion-owl.php", "Stadt Delbrück: Digitale Modellregion OWL", "Aufgaben"),
            Src("https://paderborn.de/microsite/digitale_heimat/news_veranstaltungen/news-2023/Digitale-Modellregion-OWL-ueberzeugen-NRW-weit.php", "Stadt Paderborn: DigitalBüro OWL", "Nachfolge"));
    }

    private void AddOtherRegionsProjects()
    {
        var soestSource = Src("https://stadtlabor-soest.de/abschluss-dmr/", "Stadtlabor Soest: Abschluss der Digitalen Modellregion", "Projekt genannt");
        var p = AddProject("soest", "Projektbüro der Digitalen Modellregion Soest", "projektbuero", ["vernetzung"], ProjectStatus.FundingPeriodEnded,
            "Das Projektbüro der Modellregion Soest, gefördert mit rund 700.000 €.",
            "Für das Projektbüro der Digitalen Modellregion Soest bewilligte die Bezirksregierung Arnsberg mit Bescheid vom " +
            "4. Dezember 2018 eine Zuwendung von 699.984,50 €.",
            ProgrammeEndNote);
        Partner(p, "soest", PartnerRole.Lead);
        Places(p, "05974040");
        Decision(p, 699_984.50m, D(2018, 12, 4));
        Step(p, ProjectStatus.Approved, D(2018, 12, 4), "Zuwendungsbescheid der Bezirksregierung Arnsberg");
        Milestone(p, "Zuwendungsbescheid", D(2018, 12, 4));
        Sources(p, Src("https://bra.nrw.de/presse/rund-700000-euro-fuer-digitale-kommune-soest", "Bezirksregierung Arnsberg: Rund 700.000 Euro für digitale Kommune Soest", "Zuwendung, Bescheid"));

        foreach (var (title, topic, summary) in new[]
        {
            ("Kita-Vormerkung online", "digitales-buergerbuero", "Eltern merken Kita-Plätze online vor."),
            ("Online-Anträge für Hilfe zum Lebensunterhalt und Grundsicherung im Alter", "digitales-buergerbuero", "Anträge auf Sozialleistungen online stellen."),
            ("Beteiligungsplattform mitdenken-soest.de", "beteiligung", "Eine Online-Plattform für die Beteiligung der Bürgerinnen und Bürger."),
            ("MOBIDIG – Mobilitätsknoten", "mobilitaet", "Carsharing, E-Ladesäulen und Lastenräder in einer App."),
            ("Chat und Online-Terminvergabe", "digitales-buergerbuero", "Chat mit der Verwaltung und Termine online buchen."),
        })
        {
            p = AddProject("soest", title, topic is "mobilitaet" or "beteiligung" ? "digitale-stadtentwicklung" : "e-government", [topic], ProjectStatus.FundingPeriodEnded,
                summary, "Eines der mehr als 20 Projekte der Digitalen Modellregion Soest. Federführung, Fördersumme und Laufzeit sind in den verfügbaren Quellen nicht genannt.",
                ProgrammeEndNote);
            Sources(p, soestSource);
        }

        var aachenSource = Src("https://aachen.de/de/stadt%5Fbuerger/politik_verwaltung/pressemitteilungen/Abschluss-Digitale-Modellregion.html", "Stadt Aachen: Abschluss der Digitalen Modellregion", "Projekt genannt, Abschluss bis 30.06.2023");
        foreach (var (title, field, topic, summary) in new[]
        {
            ("Aachener Bildungsportal", "digitale-stadtentwicklung", "bildung", "Ein Bildungsportal für Aachen."),
            ("Digitales Stadtarchiv", "e-government", "kultur", "Das Stadtarchiv digital zugänglich machen."),
            ("ehrenamtinteraktiv", "digitale-stadtentwicklung", "beteiligung", "Digitale Unterstützung für das Ehrenamt."),
            ("Oecher Lab", "digitale-stadtentwicklung", "wissenstransfer-start-ups", "Ein Labor für digitale Ideen in Aachen."),
            ("Open Data Aachen", "e-government", "open-data", "Offene Daten der Stadt Aachen."),
            ("Smart School", "digitale-stadtentwicklung", "bildung", "Digitale Schule in Aachen."),
            ("Smart Shopping", "digitale-stadtentwicklung", "ehandel", "Digitale Angebote für den Handel in Aachen."),
        })
        {
            p = AddProject("aachen", title, field, [topic], ProjectStatus.Closed, summary,
                "Eines der 14 Projekte der Digitalen Modellregion Aachen; alle Projekte waren zum 30.06.2023 abgeschlossen. Federführung, " +
                "Fördersumme und Laufzeit sind in den verfügbaren Quellen nicht genannt.");
            Sources(p, aachenSource);
        }

        p = AddProject("aachen", "GovChain – Blockchain für Kommunen", "e-government", ["digitales-buergerbuero"], ProjectStatus.Closed,
            "Blockchain-Technologie für kommunale Verwaltungsleistungen, gemeinsam mit Gelsenkirchen.",
            "GovChain erprobt Blockchain-Technologie für Kommunen und lief gemeinsam in den Modellregionen Aachen und Gelsenkirchen; " +
            "gefördert mit 1,2 Mio. €.");
        Partner(p, "aachen", PartnerRole.Partner);
        Partner(p, "gelsenkirchen", PartnerRole.Partner);
        Places(p, "05334002", "05513000");
        Decision(p, 1_200_000m);
        Sources(p, aachenSource,
            Src("https://www.land.nrw/de/pressemitteilung/digitale-modellregionen-bescheide-hoehe-von-mehr-als-22-millionen-euro-aachen", "Land NRW: Bescheide in Höhe von mehr als 22 Millionen Euro", "Förderung"));

        var gelsenkirchenSource = Src("http://www.bezreg-muenster.de/de/im_fokus/foerderung/digitale_modellregion_gelsenkirchen/index.html", "Bezirksregierung Münster: Digitale Modellregion Gelsenkirchen", "Projekt genannt");
        p = AddProject("gelsenkirchen", "Smartphone-Bürger-ID", "e-government", ["digitales-buergerbuero", "sicherheit"], ProjectStatus.FundingPeriodEnded,
            "Sicher ausweisen mit dem Smartphone für digitale Behördengänge.",
            "Die Smartphone-Bürger-ID entsteht gemeinsam mit Aachen, der Westfälischen Hochschule und XignSys; gefördert mit 3,8 Mio. €.",
            "Die Richtlinie ist ausgelaufen; laut Bezirksregierung Münster läuft die Abrechnung.");
        Partner(p, "gelsenkirchen", PartnerRole.Lead);
        Partner(p, "aachen", PartnerRole.Partner);
        Partner(p, "westfaelische-hochschule", PartnerRole.Partner);
        Partner(p, "xignsys", PartnerRole.Partner);
        Places(p, "05513000", "05334002");
        Decision(p, 3_800_000m);
        Sources(p, gelsenkirchenSource,
            Src("https://mittelstandswiki.de/2019/03/e-government-gelsenkirchen-baut-eine-app-fuer-digitale-behoerdengaenge", "Mittelstandswiki: Gelsenkirchen baut eine App für digitale Behördengänge", "Partner, Förderung"));

        p = AddProject("gelsenkirchen", "MR-TechnologieFestival", "digitale-stadtentwicklung", ["wissenstransfer-start-ups"], ProjectStatus.FundingPeriodEnded,
            "Ein Technologiefestival der Modellregion.", "Gefördert mit rund 600.000 €. Wer das Projekt geführt hat, nennen die verfügbaren Quellen nicht.",
            "Die Richtlinie ist ausgelaufen; laut Bezirksregierung Münster läuft die Abrechnung.");
        Places(p, "05513000");
        Sources(p, gelsenkirchenSource, Src("https://www.lokalkompass.de/gelsenkirchen/c-politik/gelsenkirchen-taugt-als-vorbild_a1404423", "Lokalkompass: Gelsenkirchen taugt als Vorbild", "Förderung"));

        foreach (var (title, field, topic, summary) in new[]
        {
            ("GeoSmartChange", "e-government", "open-data", "Ein digitaler Zwilling für Planung und Genehmigungen."),
            ("Erklärvideos „7. Sinn der Digitalisierung“", "digitale-stadtentwicklung", "vernetzung", "Erklärvideos zur Digitalisierung."),
            ("IVOD – Interaktive Visualisierung regionaler Open Data", "e-government", "open-data", "Offene Daten der Region interaktiv darstellen."),
        })
        {
            p = AddProject("gelsenkirchen", title, field, [topic], ProjectStatus.FundingPeriodEnded, summary,
                "Ein Projekt der Digitalen Modellregion Gelsenkirchen. Federführung, Fördersumme und Laufzeit sind in den verfügbaren Quellen nicht genannt.",
                "Die Richtlinie ist ausgelaufen; laut Bezirksregierung Münster läuft die Abrechnung.");
            Places(p, "05513000");
            Sources(p, gelsenkirchenSource);
        }

        var bergischSource = Src("https://kdn.de/ccd/digitale-modellregionen/modellregion-bergisches-staedtedreieck", "KDN: Modellregion Bergisches Städtedreieck", "Projekt genannt");
        p = AddProject("bergisches-staedtedreieck", "Serviceportal Bergisches Städtedreieck", "e-government", ["digitales-buergerbuero"], ProjectStatus.FundingPeriodEnded,
            "Ein Serviceportal mit Servicekonto.NRW, ePayment und Postfach.",
            "Serviceportal der Modellregion mit Anmeldung über das Servicekonto.NRW, ePayment und Postfach. Fördersumme und Laufzeit sind in den verfügbaren Quellen nicht genannt.",
            ProgrammeEndNote);
        Partner(p, "wuppertal", PartnerRole.Lead);
        Partner(p, "solingen", PartnerRole.Partner);
        Partner(p, "remscheid", PartnerRole.Partner);
        Places(p, "05124000", "05122000", "05120000");
        Sources(p, bergischSource);

        p = AddProject("bergisches-staedtedreieck", "Bergisch.Smart: KI als Enabler der Mobilität von Morgen", "digitale-stadtentwicklung", ["mobilitaet"], ProjectStatus.FundingPeriodEnded,
            "Künstliche Intelligenz für die Mobilität im Bergischen Städtedreieck.",
            "Fördersumme und Laufzeit sind in den verfügbaren Quellen nicht genannt.", ProgrammeEndNote);
        Places(p, "05124000", "05122000", "05120000");
        Sources(p, bergischSource, Src("https://www.ptj.de/projektfoerderung/digitale-modellregionen", "PtJ: Digitale Modellregionen", "Projekt genannt"));
    }
}
