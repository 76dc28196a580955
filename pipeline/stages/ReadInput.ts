/**
 * Finds the inputs under each `--input` root, sorted by `source_path` (as UTF-8
 * bytes), and reads one file's bytes.
 *
 * - Names are read as bytes: a name that is not UTF-8 is still read, and its
 *   `source_path` escapes what is not text (see `escapeName`), so two such names
 *   never collapse into one.
 * - Symlinked folders inside the root are followed once (a loop is cut, not
 *   followed forever). A symlink whose target lies outside the root is not
 *   followed (it could pull `/etc` or a secret into the output) but listed as
 *   skipped, unless `followSymlinks` says so.
 * - A file is opened without blocking and checked to be a regular file before
 *   it is read: a FIFO or a device (met at listing or put in a file's place
 *   after it) is a problem, never a read that waits for ever.
 * - A file that cannot be read is a problem, not a crash.
 */
import { hash } from "node:crypto"
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
  /** Symlinks whose target lies outside the root: listed, not followed. */
  readonly skippedSymlinks: ReadonlyArray<string>
}

export interface ListOptions {
  /** Follow symlinks whose target lies outside the root (`--follow-symlinks`). */
  readonly followSymlinks?: boolean
  /** Put before every `source_path` of this root, to tell roots apart (see `rootLabels`). */
  readonly label?: string | null
}

/**
 * The order of a run: `source_path`s compared as UTF-8 bytes, the order DuckDB
 * sorts text in, so that merged shards come out in the order of one run.
 */
export const byPathBytes = (a: string, b: string): number => {
  // Code units below the surrogates are code points whose UTF-8 bytes sort as they do: only a
  // difference at a surrogate or above (or a prefix ending on a high surrogate) is encoded.
  const common = Math.min(a.length, b.length)
  for (let i = 0; i < common; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return x < 0xd800 && y < 0xd800 ? (x < y ? -1 : 1) : Buffer.compare(Buffer.from(a), Buffer.from(b))
  }
  if (a.length === b.length) return 0
  const last = common === 0 ? 0 : a.charCodeAt(common - 1)
  if (last >= 0xd800 && last <= 0xdbff) return Buffer.compare(Buffer.from(a), Buffer.from(b))
  return a.length < b.length ? -1 : 1
}

const hex = (byte: number): string => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`

/** The code point of a well-formed UTF-8 sequence at `i` and its length, or null. */
const utf8At = (bytes: Uint8Array, i: number): { readonly codePoint: number; readonly length: number } | null => {
  const lead = bytes[i]!
  const length =
    lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
  if (length === 0 || i + length > bytes.length) return null
  let codePoint = lead & (0xff >> (length + 1))
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k]!
    if ((next & 0xc0) !== 0x80) return null
    codePoint = (codePoint << 6) | (next & 0x3f)
  }
  const shortest = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000
  if (codePoint < shortest || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return null
  return { codePoint, length }
}

/**
 * A file or folder name as it appears in `source_path`: its UTF-8 text, with
 * `%` written `%25`, `#` written `%23` (a `#N` suffix is a record's number, so a
 * file named `a.csv#2` must not read as record 2 of `a.csv`), control
 * characters and every byte that is not part of well-formed UTF-8 written `%XX`
 * (`b\xe0i.txt` is `b%E0i.txt`). Distinct names give distinct escapes.
 */
export const escapeName = (name: Uint8Array): string => {
  let escaped = ""
  for (let i = 0; i < name.length; ) {
    const byte = name[i]!
    if (byte < 0x80) {
      escaped += byte < 0x20 || byte === 0x7f || byte === 0x25 || byte === 0x23 ? hex(byte) : String.fromCharCode(byte)
      i++
      continue
    }
    const char = utf8At(name, i)
    if (char === null) {
      escaped += hex(byte)
      i++
    } else {
      escaped += String.fromCodePoint(char.codePoint)
      i += char.length
    }
  }
  return escaped
}

/** The bytes of a name `escapeName` wrote: its inverse. */
export const unescapeName = (escaped: string): Buffer => {
  if (!escaped.includes("%")) return Buffer.from(escaped)
  const parts: Array<Buffer> = []
  let start = 0
  for (let at = escaped.indexOf("%"); at >= 0; at = escaped.indexOf("%", start)) {
    parts.push(Buffer.from(escaped.slice(start, at)), Buffer.from([Number.parseInt(escaped.slice(at + 1, at + 3), 16)]))
    start = at + 3
  }
  parts.push(Buffer.from(escaped.slice(start)))
  return Buffer.concat(parts)
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true })

