/**
 * Shapes a line can have, as data: each row names a class of text seen on
 * several outlets, the pattern that recognises it, and where it was seen. The
 * line classifier reads them as features (it never decides from one alone), so
 * a row says "this line looks like a date", not "this line is noise".
 *
 * Patterns run on the segment's normalised text without a trailing table pipe.
 */
import { foldsOnlyWithUnicode, hasLowerUpperLower } from "./Characters.ts"

export interface ShapeRow {
  readonly id: string
  readonly pattern: RegExp
  /**
   * A cheaper test every line that `pattern` matches passes (a literal, no `u` flag): a line
   * that fails it is not asked the pattern. Only where the profile showed the pattern costly.
   */
  readonly gate?: (text: string) => boolean
  /**
   * Every line `pattern` matches holds an ASCII digit (`\d`): a line without one (the digits `countLine`
   * counts) is not asked the gate or the pattern.
   */
  readonly digit?: true
  readonly note: string
}

/**
 * A gate for an `iu` pattern of words between `(?<![\p{L}])` and `(?![\p{L}])`: the same words
 * under `i` alone between characters that are not ASCII letters, matching wherever the pattern
 * does; a line holding a character only `iu` folds to one of the words' letters (`ſ`, the
 * Kelvin sign) or a surrogate is asked the pattern itself.
 *
 * The words of every such gate are sought in one scan of the line (`wordsFound`), not one scan each:
 * `new RegExp(`(?:^|[^A-Za-z])(?:${words})(?![A-Za-z])`, "i").test(text)` is bit k of its answer,
 * `words` the k-th gate's.
 */
const wordsGate = (words: string): ((text: string) => boolean) => {
  const bit = 1 << gateWords.length
  gateWords.push(words)
  const foldsHere = foldsIn(foldsOnlyWithUnicode(words))
  return (text) => (wordsFound(text) & bit) !== 0 || foldsHere(text)
}
/** Each words gate's words, in the order the gates were made. */
const gateWords: Array<string> = []
/** The words gates' words, for the test that checks `wordsFound` against each gate's own pattern. */
export const wordsGateWords: ReadonlyArray<string> = gateWords

/**
 * Which gates' words a line holds between characters that are not ASCII letters (bit k: `(?:^|[^A-Za-z])`,
 * the k-th gate's words, `(?![A-Za-z])`, under `i`), the last line's answer kept (a line's gates are asked
 * in turn). One pattern of the words still sought, each gate's words in a group of their own, finds the
 * first place any of them match; the gate whose group took part is found, and the scan goes on from that
 * same place with the others' words: a place where none of the words sought matched before is passed for
 * them all, and where one is found the others are asked again, so each bit is its own pattern's `test`.
 */
const wordsFound = (text: string): number => {
  if (text === lastWordsText) return lastWordsFound
  let sought = (1 << gateWords.length) - 1
  let found = 0
  let from = 0
  while (sought !== 0) {
    const pattern = wordsPattern(sought)
    pattern.lastIndex = from
    const match = pattern.exec(text)
    if (match === null) break
    let group = 1
    for (let k = 0; k < gateWords.length; k++) {
      const bit = 1 << k
      if ((sought & bit) === 0) continue
      if (match[group] !== undefined) {
        found |= bit
        sought &= ~bit
        break
      }
      group++
    }
    from = match.index
  }
  lastWordsText = text
  lastWordsFound = found
  return found
}
let lastWordsText: string | undefined
let lastWordsFound = 0

/** The pattern of the gates' words in `sought` (bit k: the k-th gate's), each in its group, made once. */
const wordsPattern = (sought: number): RegExp => {
  let pattern = wordsPatterns.get(sought)
  if (pattern === undefined) {
    const groups = gateWords.filter((_, k) => (sought & (1 << k)) !== 0).map((words) => `(${words})`)
    // `(?:^|[^A-Za-z])` matches where `(?<![A-Za-z])` would (under `i` without `u` the class is ASCII's 52
    // letters either way), and V8 tries it at each character about twice as fast as the look-behind.
    pattern = new RegExp(`(?:^|[^A-Za-z])(?:${groups.join("|")})(?![A-Za-z])`, "gi")
    wordsPatterns.set(sought, pattern)
  }
  return pattern
}
const wordsPatterns = new Map<number, RegExp>()

