/**
 * Document metadata from the labelled segments.
 *
 * - title: the `title` segment's clean text without a date printed after it or a
 *   breadcrumb or a template's empty field (`null`) before it, else the title the format carries
 *   (`og:title`, `<title>`, a CSV `title` field).
 * - outlet, first found of: a dateline prefix of the lede (`(Baonghean.vn) - `);
 *   the domain of an e-mail in a byline (`thoisu@vtv.vn`); a source line
 *   (`Selon Vietnam+`, `Theo TTXVN`); the format's `og:site_name` or `source`
 *   field; the domain of its URL. Names are normalised through the outlet
 *   table; an outlet not in it is kept as printed.
 * - author: the name a byline rule captured (a desk in brackets after it off);
 *   else the names of a byline, or of a signature with its date, once its
 *   date, tags and label are off (`BylineNames.ts`); else the name a writer's
 *   credit prints on any line (`Texte et photos : …`, `Tin và ảnh: …`); else
 *   the format's author field.
 * - published date and time: the format's machine-readable date
 *   (`article:published_time`, `<time datetime>`, a `published` field); else a
 *   byline or dateline's full date; else a source line's (`Báo Dân trí•20/11/2025`); else a full date in the page's head (a site
 *   name, a desk line, the headline) before the first body line; else a day and month in the lede with the
 *   year inferred (`date_inferred`). A time printed without a zone is taken in
 *   `Config.metadata.defaultUtcOffset`.
 */
import { Config } from "../Config.ts"
import type { CleanSegment, DocumentHints, Metadata, Segmented, WithMetadata } from "../Document.ts"
import { lookupOutlet, type RuleBook } from "../rules/RuleBook.ts"
import { namesOfDatedSignature, namesOfSignature, startsAsPerson } from "./BylineNames.ts"
import {
  findFullDate,
  findLedeDate,
  inferYear,
  isCalendarDate,
  isoDate,
  isoTimestamp,
  sentenceOf
} from "./DateParsing.ts"
import { findOutlet } from "./FindOutlet.ts"

const trailingDate =
  /(?<![\d/.-]\s?)\s+[([]?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[)\]]?$/u
