/**
 * Dates as news pages print them, and the year of a date printed without one.
 *
 * - Full dates: `28/12/2023`, `29/01/2015 17:58 GMT+7`, `09:47 28/12/2023`,
 *   ISO `2023-12-28T09:47`, `16 décembre 2024 à 10h30`, `13 Tháng 10 2015 09:10`,
 *   `August 20, 2025 17:59`.
 * - Day and month only, in the lede: `Sáng 27/1`, `Sáng nay (29/1)`,
 *   `Le 16 décembre`, `du 2 janvier`, `on January 5`.
 * - Year inference, in order: the same month printed with a year elsewhere in
 *   the text (`janvier 2018`); a year-end pair in the date's sentence
 *   (`tổng kết năm 2014, triển khai nhiệm vụ năm 2015`: the event falls between
 *   them, so a date from July on belongs to the first year, before July to the
 *   second); the latest year in that sentence. A year printed only elsewhere in the
 *   text (an anniversary's `1954`, a plan's `2045`, a mandate) does not date the
 *   lede's day: no year, no date.
 */
import { Config } from "../Config.ts"

export interface PrintedDate {
  readonly year: number | null
  readonly month: number
  readonly day: number
  readonly hour: number | null
  readonly minute: number | null
  /** `+07:00` style, when printed. */
  readonly offset: string | null
  /** Where the match starts, to find its sentence. */
  readonly index: number
}

const frenchMonths = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre"
]
const englishMonths = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
]
const monthNames = [...frenchMonths, ...englishMonths].join("|")

const monthOfName = (name: string): number => {
  const lower = name.toLowerCase()
  const french = frenchMonths.indexOf(lower)
  return french >= 0 ? french + 1 : englishMonths.indexOf(lower) + 1
}

const num = (value: string | undefined): number | null => (value === undefined ? null : Number.parseInt(value, 10))

const offsetOf = (sign: string | undefined, hours: string | undefined, minutes: string | undefined): string | null => {
  if (sign === undefined || hours === undefined) return null
  return `${sign}${hours.padStart(2, "0")}:${(minutes ?? "00").padStart(2, "0")}`
}

/**
 * Every pattern names its parts the same way: `d`, `mo` (a number or a month
 * name), `y`, the time as `h`/`mi` (or `h1`/`m1` before the date, `h2`/`m2`
 * after it), and a zone as `sign`/`oh`/`om` or `z`.
 */
const readDate = (m: RegExpExecArray): PrintedDate => {
  const g = m.groups ?? {}
  const month = g.mo ?? ""
  return {
    year: num(g.y),
    month: /^\d+$/u.test(month) ? Number.parseInt(month, 10) : monthOfName(month),
    day: g.d === "1er" ? 1 : (num(g.d) ?? 0),
    hour: num(g.h ?? g.h1 ?? g.h2),
    minute: num(g.mi ?? g.m1 ?? g.m2),
    offset: g.z !== undefined ? "+00:00" : offsetOf(g.sign, g.oh, g.om),
    // (a pattern of `ledeDatePatterns` matches from the text's start: the date starts after `before`)
    index: m.index + (g.before?.length ?? 0)
  }
}

const fullDatePatterns: ReadonlyArray<RegExp> = [
  // [hh:mm] dd/mm/yyyy [hh:mm] [GMT+7]
  /(?:(?<h1>\d{1,2}):(?<m1>\d{2})\s*[-,|]?\s*)?(?<d>\d{1,2})[/.-](?<mo>\d{1,2})[/.-](?<y>\d{4})(?:\s*[-,|]?\s*(?<h2>\d{1,2}):(?<m2>\d{2}))?(?:\s*\(?(?:GMT|UTC)\s*(?<sign>[+-])\s*(?<oh>\d{1,2})(?::?(?<om>\d{2}))?)?/u,
  // 2023-12-28T09:47:00+07:00
  /(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::\d{2})?(?:(?<z>Z)|(?<sign>[+-])(?<oh>\d{2}):?(?<om>\d{2}))?)?/u,
  // 13 Tháng 10 2015 09:10, ngày 5 tháng 3 năm 2024
  /(?<d>\d{1,2})\s+tháng\s+(?<mo>\d{1,2})\s*,?\s*(?:năm\s+)?(?<y>\d{4})(?:\s*[-,|]?\s*(?<h>\d{1,2}):(?<mi>\d{2}))?/iu,
  // August 20, 2025 17:59
  new RegExp(
    String.raw`\b(?<mo>${englishMonths.join("|")})\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})(?:\s*(?:at\s+|[-,|]\s*)?(?<h>\d{1,2}):(?<mi>\d{2}))?`,
    "iu"
  ),
  // 16 décembre 2024 à 10h30
  new RegExp(
    String.raw`(?<d>\d{1,2})(?:er)?\s+(?<mo>${monthNames})\s+(?<y>\d{4})(?:\s*(?:à|,|-)?\s*(?<h>\d{1,2})[h:](?<mi>\d{2}))?`,
    "iu"
  )
]

