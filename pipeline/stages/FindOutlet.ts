/**
 * The outlet of a page, from the strongest evidence it prints, each looked up
 * in the outlet table (`pipeline/rules/outlets.ts`) and named as the table
 * names it:
 *
 * 1. a source line (`Theo TTXVN`, `Nguồn: VGP`, `Source: VNA`): the original
 *    outlet, which is the page's outlet even on an aggregator;
 * 2. the lede's dateline tag (`(Chinhphu.vn) – `, `TPO - `, `Hà Nội (TTXVN) -`);
 * 3. a byline: an e-mail domain (`@vtv.vn`) or an outlet named in it
 *    (`vương trần (báo lao động)`);
 * 4. what the format says (`og:site_name`, a CSV `source` or `url` field);
 * 5. the site the page is on: its URL's host, or a domain or a site's name in
 *    the file's path (`tienphong/…`, `laodong-…`, `12_moj-…` for moj.gov.vn,
 *    `05_sonoivuhatinh-…` for sonoivu.hatinh.gov.vn); it comes before the chrome,
 *    whose lines naming another outlet are, on the gold, mostly a ministry or a
 *    front named in a headline or menu (`Mặt trận Tổ quốc Việt Nam` on a
 *    provincial paper's page about its front's congress);
 * 6. the site's own chrome: a site name, tagline, follow button or dateline
 *    naming an outlet or its domain (`Báo Quảng Bình điện tử`,
 *    `Theo dõi Tinmoi.vn trên Google news`); captions and related blocks are
 *    not read (they credit and link other outlets).
 *
 * An outlet's parent (`TTXVN` for Vietnam+) named by any of these on the child's
 * own site (its URL or path) gives the child.
 *
 * A tag the table does not know is kept as printed only when it is a domain; an
 * outlet the table does not know, named by a source line's rule (`Theo Báo X`),
 * is kept as printed when nothing above names one.
 *
 * Where none of that names an outlet the table knows (an outlet it has never
 * heard of), what the page prints of itself still does, before any other
 * outlet its chrome happens to name:
 *
 * 7. the dateline tag as printed when it is shaped like an outlet's tag
 *    (`(VOVWORLD) -`, `(Dân trí) -`), also on a head line of its own
 *    (`(VTC News) -`),
 *    then a paper named in brackets after a byline's writer
 *    (`vương trần (báo lao động)`), then the site's name in its follow
 *    button (`Theo dõi Báo điện tử Cà Mau trên`), as printed;
 * 8. a domain printed in a site-name, source, byline or dateline line
 *    (`Nguồn: baochinhphu.vn`, `© vietnamplus.vn`, `Theo dõi Tinmoi.vn trên
 *    Google news`, a source URL, also on a line of its own taken for body):
 *    the table's name for it where the table knows the domain, else the
 *    domain itself (lower case, without `www.`);
 * 9. the host of the page's URL, or of a folder or file of its path named by
 *    one (`tinmoi.vn/…`), as a domain.
 */
import type { Outlet } from "../../schemas/Rules.ts"
import type { CleanSegment, DocumentHints } from "../Document.ts"
import { firstOutletMentioned, firstOutletNamedAsName, lookupOutlet, type OutletIndex } from "../rules/RuleBook.ts"

const emailDomain = /[\w.+-]+@(?<domain>[\w-]+(?:\.[\w-]+)+)/u
const domainLike = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org|fr)$/iu
const hostOf = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/iu

/** A host and its parents: `fr.laodong.vn`, `laodong.vn`. */
const byHost = (index: OutletIndex, host: string): Outlet | undefined => {
  const labels = host
    .toLowerCase()
    .replace(/^www\./u, "")
    .split(".")
  for (let i = 0; i < labels.length - 1; i++) {
    const outlet = lookupOutlet(index, labels.slice(i).join("."))
    if (outlet !== undefined) return outlet
  }
  return undefined
}

