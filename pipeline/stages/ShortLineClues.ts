/**
 * Short lines whose form tells their language before their letters do.
 *
 * - No words at all: a file name (`img_1361(1).jpeg`, `QUỐC-HỘI-HỌP-TOÀN-THỂ.jpg`),
 *   a web or e-mail address alone (`lemonde.fr`, `pnvnonline@phunuvietnam.vn`): `und`.
 * - A field label of site chrome followed by its value (`Tél : (+84) 24 38 25 20 96`,
 *   `Adresse : 79, rue ...`, `Hotline: 0983.970.780`): the label's language, not the
 *   value's (a street named after a person, a phone number); a label shared by
 *   languages (`E-mail`, `Fax`, a credit's `Photo :`) is in the page's language.
 */
import type { Lang } from "../../schemas/Vocabulary.ts"

/** A clue: a language, or `page` for a label every language of the corpus writes the same. */
export type Clue = Lang | "page"

const fileName = /^[\p{L}\p{M}\d_\-.()%+]+\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|pdf|docx?|xlsx?|mp4|mp3)$/iu
const webAddress = /^(?:https?:\/\/)?(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,6}(?:\/\S*)?$/u
const emailAddress = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u

/** A file name, a web or an e-mail address alone (list marks and separators around it aside). */
export const isAddressOrFileName = (text: string): boolean => {
  // None of the three holds a space: a line with one between its marks (most lines) is none.
  let start = 0
  while (start < text.length && isLeadingMark(text.charCodeAt(start))) start++
  let end = text.length
  while (end > start && isTrailingMark(text.charCodeAt(end - 1))) end--
  for (let i = start; i < end; i++) if (isSpaceUnit(text.charCodeAt(i))) return false
  return isAddressOrFileNameOf(text)
}

/** `isAddressOrFileName` with the marks taken off by the regex (the code the scan above gates). */
export const isAddressOrFileNameOf = (text: string): boolean => {
  const bare = text.trim().replace(/^[|•·>\-–\s]+|[|•·\s]+$/gu, "")
  return fileName.test(bare) || webAddress.test(bare) || emailAddress.test(bare)
}

const space = /\s/u
/** Per UTF-16 unit: 0 until first asked, then 1 (no space) or 2 (`/\s/u` on it alone: `trim`'s spaces too). */
const spaceUnits = new Uint8Array(0x10000)
const isSpaceUnit = (code: number): boolean => {
  let known = spaceUnits[code]!
  if (known === 0) {
    known = space.test(String.fromCharCode(code)) ? 2 : 1
    spaceUnits[code] = known
  }
  return known === 2
}
/** The marks `isAddressOrFileNameOf` takes off before the text (`[|•·>\-–\s]`) and after it (`[|•·\s]`). */
const isTrailingMark = (code: number): boolean => code === 0x7c || code === 0x2022 || code === 0xb7 || isSpaceUnit(code)
const isLeadingMark = (code: number): boolean =>
  code === 0x3e || code === 0x2d || code === 0x2013 || isTrailingMark(code)

/** Field labels of a site's contact or masthead block, by language (lower case, marks kept). */
const fieldLabels: ReadonlyArray<readonly [Clue, ReadonlyArray<string>]> = [
  [
    "fr",
    [
      "tél",
      "téléphone",
      "adresse",
      "courriel",
      "rédacteur en chef",
      "rédactrice en chef",
      "directeur de la publication"
    ]
  ],
  ["en", ["hotline", "phone", "telephone", "address", "editor-in-chief", "editor in chief"]],
  ["vi", ["điện thoại", "đt", "địa chỉ", "tổng biên tập"]],
  ["page", ["e-mail", "email", "fax", "tel", "photo", "photos"]]
]
const fieldLine = /^[|•·\s]*([\p{L}\p{M}][\p{L}\p{M}\s-]{0,30}?)\s*:/u

/** The language of a `Label : value` line of site chrome by its label, or undefined when it is no known label. */
export const fieldLabelClue = (text: string): Clue | undefined => {
  // The label ends at a colon: a line without one (most) is none.
  if (!text.includes(":")) return undefined
  const match = fieldLine.exec(text)
  if (match === null) return undefined
  const label = match[1]!.toLowerCase().trim()
  return fieldLabels.find(([, labels]) => labels.includes(label))?.[0]
}
