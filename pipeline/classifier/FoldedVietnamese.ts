/**
 * Vietnamese written without its marks (`Loi vao khu tro cong nhan o gan Khu cong nghiep Thang Long`,
 * `De nghi Bo Chinh tri khai tru khoi Dang doi voi 1 truong hop`): a picture's alt text or caption a CMS
 * made of a file name, never the article, which prints its marks. Seen on Lao Động's French pages (two
 * captions) and Kiến Thức (an alt text); no body line of the gold is so.
 */

/**
 * Common Vietnamese syllables without their marks; a few are French or English words too (`se`, `can`,
 * `dan`), which the share asked of a line (`minShare`) leaves to the others.
 */
const foldedSyllables: ReadonlySet<string> = new Set(
  (
    "cua va cac nhung trong duoc nguoi voi cho khong mot den tai ve tu nam ngay doi cong nhan gan khu tro toi " +
    "thieu anh sang dang nghi bo chinh tri tru khoi truong hop da se dan tinh huyen xa thanh pho hoi dai quoc " +
    "gia viet lam nhieu hon sau khi nay theo tren duoi giua cung vao len xuong moi phai can dieu kien phat trien " +
    "kinh bieu chao co thuc hien chu tich doan nghiep lanh dao dong chi ky hop tham quan nhan dan bao cao"
  ).split(" ")
)

/** Lower-case words of a line with no letter outside ASCII, at least this many... */
const minWords = 4
/** ... this share of them Vietnamese syllables. */
const minShare = 0.6

/**
 * The line is Vietnamese with its marks stripped (`foldedSyllables`): ASCII only, and of its words in lower
 * case between spaces (not a link's or a file name's slug: `…/lanh-dao-tinh-tham…`), enough and mostly
 * Vietnamese syllables.
 */
export const foldedVietnamese = (text: string): boolean => {
  if (!/^[\x20-\x7e]*$/u.test(text)) return false
  const words = text.split(/\s+/u).flatMap((token) => {
    const word = token.replace(/^["'(]+|[.,;:!?"')]+$/gu, "")
    return /^[a-z]+$/u.test(word) ? [word] : []
  })
  if (words.length < minWords) return false
  return words.filter((word) => foldedSyllables.has(word)).length / words.length >= minShare
}
