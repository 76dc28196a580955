/**
 * The shape of a Vietnamese syllable, marks or none: Vietnamese written
 * without its diacritics (`Cac dai bieu du Dai hoi thuc hien nghi thuc chao
 * co`, an `alt` text, a caption typed on a keyboard without a Vietnamese input
 * method) carries none of the letters the character rule reads, but every word
 * of it is still one syllable: an onset consonant, a vowel nucleus, an allowed
 * coda. French and English words mostly are not (`travailleurs`, `province`).
 */
import { isLetterUnit } from "../classifier/Characters.ts"

const isAscii = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false
  return true
}

/** The letters without their marks (`ồ` → `o`, `đ` → `d`), lower case; an ASCII word is only lower-cased. */
export const stripMarks = (word: string): string =>
  isAscii(word) ? word.toLowerCase() : word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/giu, "d").toLowerCase()

const onsets = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x"
/** Vowel nuclei as written without marks (`ươ` → `uo`, `iê` → `ie`), longest first. */
const nuclei =
  "uye|uya|uyu|uoi|uou|ieu|yeu|oai|oay|oao|oeo|uay|uai|uoi|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y"
const codas = "ch|ng|nh|c|m|n|p|t"
const syllable = new RegExp(`^(?:${onsets})?(?:${nuclei})(?:${codas})?$`, "u")

/** One word shaped like a Vietnamese syllable, read without its marks (`nghiêm`, `Truong`, `LDLD` is not). */
export const isVietnameseSyllable = (word: string): boolean => {
  // The answer for a word already asked (a page's words repeat: `président`, `được`): its marks are
  // taken off (NFD, a regex) once. Kept for the last `SYLLABLE_CACHE_WORDS` words or so.
  const known = syllableAnswers.get(word)
  if (known !== undefined) return known
  const answer = syllable.test(stripMarks(word))
  if (syllableAnswers.size >= SYLLABLE_CACHE_WORDS) syllableAnswers.clear()
  syllableAnswers.set(word, answer)
  return answer
}
const SYLLABLE_CACHE_WORDS = 20_000
const syllableAnswers = new Map<string, boolean>()

/** Words of a line: runs of letters. */
const wordsOf = (text: string): ReadonlyArray<string> => text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []

/** At least this many words, and this share of them syllable-shaped, is Vietnamese written without marks. */
export const UNMARKED_MIN_WORDS = 6
export const UNMARKED_MIN_SHARE = 0.85

const mark = /\p{M}/u
/** Per UTF-16 unit: 0 until first asked, then 1 (no mark) or 2 (`/\p{M}/u` on it alone). */
const markUnits = new Uint8Array(0x10000)
export const isMarkUnit = (code: number): boolean => {
  let known = markUnits[code]!
  if (known === 0) {
    known = mark.test(String.fromCharCode(code)) ? 2 : 1
    markUnits[code] = known
  }
  return known === 2
}
export const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff

/**
 * The words `wordsOf` finds (a letter, then letters and marks, as its `u` regex reads them), counted unit
 * by unit from the class caches; -1 when the text holds a surrogate (a letter may be a pair there).
 */
const countWordsOf = (text: string): number => {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isSurrogate(code)) return -1
    if (isLetterUnit(code)) {
      if (!inWord) count++
      inWord = true
    } else if (!isMarkUnit(code)) inWord = false
  }
  return count
}

/** Where the word of `wordsOf` starting at or after `from` ends, its start in `start`; -1 when none is left (no surrogate in `text`). */
const nextWordEnd = (text: string, from: number, start: { at: number }): number => {
  let i = from
  while (i < text.length && !isLetterUnit(text.charCodeAt(i))) i++
  if (i >= text.length) return -1
  start.at = i
  i++
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (!isLetterUnit(code) && !isMarkUnit(code)) break
    i++
  }
  return i
}

/**
 * Vietnamese written without diacritics: six words or more, nearly all of
 * them (`UNMARKED_MIN_SHARE`) shaped like Vietnamese syllables. An acronym
 * (`LDLD`) or a French word among them is allowed, a French sentence is not.
 * The words are counted first and cut one by one as they are read (a French
 * sentence stops after a few), not all matched into an array; a text holding a
 * surrogate is read with the regex.
 */
export const isUnmarkedVietnamese = (text: string): boolean => {
  const count = countWordsOf(text)
  if (count < 0) return isUnmarkedVietnameseOf(text)
  if (count < UNMARKED_MIN_WORDS) return false
  const needed = UNMARKED_MIN_SHARE * count
  let shaped = 0
  const start = { at: 0 }
  let end = 0
  for (let i = 0; i < count; i++) {
    end = nextWordEnd(text, end, start)
    if (isVietnameseSyllable(text.slice(start.at, end))) shaped++
    // Even if every word left were shaped, too few would be: a French sentence stops here early.
    else if (shaped + (count - i - 1) < needed) return false
  }
  return shaped >= needed
}

