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

const moveTonesToFirstVowel = (text: string): string => {
  if (!newStyleGate.test(text)) return text
  return text
    .normalize("NFD")
    .replace(newStyleTone, (_, first: string, second: string, tone: string) => `${first}${tone}${second}`)
    .normalize("NFC")
}

/** Whitespace other than the plain space: with no run of two spaces either, `whitespace` changes nothing. */
const otherWhitespace = /[^\S ]/

/** Whitespace runs folded to one space; the regex only where a run is not already one space (most lines). */
const foldWhitespace = (text: string): string =>
  text.includes("  ") || otherWhitespace.test(text) ? text.replace(whitespace, " ") : text

export const normalizeText = (raw: string): string =>
  moveTonesToFirstVowel(foldWhitespace(raw.normalize("NFC").replace(zeroWidth, "")).trim())

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
