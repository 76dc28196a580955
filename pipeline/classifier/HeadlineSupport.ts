/**
 * Whether the body bears a headline out: the share of the headline's word pairs (bigrams,
 * case and marks as printed, NFC, lower case) that the page's body lines also print. An
 * article's own headline shares some of its wording with its lede and paragraphs; a related
 * item's headline, a site's tagline or a section banner taken for the title shares almost none.
 *
 * `supportedHeadline`: a chosen title the body bears out less than
 * `Config.classifier.titleSupport.weak` gives way to a later line of the page's head, shaped as a
 * headline, that the body bears out at least `strong` and the model gives title at least
 * `minTitle`; the best supported such line.
 */
import { Config } from "../Config.ts"
import { lettersAndNumbersRuns } from "./Characters.ts"

/** The word pairs of a text: `Hội nghị Trung ương` gives `hội nghị`, `nghị trung`, `trung ương`. */
export const wordPairs = (text: string): ReadonlySet<string> => pairsOf(wordsOf(text))

/** The adjacent pairs of `words`, as `wordPairs` gives them. */
const pairsOf = (words: ReadonlyArray<string>): ReadonlySet<string> => {
  const pairs = new Set<string>()
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`)
  return pairs
}

/** The words `wordPairs` pairs: NFC, lower case, runs of letters and digits. */
const wordsOf = (text: string): ReadonlyArray<string> => lettersAndNumbersRuns(lowerOf(text))

/** The text `wordsOf` cuts (each of its words is a piece of it). */
const lowerOf = (text: string): string => text.normalize("NFC").toLowerCase()

/**
 * `headlineSupport(lines.texts[chosen], bodyPairsWithout(lines, bodyPairCounts(lines), [chosen]))`
 * without the page's pairs counted: a pair is the body's when a body line other than `chosen`
 * prints it (the count over body lines exceeds the left-out line's own), and only the headline's
 * pairs are sought, a body line's words read until all are found, or until the share found reaches
 * `enough` (the caller asks only whether it does: the share only grows as pairs are found, so it reaches
 * `enough` in the end exactly when it does on the way), which is then the share returned.
 */
const ownSupport = (
  lines: HeadLines,
  wordsAt: (index: number) => ReadonlyArray<string>,
  lowerAt: (index: number) => string,
  chosen: number,
  enough: number
): number | null => {
  const headline = wordsAt(chosen)
  const pairs = pairsOf(headline)
  if (pairs.size === 0) return null
  const firstWords = new Set<string>()
  for (const pair of pairs) firstWords.add(pair.slice(0, pair.indexOf(" ")))
  // A line prints a pair only if its lower case holds both words: a line holding neither pair's two is not cut.
  const mayPrint = (lower: string): boolean => {
    for (let j = 0; j + 1 < headline.length; j++)
      if (lower.includes(headline[j]!) && lower.includes(headline[j + 1]!)) return true
    return false
  }
  const found = new Set<string>()
  for (let i = 0; i < lines.texts.length && found.size < pairs.size; i++) {
    if (i === chosen || !lines.isBody(i) || !mayPrint(lowerAt(i))) continue
    const words = wordsAt(i)
    for (let j = 0; j + 1 < words.length; j++) {
      if (!firstWords.has(words[j]!)) continue
      const pair = `${words[j]} ${words[j + 1]}`
      if (pairs.has(pair)) found.add(pair)
    }
    if (found.size / pairs.size >= enough) break
  }
  return found.size / pairs.size
}

/** The share of a headline's word pairs found among the body's; `null` for a headline of one word. */
export const headlineSupport = (headline: string, bodyPairs: Pick<ReadonlySet<string>, "has">): number | null => {
  const pairs = wordPairs(headline)
  if (pairs.size === 0) return null
  let shared = 0
  for (const pair of pairs) if (bodyPairs.has(pair)) shared++
  return shared / pairs.size
}

export interface SupportThresholds {
  readonly weak: number
  readonly strong: number
  readonly minTitle: number
}

export interface HeadLines {
  /** Every line's text, in page order. */
  readonly texts: ReadonlyArray<string>
  /** Whether a line is the page's body (its pairs are what a headline is measured against). */
  readonly isBody: (index: number) => boolean
  /** The model's probability that a line is the title. */
  readonly titleProbability: (index: number) => number
  /** Whether a line is shaped as a headline (short, unfinished, no credit). */
  readonly headlineShaped: (text: string) => boolean
}

/**
 * How many body lines print each of the `sought` word pairs (those of the headlines measured): counted
 * once per page, not once per line measured, and only for those pairs (a body line's other pairs are
 * never asked for, and are not made).
 */
const bodyPairCounts = (
  lines: HeadLines,
  wordsAt: (index: number) => ReadonlyArray<string>,
  sought: ReadonlySet<string>
): ReadonlyMap<string, number> => {
  const firstWords = new Set<string>()
  for (const pair of sought) firstWords.add(pair.slice(0, pair.indexOf(" ")))
  const counts = new Map<string, number>()
  for (let i = 0; i < lines.texts.length; i++) {
    if (!lines.isBody(i)) continue
    const words = wordsAt(i)
    // A pair printed twice on a line counts once.
    const printed = new Set<string>()
    for (let j = 0; j + 1 < words.length; j++) {
      if (!firstWords.has(words[j]!)) continue
      const pair = `${words[j]} ${words[j + 1]}`
      if (!sought.has(pair) || printed.has(pair)) continue
      printed.add(pair)
      counts.set(pair, (counts.get(pair) ?? 0) + 1)
    }
  }
  return counts
}

/** The body's word pairs without some lines (the headline measured and the chosen title). */
const bodyPairsWithout = (
  lines: HeadLines,
  wordsAt: (index: number) => ReadonlyArray<string>,
  counts: ReadonlyMap<string, number>,
  left: ReadonlyArray<number>
): Pick<ReadonlySet<string>, "has"> => {
  const leftPairs = left.filter((i) => lines.isBody(i)).map((i) => pairsOf(wordsAt(i)))
  return { has: (pair) => (counts.get(pair) ?? 0) > leftPairs.filter((own) => own.has(pair)).length }
}

/**
 * The line that should be the title instead of `chosen`, or `undefined`: only when the body
 * bears `chosen` out less than `weak`, the line after it up to `headEnd` (included) that is
 * headline-shaped, given title at least `minTitle` and borne out at least `strong`, the best borne out.
 */
export const supportedHeadline = (
  lines: HeadLines,
  chosen: number,
  headEnd: number,
  thresholds: SupportThresholds = Config.classifier.titleSupport
): number | undefined => {
  // Each line's words, read once (NFC and lower case) however many of the steps below ask for them.
  const lowers: Array<string | undefined> = []
  const lowerAt = (index: number): string => (lowers[index] ??= lowerOf(lines.texts[index]!))
  const words: Array<ReadonlyArray<string> | undefined> = []
  const wordsAt = (index: number): ReadonlyArray<string> => {
    let found = words[index]
    if (found === undefined) {
      found = lettersAndNumbersRuns(lowerAt(index))
      words[index] = found
    }
    return found
  }
  // Most chosen titles are borne out: that is asked first, of the body lines' words, without the
  // page's pairs counted.
  const own = ownSupport(lines, wordsAt, lowerAt, chosen, thresholds.weak)
  if (own === null || own >= thresholds.weak) return undefined
  // The later lines that may take its place; the body's pairs are counted for theirs only, and not at all without one.
  const candidates: Array<number> = []
  for (let i = chosen + 1; i <= headEnd && i < lines.texts.length; i++) {
    if (!(lines.titleProbability(i) < thresholds.minTitle) && lines.headlineShaped(lines.texts[i]!)) candidates.push(i)
  }
  if (candidates.length === 0) return undefined
  const sought = new Set<string>()
  for (const i of candidates) for (const pair of wordPairs(lines.texts[i]!)) sought.add(pair)
  const counts = bodyPairCounts(lines, wordsAt, sought)
  let best: number | undefined
  let bestSupport: number = thresholds.strong
  for (const i of candidates) {
    const text = lines.texts[i]!
    const support = headlineSupport(text, bodyPairsWithout(lines, wordsAt, counts, [chosen, i]))
    if (support !== null && support >= bestSupport) {
      best = i
      bestSupport = support
    }
  }
  return best
}
