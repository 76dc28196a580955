/**
 * The inputs a previous run's cache holds, as columns outside the heap. A
 * rebuild of 426,000 small files held them as one object each (a path, a
 * digest, seven small objects of offsets: about 640 bytes of the main thread's
 * heap per input), which did not fit in its 512 MB beside the listing. Here an
 * input is a row: its path's UTF-8 bytes in one buffer, its sha256 as 32 bytes,
 * its numbers in typed arrays (about 170 bytes a row, none of them on the
 * heap), found by path through an open-addressing table of row numbers. A
 * `CachedInput` is made on demand, short-lived.
 */
import type { TableName } from "../schemas/Tables.ts"
import { tableNames } from "../schemas/Tables.ts"
import type { CachedCsv, CachedFile, CachedInput, CachedPlaces, CachedRows } from "./Process.ts"

/** The tables whose place in the previous CSV an input may have recorded (`CsvSplice.ts`). */
const CSV_TABLES: ReadonlyArray<TableName> = ["documents", "segments"]
const ROW_WIDTH = 3 * tableNames.length
const CSV_WIDTH = 2 * CSV_TABLES.length
const NO_REJECTS: ReadonlyArray<string> = Object.freeze([])
const SHA256 = /^[0-9a-f]{64}$/u

/** FNV-1a over the UTF-16 code units of a path. */
const hashOf = (text: string): number => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

const grown = <T extends Float64Array | Int32Array>(array: T, length: number): T => {
  const next = new (array.constructor as new (length: number) => T)(length)
  next.set(array)
  return next
}

