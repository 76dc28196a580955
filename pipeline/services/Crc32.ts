/**
 * CRC-32 (zlib's, as `zlib.crc32` computes it) of two pieces joined, from the
 * CRC of each and the second's length, without their bytes: zlib's
 * `crc32_combine` (multiplication modulo the polynomial, x^(8·len) from a
 * table of x^(2^n)), which Node does not expose. A rebuild takes the CRC of a
 * copied range once and adds it both to the file it writes and to the file it
 * reads (whose recorded CRC it checks), instead of running over the bytes twice.
 */

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
