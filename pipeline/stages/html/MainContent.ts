/**
 * Finds the article's container in a page, and what inside it is not the article.
 *
 * Rules, after Readability's `_grabArticle` and trafilatura's pruning (read, not copied):
 * 1. Every text block of at least `minParagraphChars` scores
 *    `1 + commas + min(chars / 100, 3)`, times its share of non-link text; its
 *    parent gets the score, its grandparent half, older ancestors
 *    `1 / (3 · level)` of it, up to five levels.
 * 2. A container that scores starts from its tag's score and the weight of its
 *    class and id words (`ClassWords.ts`); its total is multiplied by its share
 *    of non-link text. The best container is the article's; when three others
 *    close to it share an ancestor with it, the ancestor is.
 * 3. The container's siblings join it when they score enough, or are paragraphs
 *    with little link text (an article split into a lede and a body).
 * 4. Inside, a subtree is pruned when its class words weigh more against it
 *    than its paragraphs for it (and it holds little prose, or a form: a
 *    newsletter sign-up is an appeal however much it says), or when most of its text is link text (a
 *    related list, a tag list, a share bar). One word never prunes a subtree
 *    that holds the article's paragraphs.
 */

import type { Kind } from "../../../schemas/Vocabulary.ts"
import { Config } from "../../Config.ts"
import { type ClassEvidence, classEvidence } from "./ClassWords.ts"
import { attributeText, headingTags, parentElement } from "./Dom.ts"
import type { HtmlElement as Element } from "./Tree.ts"

/** A block of text as the segmenter found it. */
export interface TextBlock {
  readonly element: Element
  readonly chars: number
  readonly linkChars: number
  readonly commas: number
}

interface Totals {
  chars: number
  linkChars: number
  /** Tag and class words, then the paragraphs below, decayed by level (a candidate's score). */
  score: number
  scored: boolean
  /** The paragraphs' scores, its own text included, decayed by level: what pruning weighs the words against. */
  paragraphs: number
  /** Characters of its paragraphs that read as prose: long enough, few links. */
  prose: number
  /** Text blocks in the subtree. */
  blocks: number
}

export interface Pruned {
  readonly kind: Kind
  readonly evidence: string
}

export interface MainContent {
  /** The containers that hold the article: the best one and the siblings that joined it. */
  readonly members: ReadonlySet<Element>
  /** Subtrees inside them that are not the article. */
  readonly pruned: ReadonlyMap<Element, Pruned>
  readonly evidence: Map<Element, ClassEvidence>
}

const tagScore: Readonly<Record<string, number>> = {
  article: 10,
  main: 10,
  div: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  form: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  address: -3,
  th: -5,
  header: -5,
  footer: -25,
  nav: -25,
  aside: -15
}

const isAncestor = (ancestor: Element, node: Element): boolean => {
  for (let parent = parentElement(node); parent !== null; parent = parentElement(parent)) {
    if (parent === ancestor) return true
  }
  return false
}

/** A `<header>` of the site (logo, menu), not the header of an article (its title and byline). */
const isSiteHeader = (node: Element): boolean => {
  for (let parent = parentElement(node); parent !== null; parent = parentElement(parent)) {
    if (parent.tagName === "article" || parent.tagName === "main") return false
  }
  return true
}

/** Blocks that are not the article's paragraphs even when long: headings and captions. */
const notParagraphs: ReadonlySet<string> = new Set([...headingTags, "figcaption", "caption"])

const listTags: ReadonlySet<string> = new Set(["ul", "ol", "dl", "nav", "table"])

/** What a tag says of a pruned or outside subtree, when its words do not. */
export const tagKind: Readonly<Record<string, Kind>> = {
  nav: "ui",
  footer: "ui",
  header: "ui",
  form: "ui",
  aside: "related"
}

const formControls: ReadonlySet<string> = new Set(["input", "textarea", "select", "button"])

/** A subtree with a field or a button to fill in: a sign-up or donation form, whatever prose it opens with. */
const holdsFormControl = (element: Element): boolean => {
  const stack: Array<Element> = [element]
  for (let visited = 0; stack.length > 0 && visited < 500; visited++) {
    const node = stack.pop()!
    if (formControls.has(node.tagName)) return true
    for (const child of node.children) if (child.type === "tag") stack.push(child as Element)
  }
  return false
}

const totalsOf = (totals: Map<Element, Totals>, element: Element): Totals => {
  let found = totals.get(element)
  if (found === undefined) {
    found = { chars: 0, linkChars: 0, score: 0, scored: false, paragraphs: 0, prose: 0, blocks: 0 }
    totals.set(element, found)
  }
  return found
}