const dayMonthPatterns: ReadonlyArray<RegExp> = [
  // Sáng 27/1, Chiều nay (29/1), Ngày 5/3/2024, Hôm qua (12/4)
  /(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Ngày|Hôm nay|Hôm qua)(?:\s+nay|\s+qua)?\s*[(,]?\s*(?:ngày\s+)?(?<d>\d{1,2})\/(?<mo>\d{1,2})(?:\/(?<y>\d{4}))?/iu,
  // Le 16 décembre, du 2 janvier
  new RegExp(
    String.raw`(?:^|[\s,(])(?:le|du|au|ce|dès le)\s+(?<d>1er|\d{1,2})\s+(?<mo>${frenchMonths.join("|")})(?:\s+(?<y>\d{4}))?`,
    "iu"
  ),
  // on January 5, 2024
  new RegExp(String.raw`\bon\s+(?<mo>${englishMonths.join("|")})\s+(?<d>\d{1,2})(?:,\s*(?<y>\d{4}))?`, "iu")
]

/**
 * `dayMonthPatterns` asked only for a match that starts within a lede's first `ledeDateMaxOffset`
 * places (`findLedeDate` reads no date starting further in): `^(?<before>[\s\S]{0,N}?)` before a
 * pattern tries its places from the start, in order, as its search does, and the pattern at each the same
 * way (its `^`, `\b` and lookbehinds read the text around the place as they would): its match is the
 * pattern's first match in the text when that starts within N code points (N units or more), and
 * there is none when the first starts further in. The search no longer goes through a long lede.
 */
const ledeDatePatterns: ReadonlyArray<RegExp> = dayMonthPatterns.map(
  (pattern) =>
    new RegExp(
      String.raw`^(?<before>[\s\S]{0,${Config.metadata.ledeDateMaxOffset}}?)(?:${pattern.source})`,
      pattern.flags
    )
)

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** A day that exists: `29/02` is read before its year is known (as in a leap year), and holds only if the year is one. */
export const isCalendarDate = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)

/**
 * A printed zone the world has: no UTC offset lies beyond ±14:00 (Kiribati), and an
 * offset's minutes are below 60. `GMT+99` or `+07:75` is a misprint, not a zone: the
 * date is not read from it (a table would store it as some other instant).
 */
const MAX_OFFSET_MINUTES = 14 * 60

export const isPlausibleOffset = (offset: string | null): boolean => {
  if (offset === null) return true
  const parts = /^[+-](\d{2}):(\d{2})$/u.exec(offset)
  if (parts === null) return false
  const hours = Number(parts[1])
  const minutes = Number(parts[2])
  return minutes <= 59 && hours * 60 + minutes <= MAX_OFFSET_MINUTES
}

const isValid = (date: PrintedDate): boolean =>
  date.month >= 1 &&
  date.month <= 12 &&
  date.day >= 1 &&
  date.day <= daysInMonth(date.year ?? 2000, date.month) &&
  (date.year === null || (date.year >= Config.metadata.minYear && date.year <= Config.metadata.maxYear)) &&
  (date.hour === null || (date.hour <= 23 && (date.minute ?? 0) <= 59)) &&
  isPlausibleOffset(date.offset)

/**
 * What a text must hold for a pattern above to match it, asked before the pattern (most lines hold
 * no date, and a pattern with an alternation of month names is tried at every place): an ASCII digit
 * for all of them; a space before a digit for those whose day or year follows a word (`on January 5`,
 * `le 5 mars`), a space after a day (`er` after it allowed) for those whose month name follows it.
 */
const digit = /\d/u
const spaceThenDigit = /\s\d/u
const dayThenSpace = /\d(?:er)?\s/iu
const gateOf = new Map<RegExp, RegExp>([
  [fullDatePatterns[2]!, dayThenSpace],
  [fullDatePatterns[3]!, spaceThenDigit],
  [fullDatePatterns[4]!, dayThenSpace],
  [dayMonthPatterns[1]!, spaceThenDigit],
  [dayMonthPatterns[2]!, spaceThenDigit],
  [ledeDatePatterns[1]!, spaceThenDigit],
  [ledeDatePatterns[2]!, spaceThenDigit]
])

