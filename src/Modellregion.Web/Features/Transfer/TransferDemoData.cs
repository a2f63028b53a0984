using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// The transfer catalogue of the demo data: results of the OWL projects as reusable solutions, with their sources.
/// Only documented reuses are recorded (Local Open Data: Mönchengladbach, Berlin-Tegel, "5 für Südwestfalen");
/// licences, costs, operator models and maintenance are not published and stay empty.
/// The training region adds a software solution and a guide from its Kita project, with reuses and transfer cases in
/// every stage of the pipeline; its open cases belong to the training project office.
/// </summary>
public sealed class TransferDemoData : IDemoData
{
    /// <summary>The municipality of Kreis Höxter whose (fictional) reuse of the training Kita solution shows matchmaking by neighbourhood.</summary>
    public const string TrainingReuseAgs = "05762028";

    public int Order => 300;

    public Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        new PublishedSolutions(context, context.Db).Add();
        return Task.CompletedTask;
    }

    public Task SeedTrainingRegionAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        var training = new TrainingTransfer(context, context.Training, context.Db);
        training.AddTransfer(training.AddSolutions(context.Training.Projects));
        return Task.CompletedTask;
    }

    /// <summary>The training project office owns the open transfer cases.</summary>
    public async Task AddTrainingAccountsAsync(TrainingAccountsContext context, CancellationToken cancellationToken)
    {
        foreach (var transferCase in await context.Db.TransferCases.Where(c => c.Solution!.IsExample && c.OwnerId == null && c.Stage != TransferStage.Reused && c.Stage != TransferStage.Cancelled).ToListAsync(cancellationToken))
        {
            transferCase.OwnerId = context.OfficeUserId;
        }
    }

    private sealed class PublishedSolutions(DemoDataContext demo, AppDbContext db)
    {
        private static SourceReference Src(string url, string title, string? supports = null) => DemoDataContext.Source(url, title, supports);

        private Organisation O(string key) => demo.Organisations[key];

        private Solution AddSolution(string title, SolutionKind kind, Maturity? maturity, string? provider, string[] projects, string[] topics,
            string summary, string description, string? problem = null)
        {
            var solution = new Solution
            {
                Slug = Slug.From(title),
                Title = title,
                Kind = kind,
                Maturity = maturity,
                Region = demo.Regions["owl"],
                Provider = provider is null ? null : O(provider),
                Summary = summary,
                Description = description,
                Problem = problem,
                Topics = [.. topics.Select(t => demo.Topics[t])],
            };
            foreach (var project in projects)
            {
                solution.Projects.Add(new SolutionProject { Project = demo.ProjectTitled(project) });
            }

            db.Solutions.Add(solution);
            return solution;
        }

        private static Reuse DocumentedReuse(string userName, string? ags, string note, SourceReference source) => new()
        {
            UserName = userName,
            MunicipalityAgs = ags,
            Note = note,
            Status = ReuseStatus.Confirmed,
            ConfirmedBy = "Demodaten (belegt durch Quelle)",
            Sources = [source.Copy()],
        };

        public void Add()
        {
            var marktOwl = Src("https://marktowl.de/content/artikel-blickpunkt?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Bnews%5D=7105&cHash=2123ea660f7a2e3b05013ac540365654",
                "marktOWL: Local Open Data", "Abschluss, Version 2.0 in Eigenregie, Nachnutzung");
            var s = AddSolution("Local Open Data – urbane Datenplattform", SolutionKind.Software, Maturity.Production, "paderborn",
                ["Zentrale Open-Data-Plattform „Local Open Data“"], ["open-data", "internet-der-dinge"],
                "Urbane Datenplattform auf Open-Source-Basis mit Open-Data-Portal für Sensordaten, Karten und Bilder.",
                "Das Amt für Vermessung und Geoinformation der Stadt Paderborn hat im Projekt „Local Open Data“ eine urbane Datenplattform " +
                "auf Open-Source-Basis mit einem Open-Data-Portal aufgebaut. Sie stellt Sensordaten wie die Pegelstände der Pader, Karten " +
                "und Bilder bereit. Die Version 2.0 entstand in Eigenregie.\n\n" +
                "**Nachnutzung:** Version 1 wird im Projekt Berlin-Tegel und in der Region „5 für Südwestfalen“ genutzt, Version 2 hat " +
                "Mönchengladbach übernommen. Paderborn ist einer Open-Source-Umsetzungsgemeinschaft von 40 Kommunen aus vier Ländern beigetreten.",
                "Sensordaten, Karten und Bilder der Stadt an einem Ort offen bereitstellen.");
            s.TitleEn = "Local Open Data – urban data platform";
            s.SummaryEn = "Open-source urban data platform with an open data portal for sensor data, maps and images.";
            s.DescriptionEn =
                "In the project \"Local Open Data\" the surveying and geoinformation office of the City of Paderborn built an urban data " +
                "platform on open source with an open data portal. It publishes sensor data such as the water levels of the river Pader, " +
                "maps and images. Version 2.0 was built in-house.\n\n" +
                "**Reuse:** version 1 is used in the Berlin-Tegel project and in the region \"5 für Südwestfalen\"; version 2 was adopted " +
                "by Mönchengladbach. Paderborn joined an open-source implementation community of 40 municipalities from four German states.";
            s.SoftwareType = "standalone/web";
            s.Platforms = "web";
            s.Scope = "local-authorities";
            s.Features = "Urbane Datenplattform auf Open-Source-Basis\nOpen-Data-Portal\nSensordaten, z. B. Pegelstände der Pader\nKarten und Bilder";
            s.FeaturesEn = "Urban data platform on open source\nOpen data portal\nSensor data, e.g. water levels of the Pader\nMaps and images";
            s.Sources.AddRange([
                Src("http://www.owl-journal.de/land-foerdert-das-projekt-zentrale-open-data-plattform/", "OWL-Journal: Land fördert das Projekt Zentrale Open Data Plattform", "Inhalt, Förderung"),
                marktOwl.Copy()]);
            var moenchengladbach = DocumentedReuse("Stadt Mönchengladbach", "05116000", "Version 2 der Plattform übernommen.", marktOwl);
            moenchengladbach.Organisation = O("moenchengladbach");
            s.Reuses.Add(moenchengladbach);
            // The source names a project, not the municipality Berlin as user: no municipality, so it does not count as one reached.
            s.Reuses.Add(DocumentedReuse("Projekt Berlin-Tegel", null,
                "Version 1 der Plattform wird im Projekt Berlin-Tegel genutzt. Die Quelle nennt das Projekt, nicht die Stadt Berlin als Nutzerin; es wird deshalb nicht als Kommune gezählt.", marktOwl));
            s.Reuses.Add(DocumentedReuse("Region „5 für Südwestfalen“", null,
                "Version 1 der Plattform wird in der Region „5 für Südwestfalen“ genutzt. Welche Kommunen dazu gehören, nennt die Quelle nicht; sie werden deshalb nicht einzeln gezählt.", marktOwl));

            s = AddSolution("Serviceportal für ein digitales Bürgerbüro", SolutionKind.Software, Maturity.Production, null,
                ["Digitales Bürgerbüro auf Basis eines Serviceportals", "Serviceportal Kreis Paderborn", "Serviceportal Stadt Bielefeld"], ["digitales-buergerbuero"],
                "Online-Verwaltungsleistungen mit Formularassistenten, ePayment, Servicekonto.NRW und Postfach.",
                "Drei Projekte der Modellregion OWL haben Serviceportale als „digitales Bürgerbüro“ aufgebaut: die Stadt Paderborn " +
                "(mein-DigiPort.de, in Betrieb seit 2019), der Kreis Paderborn (Bauantrag, Kfz-Zulassung, Termine, Bezahlfunktion) und die " +
                "Stadt Bielefeld („Die digitale Tür zur Verwaltung“). Online-Formulare mit Assistenten, Bezahlen im Portal, Anmeldung mit dem " +
                "Servicekonto.NRW und ein Postfach gehören dazu; beim Bewohnerparkausweis zum Selbstausdrucken wurden 2020 rund 10 % der " +
                "Anträge online gestellt.\n\nDie Serviceportale wurden anderen Kommunen zur Nachnutzung angeboten. Nach Angabe der " +
                "Bezirksregierung Münster stehen die Ergebnisse des Programms „in Form von standardisierten und lizenzfreien Komponenten“ allen " +
                "Kommunen zur Verfügung, insbesondere die Serviceportal-Lösungen. Eine konkrete Nachnutzung ist in den Quellen nicht belegt.",
                "Verwaltungsleistungen online anbieten: Anträge mit Assistenten, Bezahlen und Bescheide ohne Gang ins Rathaus.");
            s.TitleEn = "Service portal for a digital citizens' office";
            s.SummaryEn = "Online administrative services with form assistants, e-payment, Servicekonto.NRW login and a mailbox.";
            s.DescriptionEn =
                "Three projects of the OWL model region built service portals as a \"digital citizens' office\": the City of Paderborn " +
                "(mein-DigiPort.de, live since 2019), the District of Paderborn (building applications, vehicle registration, appointments, " +
                "payment) and the City of Bielefeld. They offer online forms with assistants, e-payment, login with Servicekonto.NRW and a " +
                "mailbox. The service portals were offered to other municipalities for reuse; a specific reuse is not documented in the sources.";
            s.SoftwareType = "standalone/web";
            s.Platforms = "web";
            s.Scope = "local-authorities,government";
            s.Features = "Online-Formulare mit Assistenten\nBezahlen im Portal (ePayment)\nAnmeldung mit dem Servicekonto.NRW\nPostfach\nBeispiel: Bewohnerparkausweis zum Selbstausdrucken";
            s.FeaturesEn = "Online forms with assistants\nE-payment\nLogin with Servicekonto.NRW\nMailbox\nExample: residents' parking permit to print at home";
            s.Links.Add(new SolutionLink { Title = "mein-DigiPort.de – Serviceportal der Stadt Paderborn", Url = "https://mein-digiport.de" });
            s.Sources.AddRange([
                Src("https://www.paderborn.de/guiapplications/newsdesk/publications/Stadt_Paderborn/109010100000140574.php", "Stadt Paderborn: Übergabe des Förderbescheids", "Serviceportal Paderborn"),
                Src("https://paderborn.de/microsite/digitale_heimat/news_veranstaltungen/news-2020/bewohnerparkausweis-zum-selbstausdrucken.php", "Stadt Paderborn: Bewohnerparkausweis zum Selbstausdrucken", "Anteil Online-Anträge 2020"),
                Src("https://www.bezreg-muenster.de/de/foerderung/foerderprogramme_a-z/3_digitale_modellregionen/index.html", "Bezirksregierung Münster: Digitale Modellregionen", "lizenzfreie Komponenten, Serviceportal-Lösungen"),
                Src("https://www.bielefeld.de/de/rv/digi/mopro/", "Stadt Bielefeld: Digitale Modellregion", "Serviceportal Bielefeld")]);

            s = AddSolution("LoRaWAN-Funknetz mit City-Dashboard", SolutionKind.Software, Maturity.Pilot, "delbrueck",
                ["LoRaWAN (Testphase)", "LoRaWAN 2.0"], ["internet-der-dinge", "klima-umwelt", "mobilitaet"],
                "Stadtweites Funknetz für Sensoren (Grundwasser, Leckagen, Energiezähler, Parken) mit offenem City-Dashboard.",
                "Die Stadt Delbrück hat nach einer Testphase (abgeschlossen 2019) ein stadtweites LoRaWAN-Funknetz mit rund 1.000 Sensoren in " +
                "etwa 25 Anwendungsbereichen aufgebaut: Grundwasser, Leckagen, Energiezähler, Fluchtwege und Parken. Die Daten zeigt ein " +
                "offenes City-Dashboard. In der Testphase wurden Sensoren an Wasserzählern und Pumpstationen, für die Straßentemperatur und " +
                "zum Parken erprobt.",
                "Messwerte aus der Stadt (Wasser, Energie, Parken) laufend erfassen und offen zeigen.");
            s.TitleEn = "LoRaWAN radio network with city dashboard";
            s.SummaryEn = "City-wide radio network for sensors (groundwater, leaks, energy meters, parking) with an open city dashboard.";
            s.DescriptionEn =
                "After a test phase (closed in 2019) the town of Delbrück built a city-wide LoRaWAN radio network with about 1,000 sensors " +
                "in about 25 areas: groundwater, leaks, energy meters, escape routes and parking. An open city dashboard shows the data. The " +
                "test phase tried sensors on water meters and pumping stations, for road temperature and for parking.";
            s.SoftwareType = "standalone/iot";
            s.Platforms = "web";
            s.Scope = "local-authorities,environment";
            s.Features = "Stadtweites LoRaWAN-Funknetz\nRund 1.000 Sensoren in etwa 25 Bereichen\nGrundwasser, Leckagen, Energiezähler, Fluchtwege, Parken\nOffenes City-Dashboard";
            s.FeaturesEn = "City-wide LoRaWAN network\nAbout 1,000 sensors in about 25 areas\nGroundwater, leaks, energy meters, escape routes, parking\nOpen city dashboard";
            s.DemoUrl = "https://dashboard-delbrueck.regioit.de";
            s.Sources.AddRange([
                Src("https://www.westfalen-blatt.de/OWL/Kreis-Paderborn/Delbrueck/4098890-Beim-Lorawan-Projekt-wird-ein-stadtweites-Funknetzwerk-aufgebaut-Stadt-Delbrueck-bekommt-Millionen-Foerderung",
                    "Westfalen-Blatt: Stadt Delbrück bekommt Millionen-Förderung", "Sensoren, Bereiche, Dashboard"),
                Src("https://www.paderborn.de/guiapplications/newsdesk/publications/Stadt_Paderborn/109010100000156820.php", "Stadt Paderborn: Meldung zu den Projekten der Modellregion", "Testphase 2019")]);

            s = AddSolution("ZEonline – digitale Fragebögen zu Immobilienkäufen", SolutionKind.Software, null, "paderborn",
                ["ZEonline – digitaler Fragebogen für Immobilienkäufe"], ["digitales-buergerbuero", "open-data"],
                "Fragebögen zu Immobilienkäufen digital: Portal, automatische Qualifizierung, Übergabe an die Kaufpreissammlung.",
                "Für die Kaufpreissammlung des Gutachterausschusses werden die Fragebögen zu Immobilienkäufen digital verschickt und über ein " +
                "Portal beantwortet. Ein Qualifizierungsmodul prüft die Antworten automatisch und übergibt sie an die Zentrale " +
                "Kaufpreissammlung (ZKPS). Ein Projekt der Stadt Paderborn in der Digitalen Modellregion OWL.",
                "Fragebögen zu Immobilienkäufen ohne Papier erheben und geprüft in die Kaufpreissammlung übernehmen.");
            s.TitleEn = "ZEonline – digital questionnaires on property purchases";
            s.SummaryEn = "Digital questionnaires on property sales: portal, automatic qualification, transfer to the purchase price collection.";
            s.DescriptionEn =
                "For the purchase price collection of the valuation committee, the questionnaires on property purchases are sent digitally " +
                "and answered through a portal. A qualification module checks the answers automatically and passes them to the central " +
                "purchase price collection (ZKPS). A project of the City of Paderborn in the OWL model region.";
            s.SoftwareType = "standalone/web";
            s.Platforms = "web";
            s.Scope = "local-authorities";
            s.Features = "Fragebögen digital verschicken\nAntworten über ein Portal\nAutomatische Qualifizierung\nÜbergabe an die Zentrale Kaufpreissammlung (ZKPS)";
            s.FeaturesEn = "Questionnaires sent digitally\nAnswers through a portal\nAutomatic qualification\nTransfer to the central purchase price collection (ZKPS)";
            s.Sources.Add(Src("https://www.gelsenkirchen.de/de/Stadtprofil/Stadtthemen/Die_vernetzte_Stadt/Leitthemen_und_Projekte/Digitale_und_Buergerorientierte_Verwaltung/ZEonline.aspx", "Stadt Gelsenkirchen: ZEonline", "Inhalt"));

            s = AddSolution("INSPIRE – Integrierte Sicherheits-Pilot-Region", SolutionKind.Concept, Maturity.Pilot, "sic",
                ["INSPIRE – Integrierte Sicherheits-Pilot-Region"], ["sicherheit"],
                "Bevölkerungsschutz vernetzt: App, Drohnenflüge vor der Feuerwehr, Sensoren für Besucherströme, Reallabor.",
                "INSPIRE verbindet eine integrierte App für den Bevölkerungsschutz, automatisierte Drohnenflüge, die der Feuerwehr " +
                "vorausfliegen, Sensoren für Besucherströme (Stadion) und das Reallabor „Padertopia City“. Der Pilotbetrieb lief 2022. Die " +
                "Übertragbarkeit auf andere Regionen ist ausdrückliches Ziel des Projekts. Als Gesamtkonzept geführt: Welche Bausteine als " +
                "Software zur Nachnutzung bereitstehen, ist nicht veröffentlicht.");
            s.Sources.Add(Src("https://www.nw.de/lokal/kreis_paderborn/paderborn/23110719_Padertopia-City-Mehr-Sicherheit-durch-Digitalisierung.html", "Neue Westfälische: Padertopia City", "Inhalt, Übertragbarkeit"));

            s = AddSolution("TheaterLytics – Entscheidungsunterstützung für Kulturbetriebe", SolutionKind.Concept, null, "theater-paderborn",
                ["TheaterLytics"], ["kultur"],
                "Erlösmanagement und Spielplanung mit Daten: Auslastungsprognose, Terminierung, Platz- und Preiskategorien.",
                "TheaterLytics ist ein Entscheidungsunterstützungssystem für Erlösmanagement und Spielplanung von Kulturbetrieben: Prognose " +
                "der Auslastung, Planung der Termine, Platz- und Preiskategorien. Entwickelt vom Theater Paderborn mit der Optano GmbH und dem " +
                "SI-Lab der Universität Paderborn. Ob und unter welchen Bedingungen die Software zur Nachnutzung bereitsteht, ist nicht " +
                "veröffentlicht; deshalb ist TheaterLytics hier als Konzept geführt.");
            s.Website = "https://blogs.uni-paderborn.de/theaterlytics/projektziel";
            s.Sources.Add(Src("https://blogs.uni-paderborn.de/theaterlytics/projektziel", "TheaterLytics: Projektziel", "Inhalt"));

            s = AddSolution("Regionale Gesundheitsplattform nach dem Modell OWL", SolutionKind.OperatingModel, null, null,
                ["Digitale Gesundheitsplattform OWL"], ["gesundheit"],
                "Standardbasierter Austausch von Arztbriefen, Bilddaten, Medikationsplänen und Überweisungen in einer Region.",
                "Acht Partner – fünf Akutkrankenhäuser im Kreis Paderborn, ein Praxisnetz mit rund 100 Hausärzten sowie Stadt und Kreis " +
                "Paderborn – haben einen standardbasierten Austausch mit einem zentralen Patienten- und Dokumentenindex aufgebaut, der nur " +
                "Metadaten enthält. Anwendungsfälle sind Arztbriefe, Bilddaten, Medikationspläne und Überweisungen. Die Plattform ist auf " +
                "Übertragbarkeit auf andere Regionen in NRW und Deutschland angelegt.",
                "Arztbriefe, Bilder, Medikationspläne und Überweisungen zwischen Krankenhäusern und Praxen einer Region sicher austauschen.");
            s.Sources.Add(Src("https://www.gesundheit-digital.nrw/projekte/gesundheitsplattform-owl/", "gesundheit-digital.nrw: Gesundheitsplattform OWL", "Partner, Inhalt, Übertragbarkeit"));
        }
    }

    private sealed class TrainingTransfer(DemoDataContext demo, TrainingRegion training, AppDbContext db)
    {
        public (Solution Kita, Solution Guide) AddSolutions(IReadOnlyDictionary<string, Project> projects)
        {
            var kita = new Solution
            {
                Slug = "kita-anmeldung-online-beispiel",
                Title = "Kita-Anmeldung online (Beispiel)",
                Kind = SolutionKind.Software,
                Maturity = Maturity.Production,
                Region = training.Region,
                Provider = training.Organisation("musterstadt"),
                Summary = "Eltern melden ihr Kind online für einen Kita-Platz an; die Kommune vergibt die Plätze zentral.",
                Problem = "Eltern melden ihr Kind bei vielen Kitas einzeln an, Plätze werden doppelt zugesagt, Zusagen kommen spät.",
                Description =
                    "Die Kita-Anmeldung online ist im Projekt „Zentrale Kita-Vergabe Musterstadt“ entstanden: Eltern wählen bis zu drei Wunsch-Kitas, " +
                    "die Kommune vergibt die Plätze nach veröffentlichten Kriterien, Zu- und Absagen kommen digital. Der Anbieter betreibt " +
                    "die Lösung für andere Kommunen mit; eigene Server sind nicht nötig.\n\n*Fiktive Lösung der Übungsregion (Beispieldaten).*",
                TargetTypes = MunicipalityTypes.DistrictMember | MunicipalityTypes.IndependentCity,
                TargetSizes = MunicipalitySizes.Small | MunicipalitySizes.Medium,
                OperatorModels = OperatorModels.HostedByProvider | OperatorModels.SharedService,
                Prerequisites = "Liste der Kitas mit Plätzen je Altersgruppe; Kriterien der Platzvergabe (Satzung).",
                AdoptionSteps = "Erstgespräch mit dem Projektbüro\nKriterien der Platzvergabe festlegen\nKitas und Plätze erfassen\nFreischaltung für Eltern",
                Licence = "EUPL-1.2",
                CostOneOff = 8_000m,
                CostRunningPerYear = 3_600m,
                CostNote = "Beispielwerte für eine Kommune mit 10 bis 25 Kitas.",
                MaintenanceType = MaintenanceType.Internal,
                SoftwareType = "standalone/web",
                Platforms = "web",
                Scope = "local-authorities,education",
                Features = "Anmeldung mit bis zu drei Wunsch-Kitas\nZentrale Platzvergabe nach Kriterien\nZu- und Absagen per E-Mail\nÜbersicht für Kitas und Jugendamt",
                Contacts = [new SolutionContact { Name = "Projektbüro der Übungsregion (Beispiel)", Email = "buero@uebungsregion.example" }],
                Topics = [demo.Topics["bildung"]],
                IsExample = true,
            };
            kita.Projects.Add(new SolutionProject { Project = projects["kita"] });
            kita.Reuses.Add(new Reuse
            {
                UserName = "Beispielhausen (Beispiel)",
                Organisation = training.Organisation("beispielhausen"),
                Since = training.Day(-200),
                Note = "Nutzt die Lösung im Betrieb des Anbieters (Beispiel).",
                Status = ReuseStatus.Confirmed,
                ConfirmedAt = training.At(-190),
                ConfirmedBy = "Projektbüro der Übungsregion (Beispiel)",
            });
            kita.Reuses.Add(new Reuse
            {
                UserName = "Musterdorf (Beispiel)",
                Organisation = training.Organisation("musterdorf"),
                Since = training.Day(-20),
                Note = "Gemeldet über das Formular „Nachnutzung melden“ (Beispiel); wartet auf die Bestätigung durch das Projektbüro.",
                Status = ReuseStatus.Declared,
                DeclaredByName = "Paul Beispiel",
                DeclaredByEmail = "paul.beispiel@example.org",
            });
            db.Solutions.Add(kita);

            var guide = new Solution
            {
                Slug = "leitfaden-digitale-kita-platzvergabe-beispiel",
                Title = "Leitfaden: Kita-Plätze digital vergeben (Beispiel)",
                Kind = SolutionKind.Guide,
                Maturity = Maturity.Established,
                Region = training.Region,
                Provider = training.Organisation("musterstadt"),
                Summary = "Wie eine Kommune die Kita-Anmeldung digitalisiert: Kriterien, Satzung, Datenschutz, Einführung.",
                Problem = "Kommunen wollen die Kita-Anmeldung online anbieten und wissen nicht, wo sie anfangen sollen.",
                Description =
                    "Der Leitfaden fasst die Erfahrungen aus dem Projekt „Zentrale Kita-Vergabe Musterstadt“ zusammen: Vergabekriterien, Änderung " +
                    "der Satzung, Datenschutz-Folgenabschätzung, Einbindung der Kita-Träger und ein Zeitplan für die Einführung.\n\n" +
                    "*Fiktive Lösung der Übungsregion (Beispieldaten).*",
                TargetTypes = MunicipalityTypes.DistrictMember | MunicipalityTypes.IndependentCity | MunicipalityTypes.District,
                TargetSizes = MunicipalitySizes.Small | MunicipalitySizes.Medium | MunicipalitySizes.Large,
                Licence = "CC-BY-4.0",
                Topics = [demo.Topics["bildung"]],
                IsExample = true,
            };
            guide.Projects.Add(new SolutionProject { Project = projects["kita"] });
            db.Solutions.Add(guide);
            return (kita, guide);
        }

        /// <summary>Transfer cases in every stage of the pipeline, with the steps that led there.</summary>
        public void AddTransfer((Solution Kita, Solution Guide) solutions)
        {
            TransferCase Case(Solution solution, string ags, string contact, string email, string need, Timeline timeline, int openedDaysAgo,
                params (TransferStage To, int DaysAgo, string? Reason)[] steps)
            {
                var opened = training.At(-openedDaysAgo, 9);
                var transferCase = new TransferCase
                {
                    Solution = solution,
                    MunicipalityAgs = ags,
                    ContactName = contact,
                    ContactEmail = email,
                    ContactRole = "Digitalisierungsbeauftragte (Beispiel)",
                    Need = need,
                    Timeline = timeline,
                    ConsentAt = opened,
                    Stage = TransferStage.Request,
                    LastActivityAt = opened,
                    CreatedAt = opened,
                };
                transferCase.Steps.Add(new TransferCaseStep { To = TransferStage.Request, At = opened, By = "Öffentliches Formular", Reason = "Interessensbekundung eingegangen" });
                foreach (var (to, daysAgo, reason) in steps)
                {
                    if (!TransferStages.AllowedTargets(transferCase.Stage, transferCase.CancelledFrom).Contains(to))
                    {
                        throw new InvalidOperationException($"Kein erlaubter Schritt im Transferfall von {transferCase.Stage} nach {to}.");
                    }

                    var at = training.At(-daysAgo, 11);
                    transferCase.Steps.Add(new TransferCaseStep { From = transferCase.Stage, To = to, At = at, By = "Projektbüro der Übungsregion (Beispiel)", Reason = reason });
                    if (to == TransferStage.Cancelled)
                    {
                        transferCase.CancelledFrom = transferCase.Stage;
                    }

                    transferCase.Stage = to;
                    transferCase.LastActivityAt = at;
                }

                db.TransferCases.Add(transferCase);
                return transferCase;
            }

            Case(solutions.Kita, "05766016", "Jana Beispiel", "jana.beispiel@example.org",
                "Wir möchten die Anmeldung für unsere neun Kitas online anbieten (Beispiel).", Timeline.WithinSixMonths, 2);
            var meeting = Case(solutions.Kita, "05766060", "Tom Beispiel", "tom.beispiel@example.org",
                "Unsere Wartelisten sind doppelt geführt; wir suchen eine zentrale Vergabe (Beispiel).", Timeline.WithinYear, 20,
                (TransferStage.FirstMeeting, 5, "Erstgespräch per Video vereinbart"));
            meeting.NextStep = "Zweites Gespräch mit dem Jugendamt";
            meeting.NextStepDue = training.Day(7);
            meeting.Notes.Add(new TransferCaseNote { Text = "Das Jugendamt möchte die Kriterien der Platzvergabe vorab sehen (Beispiel).", CreatedAt = training.At(-5, 12), AuthorName = "Projektbüro der Übungsregion (Beispiel)" });
            Case(solutions.Guide, "05766052", "Eva Beispiel", "eva.beispiel@example.org",
                "Wir brauchen eine Anleitung für die Satzungsänderung (Beispiel).", Timeline.Now, 40,
                (TransferStage.FirstMeeting, 30, null), (TransferStage.Agreement, 10, "Leitfaden und Mustersatzung übergeben; Begleitung vereinbart"));
            Case(solutions.Kita, "05766032", "Ben Beispiel", "ben.beispiel@example.org",
                "Anmeldung für sechs Kitas in zwei Ortsteilen (Beispiel).", Timeline.Now, 120,
                (TransferStage.FirstMeeting, 100, null), (TransferStage.Agreement, 70, null), (TransferStage.Implementation, 30, "Einrichtung beim Anbieter beauftragt"));
            var reused = Case(solutions.Kita, TrainingReuseAgs, "Nina Beispiel", "nina.beispiel@example.org",
                "Online-Anmeldung für die Kitas der Stadt (Beispiel).", Timeline.Now, 260,
                (TransferStage.FirstMeeting, 250, null), (TransferStage.Agreement, 220, null), (TransferStage.Implementation, 180, null),
                (TransferStage.Reused, 120, "Im Betrieb seit dem Start des Kita-Jahres (Beispiel)"));
            solutions.Kita.Reuses.Add(new Reuse
            {
                UserName = "Nieheim (Beispiel-Nachnutzung)",
                MunicipalityAgs = TrainingReuseAgs,
                Since = training.Day(-120),
                Note = "Fiktive Nachnutzung der Übungsregion: zeigt, wie Matchmaking eine Nachbarkommune im selben Kreis erkennt. Über den Transferfall begleitet (Beispiel).",
                Status = ReuseStatus.Confirmed,
                ConfirmedAt = training.At(-120, 11),
                ConfirmedBy = "Projektbüro der Übungsregion (Beispiel)",
                TransferCase = reused,
                DeclaredByName = reused.ContactName,
                DeclaredByEmail = reused.ContactEmail,
            });
            var cancelled = Case(solutions.Guide, "05766012", "Lea Beispiel", "lea.beispiel@example.org",
                "Leitfaden für die Umstellung der Kita-Anmeldung (Beispiel).", Timeline.Open, 90,
                (TransferStage.FirstMeeting, 80, null), (TransferStage.Cancelled, 60, "Keine Mittel oder Kapazität: Stelle nicht besetzt (Beispiel)"));
            cancelled.CancelReason = CancelReason.NoMoneyOrCapacity;
            cancelled.CancelNote = "Stelle nicht besetzt (Beispiel).";
        }
    }
}
