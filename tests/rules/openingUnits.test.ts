/**
 * The first units an anchored pattern can open on (`pipeline/rules/openingUnits.ts`): the rule probe
 * asks a line only the rules that can open on its first unit, so the test must pass every unit a match
 * can start with. Checked on patterns written for it, on every noise rule and line shape against every
 * gold and seed line (and those lines with their first unit changed), and the rule probe against the rules asked in
 * turn on random strings.
 */
import { describe, expect, it } from "@effect/vitest"
import { shapeRows } from "../../pipeline/classifier/shapes.ts"
import { isSurrogate, openingTest } from "../../pipeline/rules/openingUnits.ts"
import { firstMatch } from "../../pipeline/stages/ClassifyNoise.ts"
import { probeOf } from "../../pipeline/TextNormalization.ts"
import { goldAndSeedLines, rules } from "../support/pipeline.ts"
import { randomStrings } from "../support/random.ts"

const opens = (regex: RegExp, text: string): boolean | undefined => {
  const test = openingTest(regex)
  return test === undefined ? undefined : test(text.charCodeAt(0))
}

/** Units a match may open on that case folding makes tricky, and a spread of others. */
const trickyUnits = [
  ..."ſKÅİıẞßΩµǅǈǋǲΣςσΘϑϐβϕφϰκϱρϵεẛṡ",
  ...Array.from({ length: 0x300 }, (_, u) => String.fromCharCode(u)),
  ...Array.from({ length: 0x100 }, (_, k) => String.fromCharCode(0x1e00 + k)),
  ..."–—•·»›→►▶■✕✖✗×中日한Р"
]

const lines = goldAndSeedLines(2000).map((line) => probeOf(line.trim()))

describe("openingTest", () => {
  it("reads the units an anchored pattern opens on", () => {
    expect(opens(/^(?:ab|c)d/, "a")).toBe(true)
    expect(opens(/^(?:ab|c)d/, "c")).toBe(true)
    expect(opens(/^(?:ab|c)d/, "b")).toBe(false)
    expect(opens(/^(?:ab|c)d/, "A")).toBe(false)
    expect(opens(/^(?:ab|c)d/i, "A")).toBe(true)
    expect(opens(/^x?y/, "y")).toBe(true)
    expect(opens(/^x?y/, "x")).toBe(true)
    expect(opens(/^x?y/, "z")).toBe(false)
    expect(opens(/^(?=a)b/, "b")).toBe(true)
    expect(opens(/^(?!a)\bb/, "b")).toBe(true)
    expect(opens(/^[^.!?]{10,200}x$/, ".")).toBe(false)
    expect(opens(/^[^.!?]{10,200}x$/, "q")).toBe(true)
    expect(opens(/^(?:<b>|c{0,2}d)|^e/, "<")).toBe(true)
    expect(opens(/^(?:<b>|c{0,2}d)|^e/, "d")).toBe(true)
    expect(opens(/^(?:<b>|c{0,2}d)|^e/, "e")).toBe(true)
    expect(opens(/^(?:<b>|c{0,2}d)|^e/, "b")).toBe(false)
    expect(opens(/^(?<who>\p{Lu})\s/u, "É")).toBe(true)
    expect(opens(/^(?<who>\p{Lu})\s/u, "é")).toBe(false)
    expect(opens(/^\d+\s/, "7")).toBe(true)
    expect(opens(/^\d+\s/, "x")).toBe(false)
    // Case folding is the engine's: `ſ` and the Kelvin sign fold to `s` and `k` under `iu`, not under `i`.
    expect(opens(/^s/iu, "ſ")).toBe(true)
    expect(opens(/^k/iu, "\u212a")).toBe(true)
    expect(opens(/^s/i, "ſ")).toBe(false)
    expect(opens(/^ả/i, "Ả")).toBe(true)
  })

  it("does not read what it cannot bound", () => {
    expect(openingTest(/(?:^|\s)a/)).toBeUndefined()
    expect(openingTest(/^a|b/)).toBeUndefined()
    expect(openingTest(/^a*$/)).toBeUndefined()
    expect(openingTest(/^(?:a|)b?/)).toBeUndefined()
    expect(openingTest(/^(a)\1/)).toBeUndefined()
    expect(openingTest(/^(?=a)/)).toBeUndefined()
    expect(openingTest(/^a/m)).toBeUndefined()
    expect(openingTest(/^😀/u)).toBeUndefined()
    expect(openingTest(/(?<!x)^a/)).toBeUndefined()
  })

  it("passes the first unit of every gold and seed line a noise rule matches, and of those lines changed", () => {
    let checked = 0
    let opened = 0
    const patterns = [
      ...rules.noise.map(({ rule, regex }) => ({ id: rule.id, regex })),
      ...shapeRows.map((row) => ({ id: `shape:${row.id}`, regex: row.pattern }))
    ]
    for (const { id, regex } of patterns) {
      const rule = { id }
      const test = openingTest(regex)
      if (test === undefined) continue
      opened++
      const matched = lines.filter((line) => regex.test(line))
      for (const line of matched) {
        const unit = line.charCodeAt(0)
        if (!isSurrogate(unit)) expect(test(unit), `${rule.id}: ${line}`).toBe(true)
        checked++
      }
      // The matched lines with another first unit, or one more before them: whatever opens a match passes.
      for (const line of matched.slice(0, 4)) {
        for (const unit of trickyUnits) {
          for (const variant of [unit + line.slice(1), unit + line]) {
            if (regex.test(variant)) {
              expect(test(unit.charCodeAt(0)), `${rule.id}: ${variant}`).toBe(true)
              checked++
            }
          }
        }
      }
    }
    expect(opened).toBeGreaterThan(70)
    expect(checked).toBeGreaterThan(500)
  })

  it("leave the rule probe's first match as the rules asked in turn find it (random strings)", () => {
    const alphabet = [
      ..."aAzZ0 1:/()>»•|.-–_©@ſ\u212aÉéẢảĐđ😀\t",
      "Ảnh",
      "Ảnh: ",
      "Photo",
      "Theo ",
      "Nguồn: ",
      "Tin liên quan",
      "Xem thêm",
      "Bài viết",
      ".jpg",
      " - Ảnh 1",
      "hinh anh 2",
      "Source",
      "TTXVN",
      "(Nguồn: ",
      "Lire aussi",
      "Chia sẻ",
      "Công ty ",
      "Société ",
      "12/03/2024",
      "08:15",
      "Thứ Hai",
      "Commentaires",
      "il y a 3 heures",
      "traduit par AI",
      "original vietnamien"
    ]
    const texts = [...randomStrings(alphabet, 30_000, 8, 7), ...lines]
    for (const text of texts) {
      const probe = probeOf(text)
      for (const scope of ["any", "head"] as const) {
        const inTurn = rules.noise.find(
          ({ rule, regex }) => rule.scope === scope && probe.length <= rule.maxChars && regex.test(probe)
        )
        expect(firstMatch(rules.noise, text, scope)?.rule.id, text).toBe(inTurn?.rule.id)
      }
    }
  })
})