/**
 * `pattern.test`, its last answer kept: the gates whose characters folding only under `iu` are the same
 * (the weekday's, the month's and the photo phrases': a surrogate or `ſ`) ask it of a line once, not
 * once each (`describeLine` asks the gates of one line in turn, the same string).
 */
const foldsIn = (pattern: RegExp): ((text: string) => boolean) => {
  let asker = foldTests.get(pattern.source)
  if (asker === undefined) {
    let last: string | undefined
    let answer = false
    asker = (text) => {
      if (text !== last) {
        answer = pattern.test(text)
        last = text
      }
      return answer
    }
    foldTests.set(pattern.source, asker)
  }
  return asker
}
const foldTests = new Map<string, (text: string) => boolean>()

/** An ASCII digit at `i` (`\d` under `u`). */
const digitAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i)
  return code >= 0x30 && code <= 0x39
}

/** `[:(]` from the line's second unit to its 43rd: where the counter's second form (a word, then `:` or `(`) puts one. */
const colonOrBracketEarly = (text: string): boolean => {
  const colon = text.indexOf(":", 1)
  if (colon >= 1 && colon <= 42) return true
  const bracket = text.indexOf("(", 1)
  return bracket >= 1 && bracket <= 42
}

/** The last units of the file names' extensions (`jpg`, `jpeg`, `png`, `svg`, `gif`, `webp`, `bmp`, `mp4`), lower-cased. */
const fileNameTails = "gfp4"

/** `/[|•·/»>]/.test(text)`, by a native search for each. */
const separatorIn = (text: string): boolean =>
  text.includes("|") ||
  text.includes("/") ||
  text.includes(">") ||
  text.includes("»") ||
  text.includes("•") ||
  text.includes("·")

