/**
 * The kind the markup hints for each text block, once the article's container
 * is known (`MainContent.ts`). A hint is certain for the line classifier; no
 * hint (`null`) leaves the block to it.
 *
 * - Controls (`button`, `select`, `label`) are `ui`; `<figcaption>` is a
 *   `caption`; the page's first `<h1>` before or inside the article is its title.
 * - Outside the article: the kind its nearest class words say (`comment`,
 *   `related`, `ad`, ...), else its tag's (`nav`, `footer` → `ui`, `aside` →
 *   `related`), else `ui`; except a paragraph between the title and the
 *   article's container, which is the lede and left to the classifier.
 * - Inside: a heading over a paragraph of prose is the article's subheading (`body`);
 *   a pruned subtree takes its kind; a lead-in and a link to another article
 *   (`Lea también: <a>…</a>`) is `related`; a short block whose own class
 *   words name a kind (`byline`, `date`, `caption`) takes it; the rest is left
 *   to the classifier.
 * - A block repeated verbatim (desktop and mobile markup, a lede printed twice,
 *   the headline again in the body) is kept once and `other_noise` after.
 */

import type { Kind } from "../../../schemas/Vocabulary.ts"
import { Config } from "../../Config.ts"
import { controlTags, parentElement } from "./Dom.ts"
import { type MainContent, tagKind } from "./MainContent.ts"
import type { HtmlElement as Element } from "./Tree.ts"

export interface HintedBlock {
  readonly element: Element
  readonly text: string
  readonly chars: number
  readonly linkChars: number
  readonly offset: number
}

export interface BlockHint {
  readonly hint: Kind | null
  readonly evidence: ReadonlyArray<string>
}

/** Kinds a short block's own class words may give inside the article. */
const smallKinds: ReadonlySet<Kind> = new Set(["byline", "dateline", "caption", "source", "comment", "ad"])