/** A publication stamp (a date and a time) printed before the headline, glued to it or not (`19/12/2017 00:58Bí thư …`). */
const leadingStamp =
  /^[([]?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s*(?=[\p{Lu}"“«'‘])/u
const leadingSeparators = /^[/|>»•·–—*#■▪►▶◆●-]+\s*/u
/** A scraper's `date` field glued before the headline, its value an ISO date or month (`date 2025-12-26 <headline>`). */
const leadingDateField = /^date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)/iu
/** A template's empty field printed before the headline (`null Những vấn đề …`): the word alone, then a capital. */
const leadingEmptyField = /^(?:null|undefined)\s+(?=\p{Lu})/u
/**
 * A mark left after a headline: a table pipe, a bullet, a dash (not `»`: a quotation closes so), alone
 * or in quotation marks (`… thành công tốt đẹp "*"`, a required-field star).
 */
const trailingMarks = /\s+(["'“”]?)[/|>•·–—*#■▪►▶◆●-]+\1$/u
/** A breadcrumb's separator: a slash, an angle or a pipe between spaces. */
const crumbSeparator = /\s+[/>»|]\s+/u
/** A crumb: a section's name, short and no sentence. */
const crumb = (text: string): boolean => text.length <= 40 && text.split(" ").length <= 5 && !/[.!?:]$/u.test(text)

/**
 * The headline after a breadcrumb glued before it on the same line (`Accueil / Actualités / <headline>`):
 * two crumbs or more, each short, before a last part of three words or more.
 */
const withoutBreadcrumb = (line: string): string => {
  const parts = line.split(crumbSeparator)
  if (parts.length < 3) return line
  const last = parts[parts.length - 1]!
  const crumbs = parts.slice(0, -1)
  return crumbs.every((part) => crumb(part.trim())) && last.split(" ").length >= 3 ? last : line
}

/**
 * The headline of a title line: without a publication stamp (a date and a time) printed after it
 * (`… nửa nhiệm kỳ (03/02/2019 21:20)`; a date range of the headline stays) or before it
 * (`19/12/2017 00:58Bí thư …`), a breadcrumb glued
 * before it (`Home / Page d'accueil / Actualités générales / <headline>`) or a breadcrumb's separator
 * left before it (`/ Đề nghị …`), or a stray mark after it (a table pipe, a bullet).
 */
export const headlineOf = (line: string): string | null => {
  const headline = withoutBreadcrumb(
    line
      .replace(trailingDate, "")
      .trim()
      .replace(leadingDateField, "")
      .replace(leadingEmptyField, "")
      .replace(leadingStamp, "")
  )
    .replace(leadingSeparators, "")
    .replace(trailingMarks, "")
    .trim()
  return headline === "" ? null : headline
}

/** A desk, outlet or role in brackets after a name (`(báo lao động)`, `(tổng hợp)`, `(TTXVN)`). */
const bracketed = /\s*\([^()]*\)/gu
/** A publication stamp after a name: a date or a time and whatever follows it. */
const stampAfterName =
  /\s*[-–|,•]?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|\d{1,2}:\d{2}).*$/u
/** A person's name: one to six words, each opening with a capital (initials `P.` too), joined by spaces, dashes or commas. */
const nameShaped = /^\p{Lu}[\p{L}.'’]*(?:(?:\s*[-–,]\s*|\s+)\p{Lu}[\p{L}.'’]*){0,5}$/u

/** What opens a stamp, not a name: a weekday, `Cập nhật`, `Publié le`. */
const stampWords =
  /^(?:thứ\s|chủ nhật|ngày|cập nhật|đăng|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|publié|mis à jour|monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|posted)/iu

/** An honorific opens a name the story mentions (`Ông Nguyễn Đức Chung`), not a byline's. */
const honorific = /^(?:ông|bà)\s/iu

/** Each person of a byline: at most four words (`Trần Thị Thanh Thủy`); more is a label (`THẢO LUẬN TẠI HỘI TRƯỜNG`). */
const personSized = (name: string): boolean =>
  name.split(/\s*[-–,]\s*/u).every((person) => person.split(/\s+/u).length <= 4)

/**
 * The name a line prints: the whole line (`Vương Trần`, `QUANG ĐẠI`, `Linh Đan - Hà Lê`) or what
 * stands before a desk in brackets and a publication stamp (`KIỀU VŨ (báo lao động) 22/05/2025
 * 15:16 (GMT+7)`, `Ngan Hanh - Lam Tung - 10 juillet 2024 09:30`); a writer's credit's name.
 */
export const printedName = (line: string): string | null => {
  const name = line.replace(stampAfterName, "").replace(bracketed, "").trim()
  return name.length >= 3 &&
    name.length <= 50 &&
    nameShaped.test(name) &&
    !stampWords.test(name) &&
    !honorific.test(name) &&
    personSized(name)
    ? name
    : null
}

/**
 * A credit line naming who wrote the article, alone or with its photos, or who made its report (`Thực hiện:
 * T.PHƯƠNG - Đ.TƯƠI`, Báo Quảng Ngãi's video; the word marks the author in Công Đoàn's `THU TRÀ (THỰC HIỆN)` and
 * Báo Quảng Nam's `NGUYÊN ĐOAN (thực hiện)` too).
 */
const writerCredit =
  /^(?:Texte et photos|Texte|Textes et photos|Tin và ảnh|Tin, ảnh|Bài và ảnh|Bài, ảnh|Tác giả|Thực hiện|Auteur|Par)\s*:\s*(?<name>.+)$/iu

const findAuthor = (segments: ReadonlyArray<CleanSegment>, outlets: RuleBook["outlets"]): string | null => {
  for (const segment of segments) {
    if (segment.kind !== "byline") continue
    // A byline the markup labelled (`<p class="author">`) is the name itself.
    // A desk or outlet in brackets after the captured name is not the name (`Việt Hùng (Vietnam+)`).
    const author = (segment.captures.author ?? (segment.hint === "byline" ? segment.text : undefined))
      ?.replace(/\s*\([^()]*\)$/u, "")
      .trim()
    if (author !== undefined && author.length <= 60 && /\p{L}/u.test(author) && startsAsPerson(author)) return author
  }
  // A byline no rule captured, or a signature with its date the classifier called a dateline: its Vietnamese names.
  for (const segment of segments) {
    const names =
      segment.kind === "byline"
        ? namesOfSignature(segment.text)
        : segment.kind === "dateline"
          ? namesOfDatedSignature(segment.text)
          : null
    if (names !== null && lookupOutlet(outlets, names) === undefined) return names
  }
  // A credit that names the writer, whatever kind its line took (`Texte et photos : Viêt Cuong - Thông Thiên/VNP/CVN`,
  // `Tin và ảnh: THU OANH`, `Tác giả: Tuyết Hạnh - Hồng Thư`).
  for (const segment of segments) {
    const credited = writerCredit.exec(segment.text)?.groups?.name
    const name = credited === undefined ? null : printedName(credited.replace(/\s*\/.*$/u, ""))
    if (name !== null && lookupOutlet(outlets, name) === undefined) return name
  }
  return null
}

interface PublishedDate {
  readonly publishedDate: string | null
  readonly publishedAt: string | null
  readonly dateInferred: boolean
}

const headKinds: ReadonlySet<string> = new Set(["title", "ui", "source", "other_noise", "ad"])

const noDate: PublishedDate = { publishedDate: null, publishedAt: null, dateInferred: false }

const fromFullDate = (text: string): PublishedDate | null => {
  const date = findFullDate(text)
  if (date === null || date.year === null) return null
  const dated = { ...date, year: date.year }
  return {
    publishedDate: isoDate(dated.year, dated.month, dated.day),
    publishedAt: isoTimestamp(dated, Config.metadata.defaultUtcOffset),
    dateInferred: false
  }
}

const findPublished = (segments: ReadonlyArray<CleanSegment>, hints: DocumentHints): PublishedDate => {
  const hinted = hints.published === null ? null : fromFullDate(hints.published)
  if (hinted !== null) return hinted
  for (const segment of segments) {
    if (segment.kind !== "byline" && segment.kind !== "dateline") continue
    const printed = fromFullDate(segment.text)
    if (printed !== null) return printed
  }
  // An attribution line stamped with the date (an aggregator's `Báo Dân trí•20/11/2025`, `Theo TTXVN, 05/03/2024`).
  for (const segment of segments) {
    if (segment.kind !== "source") continue
    const printed = fromFullDate(segment.text)
    if (printed !== null) return printed
  }
  // The page's head (before its first body line): a date glued to a site name, a desk line, a
  // headline with its date; not related blocks, captions or tickers (other articles' dates).
  // A sentence refused as the title (`layout:sentence-title`) is still the head's.
  const firstBody = segments.findIndex(
    (segment) => segment.kind === "body" && !segment.kindEvidence.includes("layout:sentence-title")
  )
  for (const segment of firstBody < 0 ? [] : segments.slice(0, firstBody)) {
    // The site's clock above the headline is the day of the crawl (`ClassifyNoise.ts`, `site-clock`).
    if (!headKinds.has(segment.kind) || segment.kindEvidence.includes("layout:site-clock")) continue
    const printed = fromFullDate(segment.text)
    if (printed !== null) return printed
  }
  const body = segments.filter((segment) => segment.kind === "body")
  const lede = body[0]
  if (lede === undefined) return noDate
  const date = findLedeDate(lede.text)
  if (date === null) return noDate
  const wholeText = body.map((segment) => segment.text).join("\n")
  const year = date.year ?? inferYear(date.month, sentenceOf(lede.text, date.index), wholeText)
  if (year === null || !isCalendarDate(year, date.month, date.day)) return noDate
  return { publishedDate: isoDate(year, date.month, date.day), publishedAt: null, dateInferred: date.year === null }
}

export const extractMetadata = (doc: Segmented<CleanSegment>, rules: RuleBook): WithMetadata<CleanSegment> => {
  const titleLine = doc.segments.find((segment) => segment.kind === "title")?.text
  const title = (titleLine === undefined ? null : headlineOf(titleLine)) ?? doc.hints.title
  const metadata: Metadata = {
    title,
    ...findPublished(doc.segments, doc.hints),
    outlet: findOutlet(doc.segments, doc.hints, doc.sourcePath, rules.outlets),
    author: findAuthor(doc.segments, rules.outlets) ?? doc.hints.author
  }
  return { ...doc, metadata }
}