/** A tag shaped like an outlet's own: a capital or digit first, at most four words, no sentence punctuation (and letters: not a span of dates). */
const tagLike = /^[\p{Lu}\d][\p{L}\d+&.'’/-]*(?: [\p{L}\d+&.'’/-]+){0,3}$/u
/** A head line that is only a bracketed dateline tag (`(VTC News) -`), the lede starting on the next line. */
const tagLine = /^\((?<tag>[^()]{2,40})\)\s*[-–—:]?$/u
/** A domain or a URL's host printed in a line; not an e-mail's (read from bylines above), not a file name's. */
const printedDomain =
  /(?<![\p{L}\d@.-])(?:[a-z]+:\/\/)?(?:www\.)?(?<domain>[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org|fr|info))(?![\p{L}\d-]|\.[\p{L}])/giu
/**
 * A top-level domain `printedDomain` ends on, anywhere in a line: a line without one holds no printed domain,
 * and the pattern (a lookbehind and a run of letters tried from every position) is not tried on it.
 */
const printedTld = /\.(?:vn|com|net|org|fr|info)/iu
/** The lines where a page names itself: its site name and tagline, source, byline and dateline lines. */
const selfKinds = new Set(["ui", "source", "byline", "dateline"])
/** A line that is only an attribution to a URL (`Theo https://…`, `source: https://…`), whatever kind it was given. */
const sourceUrlLine = /^(?:theo|nguồn|source|selon|d['’]après)\s*:?\s*https?:\/\/\S+$/iu

/** A paper named in brackets after a byline's writer: `vương trần (báo lao động)`, `CÔNG SÁNG (Báo Lao Động)`. */
const bylinePaper = /\((?<paper>(?:báo|tạp chí)\s+[^()\d]{2,40}?)\)/iu

/**
 * The site's name in its follow button (`Theo dõi Báo điện tử Cà Mau trên`, `Theo dõi Tinmoi.vn trên
 * Google news`): a name of capitalised words; a domain is read with the other printed domains.
 */
const followButton = /^[Tt]heo [Dd]õi (?<name>\p{Lu}[\p{L}\d.&+-]*(?: [\p{L}\d.&+-]+){0,6}) trên(?=[\s:]|$)/u

/** The page's own printed name where the table does not know it (7 and 8 above), with `named` for one it knows. */
const printedSelf = (
  segments: ReadonlyArray<CleanSegment>,
  index: OutletIndex,
  named: (outlet: Outlet) => string
): string | undefined => {
  for (const segment of segments) {
    const tag =
      segment.prefixOutlet ??
      (selfKinds.has(segment.kind) ? tagLine.exec(segment.text.trim())?.groups?.tag?.trim() : undefined)
    if (tag === undefined || tag === null) continue
    const known = lookupOutlet(index, tag)
    if (known !== undefined) return named(known)
    if (tagLike.test(tag) && /\p{L}{2}/u.test(tag)) return tag
  }
  for (const segment of segments) {
    if (segment.kind !== "byline") continue
    const paper = bylinePaper.exec(segment.text)?.groups?.paper?.trim()
    if (paper !== undefined) return paper
  }
  for (const segment of segments) {
    if (segment.kind !== "ui") continue
    const name = followButton.exec(segment.text.trim())?.groups?.name
    if (name === undefined || domainLike.test(name)) continue
    const known = lookupOutlet(index, name)
    return known === undefined ? name : named(known)
  }
  for (const segment of segments) {
    if (!selfKinds.has(segment.kind) && !sourceUrlLine.test(segment.text.trim())) continue
    if (!printedTld.test(segment.text)) continue
    // The first match, as `segment.text.matchAll(printedDomain)` gives it, found by the pattern itself: `matchAll`
    // searches with a copy, a new RegExp that V8 compiles again (some 25 ms for `\p{L}` under `iu`) whenever a
    // collection has emptied its cache of compiled patterns.
    printedDomain.lastIndex = 0
    const match = printedDomain.exec(segment.text)
    printedDomain.lastIndex = 0
    if (match !== null) {
      const domain = match.groups!.domain!.toLowerCase()
      const known = byHost(index, domain)
      return known === undefined ? domain : named(known)
    }
  }
  return undefined
}

const chromeKinds = new Set(["ui", "other_noise", "dateline", "byline", "source", "ad", "comment", "ticker", "title"])
/**
 * A line the noise stage took for a repeat of another (`layout:repeat`, `layout:adjacent-repeat`,
 * `layout:caption-repeat`: a caption printed twice, its credit `Photo: THX/VNA` naming the photo's
 * agency) is the article's text again, not the site's chrome.
 */
const repeatEvidence = new Set(["layout:repeat", "layout:adjacent-repeat", "layout:caption-repeat"])
const isRepeat = (segment: CleanSegment): boolean =>
  // (a segment built without its evidence, as a caller's test may, has none)
  (segment.kindEvidence ?? []).some((evidence) => repeatEvidence.has(evidence))

/** Path words of a site's name: `42_tinmoi-ubkt.txt` gives `tinmoi`, `tienphong.vn/x.html` gives `tienphong.vn`. */
const pathHost = /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org))(?:$|[^a-z0-9])/u

