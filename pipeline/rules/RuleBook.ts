/**
 * Loads every rule table once: decodes each row with its Schema, compiles each
 * pattern with the `u` flag, and refuses a pattern that matches the empty string
 * or an id used twice. The rules version is a hash of all the rule data, so a
 * changed rule changes it.
 */
import { createHash } from "node:crypto"
import { Data, Either, ParseResult, Schema } from "effect"
import {
  NoiseRule,
  type NoiseRuleInput,
  Outlet,
  PrefixRule,
  TranslationRule,
  type TranslationRuleInput
} from "../../schemas/Rules.ts"
import type { RuleLang } from "../../schemas/Vocabulary.ts"
import { classesUnderI, foldsOnlyWithUnicode } from "../classifier/Characters.ts"
import { decodeLineModel, type LineModel, readModelFile } from "../classifier/LineModel.ts"
import {
  decodeTranslationModel,
  readTranslationModelFile,
  type TranslationModel
} from "../classifier/TranslationModel.ts"
import { commonNoiseRules } from "./noise.common.ts"
import { englishNoiseRules } from "./noise.en.ts"
import { frenchNoiseRules } from "./noise.fr.ts"
import { vietnameseNoiseRules } from "./noise.vi.ts"
import { outlets as outletTable } from "./outlets.ts"
import { datelinePrefixRules, switchLabelRules } from "./prefixes.ts"
import { frenchTranslationRules } from "./translation.fr.ts"

export class RuleBookError extends Data.TaggedError("RuleBookError")<{
  readonly reason: "invalid-row" | "bad-pattern" | "matches-empty" | "duplicate-id" | "invalid-model"
  readonly ruleId: string
  readonly message: string
}> {}

export interface Compiled<R> {
  readonly rule: R
  readonly regex: RegExp
}

export interface OutletIndex {
  readonly byDomain: ReadonlyMap<string, Outlet>
  readonly byAlias: ReadonlyMap<string, Outlet>
  /** Any name, alias or domain of the table as a whole word, case-insensitive. */
  readonly mention: RegExp
  /**
   * A quick test of where `mention` may match: the same names with `i` alone (V8 runs `iu`
   * alternations 30 to 50 times slower) and ASCII word edges, so it matches at every place
   * `mention` does, except on the characters of `foldsOnlyWithUnicode`.
   */
  readonly mayMention: RegExp
  /** `mayMention` asked at one place only (sticky). */
  readonly mayMentionAt: RegExp
  /**
   * Where `mayMention` may start: the names by their characters' classes under `i` (`classesUnderI`),
   * filed by their first three. A place where no name is printed, as `i` matches characters, starts none.
   */
  readonly mayStart: MayStart
  /** `mention` asked at one place only (sticky). */
  readonly mentionAt: RegExp
  /** Characters `iu` takes for a letter of the names and `i` does not (`ſ`, the Kelvin sign), and surrogates. */
  readonly foldsOnlyWithUnicode: RegExp
  /** How a text holding one of those is read by the quick test (`readableText`); `null`: by `mention` itself. */
  readonly readable: Readable | null
}

/**
 * A text as `mention` reads it, each UTF-16 unit in its place: a character of `foldsOnlyWithUnicode`
 * becomes a letter of the names it matches under `iu` (`ſ` an `s`, the Kelvin sign a `k`), each unit of a
 * surrogate pair `letter` (a letter no name holds) when the pair is a letter or a digit, else `other`
 * (no name holds it, and it is no letter, digit, `.` or `@`), as is a lone surrogate.
 */
interface Readable {
  readonly replace: ReadonlyMap<number, string>
  readonly letter: string
  readonly other: string
}

/** The names of an outlet index by their characters' classes under `i` (`classesUnderI`), filed by their first three. */
interface MayStart {
  readonly classOf: Uint16Array
  /** How many classes, plus one (class 0: a unit no name holds). */
  readonly width: number
  /** Bit `(a * width + b) * width + c` set for the classes `a`, `b`, `c` of each name's first three characters. */
  readonly three: Uint32Array
  /** The names (their classes) whose first three characters' classes are those of the key above. */
  readonly byThree: ReadonlyMap<number, ReadonlyArray<Uint16Array>>
}