/** A path as Node takes it: a string when the bytes are UTF-8, the bytes themselves when not. */
const nodePath = (bytes: Buffer): string | Buffer => {
  try {
    return utf8Strict.decode(bytes)
  } catch {
    return bytes
  }
}

const joinBytes = (directory: Buffer, name: Buffer): Buffer => Buffer.concat([directory, Buffer.from(path.sep), name])

/** Is `target` the folder `root` or inside it (both real paths, as bytes)? */
const isInside = (target: Buffer, root: Buffer): boolean => {
  if (target.equals(root)) return true
  const prefix = root.at(-1) === 0x2f ? root : Buffer.concat([root, Buffer.from(path.sep)])
  return target.length > prefix.length && target.subarray(0, prefix.length).equals(prefix)
}

/**
 * With more than one `--input` root, the `source_path`s of each root start with
 * the root's last folder names, as few as tell the roots apart (`one/news`,
 * `two/news`): two roots holding the same relative path give distinct rows.
 * With one root, none (the contract's path relative to its root).
 */
export const rootLabels = (roots: ReadonlyArray<string>): ReadonlyArray<string | null> => {
  if (roots.length < 2) return roots.map(() => null)
  const parts = roots.map((root) =>
    path
      .resolve(root)
      .split(path.sep)
      .filter((part) => part.length > 0)
      .map((part) => escapeName(Buffer.from(part)))
  )
  const distinct = new Set(parts.map((p) => p.join("/"))).size
  const longest = Math.max(...parts.map((p) => p.length))
  for (let k = 1; ; k++) {
    const labels = parts.map((p) => p.slice(-k).join("/") || "root")
    if (new Set(labels).size === distinct || k >= longest) return labels
  }
}

const withLabel = (label: string | null | undefined, relative: string): string =>
  label === null || label === undefined ? relative : relative === "" ? label : `${label}/${relative}`

const kindOf = (stat: fs.Stats): string =>
  stat.isFIFO()
    ? "a FIFO (named pipe)"
    : stat.isSocket()
      ? "a socket"
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? "a device"
        : "not a regular file"

const formatCodes: ReadonlyArray<InputFormat> = ["txt", "html", "csv", "jsonl"]

/**
 * Where a listed file is: a folder (its bytes, the name following from the
 * file's `source_path`), or the whole path of a root that is a file.
 */
interface Place {
  readonly folder: Buffer | null
  /** The folder as Node takes it (`nodePath`), or the whole path of a file root. */
  readonly path: string | Buffer
}

/**
 * Listed input files, compact: a crawl lists hundreds of thousands, and an
 * object with two paths each (`InputFile`) took about 230 bytes of the main
 * thread's heap per file. Here a file is its `source_path` (a string), its
 * format (a byte) and its folder's number (four bytes): its absolute path is
 * the folder's and its name, the last part of `source_path` unescaped
 * (`unescapeName`), made when it is read (`file`).
 */
export class InputList implements Iterable<InputFile> {
  constructor(
    private readonly paths: ReadonlyArray<string>,
    private readonly formats: Uint8Array,
    private readonly placeOf: Int32Array,
    private readonly places: ReadonlyArray<Place>
  ) {}

  static readonly empty = new InputList([], new Uint8Array(0), new Int32Array(0), [])

  get length(): number {
    return this.paths.length
  }

  sourcePath(index: number): string {
    return this.paths[index]!
  }

  /** The path as listing always gave it: a string, or the bytes of a name that is not UTF-8. */
  absolutePath(index: number): string | Buffer {
    const place = this.places[this.placeOf[index]!]!
    if (place.folder === null) return place.path
    const sourcePath = this.paths[index]!
    const name = sourcePath.slice(sourcePath.lastIndexOf("/") + 1)
    // no escape in the name and a UTF-8 folder: the name's text is its bytes' (`escapeName`)
    if (typeof place.path === "string" && !name.includes("%")) return `${place.path}${path.sep}${name}`
    return nodePath(joinBytes(place.folder, unescapeName(name)))
  }

  file(index: number): InputFile {
    return {
      sourcePath: this.paths[index]!,
      absolutePath: this.absolutePath(index),
      format: formatCodes[this.formats[index]!]!
    }
  }

  *[Symbol.iterator](): Iterator<InputFile> {
    for (let index = 0; index < this.paths.length; index++) yield this.file(index)
  }