/**
 * Each block's characters, link characters and prose added to it and its ancestors up to `body`, and a
 * paragraph's score to its five nearest ancestors (rules 1 and 2). A function of its own, apart from
 * `findMainContent`'s steps that run once per page: this loop is what runs long enough for V8 to optimise,
 * and TurboFan compiles it alone in a fraction of the time it took over the whole of `findMainContent`
 * (its largest compile of a `--workers 1` run over the 151 `pnpm bench:html` pages: twice, 0.3 s each by
 * `--trace-opt` on a loaded machine, a sixth of all the run's compile time).
 */
const addBlocks = (blocks: ReadonlyArray<TextBlock>, body: Element): Map<Element, Totals> => {
  const settings = Config.html
  const totals = new Map<Element, Totals>()
  for (const block of blocks) {
    const prose =
      block.chars >= settings.proseMinChars &&
      block.linkChars < block.chars * 0.3 &&
      !headingTags.has(block.element.tagName)
        ? block.chars - block.linkChars
        : 0
    for (let node: Element | null = block.element; node !== null; node = parentElement(node)) {
      const total = totalsOf(totals, node)
      total.chars += block.chars
      total.linkChars += block.linkChars
      total.prose += prose
      total.blocks += 1
      if (node === body) break
    }
    if (block.chars < settings.minParagraphChars || notParagraphs.has(block.element.tagName)) continue
    const linkShare = block.chars === 0 ? 0 : block.linkChars / block.chars
    const score = (1 + block.commas + Math.min(Math.floor(block.chars / 100), 3)) * (1 - linkShare)
    totalsOf(totals, block.element).paragraphs += score
    let level = 0
    for (let node = parentElement(block.element); node !== null && level < 5; node = parentElement(node), level++) {
      const total = totalsOf(totals, node)
      total.paragraphs += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3)
      if (!total.scored) {
        total.scored = true
        total.score += tagScore[node.tagName] ?? 0
      }
      total.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3)
      if (node === body) break
    }
  }
  return totals
}

export const findMainContent = (blocks: ReadonlyArray<TextBlock>, body: Element): MainContent => {
  const settings = Config.html
  const evidence = new Map<Element, ClassEvidence>()
  const evidenceOf = (element: Element): ClassEvidence => {
    let found = evidence.get(element)
    if (found === undefined) {
      found = classEvidence(attributeText(element))
      evidence.set(element, found)
    }
    return found
  }
  const totals = addBlocks(blocks, body)
  // A class word for the article counts in full only for a container with some prose: on a page
  // of teasers, a short `post article` box must not outscore the one that holds the text.
  const finalScore = (element: Element): number => {
    const total = totals.get(element)
    if (total === undefined || !total.scored) return 0
    const linkShare = total.chars === 0 ? 0 : total.linkChars / total.chars
    const weight = evidenceOf(element).weight
    const words = weight > 0 ? weight * Math.min(1, total.prose / settings.proseForFullWeight) : weight
    return (total.score + words) * (1 - linkShare)
  }
  const ranked = [...totals.entries()]
    .filter(([, total]) => total.scored)
    .map(([element]) => ({ element, score: finalScore(element) }))
    .sort((a, b) => b.score - a.score)
  let top = ranked[0]?.element ?? body
  const topScore = ranked[0]?.score ?? 0
  // Three close runners-up under one ancestor: the article is split into parts, take their ancestor.
  const close = ranked.slice(1, 6).filter((candidate) => candidate.score >= topScore * 0.75)
  if (close.length >= 3) {
    const ancestorsOf = (element: Element): Array<Element> => {
      const list: Array<Element> = []
      for (let node = parentElement(element); node !== null; node = parentElement(node)) list.push(node)
      return list
    }
    for (const ancestor of ancestorsOf(top)) {
      const holds = close.filter((candidate) => ancestorsOf(candidate.element).includes(ancestor)).length
      if (holds >= 3) {
        top = ancestor
        break
      }
      if (ancestor === body) break
    }
  }
  // Prose beside the container, in subtrees nothing speaks against, up to three levels up: the
  // article runs on there (table layouts, an article cut into blocks); take the ancestor.
  const proseBeside = (ancestor: Element, inner: Element): number => {
    let beside = 0
    for (const child of ancestor.children) {
      if (child === inner || child.type !== "tag") continue
      const element = child as Element
      if (totals.get(element) === undefined) continue
      if (isAncestor(element, inner)) beside += proseBeside(element, inner)
      else if (evidenceOf(element).weight >= 0 && (tagScore[element.tagName] ?? 0) > -15)
        beside += totals.get(element)?.prose ?? 0
    }
    return beside
  }
  for (let climbed = true; climbed && top !== body; ) {
    climbed = false
    let ancestor = parentElement(top)
    for (let level = 0; level < 3 && ancestor !== null; level++, ancestor = parentElement(ancestor)) {
      const total = totals.get(ancestor)
      const linkShare = total === undefined || total.chars === 0 ? 0 : total.linkChars / total.chars
      const beside = proseBeside(ancestor, top)
      if (beside > 0 && beside >= settings.proseBesideShare * (totals.get(top)?.prose ?? 0) && linkShare < 0.4) {
        top = ancestor
        climbed = true
        break
      }
      if (ancestor === body) break
    }
  }
  // Too little text to tell an article from its page: keep the page, let pruning and the classifier decide.
  if ((totals.get(top)?.chars ?? 0) < settings.minArticleChars) top = body
  // An only child says nothing more than its parent.
  for (let parent = parentElement(top); parent !== null && top !== body; parent = parentElement(top)) {
    if (parent.children.filter((child) => child.type === "tag").length !== 1) break
    top = parent
  }
  const members = new Set<Element>([top])
  const parent = parentElement(top)
  if (parent !== null && top !== body) {
    const threshold = Math.max(10, topScore * 0.2)
    const topClass = top.attribs.class ?? ""
    for (const sibling of parent.children) {
      if (sibling === top || sibling.type !== "tag") continue
      const element = sibling as Element
      const bonus = topClass.length > 0 && element.attribs.class === topClass ? topScore * 0.2 : 0
      const total = totals.get(element)
      if (total === undefined) continue
      const linkShare = total.chars === 0 ? 0 : total.linkChars / total.chars
      const weight = evidenceOf(element).weight
      if (finalScore(element) + bonus >= threshold) members.add(element)
      else if (weight >= 0 && total.chars > 80 && linkShare < 0.25 && !total.scored) members.add(element)
    }
  }
  const pruned = new Map<Element, Pruned>()
  const prune = (element: Element): void => {
    for (const child of element.children) {
      if (child.type !== "tag") continue
      const node = child as Element
      const total = totals.get(node)
      if (total === undefined) continue
      const words = evidenceOf(node)
      const chromeTag = (tagScore[node.tagName] ?? 0) <= -15 || (node.tagName === "header" && isSiteHeader(node))
      const weight = words.weight + (chromeTag ? -25 : 0)
      const linkShare = total.chars === 0 ? 0 : total.linkChars / total.chars
      const kind = words.kind ?? tagKind[node.tagName] ?? null
      // Words against a subtree prune it only when it holds little of the article's prose:
      // a `comment` or `menu` class around the article's paragraphs is the CMS's name, not the content's.
      const fewProse =
        total.prose <= settings.pruneProseShare * articleProse &&
        (total.prose < total.chars * 0.5 || holdsFormControl(node))
      const minorComments = kind === "comment" && total.prose < articleProse * 0.5
      // An author box (`author-bio`, `author-box`) is a short bio in prose: its paragraphs outweigh its words,
      // but it holds little of the article's prose. `author-…` on the article's own element holds all of it.
      if (weight < 0 && words.kind === "byline" && total.prose <= settings.pruneProseShare * articleProse) {
        pruned.set(node, { kind: "byline", evidence: `html:pruned-author:${words.words.join("+")}` })
        continue
      }
      if (weight < 0 && total.paragraphs + weight < 0 && (fewProse || minorComments)) {
        pruned.set(node, {
          kind: kind ?? "other_noise",
          evidence: `html:pruned-words:${words.words.join("+") || node.tagName}`
        })
        continue
      }
      const container = total.blocks >= 2 || listTags.has(node.tagName)
      if (container && linkShare > (weight < 0 ? settings.linkDensityNegative : settings.linkDensity)) {
        const listLike = node.tagName === "ul" || node.tagName === "ol" || node.tagName === "li"
        pruned.set(node, { kind: kind ?? (listLike ? "related" : "ui"), evidence: "html:pruned-link-density" })
        continue
      }
      prune(node)
    }
  }
  const articleProse = [...members].reduce((sum, member) => sum + (totals.get(member)?.prose ?? 0), 0)
  for (const member of members) prune(member)
  return { members, pruned, evidence }
}