/** Names of three characters or more: their `MayStart`. */
const mayStartOf = (names: ReadonlyArray<string>): MayStart => {
  const { classOf, classes } = classesUnderI(names.join(""))
  const width = classes + 1
  const three = new Uint32Array(Math.ceil((width * width * width) / 32))
  const byThree = new Map<number, Array<Uint16Array>>()
  for (const name of names) {
    const classed = Uint16Array.from(name, (c) => classOf[c.charCodeAt(0)]!)
    const key = (classed[0]! * width + classed[1]!) * width + classed[2]!
    three[key >>> 5]! |= 1 << (key & 31)
    const filed = byThree.get(key)
    if (filed === undefined) byThree.set(key, [classed])
    else if (!filed.some((other) => other.length === classed.length && other.every((c, i) => c === classed[i])))
      filed.push(classed)
  }
  return { classOf, width, three, byThree }
}

export interface RuleBook {
  readonly noise: ReadonlyArray<Compiled<NoiseRule>>
  readonly switchLabels: ReadonlyArray<Compiled<PrefixRule>>
  readonly datelinePrefixes: ReadonlyArray<Compiled<PrefixRule>>
  readonly translation: ReadonlyArray<Compiled<TranslationRule>>
  readonly outlets: OutletIndex
  /** The line classifier; `null` only for tools that run the stages before a model exists (`pnpm train`). */
  readonly lineModel: LineModel | null
  /** The page-level translation model; `null` for tools that train it, and until it exists. */
  readonly translationModel: TranslationModel | null
  /** sha256 of the rule data and the model's weights, first 16 hex digits. */
  readonly version: string
}

export interface RuleTables {
  readonly noise: ReadonlyArray<NoiseRuleInput>
  readonly switchLabels: ReadonlyArray<typeof PrefixRule.Encoded>
  readonly datelinePrefixes: ReadonlyArray<typeof PrefixRule.Encoded>
  readonly translation: ReadonlyArray<TranslationRuleInput>
  readonly outlets: ReadonlyArray<typeof Outlet.Encoded>
  /** The line model as read from its JSON file; `null` for no model. */
  readonly lineModel: unknown
  /** The translation model as read from its JSON file; `null` for no model. */
  readonly translationModel: unknown
}

/** The tables the pipeline ships, language-independent rows first. */
export const defaultRuleTables: RuleTables = {
  noise: [...commonNoiseRules, ...vietnameseNoiseRules, ...frenchNoiseRules, ...englishNoiseRules],
  switchLabels: switchLabelRules,
  datelinePrefixes: datelinePrefixRules,
  translation: frenchTranslationRules,
  outlets: outletTable,
  get lineModel() {
    return readModelFile()
  },
  get translationModel() {
    return readTranslationModelFile()
  }
}

interface PatternRow {
  readonly id: string
  readonly pattern: string
  readonly caseInsensitive?: boolean
}