export class CachedInputs {
  private count = 0
  private capacity: number
  private paths: Buffer
  private pathsUsed = 0
  /** Where each row's path starts in `paths`; row `r` ends where `r + 1` starts. */
  private pathAt: Float64Array
  private digests: Buffer
  private sizes: Float64Array
  /** NaN for a time not recorded (null). */
  private mtimes: Float64Array
  private documents: Float64Array
  /** Per row, per table: the rows' offset, bytes and count in the kept rows. */
  private rows: Float64Array
  /** Per row, per CSV table: the place's offset (NaN: none recorded) and bytes. */
  private csv: Float64Array
  /** The few rows with rejects. */
  private readonly rejects = new Map<number, ReadonlyArray<string>>()
  /** A recorded sha256 that is not 64 lowercase hex digits (kept as it was, as text). */
  private readonly oddDigests = new Map<number, string>()
  /** Row + 1 per slot, 0 when empty; its length a power of two, at least twice the rows. */
  private slots: Int32Array

  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity)
    this.paths = Buffer.allocUnsafe(this.capacity * 32)
    this.pathAt = new Float64Array(this.capacity + 1)
    this.digests = Buffer.alloc(this.capacity * 32)
    this.sizes = new Float64Array(this.capacity)
    this.mtimes = new Float64Array(this.capacity)
    this.documents = new Float64Array(this.capacity)
    this.rows = new Float64Array(this.capacity * ROW_WIDTH)
    this.csv = new Float64Array(this.capacity * CSV_WIDTH)
    this.slots = new Int32Array(this.slotsFor(this.capacity))
  }

  get size(): number {
    return this.count
  }

  private slotsFor(rows: number): number {
    let length = 32
    while (length < 2 * rows) length *= 2
    return length
  }

  private grow(rows: number): void {
    let capacity = this.capacity
    while (capacity < rows) capacity *= 2
    if (capacity === this.capacity) return
    this.capacity = capacity
    this.pathAt = grown(this.pathAt, capacity + 1)
    const digests = Buffer.alloc(capacity * 32)
    this.digests.copy(digests)
    this.digests = digests
    this.sizes = grown(this.sizes, capacity)
    this.mtimes = grown(this.mtimes, capacity)
    this.documents = grown(this.documents, capacity)
    this.rows = grown(this.rows, capacity * ROW_WIDTH)
    this.csv = grown(this.csv, capacity * CSV_WIDTH)
    this.slots = new Int32Array(this.slotsFor(capacity))
    for (let row = 0; row < this.count; row++) this.place(row, hashOf(this.pathOf(row)))
  }

  private place(row: number, hash: number): void {
    const mask = this.slots.length - 1
    let slot = hash & mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask
    this.slots[slot] = row + 1
  }

  private pathOf(row: number): string {
    return this.paths.toString("utf8", this.pathAt[row]!, this.pathAt[row + 1]!)
  }

  /** The row of a path, or -1. */
  rowOf(sourcePath: string): number {
    const mask = this.slots.length - 1
    for (let slot = hashOf(sourcePath) & mask; ; slot = (slot + 1) & mask) {
      const found = this.slots[slot]!
      if (found === 0) return -1
      const row = found - 1
      const length = this.pathAt[row + 1]! - this.pathAt[row]!
      // a path of this many UTF-8 bytes has at least a third as many code units, at most as many
      if (length >= sourcePath.length && length <= 3 * sourcePath.length && this.pathOf(row) === sourcePath) return row
    }
  }

  has(sourcePath: string): boolean {
    return this.rowOf(sourcePath) >= 0
  }

  get(sourcePath: string): CachedInput | undefined {
    const row = this.rowOf(sourcePath)
    return row < 0 ? undefined : this.entry(row)
  }

  /** A row's size as recorded. */
  bytes(row: number): number {
    return this.sizes[row]!
  }

  /** A row's modification time as recorded (null: not settled then). */
  mtime(row: number): number | null {
    const mtime = this.mtimes[row]!
    return Number.isNaN(mtime) ? null : mtime
  }

  /** What `processFile` reads of a row (no places): what a worker is sent. */
  file(row: number): CachedFile {
    const mtime = this.mtimes[row]!
    return {
      sha256:
        this.oddDigests.size > 0 && this.oddDigests.has(row)
          ? this.oddDigests.get(row)!
          : this.digests.toString("hex", row * 32, row * 32 + 32),
      bytes: this.sizes[row]!,
      mtime: Number.isNaN(mtime) ? null : mtime,
      documents: this.documents[row]!,
      rejects: this.rejects.get(row) ?? NO_REJECTS
    }
  }

  /** A row as the object the cache's index used to be read into. */
  entry(row: number): CachedInput {
    return { ...this.file(row), ...this.places(row) }
  }

  /** Where a row's rows are, in the kept rows and the previous CSV (what the table sink copies by). */
  places(row: number): CachedPlaces {
    const rows = {} as Record<TableName, CachedRows>
    const at = row * ROW_WIDTH
    for (const [index, table] of tableNames.entries())
      rows[table] = {
        at: this.rows[at + 3 * index]!,
        bytes: this.rows[at + 3 * index + 1]!,
        rows: this.rows[at + 3 * index + 2]!
      }
    const csv: Partial<Record<TableName, CachedCsv>> = {}
    const csvAt = row * CSV_WIDTH
    for (const [index, table] of CSV_TABLES.entries()) {
      const place = this.csv[csvAt + 2 * index]!
      if (!Number.isNaN(place)) csv[table] = { at: place, bytes: this.csv[csvAt + 2 * index + 1]! }
    }
    return { rows, csv }
  }

  /**
   * Adds an input (a path not added yet: a second one with the same path replaces
   * what the first recorded, as a map's `set` would). Only `documents` and
   * `segments` places in the CSV are kept.
   */
  set(sourcePath: string, input: CachedInput): void {
    const row = this.rowFor(sourcePath, input.sha256, input.bytes, input.mtime, input.documents, input.rejects)
    const at = row * ROW_WIDTH
    for (const [index, table] of tableNames.entries()) {
      const rows = input.rows[table]
      this.rows[at + 3 * index] = rows.at
      this.rows[at + 3 * index + 1] = rows.bytes
      this.rows[at + 3 * index + 2] = rows.rows
    }
    const csvAt = row * CSV_WIDTH
    for (const [index, table] of CSV_TABLES.entries()) {
      const place = input.csv[table]
      this.csv[csvAt + 2 * index] = place === undefined ? Number.NaN : place.at
      this.csv[csvAt + 2 * index + 1] = place === undefined ? 0 : place.bytes
    }
  }

  /**
   * `set` from numbers, without an input's objects (the cache index's reader, one call per
   * input): `rows` holds per table, in `tableNames`' order, the rows' offset, bytes and count;
   * `csv` per CSV table (documents, segments) the place's offset (null or NaN: none) and bytes.
   */
  setNumbers(
    sourcePath: string,
    sha256: string,
    bytes: number,
    mtime: number | null,
    documents: number,
    rejects: ReadonlyArray<string>,
    rows: ArrayLike<number>,
    csv: ArrayLike<number | null>
  ): void {
    const row = this.rowFor(sourcePath, sha256, bytes, mtime, documents, rejects)
    const at = row * ROW_WIDTH
    for (let index = 0; index < ROW_WIDTH; index++) this.rows[at + index] = rows[index]!
    const csvAt = row * CSV_WIDTH
    for (let index = 0; index < CSV_WIDTH; index += 2) {
      const place = csv[index]
      const none = place === null || place === undefined || Number.isNaN(place)
      this.csv[csvAt + index] = none ? Number.NaN : place
      this.csv[csvAt + index + 1] = none ? 0 : csv[index + 1]!
    }
  }

  /** The row of a path, added when new, with the input's digest and counts written. */
  private rowFor(
    sourcePath: string,
    sha256: string,
    bytes: number,
    mtime: number | null,
    documents: number,
    rejects: ReadonlyArray<string>
  ): number {
    let row = this.rowOf(sourcePath)
    if (row < 0) {
      this.grow(this.count + 1)
      row = this.count++
      const length = Buffer.byteLength(sourcePath)
      if (this.pathsUsed + length > this.paths.length) {
        let size = this.paths.length * 2
        while (size < this.pathsUsed + length) size *= 2
        const paths = Buffer.allocUnsafe(size)
        this.paths.copy(paths, 0, 0, this.pathsUsed)
        this.paths = paths
      }
      this.paths.write(sourcePath, this.pathsUsed, "utf8")
      this.pathAt[row] = this.pathsUsed
      this.pathsUsed += length
      this.pathAt[row + 1] = this.pathsUsed
      this.place(row, hashOf(sourcePath))
    }
    if (SHA256.test(sha256)) {
      this.digests.write(sha256, row * 32, 32, "hex")
      this.oddDigests.delete(row)
    } else this.oddDigests.set(row, sha256)
    this.sizes[row] = bytes
    this.mtimes[row] = mtime === null ? Number.NaN : mtime
    this.documents[row] = documents
    if (rejects.length > 0) this.rejects.set(row, rejects)
    else this.rejects.delete(row)
    return row
  }
}
