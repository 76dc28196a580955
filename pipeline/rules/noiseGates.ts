/**
 * Cheap tests a line's probe must pass for some noise rules to match: a character every match
 * ends in, or a literal every match holds. A probe that fails its rule's gate is not asked the
 * pattern, which could not match it; the first rule that matches is the same. Only for rows
 * whose pattern the profile showed dear on lines they do not match (`.{0,300}` before a tail, a
 * negative look-ahead of date words, a search from every character): most lines fail the gate.
 *
 * A gate reads the pattern it was written for; `digest` names that pattern (and its case flag).
 * Where a row's pattern has changed since, its gate is not used (the row is asked as it is) until
 * the gate is checked again and its digest renewed: `tests/rules/noiseGates.test.ts` fails then,
 * and checks every gate against its pattern on every gold line.
 *
 * Case: a gate of a case-insensitive row folds its ASCII letters to ASCII only (`| 0x20`, or the `i`
 * flag without `u`, as the rows compiled without `u` do: `RuleBook.ts`); the gate of a row run under
 * `iu` (`vi.comment.form-message`) holds no letter `iu` folds from another character (`k` from the
 * Kelvin sign, `s` from `ſ`), and its Vietnamese letters fold the same under both flags.
 */
import { createHash } from "node:crypto"

export interface NoiseGate {
  /** `patternDigest` of the row the gate was checked against. */
  readonly digest: string
  readonly test: (probe: string) => boolean
}

/** The first 12 hex digits of the sha256 of a row's pattern and case flag. */
export const patternDigest = (pattern: string, caseInsensitive: boolean): string =>
  createHash("sha256")
    .update(`${caseInsensitive ? "i" : "-"}\u0000${pattern}`)
    .digest("hex")
    .slice(0, 12)

const lastUnit = (probe: string): number => (probe.length === 0 ? -1 : probe.charCodeAt(probe.length - 1))
/** An ASCII digit (`\d`); `NaN`, outside the line, is none. */
const digitUnit = (code: number): boolean => code >= 0x30 && code <= 0x39
const endsInDigit = (probe: string): boolean => digitUnit(lastUnit(probe))
/** Whether `probe` ends in `tail` (ASCII lower-case letters), in either case. */
const endsInFolded = (probe: string, tail: string): boolean => {
  if (probe.length < tail.length) return false
  const from = probe.length - tail.length
  for (let i = 0; i < tail.length; i++) if ((probe.charCodeAt(from + i) | 0x20) !== tail.charCodeAt(i)) return false
  return true
}

/** The months' names `common.byline.name-month-date` reads, as it writes them (no `i` flag). */
const monthNames =
  /janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December/
/** What `common.image.file`'s branches end in, lower-cased. */
const imageFileTails = "gfpbo"
/** A word every branch of `common.ui.translation-notice` holds, under its own flag (`i`, no `u`). */
const translationNoticeWords = /origin|bản|tradu|translat|dịch/i
/** A numeric date's `/`, and a digit or `)` at the end (a year, a time, a zone). */
const numericDateAtEnd = (probe: string): boolean =>
  (endsInDigit(probe) || lastUnit(probe) === 0x29) && probe.includes("/")

