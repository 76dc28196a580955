/**
 * Finds the inputs under each `--input` root, sorted by relative path (as UTF-8 bytes),
 * and reads one file's bytes. Symlinked folders are followed once (a loop is
 * cut, not followed forever); a file that cannot be read is a problem, not a crash.
 */
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as path from "node:path"
import type { InputFormat } from "../../schemas/Vocabulary.ts"
import type { InputFile, InputProblem, LoadedInput } from "../Document.ts"

const formatByExtension: Readonly<Record<string, InputFormat>> = {
  ".txt": "txt",
  ".html": "html",
  ".htm": "html",
  ".csv": "csv",
  ".tsv": "csv",
  ".jsonl": "jsonl"
}

/** The extensions read as inputs, for messages. */
export const inputExtensions: ReadonlyArray<string> = Object.keys(formatByExtension)

export interface Listing {
  readonly files: ReadonlyArray<InputFile>
  readonly problems: ReadonlyArray<InputProblem>
  /** Files in the folders whose extension is not an input format: listed, not read. */
  readonly skipped: ReadonlyArray<string>
}

const toPosix = (relative: string): string => relative.split(path.sep).join("/")

/**
 * The order of a run: relative paths compared as UTF-8 bytes, the order DuckDB
 * sorts text in, so that merged shards come out in the order of one run.
 */
export const byPathBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b))

/** Lists the input files below one root (a file or a folder), sorted by relative path. */
export const listInputs = (root: string): Listing => {
  const files: Array<InputFile> = []
  const problems: Array<InputProblem> = []
  const skipped: Array<string> = []
  const rootStat = fs.statSync(root)
  if (rootStat.isFile()) {
    const format = formatByExtension[path.extname(root).toLowerCase()]
    files.push({ sourcePath: path.basename(root), absolutePath: path.resolve(root), format: format ?? "txt" })
    return { files, problems, skipped }
  }
  const visited = new Set<string>()
  const walk = (directory: string): void => {
    const real = fs.realpathSync(directory)
    if (visited.has(real)) {
      problems.push({
        sourcePath: toPosix(path.relative(root, directory)),
        reason: "unreadable",
        detail: "This folder links back to a folder already read (a symlink loop), so it was read once only."
      })
      return
    }
    visited.add(real)
    let entries: Array<fs.Dirent>
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true })
    } catch (error) {
      problems.push({
        sourcePath: toPosix(path.relative(root, directory)),
        reason: "unreadable",
        detail: `The folder could not be listed (${(error as NodeJS.ErrnoException).code ?? "error"}).`
      })
      return
    }
    for (const entry of entries.sort((a, b) => byPathBytes(a.name, b.name))) {
      const full = path.join(directory, entry.name)
      const stat = entry.isSymbolicLink() ? safeStat(full) : entry
      if (stat === undefined) {
        problems.push({
          sourcePath: toPosix(path.relative(root, full)),
          reason: "unreadable",
          detail: "This is a broken symlink."
        })
      } else if (stat.isDirectory()) {
        walk(full)
      } else if (stat.isFile()) {
        const format = formatByExtension[path.extname(entry.name).toLowerCase()]
        const sourcePath = toPosix(path.relative(root, full))
        if (format !== undefined) files.push({ sourcePath, absolutePath: full, format })
        else if (!entry.name.startsWith(".")) skipped.push(sourcePath)
      }
    }
  }
  walk(root)
  files.sort((a, b) => byPathBytes(a.sourcePath, b.sourcePath))
  skipped.sort(byPathBytes)
  return { files, problems, skipped }
}

const safeStat = (file: string): fs.Stats | undefined => {
  try {
    return fs.statSync(file)
  } catch {
    return undefined
  }
}

export type ReadResult =
  | { readonly _tag: "Loaded"; readonly input: LoadedInput }
  | { readonly _tag: "Problem"; readonly problem: InputProblem }

/** Reads one file, refusing one larger than `maxBytes` before reading it. */
export const readInput = (file: InputFile, maxBytes: number): ReadResult => {
  const problem = (reason: InputProblem["reason"], detail: string): ReadResult => ({
    _tag: "Problem",
    problem: { sourcePath: file.sourcePath, reason, detail }
  })
  try {
    const size = fs.statSync(file.absolutePath).size
    if (size > maxBytes) {
      return problem("too_large", `The file has ${size} bytes, more than the limit of ${maxBytes} (--max-bytes).`)
    }
    const bytes = fs.readFileSync(file.absolutePath)
    const contentSha256 = createHash("sha256").update(bytes).digest("hex")
    return { _tag: "Loaded", input: { ...file, bytes, contentSha256 } }
  } catch (error) {
    return problem("unreadable", `The file could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}).`)
  }
}
