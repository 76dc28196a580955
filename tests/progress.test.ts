import { describe, expect, it, vi } from "@effect/vitest"
import { bar, makeProgress } from "../pipeline/Progress.ts"

const fakeStream = (isTTY: boolean) => {
  const written: Array<string> = []
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream }
}

describe("progress", () => {
  it("redraws a bar with documents, MB/s and ETA in place on a terminal", () => {
    vi.useFakeTimers()
    const { written, stream } = fakeStream(true)
    const progress = makeProgress(100, false, stream)
    progress.tick(10, 1e6)
    expect(written).toEqual([]) // nothing within the first second
    vi.advanceTimersByTime(2_000)
    progress.tick(50, 4e6)
    expect(written).toHaveLength(1)
    expect(written[0]).toMatch(/^\r\[█{12}░{12}\] {2}50% tinsach: 50\/100 documents, 2\.0 MB\/s, ETA 2 s/u)
    progress.done()
    expect(written.at(-1)).toBe("\r\u001b[K")
    vi.useRealTimers()
  })

  it("writes a plain line every few seconds when stderr is not a terminal, and nothing when quiet", () => {
    vi.useFakeTimers()
    const plain = fakeStream(false)
    const progress = makeProgress(10, false, plain.stream)
    for (let second = 1; second <= 12; second++) {
      vi.advanceTimersByTime(1_000)
      progress.tick(second, second * 1e6)
    }
    expect(plain.written.length).toBeGreaterThanOrEqual(2)
    expect(plain.written.every((line) => line.startsWith("tinsach: ") && line.endsWith("\n"))).toBe(true)
    const quiet = fakeStream(false)
    const silent = makeProgress(10, true, quiet.stream)
    vi.advanceTimersByTime(10_000)
    silent.tick(5, 1e6)
    expect(quiet.written).toEqual([])
    vi.useRealTimers()
  })

  it("draws the bar's share", () => {
    expect(bar(0)).toBe(`[${"░".repeat(24)}]   0%`)
    expect(bar(1)).toBe(`[${"█".repeat(24)}] 100%`)
  })
})