export const noiseGates: Readonly<Record<string, NoiseGate>> = {
  // `^(?:.{0,300}\s)?\((?:Ảnh|…)\)$` (each credit opens on `Ảnh`, no `i` flag): ends in `)` and holds `(Ảnh`.
  "vi.caption.illustration": {
    digest: "6f61b5a57b7d",
    test: (probe) => lastUnit(probe) === 0x29 && probe.includes("(Ảnh")
  },
  // `^[^.!?]{10,200}\s[-–]\s*ảnh\s*\d{1,2}\.?$`: ends in a digit, or in a digit and `.`.
  "common.image.numbered-alt": {
    digest: "9e5aab3ec590",
    test: (probe) => endsInDigit(probe) || (lastUnit(probe) === 0x2e && digitUnit(probe.charCodeAt(probe.length - 2)))
  },
  // `^(?:[…]*\.(?:jpe?g|png|gif|webp|bmp)\)?|(?:jpe?g|png|gif|webp)\s*[-–,]\s*[\d.,]+\s*(?:ko|mo|kb|mb|o|b))$`
  // (`iu`): ends in `g`, `f`, `p`, `)`, `o` or `b`, in either case; a last unit outside ASCII is let through
  // (no such letter folds to one of these under `iu`, but the gate need not say so).
  "common.image.file": {
    digest: "ddf760c3c4e7",
    test: (probe) => {
      const code = lastUnit(probe)
      return code > 0x7f || code === 0x29 || imageFileTails.includes(String.fromCharCode(code | 0x20))
    }
  },
  // Every branch holds `origin…`, `bản` (`bản gốc`), `tradu…`, `translat…` or `dịch` (the row's own `i`, no `u`).
  "common.ui.translation-notice": { digest: "3c7c9a7fd007", test: (probe) => translationNoticeWords.test(probe) },
  // `…\)\s*(?:Source)?$` (no `i` flag): ends in `)` or `Source`, spaces aside.
  "common.source.initials-bracket": {
    digest: "a2f70b7831e5",
    test: (probe) => {
      const end = probe.trimEnd()
      return lastUnit(end) === 0x29 || end.endsWith("Source")
    }
  },
  // `…[ _-]?\d+$`: ends in a digit.
  "vi.image.alt-slug": { digest: "2db5a696aee9", test: endsInDigit },
  // `^.{3,200}\((?:đang phát|phát lại|trực tiếp)\)$`: ends in `)`.
  "vi.ticker.programme-status": { digest: "fd3f48f6a9ba", test: (probe) => lastUnit(probe) === 0x29 },
  // `… trước$` (case-insensitive): ends in `c` or `C`.
  "vi.ticker.playlist-item": { digest: "f9a70be1436c", test: (probe) => (lastUnit(probe) | 0x20) === 0x63 },
  // `… ago$` (case-insensitive).
  "en.ticker.playlist-item": { digest: "ea6ed751fb1a", test: (probe) => endsInFolded(probe, "ago") },
  // `^.{3,160}\s+il y a\s+\d+\s+(?:secondes?|…)$` (case-insensitive): holds `il y a`.
  "fr.ticker.playlist-item": { digest: "e0ed79ac21e2", test: (probe) => /il y a/i.test(probe) },
  // Its three branches hold `vous` (`inscrivez-vous`, `Il vous reste`) or `abonn` (`réservée aux abonnés`).
  "fr.ui.subscribe": { digest: "d4d546d31977", test: (probe) => /vous|abonn/i.test(probe) },
  // A month's name (French in lower case, English capitalised), a year (`\d{4}`), then maybe a time
  // (`\d{1,2}[:h]\d{2}`), at the end: ends in a digit and holds a month.
  "common.byline.name-month-date": {
    digest: "cf4a2ec00e1f",
    test: (probe) => endsInDigit(probe) && monthNames.test(probe)
  },
  // A date `\d{1,2}\/\d{1,2}\/\d{4}`, then maybe a time `\d{2}` or a zone `\d{1,2}\)?` at the end:
  // holds `/` and ends in a digit or `)`.
  "common.byline.name-desk-date": { digest: "21a2c9f7b2e1", test: (probe) => numericDateAtEnd(probe) },
  "common.byline.name-date": { digest: "b4d60ddc770f", test: (probe) => numericDateAtEnd(probe) },
  // A credit word (`Ảnh…`, `Nguồn ảnh`, `Đồ họa`, `Clip`, `Video`), then `\s*:`: holds `:` and one of them.
  "vi.caption.credit": {
    digest: "84aa706b218b",
    test: (probe) => probe.includes(":") && /Ảnh|Nguồn ảnh|Đồ họa|Clip|Video/.test(probe)
  },
  // A credit word and `:`, or `©`.
  "common.caption.credit": { digest: "10b5f86fc5e2", test: (probe) => probe.includes(":") || probe.includes("©") },
  // An address in brackets: holds `@`.
  "common.byline.email": { digest: "24c552f44131", test: (probe) => probe.includes("@") },
  // A label, then `\s*:\s*\S`: holds `:`.
  "common.ui.contact": { digest: "9b39823b80a8", test: (probe) => probe.includes(":") },
  // Items joined by `/`, `>` or `»`, or a line opening on `/` or `>`: holds one of them.
  "common.ui.breadcrumb": { digest: "3b9a57dbe5db", test: (probe) => /[/>»]/.test(probe) },
  // Its branches hold `Bạn`, `biên tập` or `Gửi file` (case-insensitive; none of `k`, `s`).
  "vi.comment.form-message": { digest: "92d8cd2e17a2", test: (probe) => /bạn|biên tập|gửi file/i.test(probe) }
}

/** A row's gate, when one was checked against its current pattern. */
export const gateOf = (
  id: string,
  pattern: string,
  caseInsensitive: boolean
): ((probe: string) => boolean) | undefined => {
  const gate = noiseGates[id]
  return gate !== undefined && gate.digest === patternDigest(pattern, caseInsensitive) ? gate.test : undefined
}