/** Every pattern with what it requires (for the test that each match holds it): the digit, and its own gate. */
export const datePatternGates = (): ReadonlyArray<readonly [pattern: RegExp, gates: ReadonlyArray<RegExp>]> =>
  [...fullDatePatterns, ...dayMonthPatterns, ...ledeDatePatterns].map((pattern) => {
    const gate = gateOf.get(pattern)
    return [pattern, gate === undefined ? [digit] : [digit, gate]] as const
  })

const firstValid = (text: string, patterns: ReadonlyArray<RegExp>): PrintedDate | null => {
  if (!digit.test(text)) return null
  let best: PrintedDate | null = null
  for (const regex of patterns) {
    const gate = gateOf.get(regex)
    if (gate !== undefined && !gate.test(text)) continue
    const found = regex.exec(text)
    if (found === null) continue
    const date = readDate(found)
    if (isValid(date) && (best === null || date.index < best.index)) best = date
  }
  return best
}

/** A complete date (with year) printed in a byline or dateline. */
export const findFullDate = (text: string): PrintedDate | null => firstValid(text, fullDatePatterns)

/** A day and month printed anywhere in a line, with or without a year (`Chiều 1/3`, `le 27 mars`). */
export const findDayMonth = (text: string): PrintedDate | null => firstValid(text, dayMonthPatterns)

/**
 * A day and month opening a lede, with or without a year: within its first
 * `Config.metadata.ledeDateMaxOffset` characters (`Sáng 27/1, …`, `Hô Chi Minh-Ville - Le 1er février, …`).
 * A date further in is an event's the story reports (a session that `débutera le 5 mai`, a
 * verdict `confirmé en appel le 3 décembre dernier`), not the day the news was written.
 */
export const findLedeDate = (text: string): PrintedDate | null => {
  // (each pattern's first match where it starts in reach, `ledeDatePatterns`: the earliest valid one is
  // the same as among every pattern's first match, when that one starts in reach)
  const date = firstValid(text, ledeDatePatterns)
  return date !== null && date.index <= Config.metadata.ledeDateMaxOffset ? date : null
}

const yearPattern = /(?<![\d/.-])(?:19|20)\d{2}(?![\d])/gu

const yearsIn = (text: string): ReadonlyArray<number> =>
  [...text.matchAll(yearPattern)]
    .map((m) => Number.parseInt(m[0], 10))
    .filter((year) => year >= Config.metadata.minYear && year <= Config.metadata.maxYear)

/** The sentence of `text` that holds position `index`. */
export const sentenceOf = (text: string, index: number): string => {
  const before = text.slice(0, index)
  const start = Math.max(before.search(/[.!?]\s+[^.!?]*$/u) + 1, 0)
  const after = text.slice(index).search(/[.!?](?:\s|$)/u)
  return text.slice(start, after < 0 ? text.length : index + after + 1)
}

/** `sameMonthYear`'s patterns of each month, made on first use. */
const sameMonthPatterns = new Map<number, ReadonlyArray<RegExp>>()
const sameMonthYear = (text: string, month: number): number | null => {
  let patterns = sameMonthPatterns.get(month)
  if (patterns === undefined) {
    const names = [frenchMonths[month - 1], englishMonths[month - 1]].join("|")
    patterns = [
      new RegExp(String.raw`\b(?:${names})\s+(?<y>(?:19|20)\d{2})\b`, "iu"),
      new RegExp(String.raw`tháng\s+0?${month}(?:\s*[/,]\s*|\s+năm\s+)(?<y>(?:19|20)\d{2})`, "iu")
    ]
    sameMonthPatterns.set(month, patterns)
  }
  for (const pattern of patterns) {
    const year = num(pattern.exec(text)?.groups?.y)
    if (year !== null) return year
  }
  return null
}

/** The year of a day and month printed without one; `null` when neither the text's same month nor the date's sentence gives it. */
export const inferYear = (month: number, sentence: string, wholeText: string): number | null => {
  const printed = sameMonthYear(wholeText, month)
  if (printed !== null) return printed
  const local = yearsIn(sentence)
  const pair = local.find((year) => local.includes(year + 1))
  if (pair !== undefined) return month >= 7 ? pair : pair + 1
  return local.length > 0 ? Math.max(...local) : null
}

const pad = (value: number): string => String(value).padStart(2, "0")

export const isoDate = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`

export const isoTimestamp = (date: PrintedDate & { readonly year: number }, defaultOffset: string): string | null =>
  date.hour === null
    ? null
    : `${isoDate(date.year, date.month, date.day)}T${pad(date.hour)}:${pad(date.minute ?? 0)}:00${date.offset ?? defaultOffset}`
