/**
 * Describes every line of a page by features of itself and its page, for the
 * line classifier (`LineModel.ts`). Families, each seen on several outlets:
 *
 * - size and punctuation: length, words, sentence end, a trailing table pipe;
 * - case and characters: capitals, title case, digits, letters;
 * - shapes (`shapes.ts`): date, time, weekday, credit, source, arrow, e-mail ...;
 *   a line that is nothing but a date and time;
 * - rule tables: the kind of the first whole-line noise rule that matches, and a
 *   head rule (a company header) — hits are evidence, not verdicts;
 * - markup: the kind the HTML markup hints;
 * - language of the line by its letters, and whether it differs from the page's;
 * - position: first lines, last lines, before the first paragraph, the first
 *   headline-like line;
 * - neighbours: the previous and next line's size, shape and rule hits (a line
 *   after image residue, inside a run of headlines, after a related header);
 * - blocks: a line after a related header, a player widget, a UI label or an
 *   image, with no paragraph between (a list of headlines under `Tin liên quan`);
 * - repeats: a verbatim or near repeat of an earlier line, a line repeated later;
 * - words: the line's words and word pairs that the training pages of several
 *   outlets share (`lineWords`; the vocabulary is part of the model), such as
 *   `phát biểu` or `prononce` in captions, `xem thêm` in related blocks.
 *
 * Every feature has a name a user can read in `kind_evidence`.
 */
import type { Kind } from "../../schemas/Vocabulary.ts"
import { Kind as KindSchema } from "../../schemas/Vocabulary.ts"
import type { LineSegment } from "../Document.ts"
import { countLetters, voteFunctionWords } from "../stages/DetectLanguage.ts"
import { probeOf } from "../TextNormalization.ts"
import { shapeRows } from "./shapes.ts"

export const kinds: ReadonlyArray<Kind> = KindSchema.literals

/** What the rule tables say of a line (computed by the caller, which holds the rules). */
export interface RuleHits {
  /** The kind of the first `any`-scope noise rule that matches, or null. */
  readonly kind: Kind | null
  /** A `head`-scope rule (a company or advertiser name) matches. */
  readonly head: boolean
}