const weekdayVi = String.raw`(?:Thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|Chủ\s*nhật|CN|T[2-7])`
const weekdayFr = String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`
const weekdayEn = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)`
const monthFr = String.raw`(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)`
const monthEn = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`

const photoPhrases = wordsGate("trong ảnh|sur la photo|ci-dessus")

export const shapeRows: ReadonlyArray<ShapeRow> = [
  {
    id: "date-numeric",
    pattern: /(?<!\d)\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d{2}(?!\d)|(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)/u,
    // Both alternatives print a year of four digits, 19xx or 20xx (most lines print none).
    gate: (text) => /(?:19|20)\d\d/.test(text),
    digit: true,
    note: "A full numeric date, day first or ISO: `08/09/2017` (Tinmoi), `13-07-2023` (Vnews), `2024-07-20` (feeds)."
  },
  {
    id: "date-day-month",
    pattern: /(?<![\d/.-])\d{1,2}[/.-]\d{1,2}(?![\d/.-])/u,
    digit: true,
    note: "A day and month without a year: `Sáng 27/1` (Vietnam+), `Ngày 7.3` (Lao Động) — ledes, not datelines."
  },
  {
    id: "time",
    pattern: /(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)/u,
    digit: true,
    note: "A time of day: `09:28`, `15:05:53`, `8h30`, printed beside dates in datelines and bylines."
  },
  {
    id: "weekday",
    pattern: new RegExp(`(?<![\\p{L}])(?:${weekdayVi}|${weekdayFr}|${weekdayEn})(?![\\p{L}])`, "iu"),
    gate: wordsGate(`${weekdayVi}|${weekdayFr}|${weekdayEn}`),
    note: "A weekday name opening most Vietnamese datelines (`Thứ Tư, 08/04/2015`, `Thứ 2`), French (`Lundi 29 janvier`) and English ones."
  },
  {
    id: "month-word",
    pattern: new RegExp(`(?<![\\p{L}])(?:${monthFr}|${monthEn}|tháng\\s*\\d{1,2})(?![\\p{L}])`, "iu"),
    gate: wordsGate(`${monthFr}|${monthEn}|tháng\\s*\\d{1,2}`),
    note: "A month written as a word: `29 janvier 2024` (vrviet), `August 20, 2025` (Baonghean French), `tháng 5`."
  },
  {
    id: "gmt",
    pattern: /\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}|\b(?:AM|PM)\b/u,
    note: "A zone or a 12-hour marker: `(GMT+7)`, `[GMT+7]`, `4:52 PM` (Chinhphu.vn, Báo Quảng Bình, Tinmoi)."
  },
  {
    id: "photo-credit",
    pattern:
      /(?:^|[\s(.|–-])(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Ảnh tư liệu|Đồ họa|Photo|Photos|Crédit|Image|Illustration|Photo d'illustration)\s*:\s*\S/iu,
    gate: (text) => text.includes(":"),
    note: "A photo credit `Ảnh: TTXVN`, `(Ảnh: Tên tác giả/TTXVN)`, `Photo : VNA`, `Photo d'illustration: langsontv`."
  },
  {
    id: "photo-credit-bare",
    pattern: /(?:^|\s)(?:Ảnh|Photo)\s+(?:VGP|TTXVN|VNA|TL|minh họa|minh hoạ|internet)\b|\((?:Ảnh|Photo)[^)]{0,40}\)$/iu,
    // Either form prints `Ảnh` or `Photo`: `Ả` or `ả` (no other character folds to either under `iu`), or
    // `photo` in either case (no character outside ASCII folds to its letters).
    gate: (text) => text.includes("ả") || text.includes("Ả") || /photo/i.test(text),
    note: "A credit without a colon: `Ảnh VGP` (Tiền Phong), `(Ảnh minh họa)`, `Photo: internet`."
  },
  {
    id: "source-lead",
    pattern: /^(?:Theo|Nguồn|Nguồn tin|Selon|Source|Sources|D'après|According to)\s*:?\s*\S/iu,
    note: "An attribution opening the line: `Theo TTXVN/Tin tức`, `Nguồn: VGP`, `Selon VNA`, `Source: VNA`."
  },
  {
    id: "agency-slash",
    pattern: /^\(?[\p{Lu}]{2,}[\p{Lu}+.]*(?:\s*\/\s*[\p{L}+. ]{2,}){1,3}\)?\.?$/u,
    note: "Agencies joined by slashes: `VNA/CVN`, `TTXVN/Vietnam+`, `(VGP/Nhật Bắc)`."
  },
  {
    id: "arrow-lead",
    pattern: /^(?:>>|»|>|→|\+\+|•|■|▶|►)\s*\S/u,
    note: "A related link's marker: `>> headline` (Báo Quảng Bình), `» headline`, `► Xem thêm`."
  },
  {
    id: "bracketed",
    pattern: /^[[(].{8,}[\])]$/u,
    note: "A whole line in brackets: `[Quyết tâm xây dựng Chính phủ ...]` (Vietnam+ related link), `(Ảnh minh họa)`."
  },
  {
    id: "email",
    pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u,
    gate: (text) => text.includes("@"),
    note: "An e-mail address, as bylines and desk footers print (`thoisu@vtv.vn`)."
  },
  {
    id: "domain",
    pattern: /(?<![@\w])(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info|gov)(?![\w.])/iu,
    // No letter of these domains has a case pair outside ASCII, under `iu` or `i`.
    gate: (text) => text.includes(".") && /\.(?:vn|com|net|org|info|gov)/i.test(text),
    note: "A web domain: `Baonghean.vn`, `Tinmoi.vn`, in follow buttons, outlet tags and site names."
  },
  {
    id: "file-name",
    pattern: /\.(?:jpe?g|png|gif|webp|bmp|svg|mp4)(?:\?\S*)?$|^[\w-]{12,}$/iu,
    // An extension after a dot at the end (`g`, `f`, `p` or `4` last, in either case: nothing else folds to
    // them under `iu`) or before a `?`; or 12 units or more without a space.
    gate: (text) =>
      (text.includes(".") &&
        (fileNameTails.includes(String.fromCharCode(text.charCodeAt(text.length - 1) | 0x20)) || text.includes("?"))) ||
      (text.length >= 12 && !text.includes(" ")),
    note: "An image file name or a slug without spaces: `W_truong-ban-tuyen-giao-….jpg` (Nhân Dân)."
  },
  {
    id: "counter",
    pattern: /^\(?\d[\d.,]*\s*\)?\s*\p{L}[\p{L} ]{0,20}$|^\p{L}[\p{L} ]{0,20}[:(]\s*\d[\d.,]*\s*\)?$/u,
    // The first form opens on `(` or a digit; the second has `:` or `(` after one to 21 letters or spaces (a
    // letter outside the BMP is two units): at the line's second to 43rd unit.
    gate: (text) => text.startsWith("(") || digitAt(text, 0) || colonOrBracketEarly(text),
    digit: true,
    note: "A number with a word: `11,364 lượt xem` (Báo Thái Bình), `255 vues` (vrviet), `Bình luận (0)`."
  },
  {
    id: "image-number",
    pattern: /(?:^|[\s-])(?:ảnh|anh|hình|photo)\s*\d{1,2}$/iu,
    // It ends in a digit.
    gate: (text) => digitAt(text, text.length - 1),
    digit: true,
    note: "Alt text ending in a picture number: `<headline> - Ảnh 1` (Tiền Phong, PLO), `... anh 1` (Zing slugs)."
  },
  {
    id: "glued-case",
    pattern: /\p{Ll}\p{Lu}\p{Ll}/u,
    gate: hasLowerUpperLower,
    note: "Words glued without a space where menu items or a breadcrumb were flattened: `Việt NamViệt Nam21/12/2024`, `Trang chủChính trị`."
  },
  {
    id: "separator-list",
    pattern: /^[^.!?]{1,40}(?:\s*[|•·/»>]\s*[^.!?|•·/»>]{1,40}){2,}$/u,
    // Two separators at least (a line with none is tried at each of its first 40 characters otherwise), and
    // no `.`, `!` or `?`: each unit of a match is one of `[^.!?]`, `\s`, a separator or `[^.!?|•·/»>]`.
    gate: (text) => separatorIn(text) && !text.includes(".") && !text.includes("!") && !text.includes("?"),
    note: "Short items joined by separators: breadcrumbs (`Trang chủ > Chính trị`), tag lists, menus, a weekday, date and time joined by `|`."
  },
  {
    id: "photo-position",
    pattern:
      /\((?:từ trái|từ phải|thứ \d+ từ|ảnh trên|ảnh dưới|giữa|à gauche|à droite|au centre|de gauche à droite|\d+(?:er|e|ème) (?:plan|à)|debout|assis)|(?:^|\s)(?:trong ảnh|sur la photo|ci-dessus)(?:\s|:|,)/iu,
    // A bracket, or one of the phrases between a space (or the start) and a space or a mark: no ASCII letter beside it.
    gate: (text) => text.includes("(") || photoPhrases(text),
    note: "Where people stand in a photo: `(thứ 2 từ trái)`, `(1er plan, à droite)` (Le Courrier), `Trong ảnh:` — caption words."
  },
  {
    id: "person-name",
    pattern:
      /^(?:(?:TS|ThS|Ths|PGS|GS|NCS|PGS\.TS|GS\.TS)\.?\s*)?\p{Lu}\p{Ll}{1,7}(?:\s+\p{Lu}\p{Ll}{1,7}){1,4}(?:\s*[-–,&]\s*\p{Lu}\p{Ll}{1,7}(?:\s+\p{Lu}\p{Ll}{1,7}){1,4})*(?:\s*\([^()]{1,40}\))?$/u,
    note: "A person's name alone, two to five capitalised words of up to eight letters (Vietnamese syllables, most French names), maybe a degree before it, names joined by a dash and a desk in brackets after: `Thu Hoa` (VOV5), `Mạnh Nguyễn` (BizLIVE), `ThS. Lò Thu Hà` (Kinh tế và Dự báo), `Phương Linh - Hữu Long` (Lao Động), `Hồng Hạnh (tổng hợp)` (Tin mới): a byline's shape, also a footer's credits."
  },
  {
    id: "quote-open",
    pattern: /^["“«'‘]/u,
    note: "A line opening with a quotation mark: quotes belong to the story, rarely to the chrome."
  },
  {
    id: "end-mark",
    pattern: /(?:\.{3}\/\.|\/\.)$/u,
    // Both forms end in `/.`.
    gate: (text) => text.endsWith("/."),
    note: "The Vietnamese press's end mark `.../.` or `/.` closing an article's last paragraph."
  }
]
