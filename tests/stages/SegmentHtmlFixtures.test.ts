/**
 * Small pages of the general classes that once cost whole articles or kept
 * the site around them (`tests/fixtures/html/`, written for these tests):
 * an article inside a `comments`/`sidebar` class, navigation and footers, a
 * related list inside the article, captions, hidden and repeated blocks.
 * Each asserts the whole list of hints and texts. The later ones (teaser lines, a noscript article)
 * are cut from real pages of trafilatura's evaluation set, their provenance in the fixture.
 */
import * as fs from "node:fs"
import { describe, expect, it } from "@effect/vitest"
import { segmentHtml } from "../../pipeline/stages/SegmentHtml.ts"

const hintsOf = (name: string) =>
  segmentHtml(fs.readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8")).segments.map((s) => [
    s.hint,
    s.text
  ])

describe("segmentHtml on pages of each class", () => {
  it("keeps an article whose container's class says comments and sidebar; labels the real sidebar and comments", () => {
    expect(hintsOf("comment-class-holds-article.html")).toEqual([
      ["ui", "Coastal Times News Sport"],
      ["title", "Harbour bridge reopens after repairs"],
      [
        null,
        "The harbour bridge reopened to traffic on Monday morning, three weeks after engineers closed it to replace two corroded bearings under the northern span."
      ],
      [
        null,
        "Work crews finished ahead of schedule, the city's transport office said, although a speed limit of 30 km/h will stay in place until the new surface has cured."
      ],
      [
        null,
        "Commuters who had been diverted through the industrial district, adding up to forty minutes to their journeys, welcomed the news, and buses return to their usual routes from Tuesday."
      ],
      ["related", "Most read"],
      ["related", "Council approves new budget"],
      ["related", "Storm warning for the weekend"],
      ["related", "Local team wins the cup"],
      ["comment", "Finally! The detour was a nightmare, thanks to the crews."],
      ["comment", "Why does it take three weeks to change two bearings?"],
      ["ui", "© 2024 Coastal Times. All rights reserved."]
    ])
  })

  it("labels skip links, menus, breadcrumbs and footers ui, and keeps a lede in a teaser class for the classifier", () => {
    expect(hintsOf("nav-footer.html")).toEqual([
      ["ui", "Zum Inhalt springen"],
      ["ui", "Startseite"],
      ["ui", "Politik"],
      ["ui", "Kultur"],
      ["ui", "Startseite › Verkehr"],
      ["title", "Neue Radwege für die Altstadt"],
      [
        null,
        "Der Stadtrat hat am Donnerstag beschlossen, vier Straßen der Altstadt bis zum Herbst mit getrennten Radwegen auszustatten."
      ],
      [
        null,
        "Die Pläne sehen vor, dass Autos auf zwei der Straßen nur noch in eine Richtung fahren dürfen, damit die Radwege breit genug werden."
      ],
      [
        null,
        "Der Einzelhandel hatte Bedenken geäußert, weil Parkplätze wegfallen. Die Stadt will deshalb ein Parkhaus am Rand der Altstadt günstiger machen."
      ],
      [
        null,
        "Die Bauarbeiten sollen im Mai beginnen und in Abschnitten erfolgen, damit die Geschäfte erreichbar bleiben."
      ],
      ["ui", "Impressum"],
      ["ui", "Datenschutz"],
      ["ui", "Copyright 2024 Stadtanzeiger"]
    ])
  })

  it("labels a list of links inside the article related, and keeps the paragraph after it", () => {
    expect(hintsOf("related-list.html")).toEqual([
      ["title", "La médiathèque prolonge ses horaires"],
      [
        null,
        "À partir du mois prochain, la médiathèque municipale ouvrira jusqu'à 21 heures le mardi et le jeudi, a annoncé la mairie lors du conseil de lundi."
      ],
      [
        null,
        "Cette extension, réclamée depuis longtemps par les étudiants, sera financée par une réorganisation des plannings plutôt que par de nouvelles embauches."
      ],
      ["related", "À lire aussi"],
      ["related", "Le festival du livre revient en juin"],
      ["related", "Travaux : la rue des Écoles fermée une semaine"],
      ["related", "Une nouvelle ligne de bus vers le campus"],
      [
        null,
        "Les horaires du samedi restent inchangés, et l'accès aux salles de travail demeure gratuit pour tous les habitants de la commune."
      ]
    ])
  })

  it("labels figcaptions and photo-box captions, and leaves the paragraph after an image to the classifier", () => {
    expect(hintsOf("caption.html")).toEqual([
      ["title", "Rare orchid found in national park"],
      [
        null,
        "Botanists surveying the eastern valley of the national park have found a flowering colony of an orchid that had not been recorded there for more than sixty years."
      ],
      ["image", "A pale pink orchid"],
      ["caption", "The orchid grows in shaded, damp ground. Photo: Park Service"],
      [
        null,
        "The colony of about forty plants grows near a stream, and its exact location will not be published to protect it from collectors, the park's director said."
      ],
      ["image", ""],
      ["caption", "The eastern valley in spring"],
      [
        null,
        "Volunteers will count the plants again next year to learn whether the colony is spreading, and seeds will be stored at the regional seed bank."
      ]
    ])
  })

  it("makes no segment of hidden text or structured data, and keeps a repeated lede once", () => {
    const lede =
      "The new public library on the river front has won the national architecture prize for public buildings, the jury announced on Friday evening."
    expect(hintsOf("hidden-and-repeated.html")).toEqual([
      ["title", "Library wins design award"],
      [null, lede],
      [
        null,
        "The jury praised the building's reading rooms, which are lit by long windows facing the water, and the use of timber from local forests."
      ],
      [
        null,
        "More than 200,000 visitors have come through its doors since it opened last spring, twice as many as the old library received in a year."
      ],
      ["other_noise", lede]
    ])
  })

  it("labels a lead-in and a link to another article inside the article related, and a label over a list of them, not a paragraph with a link (cut from real pages)", () => {
    expect(hintsOf("teaser-lines.html")).toEqual([
      ["ui", "Inicio Política"],
      ["title", "Nicaragua cerró 2021 con deuda externa de 14.372 millones"],
      [
        null,
        "(EFE).- Nicaragua cerró 2021 con una deuda externa total de 14.372,4 millones de dólares, lo que equivale al 102,6 % del producto interior bruto (PIB) del país, informó este martes el Banco Central nicaragüense."
      ],
      ["related", "Lea: Consejo Permanente de OEA aborda este miércoles confiscación de sus oficinas en Nicaragua"],
      [
        null,
        "La deuda externa total aumentó en 884,3 millones de dólares (6,6 %) respecto a 2020 (13.488,1 millones), debido al aumento de la deuda externa pública, explicó el ente emisor."
      ],
      [
        "related",
        "Lea más: Juan Carlos Ortega Murillo propone legalizar la comercialización de marihuana en Nicaragua"
      ],
      ["related", "Mire: El cantante Juan Luis Guerra da positivo a COVID-19"],
      [
        null,
        "Los desembolsos en 2021 fueron de 2.662,7 millones de dólares, de los cuales 50,4 % provino de acreedores privados, según el informe del Banco Central."
      ],
      ["related", "Lesen Sie auch die folgenden Beiträge:"],
      ["related", "Warum Sie diese drei HR-Prozesse digitalisieren sollten"],
      ["related", "Der Jobmarkt bleibt vital"]
    ])
  })

  it("reads a post printed in a script template and again in a noscript from the noscript, and hides a short noscript notice (cut from a real page)", () => {
    const texts = hintsOf("noscript-article.html")
    expect(texts.map(([hint, text]) => [hint, text?.slice(0, 60)])).toEqual([
      ["ui", "Enhanced Safe Browsing Protection now available in Chrome"],
      ["ui", "May 19, 2020"],
      [null, "Over the past few years we’ve seen threats on the web becomi"],
      [null, "Turning on Enhanced Safe Browsing will substantially increas"],
      [null, "Over the next year, we’ll be adding even more protections to"],
      [null, "Building upon Safe Browsing"]
    ])
  })

  it("reads a class that says a section has ads (`o-section--has-ads`) as no word about it (cut from a real page)", () => {
    expect(hintsOf("has-ads-section.html")).toEqual([
      ["ui", "News Videos"],
      ["ui", "News"],
      ["title", "The Captain’s Quest 2017 – Contest auf schwimmender Miniramp am 19. August in Dormagen"],
      ["body", "Blue Tomato präsentiert die dritte Auflage des Events in diesem Jahr am Straberger See"],
      [
        null,
        "Blue Tomato läutet mit The Captain’s Quest 2017 die dritte Runde des innovativen Contest-Formats ein. Nach der Premiere 2015 am Ramsauer See und dem Event am Wörthersee im vergangenen Jahr kommt die schwimmende Miniramp am 19. August ins Rheinland."
      ],
      ["ui", "Hier geht’s zur Facebook Veranstaltung"],
      [null, "So sieht der vorläufige Timetable aus:"],
      [null, "Warm Up 11:00 Uhr Contest 12:00 Uhr Siegerehrung 18:30 Uhr"],
      [null, "Be there or be square!"]
    ])
  })

  it("labels a newsletter sign-up inside the article ui, its prose too: a form is never the article (cut from a real page)", () => {
    const segments = hintsOf("newsletter-form.html").map(([hint, text]) => [hint, text?.slice(0, 60)])
    expect(segments).toEqual([
      ["ui", "CORRECTIV Aktuelles"],
      [null, "Insgesamt wären also etwa 1,8 Millionen Euro fällig."],
      [null, "Der Stuttgarter Verein zur Erhaltung der Rechtsstaatlichkeit"],
      [null, "Andreas Keith lässt über seinen Medienanwalt mitteilen, dass"],
      ["body", "Doch keine Parallelaktion"],
      [null, "Bis heute streitet der Verein eine Verbindung zur AfD ab. Be"],
      [null, "Der Verein hat nicht nur mit dem „Extrablatt“, sondern auch "],
      [null, "Die Bundestagsverwaltung hat die AfD zu einer Stellungnahme "],
      [null, "Die AfD behauptet also, vom „Extrablatt“ nichts gewusst zu h"],
      ["ui", "Aktuelle Recherchen per Mail"],
      ["ui", "Wir informieren Sie regelmäßig zum Thema Neue Rechte und übe"],
      ["ui", "E-Mail-Adresse"]
    ])
  })

  it("labels a short line inside the article that is all one link ui (a back button; cut from a real page)", () => {
    expect(hintsOf("link-line.html").map(([hint, text]) => [hint, text?.slice(0, 60)])).toEqual([
      ["ui", "Startseite News"],
      [null, "04.02.2022 | 13:10 Uhr | Uta Helkenberg"],
      ["title", "Stellungnahme der FN zum HLP-Pilotjahr 2022"],
      [null, "Warendorf (fn-press). Gerade haben sich die deutschen Reitpf"],
      [null, "Die FN erwartet von allen Zuchtverbänden die Einhaltung der "],
      [null, "Im Übrigen bilden die „Leitlinien für den Tierschutz im Pfer"],
      ["ui", "zurück zur vorherigen Seite"]
    ])
  })

  it("labels a donation box inside the article by its German class word (`achgut_spenden`; cut from a real page)", () => {
    expect(hintsOf("donation-box.html").map(([hint, text]) => [hint, text?.slice(0, 60)])).toEqual([
      [null, "Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Po"],
      [null, "Risikoanalyse"],
      [null, "Ansteckungsgefahr"],
      [null, "Nun ist es offiziell, der Reproduktionsfaktor R sank schon v"],
      ["ad", "Sie lesen gern Achgut.com? Zeigen Sie Ihre Wertschätzung!"],
      ["ui", "via Paypal"],
      ["ad", "via Direktüberweisung"]
    ])
  })

  it("reads an article written as loose text between <h2>s and <br>s in order, its <h2>s as subheadings (cut from a real page)", () => {
    const hints = hintsOf("telemedicus-subheadings.html").map(([hint, text]) => [hint, text?.slice(0, 40)])
    const start = hints.findIndex(([, text]) => text === "Das Internet, ein rechtsfreier Raum?")
    expect(hints.slice(start, start + 7)).toEqual([
      [null, "Das Internet, ein rechtsfreier Raum?"],
      ["body", "Aufbau und Inhalt"],
      [null, "Das Internetrecht ist eine Querschnittma"],
      ["body", "Zielgruppe"],
      [null, "Der Autor des Werks, Niko Härting, ist s"],
      ["body", "Fazit"],
      [null, "Das Warten hat sich gelohnt. Härting prä"]
    ])
    // The related list and the comment form around the article are not the article.
    expect(hints).toContainEqual(["related", "Ähnliche Artikel"])
    expect(hints).toContainEqual(["comment", "Kommentar schreiben"])
  })
})