/** A host a folder or file of the path is named by (`tienphong.vn/x.html`), whether the table knows it or not. */
const hostInPath = (sourcePath: string): string | undefined => {
  for (const part of sourcePath.toLowerCase().split(/[/\\]/u)) {
    const host = pathHost.exec(part)?.[1]
    if (host !== undefined) return host
  }
  return undefined
}

/**
 * A site's name as a scraper's folder or file name starts with it: a domain without its public
 * suffix and dots (`sonoivuhatinh` for `sonoivu.hatinh.gov.vn`, `moj` for `moj.gov.vn`), or its
 * first label when that is a word of five letters or more (`dienbiendong` for
 * `dienbiendong.dienbien.gov.vn`), or a first label with a hyphen opening the part
 * (`11_reseau-bastille-vietnam-…` for reseau-bastille.org). Only the first word of a path part is read so (after a file's
 * number, `12_moj-son-la-…`): a later word is the article's topic, and a province's name there
 * is not its portal.
 */
interface SiteSlugs {
  /** A slug read as a path part's first word. */
  readonly words: ReadonlyMap<string, Outlet>
  /** A first label with a hyphen (`reseau-bastille`, `vn-lrds`), read as the start of a path part. */
  readonly hyphened: ReadonlyArray<readonly [string, Outlet]>
  /** Domains written without their dots, as file names slug them (`vietnamvn` for `vietnam.vn`): any word of a part. */
  readonly dotless: ReadonlyMap<string, Outlet>
}
const siteSlugs = (index: OutletIndex): SiteSlugs => {
  let slugs = siteSlugsOf.get(index)
  if (slugs === undefined) {
    const joined = new Map<string, Outlet | null>()
    const first = new Map<string, Outlet | null>()
    const hyphened = new Map<string, Outlet | null>()
    /** A slug two outlets share (`thanhtra` for thanhtra.gov.vn and thanhtra.com.vn) names neither. */
    const add = (map: Map<string, Outlet | null>, slug: string, outlet: Outlet) =>
      map.set(slug, map.has(slug) && map.get(slug) !== outlet ? null : outlet)
    for (const [domain, outlet] of index.byDomain) {
      const labels = domain.split(".")
      const suffix = labels.length > 2 && /^(?:gov|com|org|edu|net|ac|info)$/u.test(labels.at(-2)!) ? 2 : 1
      const name = labels.slice(0, labels.length - suffix)
      const slug = name.join("").replace(/-/gu, "")
      if (slug.length >= 3) add(joined, slug, outlet)
      if (name.length > 1 && name[0]!.length >= 5) add(first, name[0]!, outlet)
      if (name[0]!.includes("-") && name[0]!.length >= 5) add(hyphened, name[0]!, outlet)
    }
    const words = new Map<string, Outlet>()
    for (const [slug, outlet] of [...first, ...joined]) {
      if (outlet === null) words.delete(slug)
      else words.set(slug, outlet)
    }
    const unique = [...hyphened].flatMap(([slug, outlet]) => (outlet === null ? [] : [[slug, outlet] as const]))
    const dotless = new Map([...index.byDomain].map(([domain, outlet]) => [domain.replaceAll(".", ""), outlet]))
    slugs = { words, hyphened: unique, dotless }
    siteSlugsOf.set(index, slugs)
  }
  return slugs
}
const siteSlugsOf = new WeakMap<OutletIndex, SiteSlugs>()
/** The first word of a path part, after a file's number (`12_moj-son-la.txt` gives `moj`). */
const firstPathWord = /^(?:\d+[_\-. ]+)?([a-z0-9]+)/u

