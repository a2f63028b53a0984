using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News;

/// <summary>
/// The news of the demo data: published reports on the programme's regions and projects, each with its source, and two
/// fictional news items of the training region.
/// </summary>
public sealed class NewsDemoData : IDemoData
{
    public int Order => 100;

    public Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        new PublishedNews(context, context.Db).Add();
        return Task.CompletedTask;
    }

    public Task SeedTrainingRegionAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        new TrainingNews(context.Training, context.Db).Add(context.Training.Projects);
        return Task.CompletedTask;
    }

    private sealed class PublishedNews(DemoDataContext demo, AppDbContext db)
    {
        private NewsItem AddNewsItem(string region, DateOnly on, string title, string teaser, string body, SourceReference source, Project? project = null)
        {
            var item = new NewsItem
            {
                Slug = Slug.From($"{on.Year}-{title}"),
                Title = title,
                Teaser = teaser,
                Body = body,
                PublishedOn = on,
                Region = demo.Regions[region],
                Project = project,
                Sources = [source.Copy()],
            };
            db.News.Add(item);
            return item;
        }

        public void Add()
        {
            AddNewsItem("owl", new DateOnly(2018, 10, 8), "Erster Förderbescheid in der Modellregion OWL übergeben",
                "Die Stadt Paderborn erhält den ersten Bescheid der Digitalen Modellregion OWL – für ihr digitales Bürgerbüro.",
                "Am 8. Oktober 2018 wurde der erste Förderbescheid der Digitalen Modellregion OWL übergeben: für das digitale Bürgerbüro " +
                "auf Basis eines Serviceportals der Stadt Paderborn.",
                DemoDataContext.Source("https://www.paderborn.de/guiapplications/newsdesk/publications/Stadt_Paderborn/109010100000140574.php", "Stadt Paderborn: Übergabe des Förderbescheids"),
                demo.ProjectTitled("Digitales Bürgerbüro auf Basis eines Serviceportals"));
            AddNewsItem("soest", new DateOnly(2018, 12, 4), "Rund 700.000 Euro für das Projektbüro in Soest",
                "Die Bezirksregierung Arnsberg bewilligt 699.984,50 € für das Projektbüro der Modellregion Soest.",
                "Mit Bescheid vom 4. Dezember 2018 hat die Bezirksregierung Arnsberg dem Projektbüro der Digitalen Modellregion Soest eine Zuwendung von 699.984,50 € bewilligt.",
                DemoDataContext.Source("https://bra.nrw.de/presse/rund-700000-euro-fuer-digitale-kommune-soest", "Bezirksregierung Arnsberg: Rund 700.000 Euro für digitale Kommune Soest"),
                demo.ProjectTitled("Projektbüro der Digitalen Modellregion Soest"));
            AddNewsItem("owl", new DateOnly(2019, 8, 22), "Land fördert die zentrale Open-Data-Plattform in Paderborn",
                "2,5 Mio. € für eine urbane Datenplattform auf Open-Source-Basis.",
                "Mit Bescheid vom 22. August 2019 fördert das Land die zentrale Open-Data-Plattform „Local Open Data“ der Stadt Paderborn mit 2,5 Mio. €.",
                DemoDataContext.Source("http://www.owl-journal.de/land-foerdert-das-projekt-zentrale-open-data-plattform/", "OWL-Journal: Land fördert das Projekt Zentrale Open Data Plattform"),
                demo.ProjectTitled("Zentrale Open-Data-Plattform „Local Open Data“"));
            AddNewsItem("owl", new DateOnly(2022, 3, 10), "Digitalkongress „DigitaleZukunft@OWL“ im Heinz Nixdorf MuseumsForum",
                "59 Projekte, rund 200 Gäste vor Ort und etwa 2.000 online.",
                "Am 10. März 2022 fand der Digitalkongress „DigitaleZukunft@OWL“ im Heinz Nixdorf MuseumsForum in Paderborn statt. " +
                "59 Projekte stellten sich vor; rund 200 Menschen waren vor Ort, etwa 2.000 online dabei. Veranstalter waren die Digitale " +
                "Modellregion OWL, die Heinz Nixdorf Stiftung, das HNF und die OstWestfalenLippe GmbH.",
                DemoDataContext.Source("https://www.owl-journal.de/mit-digitalisierung-die-zukunft-gestalten/", "OWL-Journal: Mit Digitalisierung die Zukunft gestalten"));
            AddNewsItem("owl", new DateOnly(2023, 5, 26), "Abschlussveranstaltung der Digitalen Modellregion OWL",
                "Das Digitalboard zieht Bilanz: 16 Modellprojekte in OWL.",
                "Am 26. Mai 2023 fand die Abschlussveranstaltung der Digitalen Modellregion OWL mit dem Digitalboard statt.",
                DemoDataContext.Source("https://paderborn.de/microsite/digitale_heimat/news_veranstaltungen/news-2023/Digitale-Modellregion-OWL-ueberzeugen-NRW-weit.php", "Stadt Paderborn: Digitale Modellregion OWL überzeugt NRW-weit"));
            AddNewsItem("aachen", new DateOnly(2023, 8, 17), "Abschlussbericht der Digitalen Modellregion Aachen vorgestellt",
                "Alle 14 Projekte waren zum 30. Juni 2023 abgeschlossen.",
                "Am 17. August 2023 wurde der Abschlussbericht der Digitalen Modellregion Aachen vorgestellt. Alle 14 Projekte waren zum 30. Juni 2023 abgeschlossen.",
                DemoDataContext.Source("https://aachen.de/de/stadt%5Fbuerger/politik_verwaltung/pressemitteilungen/Abschluss-Digitale-Modellregion.html", "Stadt Aachen: Abschluss der Digitalen Modellregion"));
        }
    }

    private sealed class TrainingNews(TrainingRegion training, AppDbContext db)
    {
        public void Add(IReadOnlyDictionary<string, Project> projects)
        {
            void News(int daysAgo, string title, string teaser, string body, Project? project = null) =>
                db.News.Add(new NewsItem
                {
                    Slug = Slug.From("beispiel-" + title),
                    Title = title,
                    Teaser = teaser,
                    Body = body + "\n\n*Fiktive Meldung der Übungsregion (Beispieldaten).*",
                    PublishedOn = training.Day(-daysAgo),
                    Region = training.Region,
                    Project = project,
                    IsExample = true,
                });

            News(60, "Digitalboard befürwortet Open-Data-Portal und Digitales Fundbüro (Beispiel)",
                "Zwei von drei Projektideen haben das Votum des Digitalboards der Übungsregion.",
                "In seiner Sitzung hat das Digitalboard der Übungsregion das Open-Data-Portal des Kreises Musterland und das Digitale " +
                "Fundbüro befürwortet. Den Drohnen-Lieferdienst hat es abgelehnt.", projects["opendata"]);
            News(100, "Kita-Anmeldung online jetzt auch in Nachbarkommunen (Beispiel)",
                "Die Lösung aus der zentralen Kita-Vergabe Musterstadt wird nachgenutzt.",
                "Die in Musterstadt entwickelte Kita-Anmeldung wird inzwischen auch außerhalb der Übungsregion genutzt.", projects["kita"]);
        }
    }
}
