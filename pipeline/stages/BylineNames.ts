/**
 * The author's name read off a byline the line classifier found but no byline
 * rule captured, or off a dateline that is a signature with its date: what is
 * left of the line once its date, time, zone, agency or desk tag, e-mail and
 * label are taken off, when that is people's names and nothing else
 * (`Hà Vũ 17/08/2024 09:30`, `Việt Bắc (báo lao động) 05/02/2026 10:51 (GMT+7)`,
 * `ĐÌNH TRỌNG |`, `Texte et photos : Viêt Cuong - Thông Thiên/VNP/CVN`).
 */
import { bylineExtras, isNamesOnly } from "./DetectLanguage.ts"
import { isNamesInCapitals, isVietnameseSyllable } from "./VietnameseWords.ts"

/** A label before the names (`Bài và ảnh:`, `Texte et photos :`, `Par`, `By`). */
const leadingLabel =
  /^(?:(?:bài|tin|ảnh|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|tác giả|thực hiện|texte et photos|texte|textes|reportage|par|by|auteur|auteurs)\s*:?\s+)/iu

/** What a signature carries beside the names. */
const extras: ReadonlyArray<RegExp> = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, // an e-mail
  /\([^()]*\)|\[[^[\]]*\]/gu, // a tag in brackets: `(TTXVN)`, `(báo lao động)`, `(tổng hợp)`, `(GMT+7)`
  bylineExtras, // a date, a time, a zone, an agency after a slash: `/VNP/CVN`, `/TTXVN`
  /\S*[\d_]\S*/gu // a token with a digit or an underscore: a scraper's placeholder, a number
]

const edges = /^[\s|,;:–—-]+|[\s|,;:–—.-]+$/gu

/**
 * The first word of an organisation's or a place's name, or of a credit: not a person; nor a
 * newsroom's generic signature (`PV`, phóng viên, a reporter; `Nhóm PV`; `Équipe de journalistes`).
 */
const notAPerson: ReadonlySet<string> = new Set(
  "báo tạp đài cổng trang ban bộ sở ủy hội tỉnh thành huyện xã phường quận thông văn nguồn theo ảnh photo source selon le la les l du des thứ chủ pv nhóm équipe".split(
    " "
  )
)

/** Whether a name's first word is not an organisation's, a place's, a day's or a credit's (`Thứ Năm`, `Báo …`). */
export const startsAsPerson = (names: string): boolean =>
  !notAPerson.has(
    names
      .trim()
      .split(/[\s'’]+/u)[0]!
      .toLowerCase()
  )

/** A signature: names straight before their date or tag, no comma between (`Hà Nội, 12/3/2024` is a place's dateline). */
const signatureWithDate = /^\s*\p{Lu}[^\d,()]*?\s+[([]?\s*\d|^\s*\p{Lu}[^\d,()]*?\s*\(/u

/** People's names alone, as printed (`Ngan Hanh - Lam Tung`), or null. */
export const namesOfSignature = (text: string): string | null => {
  let rest = text.normalize("NFC").trim().replace(leadingLabel, "")
  for (const extra of extras) rest = rest.replace(extra, " ")
  rest = rest.replace(/\s+/gu, " ").replace(edges, "").trim()
  if (rest.length === 0 || rest.length > 60) return null
  if (!startsAsPerson(rest)) return null
  // Vietnamese names, marked or not (`Ngan Hanh`): `Google News` is a button, `Pierre Magnan` comes by a rule (`Par …`).
  const syllables = rest.split(/[\s,\-–&/|.]+/u).filter((word) => word.length > 1)
  if (!syllables.every(isVietnameseSyllable)) return null
  return isNamesOnly(rest, false) || isNamesInCapitals(rest, true) ? rest : null
}

/** The names a dateline line signs with (`Hà Vũ 17/08/2024 09:30`), or null. */
export const namesOfDatedSignature = (text: string): string | null =>
  signatureWithDate.test(text) ? namesOfSignature(text) : null
