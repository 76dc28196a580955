/**
 * Opens a report in headless Chromium (the system's, driven by
 * playwright-core, which downloads no browser of its own) and tells what a
 * reader would see: console errors, the marks each chart drew, the time to
 * load the page and draw every chart. Used by the tests and the bench.
 */
import * as fs from "node:fs"
import { pathToFileURL } from "node:url"
import { chromium } from "playwright-core"

/** The browser: `CHROMIUM_PATH`, else Debian's package. */
export const chromiumPath = (): string | null => {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]
  return candidates.find((file): file is string => file !== undefined && file !== "" && fs.existsSync(file)) ?? null
}

/**
 * Flags for a closed network: without the background-networking ones
 * Chromium keeps trying to reach Google's hosts.
 */
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
]

export interface OpenedReport {
  readonly consoleErrors: ReadonlyArray<string>
  /** Per chart element id, the number of data marks (SVG items under a `role-mark` group). */
  readonly chartMarks: Readonly<Record<string, number>>
  /** Milliseconds from navigation to every chart drawn. */
  readonly drawMs: number
  /**
   * CPU milliseconds the page's main thread and its renderer process spent
   * by then (Chromium's ThreadTime and ProcessTime metrics): unlike the wall
   * time, they hardly change when other work shares the cores.
   */
  readonly mainThreadCpuMs: number
  readonly rendererCpuMs: number
  /** Per document view, the kinds of its removed lines as marked in the page. */
  readonly removedKinds: Readonly<Record<string, ReadonlyArray<string>>>
  /** Requests for anything but the file itself (there should be none). */
  readonly otherRequests: ReadonlyArray<string>
}

export const openReport = async (
  file: string,
  options: { readonly screenshot?: string; readonly screenshotHeight?: number; readonly executablePath: string }
): Promise<OpenedReport> => {
  const browser = await chromium.launch({ executablePath: options.executablePath, args: LAUNCH_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const consoleErrors: Array<string> = []
    const otherRequests: Array<string> = []
    const url = pathToFileURL(file).href
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text())
    })
    page.on("pageerror", (error) => consoleErrors.push(error.message))
    page.on("request", (request) => {
      if (request.url() !== url) otherRequests.push(request.url())
    })
    const devtools = await page.context().newCDPSession(page)
    await devtools.send("Performance.enable")
    const started = performance.now()
    await page.goto(url, { waitUntil: "load" })
    await page.evaluate("window.chartsDrawn.then(() => true)")
    const drawMs = performance.now() - started
    const { metrics } = await devtools.send("Performance.getMetrics")
    const metric = (name: string) => 1000 * (metrics.find((entry) => entry.name === name)?.value ?? Number.NaN)
    const chartMarks = await page.evaluate(`Object.fromEntries([...document.querySelectorAll(".chart")].map((chart) =>
      [chart.id, chart.querySelectorAll("svg .role-mark > path, svg .role-mark > line, svg .role-mark > rect").length]))`)
    const removedKinds =
      await page.evaluate(`Object.fromEntries([...document.querySelectorAll("article.document")].map((view) =>
      [view.id, [...view.querySelectorAll("tr.removed .kind")].filter((badge) => badge.offsetParent !== null).map((badge) => badge.textContent)]))`)
    if (options.screenshot !== undefined) {
      const height = options.screenshotHeight ?? 900
      await page.screenshot({ path: options.screenshot, fullPage: true, clip: { x: 0, y: 0, width: 1280, height } })
    }
    return {
      consoleErrors,
      chartMarks: chartMarks as Record<string, number>,
      drawMs,
      mainThreadCpuMs: metric("ThreadTime"),
      rendererCpuMs: metric("ProcessTime"),
      removedKinds: removedKinds as Record<string, ReadonlyArray<string>>,
      otherRequests
    }
  } finally {
    await browser.close()
  }
}
