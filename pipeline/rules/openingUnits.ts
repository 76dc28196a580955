/**
 * The first character a match of an anchored pattern can have, read from the pattern itself: a
 * line whose first unit no match can open on is not asked the pattern. Most noise rules are
 * anchored (`^(?:Chia sẻ|In bài|…)$`) and fail on most lines at their first character, but asking
 * each of them costs a call into the regex engine (about 50 ns) per line, the rule probe's main cost.
 *
 * `openingTest(regex)` reads the pattern's source: when every top-level alternative opens with `^`
 * (no `m` flag), it collects the atoms (a literal, an escape, a class, `.`) a match's first character
 * can be matched by, skipping what may match nothing (`?`, `*`, `{0,n}`, look-arounds, `\b`, `$`), and
 * returns a test of one unit made of those atoms under the pattern's own flags (so case folding is the
 * engine's: `i` or `iu`). Whatever it cannot read (a back-reference, a syntax it does not know, a
 * surrogate in the source, a match that can be empty) gives `undefined`: the pattern is asked of every
 * line. The test is asked of a unit that is not a surrogate (a character outside the BMP, or a lone
 * surrogate, asks every pattern): one atom matches one code point, so on such a unit it answers as the
 * atom would at the line's start. `tests/rules/openingUnits.test.ts` checks every rule on every gold
 * and seed line and on random strings: a line whose first unit fails the test is never matched.
 */

/** What a part of a pattern may match first, and whether it may match nothing. */
interface First {
  readonly atoms: Array<string>
  readonly nullable: boolean
}

class Unreadable extends Error {}

const fail = (): never => {
  throw new Unreadable()
}

/** A reader of one pattern's source, from `at`. */
class Reader {
  at = 0
  constructor(
    readonly source: string,
    readonly unicode: boolean
  ) {}

  /** Alternatives up to `)` or the end. */
  disjunction(): { readonly alternatives: Array<{ first: First; anchored: boolean }> } {
    const alternatives: Array<{ first: First; anchored: boolean }> = [this.alternative()]
    while (this.source[this.at] === "|") {
      this.at++
      alternatives.push(this.alternative())
    }
    return { alternatives }
  }