const fromPath = (index: OutletIndex, sourcePath: string): Outlet | undefined => {
  const slugs = siteSlugs(index)
  for (const part of sourcePath.toLowerCase().split(/[/\\]/u)) {
    const host = pathHost.exec(part)?.[1]
    if (host !== undefined) {
      const outlet = byHost(index, host)
      if (outlet !== undefined) return outlet
    }
    const lead = firstPathWord.exec(part)?.[1]
    const bySite = lead === undefined ? undefined : slugs.words.get(lead)
    if (bySite !== undefined) return bySite
    const rest = part.replace(/^\d+[_\-. ]+/u, "")
    for (const [slug, outlet] of slugs.hyphened)
      if (rest.startsWith(slug) && (rest.length === slug.length || /[-_.]/u.test(rest[slug.length]!))) return outlet
    for (const word of part.split(/[^a-z0-9]+/u)) {
      if (word.length < 5 || /^\d+$/u.test(word)) continue
      const outlet = index.byAlias.get(word)
      if (outlet?.domains.some((domain) => domain.split(".")[0] === word)) return outlet
      const bySlug = slugs.dotless.get(word)
      if (bySlug !== undefined) return bySlug
    }
  }
  return undefined
}

export const findOutlet = (
  segments: ReadonlyArray<CleanSegment>,
  hints: DocumentHints,
  sourcePath: string,
  index: OutletIndex
): string | null => {
  const host = hints.url === null ? undefined : hostOf.exec(hints.url)?.[1]
  const fromUrl = host === undefined ? undefined : byHost(index, host)
  const site = fromUrl ?? fromPath(index, sourcePath)
  /** The parent named on its child's own site (a VNA dateline on Vietnam+) is the child's house style. */
  const own = (outlet: Outlet): string => (site !== undefined && site.parent === outlet.name ? site.name : outlet.name)
  for (const segment of segments) {
    if (segment.kind !== "source") continue
    const named = firstOutletMentioned(index, segment.text)
    if (named !== undefined) return own(named)
  }
  const tag = segments.find((segment) => segment.prefixOutlet !== null)?.prefixOutlet
  if (tag !== undefined && tag !== null) {
    const known = lookupOutlet(index, tag) ?? firstOutletMentioned(index, tag)
    if (known !== undefined) return own(known)
    if (domainLike.test(tag)) return tag
  }
  for (const segment of segments) {
    if (segment.kind !== "byline") continue
    const domain = emailDomain.exec(segment.text)?.groups?.domain
    const outlet =
      (domain === undefined ? undefined : byHost(index, domain)) ?? firstOutletMentioned(index, segment.text)
    if (outlet !== undefined) return own(outlet)
  }
  if (hints.outlet !== null) return lookupOutlet(index, hints.outlet)?.name ?? hints.outlet
  if (site !== undefined) return site.name
  const self = printedSelf(segments, index, own)
  if (self !== undefined) return self
  const unknownSite = host ?? hostInPath(sourcePath)
  if (unknownSite !== undefined) return unknownSite.toLowerCase().replace(/^www\./u, "")
  for (const segment of segments) {
    if (!chromeKinds.has(segment.kind) || isRepeat(segment)) continue
    const named = firstOutletNamedAsName(index, segment.text)
    if (named !== undefined) return own(named)
  }
  const printed = segments.find((segment) => segment.kind === "source" && segment.captures.outlet !== undefined)
  return printed?.captures.outlet ?? null
}
