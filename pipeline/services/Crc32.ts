/**
 * CRC-32 (zlib's, as `zlib.crc32` computes it) of two pieces joined, from the
 * CRC of each and the second's length, without their bytes: zlib's
 * `crc32_combine` (multiplication modulo the polynomial, x^(8·len) from a
 * table of x^(2^n)), which Node does not expose. A rebuild takes the CRC of a
 * copied range once and adds it both to the file it writes and to the file it
 * reads (whose recorded CRC it checks), instead of running over the bytes twice.
 */
import * as fs from "node:fs"
import * as zlib from "node:zlib"

const POLY = 0xedb88320

/** a·b modulo the CRC polynomial, both reflected (bit 31 is x^0). */
const multiplyModP = (a: number, b: number): number => {
  let m = 0x80000000
  let product = 0
  for (;;) {
    if ((a & m) !== 0) {
      product ^= b
      if ((a & (m - 1)) === 0) break
    }
    m >>>= 1
    b = (b & 1) !== 0 ? (b >>> 1) ^ POLY : b >>> 1
  }
  return product >>> 0
}

/** x^(2^n) modulo the polynomial, n = 0..31. */
const powers = (() => {
  const table = new Array<number>(32)
  let p = 0x40000000 // x^1
  table[0] = p
  for (let n = 1; n < 32; n++) {
    p = multiplyModP(p, p)
    table[n] = p
  }
  return table
})()

/** x^(n·2^k) modulo the polynomial. */
const powerModP = (n: number, k: number): number => {
  let p = 0x80000000 // x^0
  while (n > 0) {
    if (n % 2 === 1) p = multiplyModP(powers[k & 31]!, p)
    n = Math.floor(n / 2)
    k++
  }
  return p
}

/** The CRC-32 of A followed by B, given CRC-32(A), CRC-32(B) and B's length in bytes. */
export const crc32Combine = (crcA: number, crcB: number, lengthB: number): number =>
  lengthB === 0 ? crcA >>> 0 : (multiplyModP(powerModP(lengthB, 3), crcA >>> 0) ^ crcB) >>> 0

/**
 * The CRC-32 of a whole file that copies read in pieces: the copied pieces' CRCs (taken once, for
 * the file they are copied to as well) combined in, the bytes between them read for it. Copies come
 * in file order (reused inputs are in input order in both runs); should one go back, `whole` reads
 * the file again from its start. Used on a previous run's kept rows and CSV tables, whose recorded
 * CRC-32 a rebuild checks without reading them whole beforehand.
 */
export class FileCrc {
  /** The bytes [0, read) are in `crc`. */
  private read = 0
  private crc = 0
  private inOrder = true
  constructor(
    private readonly fd: number,
    /** The buffer to read the bytes between copies with (not one a copy is using at the time). */
    private readonly buffer: () => Buffer
  ) {}
  /** Takes the bytes before `position` into the CRC; false when they were passed already. */
  private advanceTo(position: number): boolean {
    if (!this.inOrder || position < this.read) {
      this.inOrder = false
      return false
    }
    const buffer = this.buffer()
    while (this.read < position) {
      const read = fs.readSync(this.fd, buffer, 0, Math.min(buffer.length, position - this.read), this.read)
      if (read === 0) break
      this.crc = zlib.crc32(buffer.subarray(0, read), this.crc)
      this.read += read
    }
    return this.read === position
  }
  /** Before a copy from `position`: true when the copied pieces' CRCs are to be `taken`. */
  startCopy(position: number): boolean {
    return this.advanceTo(position)
  }
  /** A copied piece's CRC, read from where the last one ended. */
  taken(crc: number, length: number): void {
    this.crc = crc32Combine(this.crc, crc, length)
    this.read += length
  }
  /** The whole file's CRC-32 (what no copy read is read now). */
  whole(): number {
    if (!this.inOrder) {
      this.read = 0
      this.crc = 0
      this.inOrder = true
    }
    this.advanceTo(fs.fstatSync(this.fd).size)
    return this.crc
  }
}
