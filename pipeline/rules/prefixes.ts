/**
 * In-line prefixes stripped from kept text. The matched prefix stays in
 * `raw_text`; `text` starts after it.
 */
import type { PrefixRule } from "../../schemas/Rules.ts"

/** Language-switch labels glued to the first line of another edition (`Français Le Comité ...`). */
export const switchLabelRules: ReadonlyArray<PrefixRule> = [
  {
    id: "switch.label.fr",
    lang: "fr",
    pattern: String.raw`^Français\s+(?=\p{Lu})`,
    note: "The `Français` link of a bilingual page glued to the first French paragraph (Vietnam+ pages scraped with both editions)."
  },
  {
    id: "switch.label.en",
    lang: "en",
    pattern: String.raw`^English\s+(?=\p{Lu})`,
    note: "The `English` edition link glued to the first English paragraph."
  },
  {
    id: "switch.label.vi",
    lang: "vi",
    pattern: String.raw`^Tiếng Việt\s+(?=\p{Lu})`,
    note: "The `Tiếng Việt` edition link glued to the first Vietnamese paragraph."
  }
]

/** Source datelines opening the lede; the named group `outlet` is the outlet. */
export const datelinePrefixRules: ReadonlyArray<PrefixRule> = [
  {
    id: "dateline-prefix.bracketed",
    lang: null,
    pattern: String.raw`^\((?<outlet>[\p{L}\d][\p{L}\d .+&/-]{0,38}[\p{L}\d+])\)\s*[-–—:]\s*`,
    note: "`(Baonghean.vn) - `, `(Chinhphu.vn) –`, `(Dân trí) -`: the outlet in brackets before the lede, the Vietnamese provincial-paper style."
  },
  {
    id: "dateline-prefix.domain",
    lang: null,
    pattern: String.raw`^(?<outlet>\p{Lu}[\p{L}\d+]*\.(?:vn|com\.vn|net|com|org|fr))\s*[-–—]\s+`,
    note: "`VTV.vn - `, `VnExpress.net - `: the outlet's domain before the lede."
  },
  {
    id: "dateline-prefix.bracketed-acronym",
    lang: null,
    pattern: String.raw`^\((?<outlet>\p{Lu}[\p{Lu}\d]{1,5})\)\s*(?=\p{Lu}.*\p{Ll})`,
    note: "`(CTG) Thực hiện …`, `(BBNĐT) Ngày 28-2, …`: an outlet's acronym in brackets before the lede with no dash (Cổng Thanh Gióng; Báo Bắc Ninh's site; Đài Tuyên Quang prints `(TTV) ` so before its headline); a sentence follows."
  },
  {
    id: "dateline-prefix.acronym",
    lang: null,
    pattern: String.raw`^(?<outlet>\p{Lu}[\p{Lu}\d]{1,5})\s*[-–—](?:\s*[-–—])?\s+(?=\p{Lu}.*\p{Ll})`,
    note: "`TPO - `, `BBK - `, `BHG - `, `LCĐT - `, `TCCS - `, `VOV1 - - `, `BGTV- `: the outlet's acronym in capitals, unbracketed, before the lede (Tiền Phong, Báo Bắc Kạn, Báo Hà Giang, Báo Lào Cai, Tạp chí Cộng sản, VOV1, BGTV); a sentence follows (a capital, then lower case), not a label in capitals (`MỚI - NÓNG`) or a size (`JPEG - 32.1 ko`)."
  },
  {
    id: "dateline-prefix.agency",
    lang: null,
    pattern: String.raw`^\p{Lu}[\p{L} '’-]{1,30}\s*\((?<outlet>VNA|AFP|Reuters|AP|TTXVN|VOV|VNS|Vietnam\+|VNA\/Vietnam\+)\)\s*[-–—:]\s*`,
    note: "`Hanoi (VNA) - `, `Hà Nội (TTXVN) - `: place and agency before the lede, the wire style of Vietnam+ and Le Courrier."
  }
]
