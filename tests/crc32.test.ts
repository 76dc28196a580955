/**
 * The CRC-32 of a rebuild's copies taken once for two files (`Crc32.ts`,
 * `KeptRows` in `StagingRows.ts`): zlib's crc32_combine gives zlib's CRC of
 * the pieces joined, and a kept file read by copies in order, out of order or
 * not at all is checked against the CRC-32 of all its bytes.
 */
import * as crypto from "node:crypto"
import * as fs from "node:fs"
import * as path from "node:path"
import * as zlib from "node:zlib"
import { describe, expect, it } from "@effect/vitest"
import { crc32Combine } from "../pipeline/services/Crc32.ts"
import { KeptRows, openStagingRows } from "../pipeline/services/StagingRows.ts"
import { temporaryDir } from "./support/pipeline.ts"

describe("crc32Combine", () => {
  it("gives zlib's CRC-32 of two pieces joined, at every cut", () => {
    for (let round = 0; round < 500; round++) {
      const bytes = crypto.randomBytes(Math.floor(Math.random() * 3000))
      const cut = Math.floor(Math.random() * (bytes.length + 1))
      const [a, b] = [bytes.subarray(0, cut), bytes.subarray(cut)]
      expect(crc32Combine(zlib.crc32(a), zlib.crc32(b), b.length)).toBe(zlib.crc32(bytes))
    }
    // a piece longer than 2^31 bytes (its length is not taken as a 32-bit integer): zeros, streamed
    const big = 2 ** 31 + 12_345
    const zerosFrom = (start: number) => {
      let crc = start
      const block = Buffer.alloc(1 << 24)
      for (let done = 0; done < big; done += block.length)
        crc = zlib.crc32(block.subarray(0, Math.min(block.length, big - done)), crc)
      return crc
    }
    const head = zlib.crc32("head")
    expect(crc32Combine(head, zerosFrom(0), big)).toBe(zerosFrom(head))
  }, 60_000)
})

describe("KeptRows", () => {
  const folder = temporaryDir("tinsach-kept-rows-")
  const previous = path.join(folder, "previous.jsonl")
  const bytes = crypto.randomBytes(10 * 1024 * 1024 + 17)
  fs.writeFileSync(previous, bytes)
  const recorded = { bytes: bytes.length, crc: zlib.crc32(bytes) }

  /** Copies the ranges into a new staging file; its bytes and CRC, and whether the previous file checks. */
  const copyRanges = (ranges: ReadonlyArray<readonly [number, number]>, file = previous, expected = recorded) => {
    const kept = new KeptRows(file, expected)
    const target = openStagingRows(path.join(folder, `copy-${Math.random()}.jsonl`))
    try {
      for (const [at, length] of ranges) target.copy(kept, at, length)
      target.keep()
      const written = fs.readFileSync(target.file)
      return { written, crc: target.crc(), checks: kept.check() }
    } finally {
      kept.close()
      target.remove()
    }
  }
  const expectedOf = (ranges: ReadonlyArray<readonly [number, number]>) =>
    Buffer.concat(ranges.map(([at, length]) => bytes.subarray(at, at + length)))

  it("copies in order, with gaps, and checks the whole file", () => {
    for (const ranges of [
      [],
      [[0, bytes.length]],
      [
        [5, 100],
        [4_194_000, 5_000_000],
        [9_999_999, 300]
      ],
      [
        [0, 1],
        [1, 1],
        [bytes.length - 1, 1]
      ]
    ] as const) {
      const copied = copyRanges(ranges)
      const expected = expectedOf(ranges)
      expect(copied.written.equals(expected)).toBe(true)
      expect(copied.crc).toBe(zlib.crc32(expected))
      expect(copied.checks).toBe(true)
    }
  })

  it("copies out of order and still checks the whole file", () => {
    const ranges = [
      [6_000_000, 10],
      [100, 4_000_000]
    ] as const
    const copied = copyRanges(ranges)
    expect(copied.crc).toBe(zlib.crc32(expectedOf(ranges)))
    expect(copied.checks).toBe(true)
  })

  it("finds a byte altered inside a copied range, in a gap, or a file of another size", () => {
    for (const at of [150, 7_000_000, bytes.length - 1]) {
      const altered = Buffer.from(bytes)
      altered[at] = altered[at]! ^ 1
      const file = path.join(folder, `altered-${at}.jsonl`)
      fs.writeFileSync(file, altered)
      expect(
        copyRanges(
          [
            [100, 100],
            [4_194_000, 1_000_000]
          ],
          file
        ).checks
      ).toBe(false)
    }
    const shorter = path.join(folder, "shorter.jsonl")
    fs.writeFileSync(shorter, bytes.subarray(0, bytes.length - 1))
    expect(copyRanges([[0, 10]], shorter).checks).toBe(false)
  })
})
