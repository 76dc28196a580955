/**
 * A synthetic corpus for the benchmark, generated deterministically from a
 * seed out of the seed documents' lines: each file is an article of shuffled
 * body lines of one language (Vietnamese, French, or a Vietnamese page with a
 * French translation), numbers and names varied, with scraping noise mixed in
 * (image placeholders, captions, related blocks, player widgets, bylines,
 * source lines), until the file reaches its target size.
 */
import * as fs from "node:fs"
import * as path from "node:path"

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same corpus. */
export const prng = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Bumped when the generator changes, so that a corpus made by an older one is made again. */
const GENERATOR_VERSION = 2

export interface CorpusSpec {
  readonly totalBytes: number
  readonly fileBytes: number
  readonly seed: number
}

interface LinePools {
  readonly vi: ReadonlyArray<string>
  readonly fr: ReadonlyArray<string>
  readonly titles: ReadonlyArray<string>
}

const vietnameseLetters = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu
const frenchWords = /\b(?:le|la|les|des|du|et|une?)\b/u

/** Body lines of each language and short title-like lines, from the seed documents. */
export const linePools = (seedsDir: string): LinePools => {
  const lines = fs
    .readdirSync(seedsDir)
    .sort()
    .flatMap((file) => fs.readFileSync(path.join(seedsDir, file), "utf8").split(/\r?\n/u))
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const body = lines.filter((line) => line.length > 120)
  return {
    vi: body.filter((line) => vietnameseLetters.test(line)),
    fr: body.filter((line) => !vietnameseLetters.test(line) && frenchWords.test(line)),
    titles: lines.filter((line) => line.length >= 30 && line.length <= 120 && !line.includes("|"))
  }
}

const givenNames = ["Minh", "Lan", "Hùng", "Thảo", "Quang", "Hà", "Tuấn", "Mai", "Đức", "Phương", "Sơn", "Linh"]
const familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
const outlets = ["VTV", "TTXVN", "Vietnam+", "VOV", "Baonghean.vn", "Chinhphu.vn", "Nhân Dân", "Tuổi Trẻ"]

const pick = <A>(random: () => number, items: ReadonlyArray<A>): A => items[Math.floor(random() * items.length)]!

/** A Vietnamese personal name: a common family name and one or two capitalised syllables. */
const personalName = new RegExp(
  `(?<![\\p{L}])(?:${["Tô", "Đỗ", "Võ", "Phan", ...familyNames].join("|")})(?: \\p{Lu}\\p{Ll}*){1,2}(?![\\p{L}])`,
  "gu"
)

/** Digits varied (same length, so dates stay dates more often than not) and names swapped. */
const vary = (random: () => number, line: string): string =>
  line
    .replace(/\d/gu, () => String(Math.floor(random() * 10)))
    .replace(personalName, () => `${pick(random, familyNames)} ${pick(random, givenNames)}`)

const noiseLines = (random: () => number, lang: "vi" | "fr"): ReadonlyArray<string> => {
  const day = 1 + Math.floor(random() * 28)
  const month = 1 + Math.floor(random() * 12)
  const year = 2014 + Math.floor(random() * 11)
  const name = `${pick(random, familyNames)} ${pick(random, givenNames)}`
  const vi = [
    "![]() |",
    `${name} đọc báo cáo tại hội nghị. Ảnh: ${pick(random, outlets)} |`,
    "Tin liên quan",
    "---|",
    "X",
    "ĐANG PHÁT",
    `Bản tin thời sự ${1 + Math.floor(random() * 59)} phút trước`,
    `${name} (Thời sự - thoisu@vtv.vn)-Thứ năm, ngày ${day}/${month}/${year} 17:58 GMT+7`,
    `${String(day).padStart(2, "0")}:47 ${day}/${month}/${year} GMT+7`,
    `Theo ${pick(random, outlets)}`,
    `${Math.floor(random() * 40)} bình luận`
  ]
  const fr = [
    "![]() |",
    `Photo : ${pick(random, outlets)}`,
    "NOUVELLES CONNEXES |",
    "---|",
    "Lire aussi",
    `Selon ${pick(random, outlets)}`,
    "Source",
    `Comment (${Math.floor(random() * 10)})`
  ]
  return lang === "vi" ? vi : fr
}

/** One article of about `bytes` bytes. */
export const article = (random: () => number, pools: LinePools, bytes: number): string => {
  const roll = random()
  const lang: "vi" | "fr" | "vi+fr" = roll < 0.55 ? "vi" : roll < 0.85 ? "fr" : "vi+fr"
  const lines: Array<string> = []
  if (random() < 0.1) lines.push(`Công ty ${pick(random, givenNames)} ${pick(random, familyNames)}`)
  lines.push(vary(random, pick(random, pools.titles)))
  let size = Buffer.byteLength(lines.join("\n"))
  let switched = false
  while (size < bytes) {
    const useFrench = lang === "fr" || (lang === "vi+fr" && size > bytes / 2)
    if (lang === "vi+fr" && useFrench && !switched) {
      lines.push(`Français ${vary(random, pick(random, pools.fr))}`)
      switched = true
    } else if (random() < 0.2) {
      lines.push(pick(random, noiseLines(random, useFrench ? "fr" : "vi")))
    } else {
      lines.push(vary(random, pick(random, useFrench ? pools.fr : pools.vi)))
    }
    size += Buffer.byteLength(lines.at(-1)!) + 1
  }
  return `${lines.join("\n")}\n`
}

/**
 * Writes the corpus into `dir` (sub-folders of 1,000 files) unless a complete
 * one of the same spec is already there; returns the number of files and bytes.
 */
export const ensureCorpus = (
  dir: string,
  spec: CorpusSpec,
  seedsDir: string
): { readonly files: number; readonly bytes: number } => {
  const marker = path.join(dir, ".complete.json")
  if (fs.existsSync(marker)) {
    const done = JSON.parse(fs.readFileSync(marker, "utf8")) as {
      spec: CorpusSpec
      generator?: number
      files: number
      bytes: number
    }
    if (JSON.stringify(done.spec) === JSON.stringify(spec) && done.generator === GENERATOR_VERSION) {
      return { files: done.files, bytes: done.bytes }
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const random = prng(spec.seed)
  const pools = linePools(seedsDir)
  let files = 0
  let bytes = 0
  while (bytes < spec.totalBytes) {
    const folder = path.join(dir, String(Math.floor(files / 1000)).padStart(4, "0"))
    if (files % 1000 === 0) fs.mkdirSync(folder, { recursive: true })
    const text = article(random, pools, spec.fileBytes * (0.5 + random()))
    fs.writeFileSync(path.join(folder, `${String(files).padStart(7, "0")}.txt`), text)
    bytes += Buffer.byteLength(text)
    files++
  }
  fs.writeFileSync(marker, JSON.stringify({ spec, generator: GENERATOR_VERSION, files, bytes }))
  return { files, bytes }
}
