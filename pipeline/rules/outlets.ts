/**
 * Outlets, how they are named in bylines, source lines and e-mail domains, and
 * the language editions they publish. French text from an outlet without a
 * French edition cannot be the outlet's own French: it was translated by a
 * scraper or an aggregator.
 */
import type { Outlet } from "../../schemas/Rules.ts"

export const outlets: ReadonlyArray<Outlet> = [
  {
    name: "Vietnam+",
    domains: ["vietnamplus.vn"],
    aliases: ["Vietnam+", "VietnamPlus", "Vietnam Plus", "TTXVN/Vietnam+", "VNA/Vietnam+"],
    editions: ["vi", "en", "fr"],
    note: "The news agency's online paper; publishes Vietnamese, English, French, Spanish and Chinese editions."
  },
  {
    name: "TTXVN",
    domains: ["vnanet.vn", "baotintuc.vn"],
    aliases: ["TTXVN", "VNA", "Thông tấn xã Việt Nam"],
    editions: ["vi", "en", "fr"],
    note: "Vietnam News Agency; its wire runs in several languages, including French (through Le Courrier du Vietnam)."
  },
  {
    name: "Le Courrier du Vietnam",
    domains: ["lecourrier.vn"],
    aliases: ["Le Courrier du Vietnam", "Le Courrier", "CVN"],
    editions: ["fr"],
    note: "The French-language paper of the news agency: native French edition."
  },
  {
    name: "VOV",
    domains: ["vov.vn", "vovworld.vn"],
    aliases: ["VOV", "Đài Tiếng nói Việt Nam", "La Voix du Vietnam"],
    editions: ["vi", "en", "fr"],
    note: "Voice of Vietnam radio; VOVworld publishes in French among other languages."
  },
  {
    name: "Nhân Dân",
    domains: ["nhandan.vn", "nhandan.com.vn"],
    aliases: ["Nhân Dân", "Nhan Dan", "Báo Nhân Dân"],
    editions: ["vi", "en", "fr"],
    note: "The Party daily; has French, English, Chinese, Russian and Spanish editions."
  },
  {
    name: "VTV",
    domains: ["vtv.vn"],
    aliases: ["VTV", "VTV.vn", "Đài Truyền hình Việt Nam"],
    editions: ["vi"],
    note: "The national broadcaster's news site publishes in Vietnamese only (VTV4's foreign-language bulletins are broadcast, not on vtv.vn)."
  },
  {
    name: "Baonghean.vn",
    domains: ["baonghean.vn"],
    aliases: ["Baonghean.vn", "Báo Nghệ An", "Baonghean"],
    editions: ["vi"],
    note: "Nghệ An provincial paper: Vietnamese only, so French copies of its articles are translations."
  },
  {
    name: "Chinhphu.vn",
    domains: ["chinhphu.vn", "baochinhphu.vn"],
    aliases: ["Chinhphu.vn", "Báo Chính phủ", "Baochinhphu.vn"],
    editions: ["vi", "en"],
    note: "The government portal: Vietnamese and English, no French edition."
  },
  {
    name: "VnExpress",
    domains: ["vnexpress.net", "e.vnexpress.net"],
    aliases: ["VnExpress", "VnExpress.net"],
    editions: ["vi", "en"],
    note: "Vietnamese with an English edition (e.vnexpress.net); no French."
  },
  {
    name: "Tuổi Trẻ",
    domains: ["tuoitre.vn", "tuoitrenews.vn"],
    aliases: ["Tuổi Trẻ", "Tuoi Tre", "Báo Tuổi Trẻ"],
    editions: ["vi", "en"],
    note: "Vietnamese with Tuoi Tre News in English; no French."
  },
  {
    name: "Thanh Niên",
    domains: ["thanhnien.vn"],
    aliases: ["Thanh Niên", "Thanh Nien", "Báo Thanh Niên"],
    editions: ["vi"],
    note: "Vietnamese only."
  },
  {
    name: "Dân trí",
    domains: ["dantri.com.vn"],
    aliases: ["Dân trí", "Dan Tri", "Báo Dân trí"],
    editions: ["vi", "en"],
    note: "Vietnamese with an English edition; no French."
  },
  {
    name: "Znews",
    domains: ["znews.vn", "zingnews.vn"],
    aliases: ["Znews", "Zing News", "Zingnews", "Zing"],
    editions: ["vi"],
    note: "Vietnamese only."
  },
  {
    name: "Đảng Cộng sản Việt Nam",
    domains: ["dangcongsan.vn", "dangcongsan.org.vn"],
    aliases: ["Đảng Cộng sản Việt Nam", "Dangcongsan.vn", "ĐCSVN"],
    editions: ["vi", "en", "fr"],
    note: "The Party's news portal publishes a French version of selected articles."
  },
  {
    name: "Quân đội nhân dân",
    domains: ["qdnd.vn"],
    aliases: ["Quân đội nhân dân", "QĐND", "Báo Quân đội nhân dân"],
    editions: ["vi", "en", "fr"],
    note: "The army daily has English, French, Chinese, Lao and Khmer editions."
  },
  {
    name: "VietnamNet",
    domains: ["vietnamnet.vn"],
    aliases: ["VietnamNet", "Vietnamnet"],
    editions: ["vi", "en"],
    note: "Vietnamese with an English edition; no French."
  },
  {
    name: "Lao Động",
    domains: ["laodong.vn"],
    aliases: ["Lao Động", "Lao Dong", "Báo Lao Động"],
    editions: ["vi", "en"],
    note: "Vietnamese with an English edition; no French."
  },
  {
    name: "Hà Nội Mới",
    domains: ["hanoimoi.vn", "hanoimoi.com.vn"],
    aliases: ["Hà Nội Mới", "Hanoimoi"],
    editions: ["vi", "en", "fr"],
    note: "The Hanoi daily publishes a French section."
  }
]
