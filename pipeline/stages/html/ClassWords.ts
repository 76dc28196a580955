/**
 * What the words of a `class` or `id` say about a block: weak, weighted
 * evidence, never a verdict on a subtree by itself (a page lost its article to
 * `non-ad-column`, another to an `author-…` class on `<article>`).
 *
 * - Attributes are cut into words at every non-letter/digit (`entry-content` →
 *   `entry`, `content`; `commentlist` stays one word, matched by prefix).
 * - A row matches a whole word, or with `prefix` any word it starts
 *   (`comment` → `comments`, `commentlist`). Short, ambiguous words (`ad`,
 *   `nav`, `tag`) match whole words only, so `address`, `navy`, `stage` do not.
 * - `weight` is Readability's scale (±25 for a clear word, less for a vague
 *   one), added to a container's content score; `kind` is the noise a block
 *   takes when it lies outside the article or is pruned from it.
 *
 * Sources: Readability's `positive`/`negative`/`unlikelyCandidates` patterns,
 * trafilatura's `BODY_XPATH` and `OVERALL_DISCARD_XPATH` class lists, and the
 * markup of the benchmark's and the dev set's pages (WordPress, Drupal, news CMSs).
 */
import type { Kind } from "../../../schemas/Vocabulary.ts"

export interface ClassWord {
  readonly word: string
  readonly weight: number
  readonly kind: Kind | null
  readonly prefix: boolean
  readonly note: string
}

const row = (word: string, weight: number, kind: Kind | null, prefix: boolean, note: string): ClassWord => ({
  word,
  weight,
  kind,
  prefix,
  note
})

