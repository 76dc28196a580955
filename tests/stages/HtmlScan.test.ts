/**
 * The HTML segmenter's scans that replaced simpler code for speed, each checked against the code it
 * replaced: the line locator with carriage returns (two native searches instead of a loop over every
 * character), the hiding-class test (a pre-check before the class attribute is lower-cased and split),
 * and the words of class and id attributes (one loop over an ASCII text instead of three splits per name;
 * the prefix words looked up among those of the word's first character).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import * as cheerio from "cheerio"
import type { Element } from "domhandler"
import { FastCheck } from "effect"
import { attributeWords, classWords, lookup } from "../../pipeline/stages/html/ClassWords.ts"
import { attributeText, hidingReason } from "../../pipeline/stages/html/Dom.ts"
import { parseHtml } from "../../pipeline/stages/html/Tree.ts"
import { lineLocator } from "../../pipeline/stages/SegmentHtml.ts"

/** The loop the locator ran over a page with carriage returns. */
const lineStartsByLoop = (source: string): Array<number> => {
  const starts = [0]
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code === 10 || (code === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}

const lineByLoop = (source: string, offset: number): number => {
  const starts = lineStartsByLoop(source)
  let line = 0
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
  return line + 1
}

const root = path.resolve(import.meta.dirname, "../..")
const htmlPages = (): Array<string> => {
  const folders = [
    path.join(root, "tests/fixtures/html"),
    ...fs.readdirSync(path.join(root, "tests/gold")).map((set) => path.join(root, "tests/gold", set, "raw"))
  ]
  return folders
    .filter((folder) => fs.existsSync(folder))
    .flatMap((folder) =>
      fs
        .readdirSync(folder)
        .filter((name) => /\.html?$/u.test(name))
        .map((name) => fs.readFileSync(path.join(folder, name), "utf8"))
    )
}

describe("lineLocator", () => {
  it("gives every offset the line the character loop gives, on strings of line ends", () => {
    FastCheck.assert(
      FastCheck.property(
        FastCheck.array(FastCheck.constantFrom("\r", "\n", "\r\n", "a", "é", " "), { maxLength: 60 }).map((parts) =>
          parts.join("")
        ),
        (source) => {
          const lineOf = lineLocator(source)
          for (let offset = 0; offset <= source.length; offset++) {
            expect(lineOf(offset)).toBe(lineByLoop(source, offset))
          }
        }
      ),
      { numRuns: 500 }
    )
  })

  it("gives every line start of the repo's HTML pages the line the loop gives, with their line ends as CRLF and CR too", () => {
    const pages = htmlPages()
    expect(pages.length).toBeGreaterThan(5)
    for (const page of pages) {
      for (const source of [page, page.replaceAll("\n", "\r\n"), page.replaceAll("\n", "\r")]) {
        const lineOf = lineLocator(source)
        const starts = lineStartsByLoop(source)
        starts.forEach((start, index) => {
          expect(lineOf(start)).toBe(index + 1)
          if (start > 0) expect(lineOf(start - 1)).toBe(index)
        })
      }
    }
  })
})

/** The hiding-class test as it was, without the pre-check. */
const hidingClassByScan = (classes: string): string | null => {
  const hiding = new Set([
    "hidden",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screenreader-text",
    "element-invisible",
    "d-none",
    "is-hidden",
    "u-hidden",
    "hide"
  ])
  for (const name of classes.toLowerCase().split(/\s+/u)) if (hiding.has(name)) return `class:${name}`
  return null
}

const elementWithClass = (classes: string): Element =>
  cheerio
    .load(`<div class="${classes.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}">x</div>`)("div")
    .get(0)!

describe("hidingReason's class pre-check", () => {
  it("finds every hiding class the scan finds, in any case, among other classes", () => {
    for (const classes of [
      "Hidden",
      "SR-ONLY",
      "post visually-hidden",
      "VisuallyHidden x",
      "Screen-Reader-Text",
      "screenreader-text",
      "element-INVISIBLE",
      "d-none",
      "col is-hidden",
      "u-hidden",
      "HIDE",
      "hidden-xs",
      "hidden‐xs",
      "HİDDEN",
      "sr-onlyx"
    ]) {
      expect(hidingReason(elementWithClass(classes))).toBe(hidingClassByScan(classes))
    }
  })

  it("agrees with the scan on every class attribute of the repo's HTML pages", () => {
    let seen = 0
    for (const page of htmlPages()) {
      const $ = cheerio.load(page)
      $("[class]").each((_, node) => {
        const element = node as Element
        const attributes = element.attribs
        if (attributes.hidden !== undefined || attributes["aria-hidden"] === "true" || attributes.style !== undefined)
          return
        seen++
        expect(hidingReason(element)).toBe(hidingClassByScan(attributes.class!))
      })
    }
    expect(seen).toBeGreaterThan(100)
  })

  it("agrees with the scan on random class attributes", () => {
    FastCheck.assert(
      FastCheck.property(
        FastCheck.array(
          FastCheck.constantFrom(
            "hid",
            "den",
            "HID",
            "-",
            "sr",
            "only",
            "e",
            "screen",
            "İ",
            "K",
            "K",
            " ",
            "\t",
            "d",
            "none",
            "x"
          ),
          { maxLength: 12 }
        ).map((parts) => parts.join("")),
        (classes) => {
          expect(hidingReason(elementWithClass(classes))).toBe(hidingClassByScan(classes))
        }
      ),
      { numRuns: 2000 }
    )
  })
})

/** `attributeWords` as it was: three splits per name. */
const wordsBySplits = (value: string): ReadonlyArray<string> => {
  const qualifiers = new Set(["has", "hasnt", "no", "non", "not", "with", "without"])
  const lower = value.toLowerCase()
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

/** `lookup` as it was: the exact word, else every prefix word in the table's order. */
const lookupByScan = (word: string) =>
  classWords.find((entry) => entry.word === word) ??
  classWords.find((entry) => entry.prefix && word.startsWith(entry.word))

const sharedPages = path.resolve(import.meta.dirname, "../../../shared/html-eval/pages")
const attributeTexts = (): Array<string> => {
  const pages = [
    ...htmlPages(),
    ...(fs.existsSync(sharedPages)
      ? fs.readdirSync(sharedPages).map((name) => fs.readFileSync(path.join(sharedPages, name), "utf8"))
      : [])
  ]
  const texts = new Set<string>()
  for (const page of pages) {
    const stack: Array<ReturnType<typeof parseHtml>["children"][number]> = [...parseHtml(page).children]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.type === "text") continue
      texts.add(attributeText(node))
      stack.push(...node.children)
    }
  }
  return [...texts]
}