const sentenceEnd = /[.!?…]["»”’)]*$/u
const clauseEnd = /[:;,]["»”’)]*$/u
const upper = /\p{Lu}/u
const wordSplit = /\s+/u
const dateTokens =
  /\d+|(?:thứ|chủ nhật|ngày|tháng|năm|lúc|giờ|sáng|chiều|tối|gmt|utc|am|pm|cập nhật|đăng|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|le|du|at|on|h)(?![\p{L}])/giu
const nonLetters = /[^\p{L}]+/gu
/** A line opening in lower case (or a digit glued to a word): the rest of a sentence a scraper wrapped. */
const startsLower = /^[\p{Ll}]|^\d+\p{Ll}/u

/**
 * Kinds that open a block of lines: the lines after a related header, a player widget, a UI
 * label or an image, up to the next paragraph, are `block:after-<kind>`.
 */
const blockKinds = ["related", "ticker", "ui", "comment", "image"] as const

const base = [
  "len:tiny",
  "len:short",
  "len:medium",
  "len:long",
  "len:very-long",
  "len:log",
  "words:one-two",
  "words:three-eight",
  "ends:sentence",
  "ends:clause",
  "ends:pipe",
  "headline-like",
  "caps:all",
  "caps:share",
  "titlecase:share",
  "digits:share",
  "letters:none",
  "date:only",
  ...shapeRows.map((row) => `shape:${row.id}`),
  ...kinds.map((kind) => `rule:${kind}`),
  "rule:head"
] as const

const neighbourNames = [
  "len:tiny",
  "len:short",
  "len:long",
  "ends:sentence",
  "headline-like",
  "date:only",
  "caps:all",
  "shape:photo-credit",
  "shape:arrow-lead",
  "rule:image",
  "rule:caption",
  "rule:related",
  "rule:ticker",
  "rule:ui",
  "rule:dateline",
  "rule:byline",
  "hint:image",
  "lang-other"
] as const

const own = [
  "bias",
  ...base,
  ...kinds.map((kind) => `hint:${kind}`),
  "lang:vi",
  "lang:fr",
  "lang:en",
  "lang:other-than-page",
  "pos:first",
  "pos:second",
  "pos:third",
  "pos:relative",
  "pos:last",
  "pos:second-last",
  "pos:before-first-paragraph",
  "pos:first-headline",
  "pos:after-last-paragraph",
  "pos:only-line",
  "starts:lower",
  "continues-previous",
  "continued-by-next",
  "page:wrapped",
  "repeat:earlier",
  "repeat:later",
  "repeat:near-earlier",
  "repeat:contains-earlier",
  "run:short-lines",
  ...blockKinds.map((kind) => `block:after-${kind}`),
  "page:short",
  "prev:none",
  "next:none"
]

export const featureNames: ReadonlyArray<string> = [
  ...own,
  ...neighbourNames.map((name) => `prev:${name}`),
  ...neighbourNames.map((name) => `next:${name}`)
]

const indexOf = new Map(featureNames.map((name, index) => [name, index]))
export const featureCount = featureNames.length

interface LineFacts {
  readonly text: string
  readonly startsLower: boolean
  readonly endsOpen: boolean
  readonly values: Map<string, number>
  readonly paragraph: boolean
  readonly headlineLike: boolean
  readonly lang: "vi" | "fr" | "en" | null
  readonly letters: number
  readonly key: string
}

const shareOf = (text: string, test: (c: string) => boolean): number => {
  let hits = 0
  let total = 0
  for (const c of text) {
    if (c === " ") continue
    total++
    if (test(c)) hits++
  }
  return total === 0 ? 0 : hits / total
}

const isDigit = (c: string): boolean => c >= "0" && c <= "9"

/** The line's words without marks, case or punctuation: what a near repeat shares. */
const comparisonKey = (text: string): string => text.toLowerCase().replace(nonLetters, "")

const describeLine = (segment: LineSegment, hits: RuleHits): LineFacts => {
  const text = probeOf(segment.text)
  const values = new Map<string, number>()
  const set = (name: string, value = 1) => {
    if (value !== 0) values.set(name, value)
  }
  const chars = text.length
  const words = text.length === 0 ? [] : text.split(wordSplit)
  set("len:tiny", chars <= 12 ? 1 : 0)
  set("len:short", chars > 12 && chars <= 60 ? 1 : 0)
  set("len:medium", chars > 60 && chars <= 160 ? 1 : 0)
  set("len:long", chars > 160 && chars <= 400 ? 1 : 0)
  set("len:very-long", chars > 400 ? 1 : 0)
  set("len:log", Math.log1p(chars) / 7)
  set("words:one-two", words.length <= 2 ? 1 : 0)
  set("words:three-eight", words.length >= 3 && words.length <= 8 ? 1 : 0)
  const endsSentence = sentenceEnd.test(text)
  set("ends:sentence", endsSentence ? 1 : 0)
  set("ends:clause", clauseEnd.test(text) ? 1 : 0)
  set("ends:pipe", segment.text.trimEnd().endsWith("|") ? 1 : 0)
  const headlineLike = chars > 0 && chars <= 200 && words.length <= 35 && !endsSentence && !clauseEnd.test(text)
  set("headline-like", headlineLike ? 1 : 0)
  const { letters, vietnamese } = countLetters(text)
  const caps =
    letters === 0
      ? 0
      : shareOf(text, (c) => upper.test(c)) /
        Math.max(
          shareOf(text, (c) => /\p{L}/u.test(c)),
          1e-9
        )
  set("caps:share", Math.min(1, caps))
  set("caps:all", letters >= 4 && caps >= 0.8 ? 1 : 0)
  const titled = words.filter((word) => upper.test(word.charAt(0))).length
  set("titlecase:share", words.length === 0 ? 0 : titled / words.length)
  set("digits:share", shareOf(text, isDigit))
  set("letters:none", letters === 0 ? 1 : 0)
  const rest = text.replace(dateTokens, "").replace(nonLetters, "")
  const datey = /\d/u.test(text) && rest.length <= 3 && chars <= 80
  set("date:only", datey ? 1 : 0)
  for (const row of shapeRows) if (row.pattern.test(text)) set(`shape:${row.id}`)
  if (hits.kind !== null) set(`rule:${hits.kind}`)
  if (hits.head) set("rule:head")
  if (segment.hint !== null) set(`hint:${segment.hint}`)
  let lang: LineFacts["lang"] = null
  if (letters >= 4 && vietnamese / letters >= 0.04 && vietnamese >= 2) lang = "vi"
  else if (letters >= 15) lang = voteFunctionWords(text)?.lang ?? null
  return {
    text,
    startsLower: startsLower.test(text),
    endsOpen: !endsSentence && !segment.text.trimEnd().endsWith("|"),
    values,
    paragraph: chars >= 80 && endsSentence,
    headlineLike,
    lang,
    letters,
    key: comparisonKey(text)
  }
}

/** One feature vector per segment, in order. */
export const lineFeatures = (
  segments: ReadonlyArray<LineSegment>,
  hits: ReadonlyArray<RuleHits>
): ReadonlyArray<Float64Array> => {
  const facts = segments.map((segment, index) => describeLine(segment, hits[index]!))
  const n = facts.length
  const firstParagraph = facts.findIndex((f) => f.paragraph)
  let lastParagraph = -1
  for (let i = n - 1; i >= 0; i--) {
    if (facts[i]!.paragraph) {
      lastParagraph = i
      break
    }
  }
  const firstHeadline = facts.findIndex(
    (f, i) => f.headlineLike && (firstParagraph < 0 || i < firstParagraph) && f.letters >= 12
  )
  const langChars = new Map<string, number>()
  for (const f of facts) if (f.lang !== null) langChars.set(f.lang, (langChars.get(f.lang) ?? 0) + f.text.length)
  const pageLang = [...langChars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  const seen = new Map<string, number>()
  const keyCount = new Map<string, number>()
  for (const f of facts) if (f.key.length >= 8) keyCount.set(f.key, (keyCount.get(f.key) ?? 0) + 1)
  const totalChars = facts.reduce((sum, f) => sum + f.text.length, 0)
  const continues = facts.map((f, i) => i > 0 && f.startsLower && facts[i - 1]!.endsOpen)
  const wrapped = n === 0 ? 0 : continues.filter(Boolean).length / n
  const langOther = facts.map((f) => f.lang !== null && pageLang !== null && f.lang !== pageLang)
  const blockOf: Array<string | null> = []
  let open: string | null = null
  facts.forEach((f, i) => {
    if (f.paragraph) open = null
    blockOf.push(open)
    const hit = hits[i]!.kind ?? segments[i]!.hint
    if (hit !== null && (blockKinds as ReadonlyArray<string>).includes(hit)) open = hit
  })

  return facts.map((f, i) => {
    const vector = new Float64Array(featureCount)
    const put = (name: string, value: number) => {
      const index = indexOf.get(name)
      if (index !== undefined && value !== 0) vector[index] = value
    }
    put("bias", 1)
    for (const [name, value] of f.values) put(name, value)
    if (f.lang !== null) put(`lang:${f.lang}`, 1)
    if (langOther[i]) put("lang:other-than-page", 1)
    put("starts:lower", f.startsLower ? 1 : 0)
    put("continues-previous", continues[i] ? 1 : 0)
    put("continued-by-next", continues[i + 1] === true ? 1 : 0)
    put("page:wrapped", wrapped >= 0.2 ? 1 : 0)
    put("pos:first", i === 0 ? 1 : 0)
    put("pos:second", i === 1 ? 1 : 0)
    put("pos:third", i === 2 ? 1 : 0)
    put("pos:relative", n <= 1 ? 0 : i / (n - 1))
    put("pos:last", i === n - 1 ? 1 : 0)
    put("pos:second-last", i === n - 2 ? 1 : 0)
    put("pos:before-first-paragraph", firstParagraph >= 0 && i < firstParagraph ? 1 : 0)
    put("pos:first-headline", i === firstHeadline ? 1 : 0)
    put("pos:after-last-paragraph", lastParagraph >= 0 && i > lastParagraph ? 1 : 0)
    put("pos:only-line", n === 1 ? 1 : 0)
    if (f.key.length >= 8) {
      const earlier = seen.get(f.key)
      if (earlier !== undefined) put("repeat:earlier", 1)
      else if ((keyCount.get(f.key) ?? 0) > 1) put("repeat:later", 1)
      if (earlier === undefined) seen.set(f.key, i)
      if (earlier === undefined && f.key.length >= 20) {
        for (let j = 0; j < i; j++) {
          const other = facts[j]!.key
          if (other.length < 20) continue
          if (other.startsWith(f.key) || f.key.startsWith(other)) {
            put("repeat:near-earlier", 1)
            break
          }
          if (other.length > f.key.length + 10 && other.includes(f.key)) {
            put("repeat:contains-earlier", 1)
            break
          }
        }
      }
    }
    const short = (k: number) => k >= 0 && k < n && facts[k]!.headlineLike && !facts[k]!.paragraph
    put(
      "run:short-lines",
      short(i) && ((short(i - 1) && short(i - 2)) || (short(i + 1) && short(i + 2)) || (short(i - 1) && short(i + 1)))
        ? 1
        : 0
    )
    if (blockOf[i] !== null) put(`block:after-${blockOf[i]}`, 1)
    put("page:short", totalChars < 600 ? 1 : 0)
    put("prev:none", i === 0 ? 1 : 0)
    put("next:none", i === n - 1 ? 1 : 0)
    const neighbour = (prefix: string, k: number) => {
      if (k < 0 || k >= n) return
      const other = facts[k]!
      for (const name of neighbourNames) {
        const value = name === "lang-other" ? (langOther[k] ? 1 : 0) : other.values.get(name)
        if (value !== undefined) put(`${prefix}:${name}`, value)
      }
    }
    neighbour("prev", i - 1)
    neighbour("next", i + 1)
    return vector
  })
}

const wordPattern = /[\p{L}\p{N}]+/gu

/** The line's words and adjacent word pairs, lower-cased (the first 40 words). */
export const lineWords = (text: string): ReadonlyArray<string> => {
  const words = (text.toLocaleLowerCase("vi").match(wordPattern) ?? [])
    .slice(0, 40)
    .map((word) => (/\d/u.test(word) ? "0" : word))
  const out = new Set<string>(words)
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`)
  return [...out]
}
