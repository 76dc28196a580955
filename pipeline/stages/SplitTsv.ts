/**
 * Splits a TSV export into rows of cells. Two kinds of TSV are met:
 *
 * - plain TSV (PostgreSQL `COPY`, `mysql -B`, `cut`, most scrapers): a tab ends
 *   a cell, a line break ends a row, and a `"` is just a character;
 * - quoted TSV (Excel's "Unicode text", pandas `to_csv(sep="\t")`): a cell
 *   may be wrapped in `"` (inner quotes doubled) to hold tabs or line breaks.
 *
 * The file decides by sniffing. It is read as quoted only when
 * - every cell that opens with `"` closes it just before a tab or a line break,
 * - every row then has as many cells as the header,
 * - and, if a quoted cell spans a line break, the plain reading does not fit
 *   (some line has another number of cells than the header): when every line
 *   stands as a row on its own, a quote opened in one row and closed at the end
 *   of a cell in a later one is a stray quote, not a cell spanning rows, and
 *   the quoted reading would merge the rows between.
 * Otherwise the file is read as plain TSV, line by line. What stays ambiguous
 * is a cell that is wholly `"…"` on one line (read as quoted: the quotes go) and
 * a quoted multi-line cell whose every line holds exactly the header's number of
 * tabs (read as plain).
 */

export interface TsvTable {
  readonly quoted: boolean
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
}

const isBlankRow = (cells: ReadonlyArray<string>): boolean => cells.every((cell) => cell.trim().length === 0)

const splitPlain = (text: string): Array<Array<string>> => text.split(/\r\n|\r|\n/u).map((line) => line.split("\t"))

interface QuotedRows {
  readonly rows: Array<Array<string>>
  /** A quoted cell holds a line break. */
  readonly spansLines: boolean
}

/** The rows of a quoted TSV, or null when a quoted cell is unbalanced or does not span its whole cell. */
const splitQuoted = (text: string): QuotedRows | null => {
  const rows: Array<Array<string>> = []
  let spansLines = false
  let row: Array<string> = []
  let i = 0
  for (;;) {
    let cell: string
    if (text[i] === '"') {
      let value = ""
      let j = i + 1
      for (;;) {
        const close = text.indexOf('"', j)
        if (close < 0) return null
        value += text.slice(j, close)
        if (text[close + 1] === '"') {
          value += '"'
          j = close + 2
        } else {
          i = close + 1
          break
        }
      }
      const after = text[i]
      if (after !== undefined && after !== "\t" && after !== "\n" && after !== "\r") return null
      cell = value
      if (!spansLines && /[\n\r]/u.test(value)) spansLines = true
    } else {
      let end = i
      while (end < text.length && text[end] !== "\t" && text[end] !== "\n" && text[end] !== "\r") end++
      cell = text.slice(i, end)
      i = end
    }
    row.push(cell)
    if (i >= text.length) {
      rows.push(row)
      return { rows, spansLines }
    }
    if (text[i] === "\t") {
      i++
      continue
    }
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1
    rows.push(row)
    row = []
  }
}

const opensQuote = (text: string): boolean => /(?:^|[\t\n\r])"/u.test(text)

/** Every row that is not blank has as many cells as the first. */
const fits = (rows: ReadonlyArray<ReadonlyArray<string>>): boolean => {
  const filled = rows.filter((cells) => !isBlankRow(cells))
  return filled.every((cells) => cells.length === filled[0]!.length)
}

export const splitTsv = (text: string): TsvTable => {
  const quoted = opensQuote(text) ? splitQuoted(text) : null
  const plain = splitPlain(text)
  const readQuoted = quoted !== null && fits(quoted.rows) && (!quoted.spansLines || !fits(plain))
  const rows = (readQuoted ? quoted.rows : plain).filter((cells) => !isBlankRow(cells))
  return { quoted: readQuoted, header: rows[0] ?? [], rows: rows.slice(1) }
}