describe("attributeWords and lookup", () => {
  it("give the words and rows the splits and the scan give, on every element of the repo's and html-eval's pages", () => {
    const texts = attributeTexts()
    // the repo's own pages hold about 150 distinct attribute texts; html-eval's pages, where a checkout has them, 60,000
    expect(texts.length).toBeGreaterThan(fs.existsSync(sharedPages) ? 1000 : 100)
    const differing: Array<string> = []
    const rows = new Map<string, ReturnType<typeof lookup>>()
    for (const text of texts) {
      const words = attributeWords(text)
      if (JSON.stringify(words) !== JSON.stringify(wordsBySplits(text))) differing.push(text)
      for (const word of words) if (!rows.has(word)) rows.set(word, lookup(word))
    }
    expect(differing).toEqual([])
    for (const [word, row] of rows) if (row !== lookupByScan(word)) differing.push(word)
    expect(differing).toEqual([])
  })

  it("give the same on random attributes, ASCII or not", () => {
    FastCheck.assert(
      FastCheck.property(
        FastCheck.array(
          FastCheck.constantFrom(
            "has",
            "no",
            "-",
            "_",
            "--",
            " ",
            "  ",
            "\t",
            "\n",
            "\u000b",
            "\f",
            "\r",
            "\u00a0",
            "\ufeff",
            "\u001f",
            "ads",
            "Menu",
            "nav",
            "item",
            "comment",
            "Comments",
            "share",
            "binh",
            "luan",
            "2",
            "é",
            "İ",
            "K",
            "ſ",
            "x",
            "sidebar",
            "article",
            "main",
            "post"
          ),
          { maxLength: 14 }
        ).map((parts) => parts.join("")),
        (text) => {
          const words = attributeWords(text)
          expect(words).toEqual(wordsBySplits(text))
          for (const word of words) expect(lookup(word)).toBe(lookupByScan(word))
        }
      ),
      { numRuns: 20_000 }
    )
  })
})
