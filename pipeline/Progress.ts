/**
 * Progress on stderr: a line redrawn in place when stderr is a terminal, a
 * plain line every few seconds when it is not, nothing with `--quiet` or for a
 * run that ends within a moment.
 */
export interface Progress {
  readonly tick: (documents: number, bytes: number) => void
  readonly done: () => void
}

const FIRST_REPORT_MS = 1_000
const BAR_WIDTH = 24

/** `[██████░░░░░░]  50%` */
export const bar = (share: number): string => {
  const filled = Math.round(Math.min(1, Math.max(0, share)) * BAR_WIDTH)
  return `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`
}

export const makeProgress = (total: number, quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress => {
  if (quiet) return { tick: () => {}, done: () => {} }
  const started = Date.now()
  const interval = stream.isTTY ? 250 : 5_000
  let last = started
  let drawn = false
  const tick = (documents: number, bytes: number): void => {
    const now = Date.now()
    if (now - started < FIRST_REPORT_MS || now - last < interval) return
    last = now
    const seconds = (now - started) / 1000
    const rate = bytes / 1e6 / seconds
    const eta = documents > 0 ? ((total - documents) * seconds) / documents : 0
    const line = `tinsach: ${documents}/${total} documents, ${rate.toFixed(1)} MB/s, ETA ${eta.toFixed(0)} s`
    if (stream.isTTY) {
      stream.write(`\r${bar(documents / Math.max(1, total))} ${line}\u001b[K`)
      drawn = true
    } else {
      stream.write(`${line}\n`)
    }
  }
  const done = (): void => {
    if (drawn) stream.write("\r\u001b[K")
  }
  return { tick, done }
}