/** `isUnmarkedVietnamese` with the words matched by the regex (the code the scan replaces; for surrogates). */
export const isUnmarkedVietnameseOf = (text: string): boolean => {
  const words = wordsOf(text)
  const count = words.length
  if (count < UNMARKED_MIN_WORDS) return false
  const needed = UNMARKED_MIN_SHARE * count
  let shaped = 0
  for (let i = 0; i < count; i++) {
    if (isVietnameseSyllable(words[i]!)) shaped++
    // Even if every word left were shaped, too few would be: a French sentence stops here early.
    else if (shaped + (count - i - 1) < needed) return false
  }
  return shaped >= needed
}

/**
 * The commonest Vietnamese family names: a name in capitals holds one. Marks count (`ĐẶNG` is a
 * name, `ĐANG` a word); a line written without marks is matched without them (`LE XUAN DAI`).
 */
const familyNames: ReadonlySet<string> = new Set(
  "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn trịnh mai lâm lưu cao hà tạ".split(
    " "
  )
)
/**
 * Common middle and given names: a group of capitals made of them alone is a pen name
 * (`QUANG ĐẠI`, `MINH TÂM - ANH TÚ`) wherever the classifier put it; a heading holds other words
 * (`TIN MỚI`, `ĐANG PHÁT`, `BAN THƯỜNG VỤ`).
 */
const givenNames: ReadonlySet<string> = new Set(
  "anh bảo bình chi chung cường dũng duy đại đạt điệp đình đông đức dương giang hà hải hạnh hằng hiền hiếu hòa hoà hoài hồng huệ hùng hưng hương hữu huy huyền khánh khang khoa kiên lan lâm liên linh loan long lực mai mạnh minh my mỹ nga ngân nghĩa ngọc nguyệt nhung oanh phong phúc phương quang quân quốc quý quỳnh sơn tâm tân thắng thanh thành thảo thịnh thu thuỷ thủy thư thùy thúy tiến toàn trang trí trinh trọng trung tú tuấn tùng tuyết văn vân vinh xuân yến".split(
    " "
  )
)
const unmarkedFamilyNames: ReadonlySet<string> = new Set([...familyNames].map(stripMarks))
const unmarkedGivenNames: ReadonlySet<string> = new Set([...givenNames].map(stripMarks))

/**
 * A run of names in capitals (`QUANG ĐẠI`, `PHÚC LƯU - MẠNH THẮNG`, `LE XUAN DAI`):
 * groups split by `-`, `,`, `|`, `&`, `/`, each of two to four syllable-shaped
 * words; in a byline any such group is a name (with `needCommonName`, when the byline is only the
 * classifier's guess, a group holding a common given or family name), elsewhere (a related block's or
 * a menu's capitals: `TIN MỚI`, `BAN THƯỜNG VỤ`) a group must hold a family name.
 * A heading (`HỘI NGHỊ THÀNH LẬP`, `MỚI - NÓNG`, `PRATIQUE, EFFICACE`) is not.
 */
export const isNamesInCapitals = (text: string, inByline: boolean, needCommonName = false): boolean => {
  if (/[\d:;!?()«»"]/u.test(text)) return false
  const groups = text
    .split(/\s+[-–|&/]\s*|\s*[,|&/]\s*|\s*[-–]\s+/u)
    .map((group) => group.trim().replace(/[|.]+$/u, ""))
    .filter((group) => group.length > 0)
  if (groups.length === 0) return false
  return groups.every((group) => {
    const words = group.split(/\s+/u)
    if (words.length < 2 || words.length > 4) return false
    if (!words.every((word) => /^[\p{Lu}\p{M}]+$/u.test(word) && isVietnameseSyllable(word))) return false
    const lowers = words.map((word) => word.normalize("NFC").toLowerCase())
    const hasFamilyName = lowers.some(
      (lower) => familyNames.has(lower) || (lower === stripMarks(lower) && unmarkedFamilyNames.has(lower))
    )
    if (lowers.length <= 3 && lowers.every((lower) => givenNames.has(lower) || familyNames.has(lower))) return true
    if (words.length === 4 || !inByline) return hasFamilyName
    if (!needCommonName) return true
    // A line only guessed a byline: a pen name holds a common name (`THU OANH`, `DUY CUONG`); a heading
    // the classifier put there holds none (`ĐẶT VẤN ĐỀ`, `QUYẾT NGHỊ`).
    return hasFamilyName || lowers.some((lower) => givenNames.has(lower) || unmarkedGivenNames.has(lower))
  })
}
