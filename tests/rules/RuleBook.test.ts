import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { classesUnderI } from "../../pipeline/classifier/Characters.ts"
import {
  buildRuleBook,
  defaultRuleTables,
  firstOutletMentioned,
  firstOutletNamedAsName,
  lookupOutlet,
  outletsMentioned,
  printedAsName,
  type RuleTables
} from "../../pipeline/rules/RuleBook.ts"
import { goldAndSeedLines, projectRoot, seedsDir } from "../support/pipeline.ts"

const withNoise = (extra: RuleTables["noise"]): RuleTables => ({
  ...defaultRuleTables,
  noise: [...defaultRuleTables.noise, ...extra]
})

const reasonOf = (tables: RuleTables) => {
  const result = buildRuleBook(tables)
  return Either.isLeft(result) ? result.left.reason : "ok"
}

const row = { lang: null, kind: "ui", note: "a rule row written for this test" } as const

describe("the rule book", () => {
  it("runs a case-insensitive pattern without the u flag only where both flags give the same answers", () => {
    const book = Either.getOrThrow(buildRuleBook(defaultRuleTables))
    const lines = fs
      .readdirSync(seedsDir)
      .flatMap((file) => fs.readFileSync(path.join(seedsDir, file), "utf8").split("\n"))
      .concat(["CAMARADE", "Tin Liên Quan", "ẢNH: TTXVN", "LIRE AUSSI", "Đọc Thêm", "ÉCONOMIE"])
    const fast = [...book.noise, ...book.translation, ...book.switchLabels, ...book.datelinePrefixes].filter(
      ({ regex }) => regex.flags === "i"
    )
    expect(fast.length).toBeGreaterThan(0)
    for (const { rule, regex } of fast) {
      const unicode = new RegExp(rule.pattern, "iu")
      for (const line of lines) expect(regex.test(line), `${rule.id} on ${line}`).toBe(unicode.test(line))
    }
  })

  it("builds the outlets' index once, when it is first read, and copies of the book read the same index", () => {
    const book = Either.getOrThrow(buildRuleBook(defaultRuleTables))
    const index = book.outlets
    expect(book.outlets).toBe(index)
    expect({ ...book }.outlets).toBe(index)
    expect(index.byAlias.size).toBeGreaterThan(100)
    expect(lookupOutlet(index, "VOV")?.name).toBe("VOV")
  })

  it("finds the outlets a text names as the whole-word iu pattern does, the quick i test first", () => {
    const book = Either.getOrThrow(buildRuleBook(defaultRuleTables))
    const named = (text: string) => outletsMentioned(book.outlets, text).map((outlet) => outlet.name)
    // The Kelvin sign and the long s are `k` and `s` only under `iu`; an emoji reads with `iu` too.
    expect(book.outlets.foldsOnlyWithUnicode.source).toBe("[\\ud800-\\udfff\\u017f\\u212a]")
    expect(named("Theo TTXVN và Vietnam+, ảnh: VTV.")).toEqual(["TTXVN", "Vietnam+", "VTV"])
    expect(named("Theo \u212Aenh14 😀")).toEqual(["Kenh14"])
    expect(named("TheoVTV, vtv.vnx, xvtv")).toEqual([])
    expect(named("Theo BÁO NHÂN DÂN")).toEqual(["Nhân Dân"])
    expect(firstOutletMentioned(book.outlets, "Nguồn: VOV và VTV")?.name).toBe("VOV")
    // A text the quick test cannot read as it is is read unit for unit as `mention` reads it: `ſ` as `s`,
    // an astral letter as a letter no name holds, an emoji as a character that is no letter.
    expect(book.outlets.readable?.replace).toEqual(
      new Map([
        [0x17f, "s"],
        [0x212a, "k"]
      ])
    )
    expect(firstOutletMentioned(book.outlets, "😀 Nguồn: VOV và VTV")?.name).toBe("VOV")
    expect(named("😀 Nguồn: VOV và VTV, 𝐀VTV, VTV𝟙, 😀VTV😀")).toEqual(["VOV", "VTV"])
    expect(named("Báo Lao Động 😀 𝐀VOV")).toEqual(["Lao Động"])
    // Every line of the seeds: the quick path gives what the iu pattern alone gives.
    const lines = fs
      .readdirSync(seedsDir)
      .flatMap((file) => fs.readFileSync(path.join(seedsDir, file), "utf8").split("\n"))
    const slow = (text: string) =>
      [...text.matchAll(book.outlets.mention)].flatMap((match) => {
        const outlet = lookupOutlet(book.outlets, match[0])
        return outlet === undefined ? [] : [outlet.name]
      })
    for (const line of lines) {
      for (const text of [line, line.toUpperCase()]) expect(named(text)).toEqual([...new Set(slow(text))])
    }
  })

  it("classes the names' characters as V8 matches them under i alone", () => {
    const book = Either.getOrThrow(buildRuleBook(defaultRuleTables))
    const names = [...book.outlets.byAlias.keys(), ...book.outlets.byDomain.keys()].join("")
    const { classOf, classes } = classesUnderI(names)
    expect(classes).toBeGreaterThan(30)
    const units = new Uint16Array(0x10000 - 0x800)
    for (let code = 0, i = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) units[i++] = code
    const bmp = new TextDecoder("utf-16le").decode(units)
    const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
    for (const unit of new Set(names)) {
      const matching = new Set(bmp.match(new RegExp(escaped(unit), "gi")) ?? [])
      const classed = new Set([...bmp].filter((c) => classOf[c.charCodeAt(0)] === classOf[unit.charCodeAt(0)]))
      expect(classed, unit).toEqual(matching)
    }
    // The quick pattern's look-behind class under i alone is its ASCII characters only (the scan asks them so).
    const lookBehind = /[A-Za-z0-9.@]/i
    for (const c of bmp) expect(lookBehind.test(c), c).toBe(/^[A-Za-z0-9.@]$/.test(c))
    const anyName = new RegExp(`[${[...new Set(names)].map(escaped).join("")}]`, "i")
    for (const c of bmp) if (classOf[c.charCodeAt(0)] === 0) expect(anyName.test(c), c).toBe(false)
  })

  it("finds the outlets of random texts made of names as the whole-word iu pattern does", () => {
    const book = Either.getOrThrow(buildRuleBook(defaultRuleTables))
    const names = [...book.outlets.byAlias.keys(), ...book.outlets.byDomain.keys()]
    const slow = (text: string) =>
      [...text.matchAll(book.outlets.mention)].flatMap((match) => {
        const outlet = lookupOutlet(book.outlets, match[0])
        return outlet === undefined ? [] : [outlet.name]
      })
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    // (with characters the quick test does not read as `mention` does: an emoji, astral letters and
    // digits, a lone surrogate, `ſ` and the Kelvin sign, read through `readableText`)
    const glue = [..." |.|@|-|a|1|é|(|/|, |.vn|Đ|\u00a0|😀|𝐀|𝟙|\ud800|ſ|\u212a|.𝐀|ſ ".split("|"), ""]
    for (let round = 0; round < 3000; round++) {
      let text = ""
      for (let part = random(4) + 1; part > 0; part--) {
        const name = names[random(names.length)]!
        const cut = (random(3) === 0 ? name.slice(0, random(name.length) + 1) : name).replace(/[sk]/gu, (c) =>
          random(4) === 0 ? (c === "s" ? "ſ" : "\u212a") : c
        )
        const cased =
          random(3) === 0 ? cut.toUpperCase() : random(2) === 0 ? cut : cut.replace(/^./u, (c) => c.toUpperCase())
        text += glue[random(glue.length)]! + cased
      }
      text += glue[random(glue.length)]!
      expect(
        outletsMentioned(book.outlets, text).map((outlet) => outlet.name),
        text
      ).toEqual([...new Set(slow(text))])
    }
  })

  it("finds the first outlet named as a name as the whole-word iu pattern does", () => {
    const book = Either.getOrThrow(buildRuleBook(defaultRuleTables))
    const slow = (text: string) => {
      for (const match of text.matchAll(book.outlets.mention)) {
        const outlet = lookupOutlet(book.outlets, match[0])
        if (outlet !== undefined && printedAsName(match[0], outlet, text)) return outlet.name
      }
      return undefined
    }
    const named = (text: string) => firstOutletNamedAsName(book.outlets, text)?.name
    // `lao động` in a menu is not `Báo Lao Động`; the second name, printed as a name, is found.
    expect(named("Việc làm | lao động | Báo Lao Động")).toBe(slow("Việc làm | lao động | Báo Lao Động"))
    expect(named("Theo \u212Aenh14 😀")).toBe("Kenh14")
    // lines of site chrome are short; the slow pattern over long HTML lines would take minutes
    const goldLines = goldAndSeedLines(400)
    for (const line of new Set(goldLines)) {
      for (const text of [line, line.toUpperCase()]) expect(named(text), text).toBe(slow(text))
    }
  })

  it("loads the shipped tables", () => {
    const book = Either.getOrThrow(buildRuleBook(defaultRuleTables))
    expect(book.noise.length).toBe(defaultRuleTables.noise.length)
    expect(book.version).toMatch(/^[0-9a-f]{16}$/)
    for (const { regex } of [...book.noise, ...book.translation, ...book.switchLabels, ...book.datelinePrefixes]) {
      expect(["u", "iu", "i"]).toContain(regex.flags)
    }
  })

  it("refuses a pattern that matches the empty string", () => {
    expect(reasonOf(withNoise([{ ...row, id: "test.everything", pattern: ".*" }]))).toBe("matches-empty")
  })

  it("refuses an outlet whose parent is not in the outlet table", () => {
    const outlets = [
      ...defaultRuleTables.outlets,
      {
        name: "Test Daily",
        domains: ["testdaily.vn"],
        aliases: [],
        editions: ["vi"] as ["vi"],
        parent: "No Such Agency",
        note: "A test row."
      }
    ]
    const result = buildRuleBook({ ...defaultRuleTables, outlets })
    expect(Either.isLeft(result) && result.left.message).toBe(
      "outlet Test Daily: its parent No Such Agency is not an outlet of the table"
    )
  })

  it("refuses an outlet's French edition without where it is known from, and a source that cites nothing", () => {
    const outlet = {
      name: "Test Daily",
      domains: ["testdaily.vn"],
      aliases: [],
      editions: ["vi", "fr"] as ["vi", "fr"],
      note: "A test row."
    }
    const reasonWith = (extra: Partial<{ frenchEdition: "automatic"; frenchEditionSource: string }>) =>
      reasonOf({ ...defaultRuleTables, outlets: [...defaultRuleTables.outlets, { ...outlet, ...extra }] })
    expect([
      reasonWith({ frenchEdition: "automatic" }),
      reasonWith({ frenchEditionSource: "gold fr-mt-more: Vietnamese slugs under /fr/" }),
      reasonWith({ frenchEdition: "automatic", frenchEditionSource: "its French reads like a machine's" }),
      reasonWith({ frenchEdition: "automatic", frenchEditionSource: "gold fr-mt-more: Vietnamese slugs under /fr/" })
    ]).toEqual(["invalid-row", "invalid-row", "invalid-row", "ok"])
  })

  it("cites, for every French edition, gold sets that exist", () => {
    const goldSets = new Set(fs.readdirSync(path.join(projectRoot, "tests/gold")))
    const cited = defaultRuleTables.outlets.flatMap((outlet) =>
      [...(outlet.frenchEditionSource ?? "").matchAll(/(?<![\w./])(?:fr|vi)-[a-z]+(?:-[a-z]+)*\b/gu)].map((m) => m[0])
    )
    expect(cited.length).toBeGreaterThan(10)
    expect(cited.filter((set) => !goldSets.has(set))).toEqual([])
    expect(
      defaultRuleTables.outlets.filter((o) => (o.frenchEdition === undefined) !== (o.frenchEditionSource === undefined))
    ).toEqual([])
  })

  it("refuses a row kept from the model's features that does not decide its lines", () => {
    expect(reasonOf(withNoise([{ ...row, id: "test.no-feature", pattern: "^zzz$", feature: false }]))).toBe(
      "invalid-row"
    )
    expect(
      reasonOf(withNoise([{ ...row, id: "test.no-feature", pattern: "^zzz$", feature: false, certain: true }]))
    ).toBe("ok")
  })

  it("refuses an id used twice", () => {
    expect(reasonOf(withNoise([{ ...row, id: "common.ui.close-glyph", pattern: "^zzz$" }]))).toBe("duplicate-id")
  })

  it("refuses a pattern that does not compile, and a row that does not decode", () => {
    expect(reasonOf(withNoise([{ ...row, id: "test.broken", pattern: "(unclosed" }]))).toBe("bad-pattern")
    expect(reasonOf(withNoise([{ ...row, id: "test.bad-kind", pattern: "^a$", kind: "banner" as never }]))).toBe(
      "invalid-row"
    )
  })

  it("changes its version when a rule changes", () => {
    const base = Either.getOrThrow(buildRuleBook(defaultRuleTables)).version
    const changed = Either.getOrThrow(
      buildRuleBook(withNoise([{ ...row, id: "test.extra", pattern: "^zzz$" }]))
    ).version
    expect(changed).not.toBe(base)
  })
})
