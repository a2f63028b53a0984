using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Data.Seeding;

/// <summary>
/// The demo data: real, published facts about the NRW programme "Digitale Modellregionen" and its projects,
/// each with its source. Where a fact is not published, the field stays empty; no figure is invented. Beside them,
/// the fictional training region (<see cref="TrainingRegionSlug"/>), flagged as example data, lets every journey be
/// tried on a fresh start.
/// </summary>
public sealed partial class DemoData(AppDbContext db, IEnumerable<IDemoData> contributions)
{
    private readonly DemoDataContext _context = new(db);
    private ILookup<string, string> _districtMunicipalities = null!;

    /// <summary>Loads the demo data unless the database already has regions. Returns whether it loaded.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Regions.AnyAsync(cancellationToken))
        {
            return false;
        }

        if (!await db.Municipalities.AnyAsync(cancellationToken))
        {
            await new ImportMunicipalities(db).RunAsync(cancellationToken);
        }

        _districtMunicipalities = (await db.Municipalities.AsNoTracking().Select(m => new { m.DistrictAgs, m.Ags }).ToListAsync(cancellationToken))
            .ToLookup(m => m.DistrictAgs, m => m.Ags);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        AddTaxonomy();
        AddProgramme();
        AddOrganisations();
        await db.SaveChangesAsync(cancellationToken);
        AddRegions();
        await db.SaveChangesAsync(cancellationToken);

        AddOwlProjects();
        AddOtherRegionsProjects();
        KeepOrganisationsWithTheirRegion();

