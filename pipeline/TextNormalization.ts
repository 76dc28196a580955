/**
 * How `text` is normalised from raw text, the same for every input format:
 * NFC; zero-width characters removed; whitespace runs folded to one space;
 * and Vietnamese tone marks placed one way.
 *
 * Tone placement: in the open syllables `oa`, `oe` and `uy` (nothing after
 * them), old-style spelling puts the tone on the first vowel (`hòa`, `khỏe`,
 * `thúy`), new-style on the second (`hoà`, `khoẻ`, `thuý`). Both are in use;
 * tinsach writes the old style, the more common one in news. `quý` keeps its
 * mark on `y` in both styles (`qu` is the onset) and is left alone, as are
 * closed syllables (`hoàn`, `thuyền`), where both styles agree.
 */
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF]/gu
const whitespace = /\s+/gu
const toneMarks = "\u0300\u0301\u0303\u0309\u0323"
const newStyleTone = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${toneMarks}])(?![\\p{L}\\p{M}])`, "gu")

/** New-style spelling, precomposed (the text is NFC by now): `oà`, `oẻ`, `uý` ... at a syllable's end. */
const newStyleGate = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}])/u

/** The tone moves of the NFC text through its NFD form and back (the code `moveTonesToFirstVowel` replaces). */
export const moveTonesToFirstVowelOf = (text: string): string => {
  if (!newStyleGate.test(text)) return text
  return text
    .normalize("NFD")
    .replace(newStyleTone, (_, first: string, second: string, tone: string) => `${first}${tone}${second}`)
    .normalize("NFC")
}

/** Each precomposed `a e y` with one tone (`newStyleGate`'s second class): its base letter and its tone. */
const tonedVowels = new Map<number, { readonly base: string; readonly tone: string }>(
  [..."aAeEyY"].flatMap((base) =>
    [...toneMarks].map((tone) => [`${base}${tone}`.normalize("NFC").charCodeAt(0), { base, tone }] as const)
  )
)
const letterOrMark = /[\p{L}\p{M}]/u
/** Per UTF-16 unit: 0 until first asked, then 1 (neither) or 2 (`/[\p{L}\p{M}]/u` on it alone). */
const letterOrMarkUnits = new Uint8Array(0x10000)
/** Whether the code point at `i` is a letter or a mark (a lone surrogate is neither, as under `u`). */
const isLetterOrMarkAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i)
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return letterOrMark.test(text.slice(i, i + 2))
  }
  let known = letterOrMarkUnits[code]!
  if (known === 0) {
    known = letterOrMark.test(String.fromCharCode(code)) ? 2 : 1
    letterOrMarkUnits[code] = known
  }
  return known === 2
}

/**
 * `moveTonesToFirstVowelOf` read on the NFC text itself, without its NFD form and back: in an NFC
 * text the NFD pattern's `o`/`u`, base vowel and tone are a plain `o`/`u` (a mark on it would stand
 * between them) then one of the 30 precomposed vowels with a single tone, a `q` is a `q` before it,
 * and what follows is a letter or a mark exactly when the NFD's next character is (a canonical
 * decomposition keeps a character's first letter a letter, a mark a mark; a lone mark after the
 * vowel, reordered or not, stops the pattern either way). The swap is the NFC of `o` and the tone,
 * then the base vowel: neither composes with its neighbours (a starter before, no mark after).
 * `tests/TextNormalization.test.ts` compares the two on every gold line and on random strings.
 */
export const moveTonesToFirstVowel = (text: string): string => {
  let moved = ""
  let copied = 0
  openToned.lastIndex = 0
  for (let found = openToned.exec(text); found !== null; found = openToned.exec(text)) {
    const k = found.index + 1
    // The vowel found may open the next candidate (`oòa`): the search goes on from it.
    openToned.lastIndex = k
    if (k >= 2 && (text.charCodeAt(k - 2) | 0x20) === 0x71) continue
    if (k + 1 < text.length && isLetterOrMarkAt(text, k + 1)) continue
    const toned = tonedVowels.get(text.charCodeAt(k))!
    moved += `${text.slice(copied, k - 1)}${`${text[k - 1]}${toned.tone}`.normalize("NFC")}${toned.base}`
    copied = k + 1
  }
  return copied === 0 ? text : moved + text.slice(copied)
}
/** A plain `o`/`u` then a precomposed `a e y` with one tone (found natively, without the `u` flag: all BMP). */
const openToned = new RegExp(
  `[oOuU][${[...tonedVowels.keys()].map((code) => String.fromCharCode(code)).join("")}]`,
  "g"
)

/** Whitespace other than the plain space: with no run of two spaces either, `whitespace` changes nothing. */
const otherWhitespace = /[^\S ]/

/** Whitespace runs folded to one space; the regex only where a run is not already one space (most lines). */
const foldWhitespace = (text: string): string =>
  text.includes("  ") || otherWhitespace.test(text) ? text.replace(whitespace, " ") : text

export const normalizeText = (raw: string): string =>
  moveTonesToFirstVowel(foldWhitespace(raw.normalize("NFC").replace(zeroWidth, "")).trim())

/**
 * `normalizeText(raw).length` without the text: for ASCII (most of a page's link texts) NFC, the
 * zero-width characters and the tone moves change nothing, so it is the characters left once each run
 * of whitespace (`\s`'s ASCII six: space, tab, line feed, vertical tab, form feed, carriage return) is one
 * space and the ends are trimmed; any other text is normalised.
 */
export const normalizedLength = (raw: string): number => {
  let length = 0
  // Whitespace since the last other character, pending until another one follows it (a trailing run is trimmed).
  let pendingSpace = false
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (code >= 0x80) return normalizeText(raw).length
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      if (length > 0) pendingSpace = true
    } else {
      if (pendingSpace) length++
      pendingSpace = false
      length++
    }
  }
  return length
}

/** A pipe, maybe spaces, at the end: the residue of a flattened table (`... Ảnh: TTXVN |`). */
const trailingPipes = /\s*\|+\s*$/u

/** Whether the text ends in a table pipe; a test without a regex, for every line. */
export const endsWithPipe = (text: string): boolean => text.trimEnd().endsWith("|")

/** The text without its trailing table pipes. */
export const withoutTrailingPipes = (text: string): string =>
  endsWithPipe(text) ? text.replace(trailingPipes, "") : text

/** The text rules and features read: without the trailing table pipe a flattened table leaves. */
export const probeOf = (text: string): string => {
  const probe = withoutTrailingPipes(text)
  return probe.length > 0 ? probe : text
}
