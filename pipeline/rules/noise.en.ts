/**
 * English noise vocabulary: UI strings that CMS templates leave in English even
 * on Vietnamese and French pages (`Comment (0)`), and English editions.
 */
import type { NoiseRuleInput } from "../../schemas/Rules.ts"

export const englishNoiseRules: ReadonlyArray<NoiseRuleInput> = [
  {
    id: "en.comment.counter",
    certain: true,
    lang: "en",
    kind: "comment",
    pattern: String.raw`^(?:\d+\s+)?Comments?\s*(?:\(\d+\))?$`,
    caseInsensitive: true,
    note: "Comment counters (`Comment (0)`, `12 comments`), left in English by the templates of many outlets."
  },
  {
    id: "en.related.header",
    lang: "en",
    kind: "related",
    pattern: String.raw`^(?:Related(?:\s+(?:news|articles|stories|posts|content))?|Read (?:more|also|next)|See also|More (?:news|stories)|You may also like|Latest news|Most read|Top stories)(?:\s*(?::|>>|»)\s*.*)?$`,
    caseInsensitive: true,
    note: "Related-news headers of English pages and templates."
  },
  {
    id: "en.ticker.now-playing",
    lang: "en",
    kind: "ticker",
    pattern: String.raw`^(?:Now playing|Up next|Autoplay|Watch now|Watch live|Live)$`,
    caseInsensitive: true,
    note: "Video-player widget labels."
  },
  {
    id: "en.ticker.player-fallback",
    lang: "en",
    kind: "ticker",
    pattern: String.raw`^Your browser does(?: not|n['’]t) support (?:the )?(?:HTML5|(?:HTML5 )?(?:audio|video)(?: element| tag| player)?)\.?$`,
    caseInsensitive: true,
    certain: true,
    note: "The fallback text an <audio> or <video> player prints where the browser cannot play it (the usual template text, kept by text scrapers: Vietbao's read-aloud player, VOA's `Your browser doesn’t support HTML5`); a player widget, never the article."
  },
  {
    id: "en.ticker.relative-time",
    lang: "en",
    kind: "ticker",
    pattern: String.raw`^\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$`,
    caseInsensitive: true,
    note: "A relative time on its own line (`2 hours ago`): the age of a playlist or most-recent item split from its headline (`ticker`, as vi.ticker.relative-time)."
  },
  {
    id: "en.ticker.playlist-item",
    lang: "en",
    kind: "ticker",
    pattern: String.raw`^.{3,160}\s\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$`,
    caseInsensitive: true,
    note: "A playlist or ticker item ending with a relative time."
  },
  {
    id: "en.byline.by",
    lang: "en",
    kind: "byline",
    pattern: String.raw`^By\s+(?<author>\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})(?:\s*[,|–-]\s*.{0,60})?$`,
    note: "An author line (`By Jane Doe, Hanoi`)."
  },
  {
    id: "en.source.attribution",
    lang: "en",
    kind: "source",
    pattern: String.raw`^(?:Source\s*:|According to)\s+(?<outlet>[\p{Lu}\d][^.,;:!?]{0,40})$`,
    note: "A source attribution line (`Source: VNA`)."
  },
  {
    id: "en.ui.label",
    certain: true,
    lang: "en",
    kind: "ui",
    pattern: String.raw`^(?:Share|Print|Home|Menu|Sign in|Log in|Subscribe|Follow us|Back to top|Close|Read more|Listen|Font size)\s*:?$`,
    caseInsensitive: true,
    note: "UI labels of English templates."
  },
  {
    id: "en.ui.tags",
    certain: true,
    lang: "en",
    kind: "ui",
    pattern: String.raw`^(?:Tags?|Keywords|Topics)\s*:\s*.{1,200}$`,
    caseInsensitive: true,
    note: "The tag list at the bottom of an article."
  },
  {
    id: "en.ad.label",
    lang: "en",
    kind: "ad",
    pattern: String.raw`^(?:Advertisement|Sponsored|Sponsored content|Ad)$`,
    caseInsensitive: true,
    note: "Advertising labels."
  }
]