  /** One alternative: its terms in turn; `anchored` when its first term is `^`. */
  alternative(): { first: First; anchored: boolean } {
    const atoms: Array<string> = []
    let nullable = true
    let anchored = false
    let index = 0
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      if (index === 0 && this.source[this.at] === "^") anchored = true
      const term = this.term()
      if (nullable) {
        atoms.push(...term.atoms)
        if (!term.nullable) nullable = false
      }
      index++
    }
    return { first: { atoms, nullable }, anchored }
  }

  /** An assertion, or an atom and its quantifier. */
  term(): First {
    const source = this.source
    const c = source[this.at]!
    if (c === "^" || c === "$") {
      this.at++
      return { atoms: [], nullable: true }
    }
    if (c === "\\" && (source[this.at + 1] === "b" || source[this.at + 1] === "B")) {
      this.at += 2
      return { atoms: [], nullable: true }
    }
    if (source.startsWith("(?=", this.at) || source.startsWith("(?!", this.at)) {
      this.at += 3
      this.group()
      return { atoms: [], nullable: true }
    }
    if (source.startsWith("(?<=", this.at) || source.startsWith("(?<!", this.at)) {
      this.at += 4
      this.group()
      return { atoms: [], nullable: true }
    }
    const atom = this.atom()
    return this.quantified(atom)
  }

  /** The rest of a group after its opening, to its `)`: what it may match first. */
  group(): First {
    const { alternatives } = this.disjunction()
    if (this.source[this.at] !== ")") fail()
    this.at++
    return {
      atoms: alternatives.flatMap((alternative) => alternative.first.atoms),
      nullable: alternatives.some((alternative) => alternative.first.nullable)
    }
  }

  atom(): First {
    const source = this.source
    const c = source[this.at]!
    if (c === "(") {
      if (source.startsWith("(?:", this.at)) this.at += 3
      else if (source.startsWith("(?<", this.at)) {
        const close = source.indexOf(">", this.at)
        if (close < 0 || !/^[A-Za-z_$][\w$]*$/.test(source.slice(this.at + 3, close))) fail()
        this.at = close + 1
      } else if (source[this.at + 1] === "?") fail()
      else this.at++
      return this.group()
    }
    if (c === "[") return { atoms: [this.characterClass()], nullable: false }
    if (c === "\\") return { atoms: [this.escape()], nullable: false }
    if (c === ")" || c === "|" || c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]") fail()
    this.at++
    return { atoms: [c === "." ? "." : c], nullable: false }
  }

  /** A class `[…]` to its closing `]`, as written. */
  characterClass(): string {
    const source = this.source
    const start = this.at
    let i = this.at + 1
    if (source[i] === "^") i++
    while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1
    if (i >= source.length) fail()
    this.at = i + 1
    return source.slice(start, this.at)
  }

  /** An escape matching one character, as written; a back-reference cannot be read. */
  escape(): string {
    const source = this.source
    const start = this.at
    const e = source[this.at + 1]
    if (e === undefined) fail()
    if (/[1-9k]/.test(e!)) fail()
    if (this.unicode && (e === "p" || e === "P")) {
      if (source[this.at + 2] !== "{") fail()
      const close = source.indexOf("}", this.at)
      if (close < 0) fail()
      this.at = close + 1
    } else if (e === "u") {
      if (source[this.at + 2] === "{") {
        if (!this.unicode) fail()
        const close = source.indexOf("}", this.at)
        if (close < 0) fail()
        this.at = close + 1
      } else {
        if (!/^[\dA-Fa-f]{4}$/.test(source.slice(this.at + 2, this.at + 6))) fail()
        this.at += 6
      }
    } else if (e === "x") {
      if (!/^[\dA-Fa-f]{2}$/.test(source.slice(this.at + 2, this.at + 4))) fail()
      this.at += 4
    } else if (e === "c") {
      if (!/^[A-Za-z]$/.test(source[this.at + 2] ?? "")) fail()
      this.at += 3
    } else if (e === "0") {
      if (/\d/.test(source[this.at + 2] ?? "")) fail()
      this.at += 2
    } else if (/[dDsSwWtnvfr]/.test(e!) || /[\^$\\.*+?()[\]{}|/-]/.test(e!)) {
      this.at += 2
    } else fail()
    return source.slice(start, this.at)
  }

  /** The atom's quantifier, if any: a minimum of 0 makes it nullable. */
  quantified(atom: First): First {
    const source = this.source
    const c = source[this.at]
    let nullable = atom.nullable
    if (c === "*" || c === "?") {
      this.at++
      nullable = true
    } else if (c === "+") {
      this.at++
    } else if (c === "{") {
      const found = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(this.at))
      if (found === null) fail()
      this.at += found![0].length
      if (Number(found![1]) === 0) nullable = true
    } else return atom
    if (source[this.at] === "?") this.at++
    return { atoms: atom.atoms, nullable }
  }
}

/**
 * A test of a line's first unit (not a surrogate) that every line `regex` matches passes, or `undefined`
 * when the pattern does not say (not anchored, or not read).
 */
export const openingTest = (regex: RegExp): ((unit: number) => boolean) | undefined => {
  const flags = regex.flags
  if (flags.includes("m") || /[\uD800-\uDFFF]/.test(regex.source)) return undefined
  const reader = new Reader(regex.source, flags.includes("u") || flags.includes("v"))
  if (flags.includes("v")) return undefined
  try {
    const { alternatives } = reader.disjunction()
    if (reader.at !== regex.source.length) return undefined
    if (alternatives.some((alternative) => !alternative.anchored || alternative.first.nullable)) return undefined
    const atoms = alternatives.flatMap((alternative) => alternative.first.atoms)
    const opening = new RegExp(`^(?:${atoms.join("|")})`, flags.replace(/[gyd]/g, ""))
    return (unit) => opening.test(String.fromCharCode(unit))
  } catch (error) {
    if (error instanceof Unreadable || error instanceof SyntaxError) return undefined
    throw error
  }
}

/** A UTF-16 surrogate: a character outside the BMP (or a lone surrogate), which every pattern is asked of. */
export const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff
