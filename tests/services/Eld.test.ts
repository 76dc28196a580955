/**
 * eld's tables (about 150 MB) load when a text first reaches the detector, not
 * when a detector is made: a worker whose lines the character rules settle
 * never holds them. The detection reads eld's tables itself (`makeFastEld`),
 * and must answer as eld does: same language, same score, same reliability.
 */
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { eldLoaded, makeEldDetector, makeFastEld, readPackedTables } from "../../pipeline/services/Eld.ts"
import { segmentHtml } from "../../pipeline/stages/SegmentHtml.ts"

describe("makeEldDetector", () => {
  it("loads eld's tables on the first detection only", () => {
    const detect = makeEldDetector(["vi", "fr", "en"])
    expect(eldLoaded()).toBe(false)
    const guess = detect("Le gouvernement a annoncé mardi de nouvelles mesures pour les transports publics.")
    expect(eldLoaded()).toBe(true)
    expect(guess.lang).toBe("fr")
  })

  it("gives French's score with an English answer: close to it for a word both languages write", () => {
    const detect = makeEldDetector(["vi", "fr", "en"])
    const shared = detect("International") // fr-desk-b/11 reseau-bastille, a French page's menu
    const english = detect("Subscribe")
    expect(shared.lang).toBe("en")
    expect(shared.score - shared.french!).toBeLessThan(0.05)
    expect(english.lang).toBe("en")
    expect(english.score - english.french!).toBeGreaterThan(0.1)
  })
})

interface EldResult {
  readonly language: string
  readonly getScores: () => Record<string, number>
  readonly isReliable: () => boolean
}

describe("makeFastEld", () => {
  it("answers as eld does on every gold line and on random strings, from eld's tables and from build.mjs's", async () => {
    const require = createRequire(import.meta.url)
    const folder = path.resolve(import.meta.dirname, "../../node_modules/eld/src")
    const load = (file: string) => require(path.join(folder, file)) as Record<string, unknown>
    const { ngramsData } = load("ngrams/small.js") as { readonly ngramsData: Parameters<typeof makeFastEld>[0] }
    const { createEld } = load("languageDetector.js") as {
      readonly createEld: () => {
        readonly instance: { readonly detect: (text: string) => EldResult }
        readonly loadData: (data: unknown) => void
      }
    }
    const { instance, loadData } = createEld()
    loadData(ngramsData)
    const text = {
      separators: load("regexPatterns.js").separators as RegExp,
      dictionary: load("dictionary.js").dictionary as ReadonlyArray<string>,
      avgScore: load("avgScore.js").avgScore as Record<string, number>
    }
    const fromRows = makeFastEld(ngramsData, text)
    // The tables as `build.mjs` writes them to `dist/eld-small.bin`, which the pipeline reads.
    const { eldPacked } = (await import(new URL("../../pipeline/build.mjs", import.meta.url).href)) as {
      readonly eldPacked: (data: unknown, version: string, eldText: typeof text) => Uint8Array
    }
    const packed = readPackedTables(eldPacked(ngramsData, "test", text))
    expect(packed?.eld).toBe("test")
    // with eld's separators, dictionary and average scores as the file holds them
    const fromPacked = makeFastEld(packed!, packed!.text)
    const texts: Array<string> = []
    const gold = path.resolve(import.meta.dirname, "../gold")
    for (const set of fs.readdirSync(gold)) {
      const raw = path.join(gold, set, "raw")
      if (!fs.existsSync(raw)) continue
      for (const name of fs.readdirSync(raw)) {
        const source = fs.readFileSync(path.join(raw, name), "utf8")
        if (/\.html?$/u.test(name)) for (const segment of segmentHtml(source).segments) texts.push(segment.text)
        else texts.push(...source.split("\n"))
      }
    }
    // Random strings of Latin, Vietnamese, Cyrillic and CJK letters, marks, digits, spaces and a surrogate pair.
    const alphabet = [..."abcdeéèàôœ xyzđơưạ ДЖ中文 ,.'’-0123456789😀ÀÉ\u0301"]
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let i = 0; i < 3_000; i++) {
      const length = Math.floor(random() * 120)
      texts.push(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""))
    }
    // Words of 60 to 200 units (a word over 70 bytes ends on an n-gram longer than the tables' six characters).
    const letters = [..."abcdeéèàôœxyzđơưạДЖ中文'’"]
    for (let i = 0; i < 500; i++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        Array.from(
          { length: 60 + Math.floor(random() * 140) },
          () => letters[Math.floor(random() * letters.length)]
        ).join("")
      )
      texts.push(words.join(" "))
    }
    texts.push("", " ", "a", "ab", "abc", "abcd", "x".repeat(2_000), "mot ".repeat(400))
    expect(texts.length).toBeGreaterThan(8_000)
    for (const fast of [fromRows, fromPacked]) {
      const differing = texts.filter((text) => {
        const expected = instance.detect(text)
        const got = fast(text)
        if (expected.language !== got.language) return true
        if (expected.language === "") return false
        const scores = expected.getScores()
        return (
          scores[expected.language] !== got.score ||
          expected.isReliable() !== got.reliable ||
          (scores.fr ?? 0) !== got.french
        )
      })
      expect(differing).toEqual([])
    }
  })
})
