/**
 * Pages and lines in a language outside the corpus' (German, Portuguese,
 * Italian, Spanish, Polish) are `und`, never a wrong `vi`/`fr`/`en`: eld,
 * restricted to the corpus' languages, called German `en` or `vi` and Spanish
 * and Italian `fr`, and the function-word vote counted German `in`, `an`,
 * `was` as English. The texts are written for this test.
 */
import { describe, expect, it } from "@effect/vitest"
import { buildRows } from "../../pipeline/stages/BuildRows.ts"
import { guessLanguage, voteFunctionWords } from "../../pipeline/stages/DetectLanguage.ts"
import { detect, processLines } from "../support/pipeline.ts"

const pages = {
  de: [
    "Neue Radwege für die Altstadt",
    "Der Stadtrat hat am Donnerstag beschlossen, vier Straßen in der Altstadt bis zum Herbst mit getrennten Radwegen auszustatten, was an manchen Stellen Parkplätze kostet.",
    "Die Pläne sehen vor, dass Autos in zwei der Straßen nur noch in eine Richtung fahren dürfen, damit die Radwege breit genug werden und die Geschäfte erreichbar bleiben."
  ],
  pt: [
    "Governo anuncia novas medidas para o setor da habitação",
    "O governo anunciou hoje um conjunto de medidas para apoiar as famílias que pagam rendas elevadas, com um orçamento de duzentos milhões de euros para os próximos dois anos.",
    "As associações de inquilinos consideram que as medidas chegam tarde, mas admitem que o apoio às famílias mais pobres é um passo na direção certa."
  ],
  it: [
    "Il comune approva il nuovo piano per il traffico",
    "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico, che prevede la chiusura del centro storico alle auto nei fine settimana e nuove piste ciclabili.",
    "Secondo il sindaco, le modifiche entreranno in vigore dalla primavera e saranno accompagnate da un potenziamento delle linee di autobus che collegano i quartieri periferici."
  ],
  es: [
    "El ayuntamiento aprueba el nuevo plan de movilidad",
    "El pleno del ayuntamiento aprobó ayer por la tarde el nuevo plan de movilidad, que prevé cerrar el centro histórico a los coches durante los fines de semana y ampliar los carriles bici.",
    "Según la alcaldesa, los cambios entrarán en vigor en primavera y vendrán acompañados de más autobuses en las líneas que conectan los barrios con el centro."
  ]
}

const languageOf = (lines: ReadonlyArray<string>) => {
  const doc = processLines(lines)
  return {
    page: buildRows(doc, "test", "test").document.language,
    lines: doc.segments.filter((s) => s.kind === "body").map((s) => s.lang)
  }
}

describe("languages outside the corpus' are und", () => {
  it.each(Object.entries(pages))("a %s page and its body lines are und", (_, lines) => {
    const { page, lines: langs } = languageOf(lines)
    expect(page).toBe("und")
    expect(langs.length).toBeGreaterThan(0)
    expect(langs.every((lang) => lang === "und")).toBe(true)
  })

  it("names the language eld found when it is none of the corpus'", () => {
    // Fewer words than the function-word vote reads: eld names the language.
    expect(
      guessLanguage("O governo português anunciou hoje novas medidas para a habitação", null, detect)
    ).toMatchObject({
      lang: "und",
      other: "pt"
    })
    expect(guessLanguage(pages.de[1]!, null, detect)).toMatchObject({ lang: "und", other: "de" })
    expect(guessLanguage(pages.pt[1]!, null, detect).lang).toBe("und")
    // A short label eld is sure of: `Ir al contenido` was `fr` with eld restricted to vi/fr/en.
    expect(guessLanguage("Ir al contenido", null, detect).lang).toBe("und")
    expect(guessLanguage("Mehr zum Thema", null, detect).lang).toBe("und")
  })

  it("does not let English or French function words in German or Spanish text vote for English or French", () => {
    // `in`, `an`, `was` are English function words and German ones; `la`, `que`, `un` French and Spanish.
    // Settled without eld where that language's function words are many, else left to eld.
    expect(voteFunctionWords(pages.es[1]!)).toMatchObject({ lang: "und", other: "es" })
    expect(voteFunctionWords(pages.de[2]!)).toMatchObject({ lang: "und", other: "de" })
    expect(voteFunctionWords(pages.de[1]!)?.lang ?? null).not.toBe("en")
    // Too few Italian function words here to settle it without eld, too many to let `la` and `un` vote French.
    expect(voteFunctionWords(pages.it[1]!)?.lang ?? null).not.toBe("fr")
    // German whose `was`, `in`, `an` are as many as its German function words.
    const german =
      "Was der Minister in Berlin an diesem Tag sagte, ist in der Stadt bekannt, und die Leute waren in Sorge."
    expect(voteFunctionWords(german)?.lang ?? null).not.toBe("en")
  })

  it("keeps French and English pages in their language, a German quote in a French page und", () => {
    const french = [
      "La mairie ouvre une nouvelle piste cyclable",
      "La mairie a inauguré mercredi une piste cyclable de quatre kilomètres le long du canal, qui relie désormais la gare aux quartiers du nord de la ville.",
      "Les travaux, commencés au printemps, ont coûté deux millions d'euros, dont la moitié est prise en charge par la région et par l'État.",
      "Die Stadt hat damit ein Versprechen aus dem Wahlkampf eingelöst, und die Radfahrer sind zufrieden.",
      "Selon l'adjoint aux transports, une deuxième piste sera ouverte l'an prochain sur l'autre rive du canal, si le budget le permet."
    ]
    const { page, lines } = languageOf(french)
    expect(page).toBe("fr")
    expect(lines).toEqual(["fr", "fr", "und", "fr"])
    const english = [
      "Council opens a new cycle lane along the canal",
      "The council opened a four-kilometre cycle lane along the canal on Wednesday, which now links the station with the northern districts of the town.",
      "The work, which began in the spring, cost two million euros, half of it paid by the region and the rest by the state."
    ]
    expect(languageOf(english)).toEqual({ page: "en", lines: ["en", "en"] })
  })
})