export const classWords: ReadonlyArray<ClassWord> = [
  // The article's own containers.
  row("article", 25, null, true, "article, articlebody, article-content (Readability positive; most CMSs)"),
  row("content", 15, null, false, "entry-content, post-content, td-post-content; vague alone (site-content)"),
  row("entry", 20, null, false, "WordPress hentry, entry-content"),
  row("hentry", 25, null, false, "microformats h-entry on WordPress posts"),
  row("post", 15, null, false, "post-body, single-post"),
  row("story", 20, null, true, "storycontent, story-body (news CMSs)"),
  row("text", 10, null, false, "article-text, field-text, rte text"),
  row("body", 15, null, false, "article-body, post-body, field-body"),
  row("main", 10, null, false, "main-content, main-column"),
  row("blog", 10, null, false, "blog-post, blogpost (Readability positive)"),
  row("artikel", 25, null, true, "German CMSs: artikel, artikeltext"),
  row("inhalt", 15, null, true, "German CMSs: inhalt, inhaltsbereich"),
  row("detail", 10, null, true, "news CMSs: detail-content, details__body; vi: detail-content"),
  row("chitiet", 15, null, false, "Vietnamese CMSs: chitiet, noidung-chitiet"),
  row("noidung", 15, null, false, "Vietnamese CMSs: noidung"),
  row("fck", 15, null, true, "Vietnamese CMSs: fck_detail, fck-content (editor output)"),
  row("rte", 10, null, false, "rich-text-editor output in many CMSs"),
  row("single", 5, null, false, "single-post templates"),
  row("itemprop-articlebody", 30, null, false, "schema.org articleBody (itemprop, read with class and id)"),
  // Chrome and other articles.
  row("comment", -25, "comment", true, "comments, commentlist, comment-respond (Readability negative)"),
  row("respond", -25, "comment", false, "WordPress comment form"),
  row("disqus", -25, "comment", true, "Disqus thread"),
  row("kommentar", -25, "comment", true, "German: kommentare"),
  row("binhluan", -25, "comment", true, "Vietnamese: binh-luan read as one word after splitting, and binhluan"),
  row("reply", -15, "comment", true, "reply links and forms"),
  row("related", -25, "related", true, "related-posts, relatedArticles"),
  row("relate", -20, "related", false, "cms-relate (Vietnamese CMSs)"),
  row("teaser", -15, "related", true, "teasers of other articles (German news sites)"),
  row("recommend", -20, "related", true, "recommended stories"),
  row("more", -10, "related", false, "more-news, read-more, more-stories"),
  row("popular", -20, "related", true, "most popular lists"),
  row("trending", -20, "related", true, "trending lists"),
  row("outbrain", -30, "related", true, "Outbrain widgets"),
  row("taboola", -30, "related", true, "Taboola widgets"),
  row("sidebar", -25, "related", true, "sidebars (Readability negative)"),
  row("widget", -20, "ui", true, "CMS widgets"),
  row("aside", -10, "related", false, "aside columns"),
  row("nav", -25, "ui", false, "nav, main-nav"),
  row("navigation", -25, "ui", true, "navigation, navigationbar"),
  row("navbar", -25, "ui", true, "Bootstrap navbar"),
  row("menu", -25, "ui", true, "menus"),
  row("breadcrumb", -25, "ui", true, "breadcrumbs"),
  row("footer", -25, "ui", true, "page footers (Readability negative)"),
  row("foot", -15, "ui", false, "foot, site-foot"),
  row("header", -10, "ui", true, "site headers; an article's header is saved by its content score"),
  row("masthead", -25, "ui", true, "mastheads"),
  row("share", -20, "ui", true, "share bars, sharedaddy"),
  row("sharing", -20, "ui", true, "sharing bars"),
  row("social", -20, "ui", true, "social buttons"),
  row("toolbar", -20, "ui", true, "toolbars"),
  row("tools", -15, "ui", false, "article tools"),
  row("tag", -15, "ui", false, "tag lists"),
  row("tags", -20, "ui", false, "tag lists"),
  row("tagcloud", -25, "ui", true, "tag clouds"),
  row("cookie", -30, "other_noise", true, "cookie banners"),
  row("consent", -30, "other_noise", true, "consent banners"),
  row("gdpr", -30, "other_noise", true, "GDPR banners"),
  row("newsletter", -25, "ui", true, "newsletter sign-ups"),
  row("subscribe", -20, "ui", true, "subscription appeals"),
  row("subscription", -20, "ui", true, "subscription appeals"),
  row("paywall", -20, "ui", true, "paywall notices"),
  row("login", -20, "ui", true, "login boxes"),
  row("signup", -20, "ui", true, "sign-up boxes"),
  row("search", -15, "ui", true, "search boxes"),
  row("pagination", -20, "ui", true, "pagers"),
  row("pager", -20, "ui", true, "pagers"),
  row("skip", -20, "ui", false, "skip links"),
  row("print", -10, "ui", false, "print buttons"),
  row("meta", -10, "dateline", false, "entry-meta, post-meta: dates and authors"),
  row("byline", -15, "byline", true, "bylines"),
  row("author", -10, "byline", true, "author boxes; weak: WordPress puts author-… on <article>"),
  row("bio", -10, "byline", false, "author bios"),
  row("date", -5, "dateline", false, "dates"),
  row("timestamp", -10, "dateline", true, "timestamps"),
  row("ad", -20, "ad", false, "ad slots; whole word only (not address, non-ad-column's column)"),
  row("ads", -20, "ad", false, "ads"),
  row("advert", -25, "ad", true, "advertisement, advertorial"),
  row("adsense", -25, "ad", true, "AdSense"),
  row("banner", -15, "ad", true, "banners"),
  row("sponsor", -20, "ad", true, "sponsored content"),
  row("promo", -20, "ad", true, "promotions"),
  row("werbung", -25, "ad", true, "German: Werbung"),
  row("anzeige", -20, "ad", true, "German: Anzeige"),
  row("quangcao", -25, "ad", true, "Vietnamese: quang-cao read as one word"),
  row("donate", -20, "ad", true, "donation appeals"),
  row("donation", -20, "ad", true, "donation appeals"),
  row(
    "spende",
    -20,
    "ad",
    true,
    "German donation appeals: spendenleiste, block-spendenbutton, spendenkonto (benchmark pages)"
  ),
  row("popup", -20, "other_noise", true, "pop-ups"),
  row("modal", -20, "other_noise", true, "modal dialogs"),
  row("copyright", -20, "ui", true, "copyright lines"),
  row("legal", -15, "ui", false, "legal footers"),
  row("caption", 0, "caption", true, "image captions: kind only, no weight"),
  row("credit", 0, "caption", true, "photo credits"),
  row("legende", 0, "caption", true, "French légende"),
  row("chuthich", 0, "caption", false, "Vietnamese chu-thich read as one word"),
  row("wp-caption-text", 0, "caption", false, "WordPress captions"),
  row("photo", 0, "caption", true, "article-photo, photo-box: an image and its caption (vi CMSs, news sites)"),
  row("figure", 0, "caption", true, "figure wrappers of an image and its caption"),
  row("fig", 0, "caption", false, "fig spans around a caption (Vietnamese CMSs)")
]

/** A word a mind can apply to the whole of a word (`nav`) or to its start (`comment…`). */
const exact = new Map<string, ClassWord>()
const prefixes: Array<ClassWord> = []
for (const entry of classWords) {
  if (entry.word.length === 0) throw new Error("class word table: empty word")
  if (exact.has(entry.word)) throw new Error(`class word table: duplicate ${entry.word}`)
  exact.set(entry.word, entry)
  if (entry.prefix) prefixes.push(entry)
}

/**
 * Words that say a container has (or lacks) something, not that it is that thing: `has-ads`,
 * `has-sidebar`, `no-sidebar`, `with-subnav`, `non-menu` (WordPress and CMS body and section
 * classes of many pages of the benchmark; `o-section--has-ads` held a whole article).
 */
const qualifiers: ReadonlySet<string> = new Set(["has", "hasnt", "no", "non", "not", "with", "without"])

/**
 * The words of a class or id attribute, lower-cased; joined pairs too (`binh-luan` → `binhluan`).
 * A word right after a qualifier in the same class name is left out (`has-ads`).
 */
