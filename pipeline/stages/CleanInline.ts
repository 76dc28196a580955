/**
 * In-line clean-up of kept text (title, body, caption); `raw_text` keeps it all.
 *
 * - A trailing table pipe left by a flattened table (`... Ảnh: TTXVN |`).
 * - A language-switch label glued to the first line of another edition
 *   (`Français Le Comité ...`): stripped only where the text is in the label's
 *   language and the content before it is not, so `English Premier League ...`
 *   on an English page stays.
 * - A source dateline opening the lede (`(Baonghean.vn) - `, `VTV.vn - `): the
 *   outlet it names is kept for the metadata.
 * - Words the scraper glued: a number and the next word (`2026-2031được`), a
 *   sentence's period and the next capitalised word (`năm nay.Ông`); units and
 *   ordinals (`10km`, `14e`, `1er`), decimals, URLs and e-mails are left alone.
 *   Only in Vietnamese text, and in French text of text inputs, where a scrape
 *   joined lines; never inside a token that opens with a letter (`A330neo`).
 *   English, other languages and other HTML text are as printed (`38million`).
 * Each step is idempotent: cleaning clean text changes nothing.
 */

import type { PrefixRule } from "../../schemas/Rules.ts"
import type { RuleLang } from "../../schemas/Vocabulary.ts"
import { Config } from "../Config.ts"
import type { CleanSegment, LanguageSegment, Segmented } from "../Document.ts"
import type { Compiled, RuleBook } from "../rules/RuleBook.ts"
import { endsWithPipe, withoutTrailingPipes } from "../TextNormalization.ts"

const hasWordCharacter = /[\p{L}\p{N}]/u
const numberThenWord = /(\d)(\p{Ll}{2,})/gu
const periodThenSentence = /(\p{Ll}{2,})\.(\p{Lu}\p{Ll})/gu

/** Letters that may follow a number in one token: units, ordinals, suffixes. */
const unitSuffixes: ReadonlySet<string> = new Set([
  "km",
  "kg",
  "mg",
  "cm",
  "mm",
  "ml",
  "ha",
  "m2",
  "m3",
  "er",
  "ère",
  "ème",
  "eme",
  "nd",
  "rd",
  "st",
  "th",
  "gb",
  "mb",
  "kb",
  "tb",
  "kw",
  "kwh",
  "mw",
  "gw",
  "ms",
  "hz",
  "khz",
  "mhz",
  "ghz",
  "px",
  "pt",
  "am",
  "pm",
  "tr",
  "ty",
  "lít",
  "ly",
  "độ",
  "giờ",
  "phút",
  "triệu",
  "tỷ",
  "nghìn",
  "vnđ",
  "usd",
  "eur",
  "fps",
  "mp",
  "kv"
])

// Cheap tests that gate the two replacements above: most lines need neither.
const digitThenLowercase = /\d\p{Ll}/u
const periodThenCapital = /\.\p{Lu}/u

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39
const letterBefore = /\p{L}/u

/**
 * Whether the run of digits ending at `end` opens its token: a letter right
 * before it makes one token of letters and digits (`A330neo`, `my6sense`,
 * `H5N1`), never two glued words.
 */
const numberOpensToken = (text: string, end: number): boolean => {
  let start = end
  while (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) start--
  return start === 0 || !letterBefore.test(text[start - 1]!)
}

export const unglueWords = (text: string): string => {
  let result = text
  if (digitThenLowercase.test(result)) {
    result = result.replace(numberThenWord, (whole, digit: string, word: string, offset: number, all: string) =>
      unitSuffixes.has(word.toLowerCase()) || !numberOpensToken(all, offset) ? whole : `${digit} ${word}`
    )
  }
  return periodThenCapital.test(result) ? result.replace(periodThenSentence, "$1. $2") : result
}

export const stripTrailingPipes = (text: string): string =>
  endsWithPipe(text) && hasWordCharacter.test(text) ? withoutTrailingPipes(text) : text

interface Stripped {
  readonly text: string
  readonly rule: PrefixRule
  readonly groups: Readonly<Record<string, string | undefined>>
}

const stripPrefix = (text: string, rules: ReadonlyArray<Compiled<PrefixRule>>): Stripped | undefined => {
  for (const { regex, rule } of rules) {
    const found = regex.exec(text)
    if (found === null) continue
    const rest = text.slice(found[0].length)
    if (rest.length === 0) continue
    return { text: rest, rule, groups: found.groups ?? {} }
  }
  return undefined
}

const isContent = (segment: LanguageSegment): boolean => segment.kind === "title" || segment.kind === "body"
const isKept = (segment: LanguageSegment): boolean => isContent(segment) || segment.kind === "caption"

export const cleanInline = (doc: Segmented<LanguageSegment>, rules: RuleBook): Segmented<CleanSegment> => {
  let previousContentLang: string | null = null
  let bodySeen = 0
  const segments = doc.segments.map((segment): CleanSegment => {
    let text = stripTrailingPipes(segment.text)
    let switchLabel: RuleLang | null = null
    let prefixOutlet: string | null = null
    if (isContent(segment)) {
      const label = stripPrefix(text, rules.switchLabels)
      if (
        label !== undefined &&
        label.rule.lang === segment.lang &&
        previousContentLang !== null &&
        previousContentLang !== segment.lang
      ) {
        text = label.text
        switchLabel = label.rule.lang
      }
    }
    if (segment.kind === "body" && bodySeen < Config.inline.datelinePrefixBodySegments) {
      const prefix = stripPrefix(text, rules.datelinePrefixes)
      if (prefix !== undefined) {
        text = prefix.text
        prefixOutlet = prefix.groups.outlet?.trim() ?? null
      }
    }
    // Words glued by a scrape are split in the corpus' languages only: English and other languages write tokens
    // of a number and letters (`38million`, `9bn`). An HTML page prints its words as they are, but Vietnamese
    // glued to a number (`2026-2031được`) is a join in any markup, never a token.
    if (isKept(segment) && (segment.lang === "vi" || (doc.markup === "text" && segment.lang === "fr")))
      text = unglueWords(text)
    if (segment.kind === "body") bodySeen++
    if (isContent(segment) && segment.lang !== "und") previousContentLang = segment.lang
    // `Object.assign`: the spread into the literal's copy, key for key and in order, without V8's slow path for it.
    return Object.assign({}, segment, { text, switchLabel, prefixOutlet })
  })
  return { ...doc, segments }
}