        // The features' parts (news, Digitalboard, transfer …), saved together with the projects.
        var ordered = contributions.OrderBy(c => c.Order).ToList();
        foreach (var contribution in ordered)
        {
            await contribution.SeedAsync(_context, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        // The fictional training region (DemoData.Training.cs): marked as example data, kept out of the real figures.
        _context.Training = await TrainingRegion.AddAsync(_context, cancellationToken);
        foreach (var contribution in ordered)
        {
            await contribution.SeedTrainingRegionAsync(_context, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>
    /// An organisation that takes part only in projects of one region is kept by that region's project office
    /// (the office may then edit it); one active in several regions stays with the administrators.
    /// </summary>
    private void KeepOrganisationsWithTheirRegion()
    {
        var regionsByOrganisation = db.ChangeTracker.Entries<Project>()
            .SelectMany(e => e.Entity.Partners.Select(p => (Organisation: p.Organisation!, e.Entity.Region)))
            .GroupBy(x => x.Organisation, x => x.Region);
        foreach (var group in regionsByOrganisation)
        {
            if (group.Key.Region is null && group.Distinct().Count() == 1)
            {
                group.Key.Region = group.First();
            }
        }
    }

    private static SourceReference Src(string url, string title, string? supports = null) => DemoDataContext.Source(url, title, supports);

    private void AddTaxonomy()
    {
        string[][] fields =
        [
            ["e-government", "E-Government"],
            ["digitale-stadtentwicklung", "Digitale Stadtentwicklung"],
            ["projektbuero", "Projektbüro"],
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            var field = new Field { Slug = fields[i][0], Name = fields[i][1], SortOrder = i };
            _context.Fields[field.Slug] = field;
            db.Fields.Add(field);
        }

        string[][] topics =
        [
            ["digitales-buergerbuero", "Digitales Bürgerbüro"],
            ["open-data", "Open Data"],
            ["mobilitaet", "Mobilität"],
            ["energie", "Energie"],
            ["klima-umwelt", "Klima und Umwelt"],
            ["gesundheit", "Gesundheit"],
            ["bildung", "Bildung"],
            ["sicherheit", "Sicherheit"],
            ["kultur", "Kultur"],
            ["tourismus", "Tourismus 4.0"],
            ["wissenstransfer-start-ups", "Wissenstransfer und Start-ups"],
            ["ehandel", "eHandel"],
            ["smart-home", "Smart Home"],
            ["internet-der-dinge", "Internet der Dinge"],
            ["beteiligung", "Bürgerbeteiligung"],
            ["digitale-kreativquartiere", "Digitale Kreativquartiere"],
            ["vernetzung", "Vernetzung und Transfer"],
        ];
        for (var i = 0; i < topics.Length; i++)
        {
            var topic = new Topic { Slug = topics[i][0], Name = topics[i][1], SortOrder = i };
            _context.Topics[topic.Slug] = topic;
            db.Topics.Add(topic);
        }
    }

    private void AddProgramme()
    {
        _context.Programme = new Programme
        {
            Slug = "digitale-modellregionen-nrw",
            Name = "Digitale Modellregionen in NRW",
            ShortName = "DMR NRW",
            Funder = "Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie des Landes NRW (MWIDE); später beim Ministerium für Heimat, Kommunales, Bau und Digitalisierung (MHKBD)",
            LegalBasis = "Richtlinie über die Gewährung von Zuwendungen zur Förderung von digitalen Modellregionen, Runderlass des MWIDE vom 3. Juli 2018, MBl. NRW. 2018 Nr. 17 (11.7.2018) S. 381; Stichtag: bis auf Weiteres",
            Description =
                "Seit Sommer 2018 erarbeiten fünf Digitale Modellregionen in Nordrhein-Westfalen innovative und übertragbare Lösungen " +
                "in den Bereichen **E-Government** (mit dem Schwerpunkt „digitales Bürgerbüro“) und **digitale Stadtentwicklung** " +
                "(Mobilität, Energie, Klima, Umwelt, Gesundheit, Wissenstransfer und Start-ups, eHandel, Tourismus 4.0, digitale " +
                "Kreativquartiere, Bildung, Sicherheit, Smart Home). Gefördert wird außerdem ein Projektbüro je Region.\n\n" +
                "Zuwendungen sind Zuschüsse: bis zu 50 % der zuwendungsfähigen Ausgaben, bis zu 80 % für Kommunen und gemeinnützige " +
                "Einrichtungen, bis zu 90 % für Forschungseinrichtungen. Bewilligungsbehörde ist die jeweilige Bezirksregierung. " +
                "Das Programm endete am 30. Juni 2023; seitdem läuft die Abrechnung.",
            StartsOn = new DateOnly(2018, 7, 3),
            EndsOn = new DateOnly(2023, 6, 30),
            AnnouncedBudget = 91_000_000m,
            Rules = new FundingRules(),
            Sources =
            [
                Src("https://recht.nrw.de/lmi/owa/br_vbl_detail_text?anw_nr=7&vd_id=17129&ver=8&val=17129&sg=1&menu=1&vd_back=N", "Richtlinie (recht.nrw.de)", "Rechtsgrundlage, Regionen"),
                Src("https://www.nrwbank.de/de/foerderung/foerderprodukte/15917/digitale-modellregionen.html", "NRW.BANK: Digitale Modellregionen", "Förderquoten"),
                Src("https://www.nrwbank.de/de/foerderlotse-produkte/Foerderung-von-digitalen-Modellregionen/15917/produktdetail.html", "NRW.BANK Förderlotse", "Förderbereiche, Antragsberechtigte"),
                Src("https://www.wirtschaft.nrw/pressemitteilung/land-investiert-91-millionen-euro-modellkommunen-um-digitale-angebote-fuer-buerger?month=2018-10", "MWIDE-Pressemitteilung: 91 Millionen Euro", "angekündigtes Budget"),
                Src("https://www.gkdpb.de/de/aktuelles/meldungen/Digitale-Modellregionen-setzen-Impulse.php", "GKD Paderborn: Digitale Modellregionen setzen Impulse", "Laufzeit bis 30.06.2023"),
                Src("https://www.bezreg-muenster.de/de/foerderung/foerderprogramme_a-z/3_digitale_modellregionen/index.html", "Bezirksregierung Münster: Digitale Modellregionen", "Programmende, Abrechnung"),
            ],
        };
        db.Programmes.Add(_context.Programme);
    }

    private Organisation Org(string key, string name, OrganisationType type, string? municipalityAgs = null, string? districtAgs = null,
        string? shortName = null, string? city = null, string? website = null, string? description = null, params SourceReference[] sources)
    {
        var organisation = new Organisation
        {
            Slug = Slug.From(name),
            Name = name,
            ShortName = shortName,
            Type = type,
            MunicipalityAgs = municipalityAgs,
            DistrictAgs = districtAgs,
            City = city,
            Website = website,
            Description = description,
            Sources = [.. sources.Select(s => s.Copy())],
        };
        _context.Organisations[key] = organisation;
        db.Organisations.Add(organisation);
        return organisation;
    }

    private Organisation O(string key) => _context.Organisations[key];

    private void AddOrganisations()
    {
        var owlSource = Src("http://www.owl-journal.de/digitale-modellregion-macht-sich-auf-den-weg/", "OWL-Journal: Digitale Modellregion macht sich auf den Weg");
        var delbrueckSource = Src("https://www.stadt-delbrueck.de/de/rathaus-online/delbrueck-digital/digitale-modellregion-owl.php", "Stadt Delbrück: Digitale Modellregion OWL");

        // OWL (Regierungsbezirk Detmold)
        Org("paderborn", "Stadt Paderborn", OrganisationType.Municipality, "05774032", city: "Paderborn", website: "https://www.paderborn.de",
            description: "Leitkommune der Digitalen Modellregion OWL und Sitz des Projektbüros.", sources: owlSource);
        Org("kreis-paderborn", "Kreis Paderborn", OrganisationType.District, districtAgs: "05774", city: "Paderborn", website: "https://www.kreis-paderborn.de", sources: owlSource);
        Org("delbrueck", "Stadt Delbrück", OrganisationType.Municipality, "05774020", city: "Delbrück", website: "https://www.stadt-delbrueck.de", sources: delbrueckSource);
        Org("bielefeld", "Stadt Bielefeld", OrganisationType.Municipality, "05711000", districtAgs: "05711", city: "Bielefeld", website: "https://www.bielefeld.de",
            description: "Kreisfreie Stadt; trat der Kooperationsvereinbarung per Ratsbeschluss vom 07.06.2018 bei.",
            sources: Src("https://bielefeld.meine-stadt-transparent.de/file/24662/", "Ratsbeschluss Bielefeld", "Beitritt 07.06.2018"));
        Org("bezreg-detmold", "Bezirksregierung Detmold", OrganisationType.DistrictGovernment, city: "Detmold", website: "https://www.bezreg-detmold.nrw.de",
            description: "Bewilligungsbehörde für die Projekte der Digitalen Modellregion OWL.", sources: owlSource);
        Org("uni-paderborn", "Universität Paderborn", OrganisationType.University, city: "Paderborn", website: "https://www.uni-paderborn.de",
            description: "Mitglied im Digitalboard OWL; Partner in mehreren Projekten (u. a. Heinz Nixdorf Institut, C.I.K., SI-Lab).", sources: delbrueckSource);
        Org("its-owl", "it's OWL", OrganisationType.Association, city: null, description: "Technologie-Netzwerk in Ostwestfalen-Lippe; im Digitalboard OWL vertreten.", sources: delbrueckSource);
        Org("lemgo-digital", "Lemgo Digital", OrganisationType.Association, city: "Lemgo", description: "Im Digitalboard OWL vertreten.", sources: delbrueckSource);
        Org("hwk", "Handwerkskammer (HWK) in OWL", OrganisationType.Chamber, shortName: "HWK",
            description: "Im Digitalboard OWL vertreten. Die Quellen nennen die Kammer nur als „HWK“.", sources: delbrueckSource);
        Org("ihk", "Industrie- und Handelskammer (IHK) in OWL", OrganisationType.Chamber, shortName: "IHK",
            description: "Im Digitalboard OWL vertreten. Die Quellen nennen die Kammer nur als „IHK“.", sources: delbrueckSource);
        Org("sic", "safety innovation center e. V.", OrganisationType.Association, shortName: "sic", city: "Paderborn",
            description: "Leitet das Projekt INSPIRE (Integrierte Sicherheits-Pilot-Region).");
        Org("rtb", "RTB GmbH", OrganisationType.Company, description: "Partner in den Projekten Schlosskreuzung und INSPIRE.");
        Org("stuehrenberg", "Stührenberg GmbH", OrganisationType.Company, description: "Partner im Projekt Schlosskreuzung.");
        Org("symcon", "Symcon", OrganisationType.Company, description: "Partner im Projekt INSPIRE.");
        Org("germandrones", "Condor / Germandrones", OrganisationType.Company, description: "Partner im Projekt INSPIRE (Drohnenflüge).");
        Org("theater-paderborn", "Theater Paderborn", OrganisationType.Culture, city: "Paderborn", description: "Leitet das Projekt TheaterLytics.");
        Org("optano", "Optano GmbH", OrganisationType.Company, description: "Partner im Projekt TheaterLytics.");
        Org("unity", "Unity AG", OrganisationType.Company, description: "Beratung im Projekt Digitale Gesundheitsplattform OWL.");
        Org("mwide", "Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie des Landes NRW", OrganisationType.Ministry, shortName: "MWIDE",
            city: "Düsseldorf", description: "Fördergeber des Programms Digitale Modellregionen NRW.");
        Org("ptj", "Projektträger Jülich", OrganisationType.ResearchInstitute, shortName: "PtJ", city: "Jülich",
            description: "Projektträger für ausgewählte Forschungsprojekte und Begutachtung im Programm.",
            sources: Src("https://www.ptj.de/projektfoerderung/digitale-modellregionen", "PtJ: Digitale Modellregionen"));
        Org("uni-siegen", "Universität Siegen", OrganisationType.University, city: "Siegen", description: "Wissenschaftliche Begleitung des Programms.",
            sources: Src("https://kommunal.de/digitale-verwaltung-nrw-will-estland-einholen", "KOMMUNAL: Digitale Verwaltung – NRW will Estland einholen"));
        Org("moenchengladbach", "Stadt Mönchengladbach", OrganisationType.Municipality, "05116000", districtAgs: "05116", city: "Mönchengladbach",
            description: "Übernahm die Version 2 der Local-Open-Data-Plattform aus Paderborn.");

        // Soest (Regierungsbezirk Arnsberg)
        var richtlinie = Src("https://recht.nrw.de/lmi/owa/br_vbl_detail_text?anw_nr=7&vd_id=17129&ver=8&val=17129&sg=1&menu=1&vd_back=N", "Richtlinie (recht.nrw.de)", "Partner der Region");
        Org("soest", "Stadt Soest", OrganisationType.Municipality, "05974040", city: "Soest", website: "https://www.soest.de", sources: richtlinie);
        Org("iserlohn", "Stadt Iserlohn", OrganisationType.Municipality, "05962024", city: "Iserlohn", sources: richtlinie);
        Org("lippstadt", "Stadt Lippstadt", OrganisationType.Municipality, "05974028", city: "Lippstadt", sources: richtlinie);
        Org("kreis-soest", "Kreis Soest", OrganisationType.District, districtAgs: "05974", city: "Soest", sources: richtlinie);
        Org("bezreg-arnsberg", "Bezirksregierung Arnsberg", OrganisationType.DistrictGovernment, city: "Arnsberg", website: "https://www.bra.nrw.de");

        // Bergisches Städtedreieck (Regierungsbezirk Düsseldorf)
        Org("wuppertal", "Stadt Wuppertal", OrganisationType.Municipality, "05124000", districtAgs: "05124", city: "Wuppertal", website: "https://www.wuppertal.de", sources: richtlinie);
        Org("solingen", "Stadt Solingen", OrganisationType.Municipality, "05122000", districtAgs: "05122", city: "Solingen", sources: richtlinie);
        Org("remscheid", "Stadt Remscheid", OrganisationType.Municipality, "05120000", districtAgs: "05120", city: "Remscheid", sources: richtlinie);
        Org("bezreg-duesseldorf", "Bezirksregierung Düsseldorf", OrganisationType.DistrictGovernment, city: "Düsseldorf");

        // Aachen (Regierungsbezirk Köln)
        Org("aachen", "Stadt Aachen", OrganisationType.Municipality, "05334002", city: "Aachen", website: "https://www.aachen.de", sources: richtlinie);
        Org("staedteregion-aachen", "StädteRegion Aachen", OrganisationType.District, districtAgs: "05334", city: "Aachen", sources: richtlinie);
        Org("bezreg-koeln", "Bezirksregierung Köln", OrganisationType.DistrictGovernment, city: "Köln");

        // Gelsenkirchen / Emscher-Lippe (Regierungsbezirk Münster)
        Org("gelsenkirchen", "Stadt Gelsenkirchen", OrganisationType.Municipality, "05513000", districtAgs: "05513", city: "Gelsenkirchen", website: "https://www.gelsenkirchen.de", sources: richtlinie);
        Org("bottrop", "Stadt Bottrop", OrganisationType.Municipality, "05512000", districtAgs: "05512", city: "Bottrop", sources: richtlinie);
        Org("kreis-recklinghausen", "Kreis Recklinghausen", OrganisationType.District, districtAgs: "05562", city: "Recklinghausen", sources: richtlinie);
        Org("bezreg-muenster", "Bezirksregierung Münster", OrganisationType.DistrictGovernment, city: "Münster", website: "https://www.bezreg-muenster.de",
            description: "Bewilligungsbehörde für die Digitale Modellregion Gelsenkirchen (über die Gigabit-Geschäftsstelle).");
        Org("westfaelische-hochschule", "Westfälische Hochschule", OrganisationType.University, city: "Gelsenkirchen", description: "Partner im Projekt Smartphone-Bürger-ID.");
        Org("xignsys", "XignSys", OrganisationType.Company, description: "Partner im Projekt Smartphone-Bürger-ID.");
    }

    private Region AddRegion(string key, string name, string shortName, string governingDistrict, string lead, string summary,
        string? description, ProjectOfficeContact office, string[] partners, string grantingAuthority, SourceReference[] sources)
    {
        var region = new Region
        {
            Slug = key,
            Name = name,
            ShortName = shortName,
            GoverningDistrict = governingDistrict,
            Summary = summary,
            Description = description,
            Programme = _context.Programme,
            LeadOrganisation = O(lead),
            Office = office,
            Sources = [.. sources.Select(s => s.Copy())],
        };
        region.Participations.Add(new RegionParticipation { Organisation = O(lead), Role = RegionRole.LeadMunicipality });
        foreach (var partner in partners)
        {
            region.Participations.Add(new RegionParticipation { Organisation = O(partner), Role = RegionRole.CooperationPartner });
        }

        region.Participations.Add(new RegionParticipation { Organisation = O(grantingAuthority), Role = RegionRole.GrantingAuthority });
        foreach (var organisation in new[] { lead }.Concat(partners).Append(grantingAuthority))
        {
            O(organisation).Region ??= region;
        }

        _context.Regions[key] = region;
        db.Regions.Add(region);
        return region;
    }

    private void AddRegions()
    {
        var owl = AddRegion("owl", "Digitale Modellregion OWL", "OWL", "Detmold", "paderborn",
            "Die erste Digitale Modellregion in NRW: Stadt Paderborn als Leitkommune mit dem Kreis Paderborn, der Stadt Delbrück, der kreisfreien Stadt Bielefeld und der Bezirksregierung Detmold.",
            "Die Stadt Paderborn hat in der Digitalen Modellregion OWL die Rolle der Leitkommune inne. Zusammen mit dem Kreis Paderborn, " +
            "der Stadt Delbrück, der kreisfreien Stadt Bielefeld und der Bezirksregierung Detmold werden innovative Projekte umgesetzt, " +
            "die Verbesserungen in alltäglichen Lebensbereichen wie Mobilität, Bildung und Sicherheit liefern. Andere Kommunen sollen " +
            "durch einen offenen Transfer der gewonnenen Erkenntnisse profitieren.\n\n" +
            "Der Kooperationsvertrag wurde am 19. Dezember 2017 von der Regierungspräsidentin, dem Landrat und den Bürgermeistern von " +
            "Paderborn und Delbrück unterzeichnet. Im Juli 2020 waren 13 Projekte mit 17,3 Mio. € Landesmitteln bewilligt; insgesamt " +
            "wurden 16 Modellprojekte gefördert. Die Abschlussveranstaltung mit dem Digitalboard fand am 26. Mai 2023 statt.\n\n" +
            "**Das Digitalboard** ist das zentrale Gremium zur Abstimmung der inhaltlichen Belange der Region. Dazu gehören die " +
            "Behördenleitungen der Kooperationspartner sowie Vertreter von HWK, IHK, it's OWL, Lemgo Digital, der Universität Paderborn " +
            "und der Kreise der Region. Den Vorsitz hat der Bürgermeister der Stadt Paderborn.",
            new ProjectOfficeContact
            {
                Name = "Projektbüro der Digitalen Modellregion OWL",
                Host = "Stadt Paderborn",
                Website = "https://digitale-heimat-pb.de/modellregion-owl/",
            },
            ["kreis-paderborn", "delbrueck", "bielefeld"], "bezreg-detmold",
            [
                OwlSourceJournal,
                Src("https://www.stadt-delbrueck.de/de/rathaus-online/delbrueck-digital/digitale-modellregion-owl.php", "Stadt Delbrück: Digitale Modellregion OWL", "Digitalboard, Projektbüro"),
                Src("https://digitale-heimat-pb.de/modellregion-owl/", "Digitale Heimat Paderborn: Modellregion OWL", "Projektbüro"),
                Src("http://www.owl-journal.de/owl-will-weiter-digitaler-vorreiter-sein/", "OWL-Journal: OWL will weiter digitaler Vorreiter sein", "13 Projekte, 17,3 Mio. € (Juli 2020)"),
                Src("https://paderborn.de/microsite/digitale_heimat/news_veranstaltungen/news-2022/Digitale-Modellregion-OWL-in-Ton-und-Farbe.php", "Stadt Paderborn: Digitale Modellregion OWL in Ton und Farbe", "16 Modellprojekte"),
            ]);
        owl.Participations.Add(new RegionParticipation { Organisation = O("bezreg-detmold"), Role = RegionRole.CooperationPartner });
        owl.Participations.Add(new RegionParticipation { Organisation = O("paderborn"), Role = RegionRole.ProjectOfficeHost });
        foreach (var member in new[] { "paderborn", "bielefeld", "kreis-paderborn", "delbrueck", "bezreg-detmold", "hwk", "ihk", "its-owl", "lemgo-digital", "uni-paderborn" })
        {
            owl.Participations.Add(new RegionParticipation { Organisation = O(member), Role = RegionRole.BoardMember, Note = member == "paderborn" ? "Vorsitz: Bürgermeister der Stadt Paderborn" : null });
            O(member).Region ??= owl;
        }

        var regionSources = new[]
        {
            Src("https://recht.nrw.de/lmi/owa/br_vbl_detail_text?anw_nr=7&vd_id=17129&ver=8&val=17129&sg=1&menu=1&vd_back=N", "Richtlinie (recht.nrw.de)", "Leitkommune und Partner"),
            Src("https://www.bezreg-muenster.de/de/foerderung/foerderprogramme_a-z/3_digitale_modellregionen/index.html", "Bezirksregierung Münster: Digitale Modellregionen", "Regionen"),
        };

        AddRegion("soest", "Digitale Modellregion Soest", "Soest", "Arnsberg", "soest",
            "Stadt Soest als Leitkommune mit Iserlohn, Lippstadt und dem Kreis Soest: mehr als 20 Projekte in sechs Handlungsfeldern.",
            "Die Modellregion im Regierungsbezirk Arnsberg hat mehr als 20 Projekte mit mehr als 10 Mio. € Förderung in sechs " +
            "Handlungsfeldern umgesetzt, zum Beispiel die Online-Vormerkung für Kita-Plätze, Online-Anträge für Sozialleistungen, " +
            "die Beteiligungsplattform mitdenken-soest.de und den Mobilitätsknoten MOBIDIG. „Viele Projekte werden durch andere " +
            "Kommunen nachgenutzt.“ Eine Abschlussbroschüre liegt vor.",
            new ProjectOfficeContact { Name = "Projektbüro der Digitalen Modellregion Soest", Host = "Stadt Soest", Website = "https://stadtlabor-soest.de/abschluss-dmr/" },
            ["iserlohn", "lippstadt", "kreis-soest"], "bezreg-arnsberg",
            [.. regionSources, Src("https://stadtlabor-soest.de/abschluss-dmr/", "Stadtlabor Soest: Abschluss der Digitalen Modellregion", "Projekte, Förderung, Nachnutzung"),
                Src("https://www.kdn.de/ccd/digitale-modellregionen/modellregion-soest/", "KDN: Modellregion Soest")]);

        AddRegion("bergisches-staedtedreieck", "Digitale Modellregion Bergisches Städtedreieck", "Bergisches Städtedreieck", "Düsseldorf", "wuppertal",
            "Wuppertal als Leitkommune mit Solingen und Remscheid.",
            "Die Modellregion im Regierungsbezirk Düsseldorf wurde über ein regionales Koordinierungsgremium (Oberbürgermeister, " +
            "Bergische Universität, Wuppertal Institut, IHK), einen regionalen Expertenausschuss und lokale Koordinierungsgruppen " +
            "gesteuert. Das Projektbüro hatte drei Mitarbeitende.",
            new ProjectOfficeContact { Name = "Projektbüro der Digitalen Modellregion Bergisches Städtedreieck", Host = "Stadt Wuppertal", Website = "https://digital.wuppertal.de/digitale-modellregion/inhaltsseiten_digitale_modellkommune/projektbuero.php" },
            ["solingen", "remscheid"], "bezreg-duesseldorf",
            [.. regionSources, Src("https://digital.wuppertal.de/digitale-modellregion/inhaltsseiten_digitale_modellkommune/projektbuero.php", "Wuppertal: Projektbüro", "Steuerung, Projektbüro"),
                Src("https://kdn.de/ccd/digitale-modellregionen/modellregion-bergisches-staedtedreieck", "KDN: Modellregion Bergisches Städtedreieck")]);

        AddRegion("aachen", "Digitale Modellregion Aachen", "Aachen", "Köln", "aachen",
            "Stadt Aachen als Leitkommune mit der StädteRegion Aachen: 14 Projekte, alle bis zum 30.06.2023 abgeschlossen.",
            "Die Modellregion im Regierungsbezirk Köln hat 14 Projekte umgesetzt, etwa das Aachener Bildungsportal, das Digitale " +
            "Stadtarchiv, ehrenamtinteraktiv, das Oecher Lab, Open Data, Smart School und Smart Shopping. Alle Projekte waren zum " +
            "30.06.2023 abgeschlossen; der Abschlussbericht wurde am 17.08.2023 vorgestellt.",
            new ProjectOfficeContact { Name = "Projektbüro der Digitalen Modellregion Aachen", Host = "Stadt Aachen" },
            ["staedteregion-aachen"], "bezreg-koeln",
            [.. regionSources, Src("https://aachen.de/de/stadt%5Fbuerger/politik_verwaltung/pressemitteilungen/Abschluss-Digitale-Modellregion.html", "Stadt Aachen: Abschluss der Digitalen Modellregion", "14 Projekte, Abschluss")]);

        AddRegion("gelsenkirchen", "Digitale Modellregion Gelsenkirchen", "Gelsenkirchen", "Münster", "gelsenkirchen",
            "Gelsenkirchen als Leitkommune (bis Ende 2022) mit Bottrop und dem Kreis Recklinghausen.",
            "Die Modellregion im Regierungsbezirk Münster (Emscher-Lippe) setzte unter anderem die Smartphone-Bürger-ID, GovChain " +
            "(gemeinsam mit Aachen), GeoSmartChange und IVOD um. Die Bezirksregierung Münster: „Die Richtlinie ist ausgelaufen, es " +
            "erfolgt nun die Abrechnung.“",
            new ProjectOfficeContact { Name = "Projektbüro der Digitalen Modellregion Gelsenkirchen", Host = "Stadt Gelsenkirchen", Website = "https://gelsenkirchen.de/de/stadtprofil/stadtthemen/die_vernetzte_stadt/_digitale_modellregion.aspx" },
            ["bottrop", "kreis-recklinghausen"], "bezreg-muenster",
            [.. regionSources, Src("http://www.bezreg-muenster.de/de/im_fokus/foerderung/digitale_modellregion_gelsenkirchen/index.html", "Bezirksregierung Münster: Digitale Modellregion Gelsenkirchen"),
                Src("https://gelsenkirchen.de/de/stadtprofil/stadtthemen/die_vernetzte_stadt/_digitale_modellregion.aspx", "Stadt Gelsenkirchen: Digitale Modellregion")]);
    }

    private static readonly SourceReference OwlSourceJournal =
        new() { Url = "http://www.owl-journal.de/digitale-modellregion-macht-sich-auf-den-weg/", Title = "OWL-Journal: Digitale Modellregion macht sich auf den Weg", Supports = "Partner, Kooperationsvertrag, Digitalboard" };
}