/** Syntax only the `u` flag reads: property escapes, code point escapes, astral characters. */
const unicodeOnlySyntax = /\\[pPu]\{|[\u{10000}-\u{10FFFF}]/u

/**
 * Every pattern is checked with the `u` flag. A case-insensitive one that needs
 * nothing of `u` then runs without it: V8 matches `iu` patterns 30 to 40 times
 * slower (no literal search), and without `u` the two flags agree on every
 * letter these tables use (they differ on `ſ` and the Kelvin sign).
 */
const fastRegExp = (pattern: string, caseInsensitive: boolean): RegExp => {
  const checked = new RegExp(pattern, caseInsensitive ? "iu" : "u")
  return caseInsensitive && !unicodeOnlySyntax.test(pattern) ? new RegExp(pattern, "i") : checked
}

const compile = <R extends PatternRow>(rule: R): Either.Either<Compiled<R>, RuleBookError> => {
  let regex: RegExp
  try {
    regex = fastRegExp(rule.pattern, rule.caseInsensitive === true)
  } catch (error) {
    return Either.left(
      new RuleBookError({ reason: "bad-pattern", ruleId: rule.id, message: `rule ${rule.id}: ${String(error)}` })
    )
  }
  if (regex.test("")) {
    return Either.left(
      new RuleBookError({
        reason: "matches-empty",
        ruleId: rule.id,
        message: `rule ${rule.id} matches the empty string, so it would match everything`
      })
    )
  }
  return Either.right({ rule, regex })
}

const decodeTable = <A, I>(
  schema: Schema.Schema<A, I>,
  rows: ReadonlyArray<I>
): Either.Either<ReadonlyArray<A>, RuleBookError> =>
  Either.all(
    rows.map((row) =>
      Schema.decodeEither(schema)(row).pipe(
        Either.mapLeft((error) => {
          const id = typeof row === "object" && row !== null && "id" in row ? String(row.id) : "?"
          return new RuleBookError({
            reason: "invalid-row",
            ruleId: id,
            message: `rule ${id}: ${ParseResult.ArrayFormatter.formatErrorSync(error)
              .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
              .join("; ")}`
          })
        })
      )
    )
  )

const compileTable = <R extends PatternRow>(rows: ReadonlyArray<R>) => Either.all(rows.map(compile))

const refuseDuplicateIds = (ids: ReadonlyArray<string>): Either.Either<void, RuleBookError> => {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) {
      return Either.left(
        new RuleBookError({ reason: "duplicate-id", ruleId: id, message: `rule id ${id} is used twice` })
      )
    }
    seen.add(id)
  }
  return Either.right(undefined)
}

/** Every outlet's parent is an outlet of the table. */
const refuseUnknownParents = (outlets: ReadonlyArray<Outlet>): Either.Either<void, RuleBookError> => {
  const names = new Set(outlets.map((outlet) => outlet.name))
  const orphan = outlets.find((outlet) => outlet.parent !== undefined && !names.has(outlet.parent))
  return orphan === undefined
    ? Either.right(undefined)
    : Either.left(
        new RuleBookError({
          reason: "invalid-row",
          ruleId: orphan.name,
          message: `outlet ${orphan.name}: its parent ${orphan.parent} is not an outlet of the table`
        })
      )
}

const indexOutlets = (outlets: ReadonlyArray<Outlet>): OutletIndex => {
  const byDomain = new Map<string, Outlet>()
  const byAlias = new Map<string, Outlet>()
  for (const outlet of outlets) {
    for (const domain of outlet.domains) byDomain.set(domain, outlet)
    for (const alias of [outlet.name, ...outlet.aliases]) byAlias.set(alias.toLowerCase(), outlet)
  }
  return indexOf(byDomain, byAlias)
}

/**
 * The table without some of its outlets (their names, aliases and domains), as if it had never
 * known them: what the evaluation by outlets left out finds outlets with on the held-out pages.
 */
export const withoutOutlets = (index: OutletIndex, dropped: ReadonlySet<Outlet>): OutletIndex => {
  const keep = (map: ReadonlyMap<string, Outlet>) => new Map([...map].filter(([, outlet]) => !dropped.has(outlet)))
  return indexOf(keep(index.byDomain), keep(index.byAlias))
}