  /** The files whose `source_path` is kept, in order. */
  filter(keep: (sourcePath: string) => boolean): InputList {
    const kept: Array<number> = []
    for (let index = 0; index < this.paths.length; index++) if (keep(this.paths[index]!)) kept.push(index)
    if (kept.length === this.paths.length) return this
    return new InputList(
      kept.map((index) => this.paths[index]!),
      Uint8Array.from(kept, (index) => this.formats[index]!),
      Int32Array.from(kept, (index) => this.placeOf[index]!),
      this.places
    )
  }

  /** These files, then those of `other` (another root's). */
  concat(other: InputList): InputList {
    if (other.length === 0) return this
    if (this.length === 0) return other
    const paths = [...this.paths]
    for (const sourcePath of other.paths) paths.push(sourcePath)
    const formats = new Uint8Array(this.length + other.length)
    formats.set(this.formats)
    formats.set(other.formats, this.length)
    const placeOf = new Int32Array(this.length + other.length)
    placeOf.set(this.placeOf)
    for (let index = 0; index < other.length; index++)
      placeOf[this.length + index] = other.placeOf[index]! + this.places.length
    return new InputList(paths, formats, placeOf, [...this.places, ...other.places])
  }

  toArray(): Array<InputFile> {
    return [...this]
  }
}

export interface InputListing extends Omit<Listing, "files"> {
  readonly files: InputList
}

/** Lists the input files below one root (a file or a folder), sorted by `source_path`. */
export const listInputs = (root: string, options: ListOptions = {}): Listing => {
  const listing = listInputFiles(root, options)
  return { ...listing, files: listing.files.toArray() }
}

/** `listInputs`, its files compact (`InputList`). */
export const listInputFiles = (root: string, options: ListOptions = {}): InputListing => {
  const paths: Array<string> = []
  const formats: Array<number> = []
  const placeOf: Array<number> = []
  const places: Array<Place> = []
  const problems: Array<InputProblem> = []
  const skipped: Array<string> = []
  const skippedSymlinks: Array<string> = []
  const label = options.label
  const rootStat = fs.statSync(root)
  if (!rootStat.isDirectory()) {
    const format = formatByExtension[path.extname(root).toLowerCase()]
    const sourcePath = label ?? escapeName(Buffer.from(path.basename(root)))
    const files = new InputList([sourcePath], Uint8Array.of(formatCodes.indexOf(format ?? "txt")), Int32Array.of(0), [
      { folder: null, path: path.resolve(root) }
    ])
    return { files, problems, skipped, skippedSymlinks }
  }
  const rootBytes = Buffer.from(root)
  const realRoot = fs.realpathSync.native(rootBytes, { encoding: "buffer" })
  const visited = new Set<string>()
  const walk = (directory: Buffer, relative: ReadonlyArray<string>): void => {
    const sourcePathOf = (name?: Buffer) =>
      withLabel(label, [...relative, ...(name ? [escapeName(name)] : [])].join("/"))
    const real = fs.realpathSync.native(directory, { encoding: "buffer" })
    if (visited.has(real.toString("latin1"))) {
      problems.push({
        sourcePath: sourcePathOf(),
        reason: "unreadable",
        detail: "This folder links back to a folder already read (a symlink loop), so it was read once only."
      })
      return
    }
    visited.add(real.toString("latin1"))
    let entries: Array<fs.Dirent<Buffer>>
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true, encoding: "buffer" })
    } catch (error) {
      problems.push({
        sourcePath: sourcePathOf(),
        reason: "unreadable",
        detail: `The folder could not be listed (${(error as NodeJS.ErrnoException).code ?? "error"}).`
      })
      return
    }
    /** This folder's number in `places`, once it holds a file. */
    let place = -1
    for (const entry of entries.sort((a, b) => Buffer.compare(a.name, b.name))) {
      const full = joinBytes(directory, entry.name)
      const sourcePath = sourcePathOf(entry.name)
      const name = escapeName(entry.name)
      // a FIFO, a device, or a type the file system did not tell (DT_UNKNOWN): ask stat
      const stat: fs.Stats | fs.Dirent<Buffer> | undefined =
        entry.isFile() || entry.isDirectory() ? entry : safeStat(full)
      if (entry.isSymbolicLink()) {
        const target = stat === undefined ? undefined : safeRealPath(full)
        if (target !== undefined && !options.followSymlinks && !isInside(target, realRoot)) {
          skippedSymlinks.push(sourcePath)
          continue
        }
      }
      if (stat === undefined) {
        const detail = entry.isSymbolicLink()
          ? "This is a broken symlink."
          : "The file vanished while the folder was listed."
        problems.push({ sourcePath, reason: "unreadable", detail })
      } else if (stat.isDirectory()) {
        walk(full, [...relative, name])
      } else {
        const format = formatByExtension[path.extname(entry.name.toString("latin1")).toLowerCase()]
        if (format === undefined) {
          if (!name.startsWith(".")) skipped.push(sourcePath)
        } else if (stat.isFile()) {
          if (place < 0) {
            place = places.length
            places.push({ folder: directory, path: nodePath(directory) })
          }
          paths.push(sourcePath)
          formats.push(formatCodes.indexOf(format))
          placeOf.push(place)
        } else if (stat instanceof fs.Stats) {
          problems.push(notRegular(sourcePath, stat))
        }
      }
    }
  }
  walk(rootBytes, [])
  const order = Array.from(paths, (_, index) => index).sort((a, b) => byPathBytes(paths[a]!, paths[b]!))
  const files = new InputList(
    order.map((index) => paths[index]!),
    Uint8Array.from(order, (index) => formats[index]!),
    Int32Array.from(order, (index) => placeOf[index]!),
    places
  )
  skipped.sort(byPathBytes)
  skippedSymlinks.sort(byPathBytes)
  return { files, problems, skipped, skippedSymlinks }
}