export const attributeWords = (value: string): ReadonlyArray<string> => {
  const lower = value.toLowerCase()
  return nonAscii.test(lower) ? unicodeWords(lower) : asciiWords(lower)
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: any character outside ASCII
const nonAscii = /[^\u0000-\u007f]/

/** `attributeWords` by its patterns: names split at `\s+`, words at `[^\p{L}\p{N}]+`. */
const unicodeWords = (lower: string): ReadonlyArray<string> => {
  const words: Array<string> = []
  for (const name of lower.split(/\s+/u)) {
    const parts = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)
    parts.forEach((part, i) => {
      if (i > 0 && qualifiers.has(parts[i - 1]!)) return
      words.push(part)
    })
  }
  const joined: Array<string> = []
  for (let i = 0; i + 1 < words.length; i++) joined.push(words[i]! + words[i + 1]!)
  const whole = lower.trim().split(/\s+/u)
  return [...words, ...joined, ...whole]
}

/** In ASCII, `\s` is tab, line feed, vertical tab, form feed, carriage return and space. */
const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13)
/** In lower-cased ASCII, `[\p{L}\p{N}]` is `[a-z0-9]`. */
const isAsciiWordCharacter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57)

/**
 * `unicodeWords` of a lower-cased ASCII text, the same words in the same order, read by one loop over
 * its characters instead of three splits per name (most class and id attributes are ASCII).
 */
const asciiWords = (lower: string): ReadonlyArray<string> => {
  const words: Array<string> = []
  const whole: Array<string> = []
  const length = lower.length
  let i = 0
  while (i < length) {
    while (i < length && isAsciiSpace(lower.charCodeAt(i))) i++
    if (i === length) break
    const nameStart = i
    while (i < length && !isAsciiSpace(lower.charCodeAt(i))) i++
    const nameEnd = i
    whole.push(lower.slice(nameStart, nameEnd))
    // The name's runs of letters and digits; one right after a qualifier run is left out.
    let previous: string | undefined
    for (let j = nameStart; j < nameEnd; ) {
      while (j < nameEnd && !isAsciiWordCharacter(lower.charCodeAt(j))) j++
      if (j === nameEnd) break
      const wordStart = j
      while (j < nameEnd && isAsciiWordCharacter(lower.charCodeAt(j))) j++
      const part = lower.slice(wordStart, j)
      if (previous === undefined || !qualifiers.has(previous)) words.push(part)
      previous = part
    }
  }
  // `"".split(/\s+/u)` is `[""]`: a text of spaces only has one empty whole name.
  if (whole.length === 0) whole.push("")
  const all = words.slice()
  for (let k = 0; k + 1 < words.length; k++) all.push(words[k]! + words[k + 1]!)
  for (const name of whole) all.push(name)
  return all
}

export interface ClassEvidence {
  /** Sum of the matched rows' weights, each row counted once. */
  readonly weight: number
  /** The kind of the strongest noise row matched, if any. */
  readonly kind: Kind | null
  /** The matched rows' words, for `kind_evidence`. */
  readonly words: ReadonlyArray<string>
}

export const noEvidence: ClassEvidence = { weight: 0, kind: null, words: [] }

/** The prefix words by their first character, each list in the table's order (a prefix starts as its word does). */
const prefixesByFirst = new Map<number, Array<ClassWord>>()
for (const entry of prefixes) {
  const first = entry.word.charCodeAt(0)
  const list = prefixesByFirst.get(first)
  if (list === undefined) prefixesByFirst.set(first, [entry])
  else list.push(entry)
}

/** The table's row for a word: its own, else the first prefix (in the table's order) it starts with. */
export const lookup = (word: string): ClassWord | undefined => {
  const hit = exact.get(word)
  if (hit !== undefined) return hit
  const candidates = prefixesByFirst.get(word.charCodeAt(0))
  if (candidates !== undefined) for (const entry of candidates) if (word.startsWith(entry.word)) return entry
  return undefined
}

/**
 * The evidence of each attribute text already read: a page repeats its class names over many
 * elements (`menu-item`, `post-card`). The answers are read, never changed; the cache is emptied
 * when it grows large.
 */
const evidenceByValue = new Map<string, ClassEvidence>()
const EVIDENCE_CACHE_MAX = 20_000

export const classEvidence = (value: string): ClassEvidence => {
  let evidence = evidenceByValue.get(value)
  if (evidence === undefined) {
    if (evidenceByValue.size >= EVIDENCE_CACHE_MAX) evidenceByValue.clear()
    evidence = evidenceOfValue(value)
    evidenceByValue.set(value, evidence)
  }
  return evidence
}

const evidenceOfValue = (value: string): ClassEvidence => {
  if (value.trim().length === 0) return noEvidence
  const matched = new Map<string, ClassWord>()
  for (const word of attributeWords(value)) {
    const hit = lookup(word)
    if (hit !== undefined) matched.set(hit.word, hit)
  }
  if (matched.size === 0) return noEvidence
  let weight = 0
  let kind: Kind | null = null
  let strongest = 0
  for (const hit of matched.values()) {
    weight += hit.weight
    if (hit.kind !== null && -hit.weight >= strongest) {
      strongest = -hit.weight
      kind = hit.kind
    }
  }
  return { weight: Math.max(-50, Math.min(50, weight)), kind, words: [...matched.keys()] }
}