const indexOf = (byDomain: ReadonlyMap<string, Outlet>, byAlias: ReadonlyMap<string, Outlet>): OutletIndex => {
  const names = [...byAlias.keys(), ...byDomain.keys()]
    .filter((key) => key.length >= 3)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const keys = names.map((key) => key.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&"))
  const mention = new RegExp(`(?<![\\p{L}\\p{N}.@])(?:${keys.join("|")})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, "giu")
  const mayMention = new RegExp(`(?<![A-Za-z0-9.@])(?:${keys.join("|")})(?![A-Za-z0-9]|\\.[A-Za-z])`, "gi")
  const mayStart = mayStartOf(names)
  const folds = foldsOnlyWithUnicode(keys.join(""))
  return {
    byDomain,
    byAlias,
    mention,
    mentionAt: new RegExp(mention.source, "iuy"),
    mayMention,
    mayMentionAt: new RegExp(mayMention.source, "iy"),
    mayStart,
    foldsOnlyWithUnicode: folds,
    readable: readableOf(names, mayStart.classOf, folds)
  }
}

const escapedUnit = (code: number): string => `\\u${code.toString(16).padStart(4, "0")}`

/**
 * How to read a text holding a character of `folds` (`Readable`), or `null` where a character has no
 * letter of the names that `iu` matches it to and `i` reads the same way, or no filler is free.
 */
const readableOf = (names: ReadonlyArray<string>, classOf: Uint16Array, folds: RegExp): Readable | null => {
  const units = [...new Set(names.join(""))]
  const replace = new Map<number, string>()
  for (const [, hex] of folds.source.matchAll(/\\u([0-9a-f]{4})/gu)) {
    const code = Number.parseInt(hex!, 16)
    if (code >= 0xd800 && code <= 0xdfff) continue
    const unit = String.fromCharCode(code)
    const letter = units.find(
      (name) => !folds.test(name) && new RegExp(escapedUnit(name.charCodeAt(0)), "iu").test(unit)
    )
    if (letter === undefined) return null
    replace.set(code, letter)
  }
  const free = (c: string) => classOf[c.charCodeAt(0)] === 0 && !folds.test(c) && !units.includes(c)
  const letter = [..."ǂǁǀǃʘ"].find((c) => free(c) && /^\p{L}$/u.test(c))
  const other = ["\u0000", "\u0001"].find((c) => free(c) && !/[\p{L}\p{N}.@\s]/u.test(c))
  return letter === undefined || other === undefined ? null : { replace, letter, other }
}

const letterOrDigit = /^[\p{L}\p{N}]$/u

/** The text as `mention` reads it, unit for unit, without a character of `foldsOnlyWithUnicode` (`Readable`). */
const readableText = (readable: Readable, text: string): string => {
  let read = ""
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let put: string | undefined
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const filler = letterOrDigit.test(text.slice(i, i + 2)) ? readable.letter : readable.other
        read += text.slice(from, i) + filler + filler
        from = i + 2
        i++
        continue
      }
      put = readable.other
    } else put = readable.replace.get(code)
    if (put !== undefined) {
      read += text.slice(from, i) + put
      from = i + 1
    }
  }
  return read + text.slice(from)
}

/**
 * Calls `visit` with each name `mention` (global) finds in a text, in order, as
 * `text.matchAll(index.mention)` would, until `visit` returns true. The quick test finds each
 * place a name may start and `mention` (sticky) is asked there only: it cannot match where the
 * quick test does not. A text holding a character the quick test does not read as `mention` does
 * (`foldsOnlyWithUnicode`) is read so in its `readableText`, each name visited as the text prints it:
 * there `mention` finds the same names at the same places (a unit for each unit, each as it matches
 * the names' letters and `mention`'s edges under `iu`), and `mention` itself over the whole text, an
 * alternation of 800 names under `iu`, costs some 25 µs a character (and its compilation half a second).
 */
const forEachMention = (index: OutletIndex, text: string, visit: (name: string) => boolean): void => {
  if (!index.foldsOnlyWithUnicode.test(text)) {
    forEachMentionIn(index, text, text, visit)
    return
  }
  if (index.readable !== null) {
    forEachMentionIn(index, readableText(index.readable, text), text, visit)
    return
  }
  // `text.matchAll(index.mention)`'s matches, found by `mention` itself from 0 (its names are not empty, so
  // each search goes on from the match's end): `matchAll` searches with a copy of the pattern, a new
  // RegExp of its source, which V8 compiles again whenever a collection has emptied its cache since.
  const { mention } = index
  mention.lastIndex = 0
  try {
    for (let match = mention.exec(text); match !== null; match = mention.exec(text)) if (visit(match[0])) return
  } finally {
    mention.lastIndex = 0
  }
}

/** `forEachMention` over `scan`, a text without a character of `foldsOnlyWithUnicode`, each name visited as `text` prints it. */
const forEachMentionIn = (index: OutletIndex, scan: string, text: string, visit: (name: string) => boolean): void => {
  const printed = (found: string, start: number): string =>
    scan === text ? found : text.slice(start, start + found.length)
  const { mentionAt } = index
  for (let may = nextMayMention(index, scan, 0); may !== null; ) {
    const start = may.index
    // Where `mention`'s own edges hold around the name found, it finds that name there: the names
    // are tried in the same order, and no earlier one passed the quick test's looser edges.
    if (mentionEdgesHold(scan, start, start + may[0].length)) {
      if (visit(printed(may[0], start))) return
      may = nextMayMention(index, scan, start + may[0].length)
      continue
    }
    mentionAt.lastIndex = start
    const match = mentionAt.exec(scan)
    if (match !== null && visit(printed(match[0], start))) return
    may = nextMayMention(index, scan, match === null ? start + 1 : start + match[0].length)
  }
}

/**
 * What `mayMention` (global) finds in a text from `from` on, as its `exec` with that `lastIndex`
 * would: it is asked (sticky) only at the places it can start at, in order: not after a character of
 * its lookbehind's class (ASCII letters and digits, `.` and `@`: under `i` alone no other character
 * is one of them), and where a name is printed, each of its characters matching the text's under `i`
 * (`mayStart`); the regex then says which name, in its order, and whether its lookahead holds.
 */
const nextMayMention = (index: OutletIndex, text: string, from: number): RegExpExecArray | null => {
  const { classOf, width, three, byThree } = index.mayStart
  const { mayMentionAt } = index
  const end = text.length
  for (let i = from; i + 3 <= end; i++) {
    if (i > 0 && afterNoName[text.charCodeAt(i - 1)] === 1) continue
    const a = classOf[text.charCodeAt(i)]!
    if (a === 0) continue
    const key = (a * width + classOf[text.charCodeAt(i + 1)]!) * width + classOf[text.charCodeAt(i + 2)]!
    if ((three[key >>> 5]! & (1 << (key & 31))) === 0) continue
    if (!byThree.get(key)!.some((name) => printedAt(classOf, name, text, i))) continue
    mayMentionAt.lastIndex = i
    const may = mayMentionAt.exec(text)
    if (may !== null) return may
  }
  return null
}

/** A name (its classes) is printed at `at` of the text, each character matching under `i`. */
const printedAt = (classOf: Uint16Array, name: Uint16Array, text: string, at: number): boolean => {
  if (at + name.length > text.length) return false
  for (let k = 3; k < name.length; k++) if (classOf[text.charCodeAt(at + k)] !== name[k]) return false
  return true
}

/** The characters of `mayMention`'s lookbehind `[A-Za-z0-9.@]`, by UTF-16 unit. */
const afterNoName = new Uint8Array(0x10000)
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.@") afterNoName[c.charCodeAt(0)] = 1

/** The outlets `mention` finds in a text, in order, up to `limit` outlets. */
const outletsNamed = (index: OutletIndex, text: string, limit: number): ReadonlyArray<Outlet> => {
  const found: Array<Outlet> = []
  forEachMention(index, text, (name) => {
    const outlet = lookupOutlet(index, name)
    if (outlet !== undefined && !found.includes(outlet)) found.push(outlet)
    return found.length >= limit
  })
  return found
}

const wordCharacter = /[\p{L}\p{N}]/u
const letterCharacter = /\p{L}/u

/** `mention`'s lookbehind and lookahead around `start`..`end`, on a text without surrogates. */
const mentionEdgesHold = (text: string, start: number, end: number): boolean => {
  const before = text[start - 1]
  if (before !== undefined && (before === "." || before === "@" || wordCharacter.test(before))) return false
  const after = text[end]
  if (after === undefined) return true
  if (wordCharacter.test(after)) return false
  return !(after === "." && end + 1 < text.length && letterCharacter.test(text[end + 1]!))
}

/** The outlets a text names, in order of appearance. */
export const outletsMentioned = (index: OutletIndex, text: string): ReadonlyArray<Outlet> =>
  outletsNamed(index, text, Number.POSITIVE_INFINITY)

/** The first outlet a text names (`outletsMentioned(index, text)[0]`, without reading further). */
export const firstOutletMentioned = (index: OutletIndex, text: string): Outlet | undefined =>
  outletsNamed(index, text, 1)[0]

/**
 * Whether a name found in a line of site chrome is printed as a name, not as the common words it
 * is made of: one word (`VTV`, `Tinmoi.vn`), a word no dictionary holds (a digit, a dot or a
 * capital inside it: `tin tức 24h`), the table's own spelling of it, every word
 * capitalised (`Báo Lao Động`), or, on a line in capitals where every phrase is, three words or
 * more (`BÁO LAO ĐỘNG THỦ ĐÔ`). `lao động` (labour) in a ministry's menu or `Long An` as a
 * province in a breadcrumb is not `Báo Lao Động` or `Báo Long An`: lower-case words, or two
 * capitalised words on a line in capitals.
 */
export const printedAsName = (printed: string, outlet: Outlet, line: string): boolean => {
  const words = printed.split(/\s+/u).filter((word) => word.length > 0)
  if (words.length <= 1) return true
  if (words.some((word) => /[\p{N}.]|\p{Ll}\p{Lu}/u.test(word))) return true
  if (printed === outlet.name || outlet.aliases.includes(printed)) return !lineInCapitals(line) || words.length >= 3
  if (!words.every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return false
  return !lineInCapitals(line) || words.length >= 3
}

const lineInCapitals = (line: string): boolean => {
  const letters = line.replace(/[^\p{L}]/gu, "")
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** The first outlet a line of site chrome names as a name (`printedAsName`). */
export const firstOutletNamedAsName = (index: OutletIndex, text: string): Outlet | undefined => {
  let named: Outlet | undefined
  forEachMention(index, text, (name) => {
    const outlet = lookupOutlet(index, name)
    if (outlet !== undefined && printedAsName(name, outlet, text)) named = outlet
    return named !== undefined
  })
  return named
}

const decodeModel = (json: unknown): Either.Either<LineModel | null, RuleBookError> =>
  json === null
    ? Either.right(null)
    : decodeLineModel(json).pipe(
        Either.mapLeft((message) => new RuleBookError({ reason: "invalid-model", ruleId: "line-model", message }))
      )

const decodeTranslation = (json: unknown): Either.Either<TranslationModel | null, RuleBookError> =>
  json === null
    ? Either.right(null)
    : decodeTranslationModel(json).pipe(
        Either.mapLeft(
          (message) => new RuleBookError({ reason: "invalid-model", ruleId: "translation-model", message })
        )
      )

export const hashTables = (tables: RuleTables): string =>
  createHash("sha256").update(JSON.stringify(tables)).digest("hex").slice(0, 16)

export const buildRuleBook = (tables: RuleTables): Either.Either<RuleBook, RuleBookError> =>
  Either.gen(function* () {
    const noise = yield* decodeTable(NoiseRule, tables.noise)
    const switchLabels = yield* decodeTable(PrefixRule, tables.switchLabels)
    const datelinePrefixes = yield* decodeTable(PrefixRule, tables.datelinePrefixes)
    const translation = yield* decodeTable(TranslationRule, tables.translation)
    const outlets = yield* decodeTable(Outlet, tables.outlets)
    yield* refuseUnknownParents(outlets)
    yield* refuseDuplicateIds([...noise, ...switchLabels, ...datelinePrefixes, ...translation].map((rule) => rule.id))
    // The outlets' index (their names' patterns and tables, about half of the book's first build) is made
    // when first read: the main thread of a run with workers reads only `version`, never the outlets.
    let outletIndex: OutletIndex | undefined
    return {
      noise: yield* compileTable(noise),
      switchLabels: yield* compileTable(switchLabels),
      datelinePrefixes: yield* compileTable(datelinePrefixes),
      translation: yield* compileTable(translation),
      get outlets(): OutletIndex {
        outletIndex ??= indexOutlets(outlets)
        return outletIndex
      },
      lineModel: yield* decodeModel(tables.lineModel),
      translationModel: yield* decodeTranslation(tables.translationModel),
      version: hashTables(tables)
    }
  })

/** Finds an outlet by a name as printed (`Vietnam+`, `Báo Nghệ An`) or by a domain. */
export const lookupOutlet = (index: OutletIndex, printed: string): Outlet | undefined => {
  const key = printed.trim().toLowerCase()
  return index.byAlias.get(key) ?? index.byDomain.get(key) ?? index.byDomain.get(key.replace(/^www\./u, ""))
}

export const editionsOf = (index: OutletIndex, name: string | null): ReadonlyArray<RuleLang> | undefined =>
  name === null ? undefined : lookupOutlet(index, name)?.editions