const notRegular = (sourcePath: string, stat: fs.Stats): InputProblem => ({
  sourcePath,
  reason: "unreadable",
  detail: `This is ${kindOf(stat)}, not a regular file, so it was not read.`
})

const safeStat = (file: Buffer): fs.Stats | undefined => {
  try {
    return fs.statSync(file)
  } catch {
    return undefined
  }
}

const safeRealPath = (file: Buffer): Buffer | undefined => {
  try {
    return fs.realpathSync.native(file, { encoding: "buffer" })
  } catch {
    return undefined
  }
}

export type ReadResult =
  | {
      readonly _tag: "Loaded"
      readonly input: LoadedInput
      /** The file's modification time (ms) as its descriptor's `fstat` gave it before the read. */
      readonly mtimeMs: number
    }
  | { readonly _tag: "Problem"; readonly problem: InputProblem }

/** The most `readSync` is asked for at once; a larger file is read by `readFileSync` (its own limit and error). */
const MAX_DIRECT_READ = 2 ** 30

/**
 * The bytes of an open regular file of `size` bytes (its `fstat`), as `fs.readFileSync(descriptor)`
 * reads them (up to `size`, fewer if it shrank), without the second `fstat` that one takes. A size of
 * 0 (a file that does not tell its size) is read by `readFileSync`, in chunks to its end.
 */
const readOpen = (descriptor: number, size: number): Buffer => {
  if (size === 0 || size > MAX_DIRECT_READ) return fs.readFileSync(descriptor)
  const buffer = Buffer.allocUnsafe(size)
  let at = 0
  while (at < size) {
    const read = fs.readSync(descriptor, buffer, at, size - at, null)
    if (read === 0) break
    at += read
  }
  return at < size ? buffer.subarray(0, at) : buffer
}

/**
 * Reads one file, refusing one larger than `maxBytes` before reading it. The
 * file is opened with `O_NONBLOCK` and checked with `fstat` on that very
 * descriptor, so a FIFO or a device put in its place after the listing is
 * refused, not waited on.
 */
export const readInput = (file: InputFile, maxBytes: number): ReadResult => {
  const problem = (reason: InputProblem["reason"], detail: string): ReadResult => ({
    _tag: "Problem",
    problem: { sourcePath: file.sourcePath, reason, detail }
  })
  let descriptor: number | undefined
  try {
    // a Buffer sent to a worker thread arrives as a plain Uint8Array
    const where = typeof file.absolutePath === "string" ? file.absolutePath : Buffer.from(file.absolutePath)
    descriptor = fs.openSync(where, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)
    const stat = fs.fstatSync(descriptor)
    if (!stat.isFile()) return { _tag: "Problem", problem: notRegular(file.sourcePath, stat) }
    if (stat.size > maxBytes) {
      return problem("too_large", `The file has ${stat.size} bytes, more than the limit of ${maxBytes} (--max-bytes).`)
    }
    const bytes = readOpen(descriptor, stat.size)
    // one native call (`crypto.hash`), the digest `createHash("sha256").update(bytes).digest("hex")` gives
    const contentSha256 = hash("sha256", bytes, "hex")
    return { _tag: "Loaded", input: { ...file, bytes, contentSha256 }, mtimeMs: stat.mtimeMs }
  } catch (error) {
    return problem("unreadable", `The file could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}).`)
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor)
  }
}