const sentenceEnd = /[.!?…:;"»”’)]$/u

export interface PageLayout {
  readonly main: MainContent
  readonly body: Element
  readonly title: Element | undefined
  readonly titleOffset: number
  readonly mainOffset: number
}

/**
 * A line of the article that is a lead-in and a link to another article (`Lea también: <a>…</a>`,
 * `VEA TAMBIÉN: <a>…</a>`, `À lire aussi » <a>…</a>`): the link is most of it, the rest a
 * short label ending in a colon or `»` at its start.
 */
const teaserLeadIn = /^[^:.!?»]{1,40}[:»]\s+\S/u

const isTeaserLine = (block: HintedBlock): boolean =>
  block.chars <= 300 &&
  block.linkChars >= block.chars * 0.6 &&
  block.chars - block.linkChars <= Config.html.teaserLeadInMaxChars + 5 &&
  teaserLeadIn.test(block.text) &&
  block.text.search(/[:»]/u) <= Config.html.teaserLeadInMaxChars

/**
 * A short line inside the article that is all one link (`Weitere Informationen`, `Buch bestellen`,
 * `zurück zur vorherigen Seite`, `Kommentare schreiben`): the page's machinery, not a sentence of it
 * (an e-mail address is the article's contact, not machinery).
 */
const isLinkLine = (block: HintedBlock): boolean =>
  block.chars <= 40 &&
  block.linkChars >= block.chars * 0.9 &&
  !/[.!?]$|@/u.test(block.text) &&
  block.element.tagName !== "li"

const hintOf = (block: HintedBlock, layout: PageLayout): BlockHint => {
  const { main } = layout
  if (block.element === layout.title) return { hint: "title", evidence: ["html:h1"] }
  let inside = false
  let wordsKind: Kind | null = null
  let wordsSource = ""
  let tagged: Kind | null = null
  for (let node: Element | null = block.element; node !== null; node = parentElement(node)) {
    if (controlTags.has(node.tagName)) return { hint: "ui", evidence: [`html:${node.tagName}`] }
    if (node.tagName === "figcaption") return { hint: "caption", evidence: ["html:figcaption"] }
    const pruned = main.pruned.get(node)
    if (pruned !== undefined) return { hint: pruned.kind, evidence: [pruned.evidence] }
    if (main.members.has(node)) {
      inside = true
      break
    }
    const words = main.evidence.get(node)
    if (wordsKind === null && words?.kind != null && (words.weight < 0 || words.kind === "caption")) {
      wordsKind = words.kind
      wordsSource = words.words.join("+")
    }
    if (tagged === null) tagged = tagKind[node.tagName] ?? null
    if (node === layout.body) break
  }
  if (inside) {
    const limit = wordsKind === "caption" ? Config.layout.captionMaxChars : 150
    if (wordsKind !== null && smallKinds.has(wordsKind) && block.chars < limit) {
      return { hint: wordsKind, evidence: [`html:class:${wordsSource}`] }
    }
    if (isTeaserLine(block)) return { hint: "related", evidence: ["html:teaser-line"] }
    // A line of links in a block its class calls related (`<p class="related-link">`): another article's teaser.
    if (wordsKind === "related" && block.chars <= 300 && block.linkChars >= block.chars * 0.5)
      return { hint: "related", evidence: [`html:class:${wordsSource}`] }
    if (isLinkLine(block)) return { hint: "ui", evidence: ["html:link-line"] }
    return { hint: null, evidence: ["html:main-content"] }
  }
  const linkShare = block.chars === 0 ? 0 : block.linkChars / block.chars
  const isLede =
    layout.title !== undefined &&
    block.offset > layout.titleOffset &&
    block.offset < layout.mainOffset &&
    block.chars >= Config.html.ledeMinChars &&
    linkShare < 0.2 &&
    sentenceEnd.test(block.text) &&
    (wordsKind === null || wordsKind === "related")
  if (isLede) return { hint: null, evidence: ["html:lede"] }
  const kind = wordsKind ?? tagged ?? "ui"
  return {
    hint: kind,
    evidence: [
      wordsKind !== null ? `html:outside:${wordsSource}` : tagged !== null ? "html:outside:tag" : "html:outside"
    ]
  }
}

/**
 * When nothing lies outside the container or was pruned from it, it tells the classifier nothing: its blocks carry
 * `html:page`, not `html:main-content` (which makes the classifier surer before calling a block noise).
 */
const whenNothingOutside = (hints: ReadonlyArray<BlockHint>): ReadonlyArray<BlockHint> =>
  hints.some((hinted) =>
    hinted.evidence.some((evidence) => evidence.startsWith("html:outside") || evidence.startsWith("html:pruned"))
  )
    ? hints
    : hints.map((hinted) =>
        hinted.evidence[0] === "html:main-content" ? { hint: null, evidence: ["html:page"] } : hinted
      )

export const blockHints = (blocks: ReadonlyArray<HintedBlock>, layout: PageLayout): ReadonlyArray<BlockHint> =>
  whenNothingOutside(hintAll(blocks, layout))

const hintAll = (blocks: ReadonlyArray<HintedBlock>, layout: PageLayout): ReadonlyArray<BlockHint> => {
  const seen = new Set<string>()
  if (layout.title !== undefined) {
    const title = blocks.find((block) => block.element === layout.title)
    if (title !== undefined) seen.add(title.text)
  }
  const hints = trailingLinkLines(
    blocks,
    blocks.map((block) => hintOf(block, layout))
  )
  return blocks.map((block, index) => {
    const hinted = hints[index]!
    if (isSubheading(blocks, hints, index)) return { hint: "body", evidence: ["html:subheading"] }
    if (isTeaserHeading(blocks, hints, index)) return { hint: "related", evidence: ["html:teaser-heading"] }
    if (hinted.hint !== null || block.text.length < 20) return hinted
    if (seen.has(block.text)) return { hint: "other_noise", evidence: ["html:duplicate"] }
    seen.add(block.text)
    return hinted
  })
}

/**
 * A heading inside the article followed by a paragraph of prose inside it is the article's
 * subheading (a heading over a list of links, `À lire aussi`, is not: its list is pruned or short).
 */
const isSubheading = (blocks: ReadonlyArray<HintedBlock>, hints: ReadonlyArray<BlockHint>, index: number): boolean => {
  const block = blocks[index]!
  if (!subheadingTags.has(block.element.tagName) || hints[index]!.evidence[0] !== "html:main-content") return false
  const next = blocks[index + 1]
  const nextHint = hints[index + 1]
  return (
    next !== undefined &&
    nextHint?.evidence[0] === "html:main-content" &&
    next.chars >= Config.html.proseMinChars &&
    next.linkChars < next.chars * 0.3
  )
}

/**
 * Lines of links that end the container, after the article's last line that is not one (`Lesen Sie
 * hier einen weiteren Beitrag …`, `Hier geht es zur neuen Vorstandsstruktur`): links to other pages
 * where the article has ended, `related`. A link line followed by more of the article is left alone.
 */
const trailingLinkLines = (
  blocks: ReadonlyArray<HintedBlock>,
  hints: ReadonlyArray<BlockHint>
): ReadonlyArray<BlockHint> => {
  const trailing = new Set<number>()
  let articleLine = false
  for (let index = blocks.length - 1; index >= 0 && !articleLine; index--) {
    if (hints[index]!.evidence[0] !== "html:main-content") continue
    const block = blocks[index]!
    if (block.chars > 200 || block.linkChars < block.chars * 0.5) articleLine = true
    else trailing.add(index)
  }
  // A container of nothing but links has no article to end.
  if (trailing.size === 0 || !articleLine) return hints
  return hints.map((hinted, index) =>
    trailing.has(index) ? { hint: "related", evidence: ["html:trailing-link-line"] } : hinted
  )
}

/**
 * A short label inside the article right above links to other articles (`Auch interessant:`,
 * `Lesen Sie auch die folgenden Beiträge:`, `Das könnte dich auch interessieren`) heads them: it is
 * related too. Images between them are passed over.
 */
const isTeaserHeading = (
  blocks: ReadonlyArray<HintedBlock>,
  hints: ReadonlyArray<BlockHint>,
  index: number
): boolean => {
  const block = blocks[index]!
  if (hints[index]!.evidence[0] !== "html:main-content" || block.chars > 80 || /[.!?]$/u.test(block.text)) return false
  const next = hints[index + 1]
  return (
    next?.hint === "related" &&
    (next.evidence[0] === "html:teaser-line" || next.evidence[0]?.startsWith("html:pruned") === true)
  )
}

const subheadingTags: ReadonlySet<string> = new Set(["h2", "h3", "h4", "h5", "h6"])
