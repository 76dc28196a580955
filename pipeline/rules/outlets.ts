/**
 * Outlet table for tinsach: every outlet the pipeline may meet on a scraped
 * Vietnamese or French news page, keyed by what the page prints. A page's outlet
 * is found from a dateline tag ("(Chinhphu.vn) -", "TPO -", "(QBĐT) -"), a source
 * line ("Theo TTXVN", "Nguồn: VGP", "Selon VNA"), a byline e-mail domain
 * ("@vtv.vn"), a byline's parenthesised outlet ("(báo lao động)"), the site's own
 * name in the chrome, or a domain or site slug in the URL or file path; each of
 * those is matched (case-insensitively) against `name`, `aliases` or `domains`
 * and normalised to `name`.
 *
 * Coverage: the national agency, broadcasters, Party/State/Front papers and
 * portals, ministries, major national papers and e-magazines, aggregators, the
 * Party papers and radio-TV stations of all 63 former provinces (Hànộimới and
 * Sài Gòn Giải Phóng for Hà Nội and Ho Chi Minh City) with the 2025 names of the
 * 34 current units, and the French-language press covering Vietnam. Every outlet
 * of the gold sets (tests/gold/*) has a row whose name or aliases hold the gold's
 * first alternative.
 *
 * Rules: a domain or a lowercased alias belongs to one row only; `domains` are
 * registrable domains and the subdomains that are editions (exact hosts seen in
 * gold URLs included); `editions` are the languages the outlet itself publishes;
 * `frenchEdition` is set only for outlets with French: "automatic" when the
 * French is machine-translated from the Vietnamese site (no French newsroom:
 * fr.laodong.vn "Lao Dong AI", fr.congdoanvietnam.vn, baonghean.vn/fr,
 * vietnam.vn/fr, vrviet.vn/fr), "desk" when a French-writing newsroom produces it
 * (Vietnamese outlets' French desks and the French-language press itself);
 * `frenchEditionSource` says where that is known from (the gold set whose pages
 * show it, or a URL, then what they show), and the schema refuses one without the other.
 * Republishers (aggregators, portals, blogs) carry no frenchEdition: their French
 * is the original outlet's. Domains that could not be confirmed are left out.
 */
import type { OutletInput } from "../../schemas/Rules.ts"

export const outlets: ReadonlyArray<OutletInput> = [
  {
    name: "TTXVN",
    domains: ["vnanet.vn", "daihoidang.vn", "fr.daihoidang.vn"],
    aliases: [
      "VNA",
      "Thông tấn xã Việt Nam",
      "Vietnam News Agency",
      "Viet Nam News Agency",
      "Agence vietnamienne d'information",
      "Agence vietnamienne d’information",
      "AVI",
      "Thông tấn xã Việt Nam (TTXVN)",
      "Vnanet"
    ],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b 07 (fr.daihoidang.vn): human French, 'Hanoï (VNA) –', '-VNA'",
    note: "Vietnam News Agency, the state wire (vnanet.vn) with a French service; daihoidang.vn/fr.daihoidang.vn is its Party-congress site (gold fr-desk-b 07: human French, 'Hanoï (VNA) –', '-VNA')."
  },
  {
    name: "Vietnam+",
    domains: ["vietnamplus.vn", "fr.vietnamplus.vn", "en.vietnamplus.vn", "beta.vietnamplus.vn"],
    aliases: ["VietnamPlus", "Vietnam Plus", "TTXVN/Vietnam+", "VNA/Vietnam+", "Vietnam+ (VNA)"],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-a: native French slugs, '- AVI'/'-VNA' sign-offs, human slips",
    parent: "TTXVN",
    note: "VNA's online paper in Vietnamese, English, French, Spanish and Chinese; fr.vietnamplus.vn is written by the agency's French desk."
  },
  {
    name: "Le Courrier du Vietnam",
    domains: ["lecourrier.vn"],
    aliases: ["Courrier du Vietnam", "CVN", "VNA/CVN", "Le Courrier du Vietnam (CVN)", "Lecourrier"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-a: 'Photo : VNA/CVN', own interviews, human slips",
    parent: "TTXVN",
    note: "VNA's French-language paper (founded 1964) with its own French newsroom."
  },
  {
    name: "Le Vietnam en images",
    domains: ["vietnam.vnanet.vn"],
    aliases: ["Vietnam Illustré", "Vietnam Pictorial", "Báo ảnh Việt Nam"],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b and dev 75: '-VNA/VI', idiomatic French, human slips",
    parent: "TTXVN",
    note: "VNA's pictorial Báo ảnh Việt Nam / Vietnam Pictorial; vietnam.vnanet.vn/french is written by its French desk."
  },
  {
    name: "Báo Tin tức",
    domains: ["baotintuc.vn"],
    aliases: ["Tin tức TTXVN", "Báo Tin tức - TTXVN", "Baotintuc"],
    editions: ["vi"],
    parent: "TTXVN",
    note: "Daily newspaper of the Vietnam News Agency (TTXVN)."
  },
  {
    name: "Việt Nam News",
    domains: ["vietnamnews.vn"],
    aliases: ["Viet Nam News", "Vietnam News", "VNS", "Vietnamnews"],
    editions: ["en"],
    parent: "TTXVN",
    note: "VNA's English-language national daily."
  },
  {
    name: "Thể thao & Văn hóa",
    domains: ["thethaovanhoa.vn"],
    aliases: [
      "Thể thao và Văn hóa",
      "TT&VH",
      "Báo Thể thao & Văn hóa",
      "Thethaovanhoa",
      "Thể thao & Văn hoá",
      "Thể thao và Văn hoá",
      "Báo Thể thao & Văn hoá"
    ],
    editions: ["vi"],
    parent: "TTXVN",
    note: "Sports and culture paper of the Vietnam News Agency."
  },
  {
    name: "Vietnam Law & Legal Forum",
    domains: ["vietnamlawmagazine.vn"],
    aliases: ["Vietnam Law and Legal Forum", "Vietnam Law Magazine", "VLLF", "Vietnamlawmagazine"],
    editions: ["en"],
    parent: "TTXVN",
    note: "VNA's English-language legal magazine."
  },
  {
    name: "Dân tộc và Miền núi",
    domains: ["dantocmiennui.vn"],
    aliases: ["Báo ảnh Dân tộc và Miền núi", "Dân tộc & Miền núi", "Dantocmiennui"],
    editions: ["vi"],
    parent: "TTXVN",
    note: "VNA's pictorial on ethnic minorities and mountain regions (also in minority languages)."
  },
  {
    name: "BNEWS",
    domains: ["bnews.vn"],
    aliases: ["Tin nhanh Kinh tế TTXVN"],
    editions: ["vi"],
    parent: "TTXVN",
    note: "VNA's economic and financial news service."
  },
  {
    name: "Vnews",
    domains: ["vnews.gov.vn"],
    aliases: ["Truyền hình Thông tấn", "Kênh Truyền hình Thông tấn", "Vnews TTXVN"],
    editions: ["vi"],
    parent: "TTXVN",
    note: "VNA's television channel (Truyền hình Thông tấn) and its news site."
  },
  {
    name: "VOV",
    domains: ["vov.vn", "vov.gov.vn", "english.vov.vn"],
    aliases: [
      "Đài Tiếng nói Việt Nam",
      "La Voix du Vietnam",
      "Voice of Vietnam",
      "VOV.VN",
      "VOV Online",
      "Báo điện tử VOV",
      "Báo Điện tử Đài Tiếng nói Việt Nam"
    ],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold dev 73 and fr-desk-a: vov.vn/fr-CH written by VOV's French service",
    note: "Voice of Vietnam, the national radio; vov.vn/fr-CH carries French written by its French service (gold dev 73, treated as human in fr-desk-a)."
  },
  {
    name: "VOVworld",
    domains: ["vovworld.vn", "m.vovworld.vn"],
    aliases: ["VOV5", "VOV World", "Kênh VOV5", "Hệ Phát thanh Đối ngoại VOV5", "Vovworld.vn"],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-a: '(VOVWORLD) -', «» quotes, radio idiom",
    parent: "VOV",
    note: "VOV's external service (VOV5), broadcasting in French since 1945; French site written by its French desk."
  },
  {
    name: "VOV1",
    domains: ["vov1.vov.gov.vn"],
    aliases: ["Kênh VOV1", "Hệ Thời sự - Chính trị - Tổng hợp VOV1"],
    editions: ["vi"],
    parent: "VOV",
    note: "VOV's news and current-affairs radio channel (gold dev 81/82)."
  },
  {
    name: "VOVTV",
    domains: ["truyenhinhvov.vn"],
    aliases: ["Truyền hình VOV", "Truyền hình Tiếng nói Việt Nam", "Truyenhinhvov"],
    editions: ["vi"],
    parent: "VOV",
    note: "Television channel of the Voice of Vietnam (gold vi-national 28)."
  },
  {
    name: "VOV Giao thông",
    domains: ["vovgiaothong.vn"],
    aliases: ["VOV Giao thông Quốc gia", "Kênh VOV Giao thông", "VOVGT", "Vovgiaothong"],
    editions: ["vi"],
    parent: "VOV",
    note: "VOV's national traffic radio channel and site."
  },
  {
    name: "VTV",
    domains: ["vtv.vn", "vtv.gov.vn"],
    aliases: [
      "Đài Truyền hình Việt Nam",
      "VTV.vn",
      "Vietnam Television",
      "VTV News",
      "VTV24",
      "VTV1",
      "Báo điện tử VTV"
    ],
    editions: ["vi"],
    note: "Vietnam Television, the national broadcaster; its news site is Vietnamese (VTV4's foreign-language bulletins are broadcast, not a site edition)."
  },
  {
    name: "VTC News",
    domains: ["vtc.vn", "vtcnews.vn"],
    aliases: ["VTC", "Báo điện tử VTC News", "Đài Truyền hình Kỹ thuật số VTC", "Vtcnews"],
    editions: ["vi"],
    note: "News site of VTC (digital TV under VOV since 2018); older pages at vtc.vn."
  },
  {
    name: "QPVN",
    domains: ["qpvn.vn"],
    aliases: ["Truyền hình Quốc phòng Việt Nam", "Kênh QPVN"],
    editions: ["vi"],
    note: "National Defence television channel of the Ministry of Defence."
  },
  {
    name: "ANTV",
    domains: ["antv.gov.vn"],
    aliases: ["Truyền hình Công an nhân dân", "Kênh ANTV"],
    editions: ["vi"],
    note: "Television channel of the People's Public Security (Ministry of Public Security)."
  },
  {
    name: "Truyền hình Quốc hội",
    domains: ["quochoitv.vn"],
    aliases: ["Truyền hình Quốc hội Việt Nam", "Quốc hội TV", "QHTV", "Quochoitv"],
    editions: ["vi"],
    note: "Television channel of the National Assembly."
  },
  {
    name: "Truyền hình Nhân Dân",
    domains: ["nhandantv.vn"],
    aliases: ["Nhân Dân TV", "Nhandantv"],
    editions: ["vi"],
    note: "Television channel of the Party daily Nhân Dân."
  },
  {
    name: "Nhân Dân",
    domains: [
      "nhandan.vn",
      "nhandan.com.vn",
      "nhandan.org.vn",
      "fr.nhandan.vn",
      "en.nhandan.vn",
      "special.nhandan.vn",
      "hoinghibaodang.nhandan.vn"
    ],
    aliases: [
      "Báo Nhân Dân",
      "Nhan Dan",
      "NDO",
      "Nhân Dân điện tử",
      "Báo Nhân Dân điện tử",
      "Nhân Dân en ligne",
      "Nhan Dan en ligne",
      "Nhân Dân Online",
      "Nhan Dan Online",
      "Journal Nhân Dân",
      "Nhandan"
    ],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "gold fr-desk-b: fr.nhandan.vn's polished long-forms, «» quotes, 'Nhân Dân en ligne –' (vietnam.vn/fr's machine translations of Nhân Dân articles, gold fr-mt-more 15 and 29, are the platform's, not the paper's)",
    note: "Central organ of the Communist Party; fr.nhandan.vn is written by its French desk (gold fr-desk-b: polished long-forms, «» quotes, 'Nhân Dân en ligne –', non-native but not MT slips)."
  },
  {
    name: "Quân đội nhân dân",
    domains: ["qdnd.vn", "en.qdnd.vn"],
    aliases: [
      "Báo Quân đội nhân dân",
      "QĐND",
      "QĐND Online",
      "Quân đội nhân dân điện tử",
      "People's Army Newspaper",
      "Journal de l'Armée populaire",
      "Quan doi nhan dan"
    ],
    editions: ["vi", "en"],
    note: "Army daily of the Central Military Commission and Ministry of Defence; online in Vietnamese, English, Chinese, Lao, Khmer and (2025) Russian, no French (VNA, Aug 2025)."
  },
  {
    name: "Công an nhân dân",
    domains: ["cand.com.vn", "amp.cand.com.vn"],
    aliases: ["CAND", "Báo Công an nhân dân", "Báo CAND", "CAND Online"],
    editions: ["vi"],
    note: "Daily of the Ministry of Public Security (gold vi-national 01, 26)."
  },
  {
    name: "An ninh Thế giới",
    domains: ["antg.cand.com.vn"],
    aliases: ["ANTG", "Báo An ninh Thế giới"],
    editions: ["vi"],
    note: "Weekly of the Công an nhân dân group (antg.cand.com.vn)."
  },
  {
    name: "Báo điện tử Đảng Cộng sản Việt Nam",
    domains: [
      "dangcongsan.vn",
      "fr.dangcongsan.vn",
      "en.dangcongsan.vn",
      "cn.dangcongsan.vn",
      "fr-daihoi13.dangcongsan.vn"
    ],
    aliases: [
      "CPV",
      "ĐCSVN",
      "Đảng Cộng sản Việt Nam",
      "Dangcongsan",
      "Báo điện tử ĐCSVN",
      "CPV Online",
      "Communist Party of Vietnam Online Newspaper",
      "Journal électronique du Parti communiste vietnamien"
    ],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b 43: credit 'CPV', none of the MT calques",
    note: "The Party's online newspaper; fr.dangcongsan.vn is a French newsroom edition (gold fr-desk-b 43: credit 'CPV', non-native slips but none of the MT calques)."
  },
  {
    name: "Cổng thông tin điện tử Đảng Cộng sản Việt Nam",
    domains: ["dangcongsan.org.vn"],
    aliases: ["Cổng TTĐT Đảng Cộng sản Việt Nam", "Cổng thông tin Đảng Cộng sản Việt Nam"],
    editions: ["vi"],
    note: "The Party's information portal (dangcongsan.org.vn, 2025), distinct from its online newspaper dangcongsan.vn."
  },
  {
    name: "Tạp chí Cộng sản",
    domains: ["tapchicongsan.org.vn"],
    aliases: ["TCCS", "Communist Review", "Tapchicongsan"],
    editions: ["vi", "en"],
    note: "The Party's theoretical and political journal (Vietnamese with English, Russian and Chinese pages)."
  },
  {
    name: "Tạp chí Xây dựng Đảng",
    domains: ["xaydungdang.org.vn"],
    aliases: ["Xaydungdang"],
    editions: ["vi"],
    note: "Party-building magazine of the Central Organisation Commission."
  },
  {
    name: "Ban Tuyên giáo Trung ương",
    domains: ["tuyengiao.vn", "tuyengiaodanvan.vn"],
    aliases: ["Tạp chí Tuyên giáo", "Ban Tuyên giáo và Dân vận Trung ương", "Tuyengiao"],
    editions: ["vi"],
    note: "Portal and magazine of the Central Propaganda (since 2025 Propaganda and Mass Mobilisation) Commission."
  },
  {
    name: "Ban Dân vận Trung ương",
    domains: ["danvan.vn"],
    aliases: ["Tạp chí Dân vận", "Danvan"],
    editions: ["vi"],
    note: "Central Mass Mobilisation Commission (merged into the Propaganda commission in 2025); danvan.vn is its magazine's site (gold vi-more2 08)."
  },
  {
    name: "Ủy ban Kiểm tra Trung ương",
    domains: ["ubkttw.vn"],
    aliases: [
      "Tạp chí Kiểm tra",
      "Cổng thông tin điện tử Ủy ban Kiểm tra Trung ương",
      "Ubkttw",
      "Uỷ ban Kiểm tra Trung ương",
      "Cổng thông tin điện tử Uỷ ban Kiểm tra Trung ương"
    ],
    editions: ["vi"],
    note: "Portal of the Party Central Inspection Commission."
  },
  {
    name: "Ban Nội chính Trung ương",
    domains: ["noichinh.vn"],
    aliases: ["Tạp chí Nội chính", "Noichinh"],
    editions: ["vi"],
    note: "Portal of the Party Central Internal Affairs Commission."
  },
  {
    name: "Tạp chí Lý luận chính trị",
    domains: ["lyluanchinhtri.vn"],
    aliases: ["Lyluanchinhtri"],
    editions: ["vi", "en"],
    note: "Theoretical journal of the Ho Chi Minh National Academy of Politics."
  },
  {
    name: "Cổng thông tin điện tử Quốc hội",
    domains: ["quochoi.vn"],
    aliases: ["Cổng TTĐT Quốc hội", "Quochoi"],
    editions: ["vi", "en"],
    note: "Portal of the National Assembly."
  },
  {
    name: "Đại biểu Nhân dân",
    domains: ["daibieunhandan.vn"],
    aliases: ["Báo Đại biểu Nhân dân", "ĐBND", "Daibieunhandan"],
    editions: ["vi"],
    note: "National Assembly's newspaper (gold vi-national 25)."
  },
  {
    name: "Nghiên cứu Lập pháp",
    domains: ["lapphap.vn"],
    aliases: ["Tạp chí Nghiên cứu Lập pháp", "Lapphap"],
    editions: ["vi"],
    note: "Legislative studies journal of the National Assembly Office (gold vi-national 03)."
  },
  {
    name: "Chinhphu.vn",
    domains: ["baochinhphu.vn", "chinhphu.vn", "en.baochinhphu.vn", "vpcp.chinhphu.vn"],
    aliases: [
      "Báo Chính phủ",
      "Báo điện tử Chính phủ",
      "Báo Điện tử Chính phủ nước CHXHCN Việt Nam",
      "VGP",
      "VGP News",
      "Baochinhphu.vn",
      "Baochinhphu",
      "Cổng Thông tin điện tử Chính phủ",
      "Cổng TTĐT Chính phủ",
      "Vietnam Government Portal"
    ],
    editions: ["vi", "en"],
    note: "Government online newspaper (baochinhphu.vn, dateline '(Chinhphu.vn) -', credit VGP) and the Government portal chinhphu.vn it grew out of (gold dev 24/25/54)."
  },
  {
    name: "Mặt trận Tổ quốc Việt Nam",
    domains: ["mattran.org.vn", "m.mattran.org.vn"],
    aliases: [
      "Mặt trận",
      "MTTQ Việt Nam",
      "Cổng thông tin điện tử Mặt trận Tổ quốc Việt Nam",
      "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
      "Mattran",
      "Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam"
    ],
    editions: ["vi"],
    note: "Portal of the Vietnam Fatherland Front Central Committee (gold vi-national 12)."
  },
  {
    name: "Đại Đoàn Kết",
    domains: ["daidoanket.vn"],
    aliases: ["Báo Đại Đoàn Kết", "ĐĐK", "Daidoanket"],
    editions: ["vi"],
    note: "Newspaper of the Vietnam Fatherland Front."
  },
  {
    name: "Tạp chí Mặt trận",
    domains: ["tapchimattran.vn"],
    aliases: ["Tapchimattran"],
    editions: ["vi"],
    note: "Magazine of the Vietnam Fatherland Front (gold vi-national 13)."
  },
  {
    name: "Công đoàn Việt Nam",
    domains: ["congdoanvietnam.vn", "fr.congdoanvietnam.vn", "congdoan.vn"],
    aliases: ["Cổng thông tin điện tử Công đoàn Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", "Congdoanvietnam"],
    editions: ["vi", "fr"],
    frenchEdition: "automatic",
    frenchEditionSource:
      "gold fr-mt-national and dev 65: the page's own notice 'Original vietnamien  Traduit par Lao Dong AI' over Vietnamese slugs",
    note: "Trade-union portal of the Vietnam General Confederation of Labour, run with Báo Lao Động; its French edition says 'Original vietnamien  Traduit par Lao Dong AI' over Vietnamese slugs (gold fr-mt-national, dev 65)."
  },
  {
    name: "Trung ương Đoàn TNCS Hồ Chí Minh",
    domains: ["doanthanhnien.vn"],
    aliases: ["Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Doanthanhnien"],
    editions: ["vi"],
    note: "Portal of the Ho Chi Minh Communist Youth Union central committee."
  },
  {
    name: "Hội Liên hiệp Phụ nữ Việt Nam",
    domains: ["hoilhpn.org.vn"],
    aliases: ["Hội LHPN Việt Nam", "Hoilhpn"],
    editions: ["vi"],
    note: "Portal of the Vietnam Women's Union."
  },
  {
    name: "Hội Nông dân Việt Nam",
    domains: ["hoinongdan.org.vn"],
    aliases: ["Hoinongdan"],
    editions: ["vi"],
    note: "Portal of the Vietnam Farmers' Union."
  },
  {
    name: "Hội Nhà báo Việt Nam",
    domains: ["vja.org.vn"],
    aliases: ["Vietnam Journalists Association"],
    editions: ["vi"],
    note: "Portal of the Vietnam Journalists Association."
  },
  {
    name: "Nhà báo & Công luận",
    domains: ["congluan.vn"],
    aliases: ["Báo Nhà báo & Công luận", "Nhà báo và Công luận", "Congluan"],
    editions: ["vi"],
    note: "Newspaper of the Vietnam Journalists Association."
  },
  {
    name: "Người Làm Báo",
    domains: ["nguoilambao.vn"],
    aliases: ["Tạp chí Người Làm Báo", "Nguoilambao"],
    editions: ["vi"],
    note: "Magazine of the Vietnam Journalists Association."
  },
  {
    name: "Báo Thời Đại",
    domains: ["thoidai.com.vn"],
    aliases: ["Thoidai"],
    editions: ["vi"],
    note: "Paper of the Vietnam Union of Friendship Organisations (also a Chinese site, shidai.vn)."
  },
  {
    name: "Bộ Quốc phòng",
    domains: ["mod.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Quốc phòng"],
    editions: ["vi"],
    note: "Portal of the Ministry of National Defence."
  },
  {
    name: "Bộ Công an",
    domains: ["bocongan.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Công an", "Bocongan"],
    editions: ["vi"],
    note: "Portal of the Ministry of Public Security."
  },
  {
    name: "Bộ Ngoại giao",
    domains: ["mofa.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Ngoại giao"],
    editions: ["vi"],
    note: "Portal of the Ministry of Foreign Affairs."
  },
  {
    name: "Bộ Nội vụ",
    domains: ["moha.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Nội vụ"],
    editions: ["vi"],
    note: "Portal of the Ministry of Home Affairs."
  },
  {
    name: "Bộ Tư pháp",
    domains: ["moj.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Tư pháp"],
    editions: ["vi"],
    note: "Portal of the Ministry of Justice."
  },
  {
    name: "Bộ Tài chính",
    domains: ["mof.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Tài chính"],
    editions: ["vi"],
    note: "Portal of the Ministry of Finance (absorbed Planning and Investment in 2025)."
  },
  {
    name: "Bộ Kế hoạch và Đầu tư",
    domains: ["mpi.gov.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Portal of the former Ministry of Planning and Investment (merged into Finance in 2025)."
  },
  {
    name: "Bộ Công Thương",
    domains: ["moit.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Công Thương"],
    editions: ["vi"],
    note: "Portal of the Ministry of Industry and Trade."
  },
  {
    name: "Bộ Nông nghiệp và Môi trường",
    domains: ["mae.gov.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Portal of the Ministry of Agriculture and Environment (2025 merger)."
  },
  {
    name: "Bộ Nông nghiệp và Phát triển nông thôn",
    domains: ["mard.gov.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Portal of the former Ministry of Agriculture and Rural Development (merged 2025)."
  },
  {
    name: "Bộ Tài nguyên và Môi trường",
    domains: ["monre.gov.vn"],
    aliases: ["Monre"],
    editions: ["vi"],
    note: "Portal of the former Ministry of Natural Resources and Environment (merged 2025)."
  },
  {
    name: "Bộ Xây dựng",
    domains: ["moc.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Xây dựng"],
    editions: ["vi"],
    note: "Portal of the Ministry of Construction (absorbed Transport in 2025)."
  },
  {
    name: "Bộ Giao thông vận tải",
    domains: ["mt.gov.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Portal of the former Ministry of Transport (merged into Construction in 2025)."
  },
  {
    name: "Bộ Giáo dục và Đào tạo",
    domains: ["moet.gov.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Portal of the Ministry of Education and Training."
  },
  {
    name: "Bộ Y tế",
    domains: ["moh.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Y tế"],
    editions: ["vi"],
    note: "Portal of the Ministry of Health."
  },
  {
    name: "Bộ Văn hóa, Thể thao và Du lịch",
    domains: ["bvhttdl.gov.vn"],
    aliases: ["Bộ VHTTDL", "Bvhttdl", "Bộ Văn hoá, Thể thao và Du lịch"],
    editions: ["vi"],
    note: "Portal of the Ministry of Culture, Sports and Tourism."
  },
  {
    name: "Bộ Lao động - Thương binh và Xã hội",
    domains: ["molisa.gov.vn"],
    aliases: ["Bộ LĐTBXH", "Molisa"],
    editions: ["vi"],
    note: "Portal of the former Ministry of Labour, Invalids and Social Affairs (merged 2025)."
  },
  {
    name: "Bộ Khoa học và Công nghệ",
    domains: ["most.gov.vn", "mst.gov.vn"],
    aliases: ["Cổng thông tin điện tử Bộ Khoa học và Công nghệ"],
    editions: ["vi"],
    note: "Portal of the Ministry of Science and Technology (mst.gov.vn after absorbing Information and Communications in 2025; gold fr-mt-national source line)."
  },
  {
    name: "Bộ Thông tin và Truyền thông",
    domains: ["mic.gov.vn"],
    aliases: ["Bộ TT&TT"],
    editions: ["vi"],
    note: "Portal of the former Ministry of Information and Communications (merged 2025)."
  },
  {
    name: "Ủy ban Dân tộc",
    domains: ["cema.gov.vn", "ubdt.gov.vn"],
    aliases: ["Bộ Dân tộc và Tôn giáo", "Uỷ ban Dân tộc"],
    editions: ["vi"],
    note: "Portal of the Committee for Ethnic Minority Affairs (Ministry of Ethnic and Religious Affairs from 2025)."
  },
  {
    name: "Ngân hàng Nhà nước Việt Nam",
    domains: ["sbv.gov.vn"],
    aliases: ["Ngân hàng Nhà nước"],
    editions: ["vi"],
    note: "Portal of the State Bank of Vietnam."
  },
  {
    name: "Thanh tra Chính phủ",
    domains: ["thanhtra.gov.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Portal of the Government Inspectorate."
  },
  {
    name: "Kiểm toán Nhà nước",
    domains: ["sav.gov.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Portal of the State Audit Office (its paper is Báo Kiểm toán)."
  },
  {
    name: "Tòa án nhân dân tối cao",
    domains: ["toaan.gov.vn"],
    aliases: ["TANDTC", "Toaan", "Toà án nhân dân tối cao"],
    editions: ["vi"],
    note: "Portal of the Supreme People's Court."
  },
  {
    name: "Viện kiểm sát nhân dân tối cao",
    domains: ["vksndtc.gov.vn"],
    aliases: ["VKSNDTC"],
    editions: ["vi"],
    note: "Portal of the Supreme People's Procuracy."
  },
  {
    name: "Bảo hiểm xã hội Việt Nam",
    domains: ["baohiemxahoi.gov.vn"],
    aliases: ["Baohiemxahoi"],
    editions: ["vi"],
    note: "Portal of Vietnam Social Security."
  },
  {
    name: "Tổng cục Thống kê",
    domains: ["gso.gov.vn"],
    aliases: ["General Statistics Office"],
    editions: ["vi"],
    note: "Portal of the General Statistics Office."
  },
  {
    name: "Tiền Phong",
    domains: ["tienphong.vn"],
    aliases: ["Báo Tiền Phong", "TPO", "Tiền Phong Online", "Tien Phong", "Báo điện tử Tiền Phong", "Tienphong"],
    editions: ["vi"],
    note: "Daily of the Ho Chi Minh Communist Youth Union; dateline 'TPO -' (gold dev 31/43)."
  },
  {
    name: "Thanh Niên",
    domains: ["thanhnien.vn", "thanhniennews.com"],
    aliases: ["Báo Thanh Niên", "TNO", "Thanh Niên Online", "Thanh Nien", "Thanhnien"],
    editions: ["vi", "en"],
    note: "Daily of the Vietnam Youth Federation; the English Thanh Nien News (thanhniennews.com) is closed (gold vi-national 09)."
  },
  {
    name: "Tuổi Trẻ",
    domains: ["tuoitre.vn", "tuoitrenews.vn"],
    aliases: ["Báo Tuổi Trẻ", "TTO", "Tuổi Trẻ Online", "Tuoi Tre", "Tuoi Tre News", "Tuoitre"],
    editions: ["vi", "en"],
    note: "Ho Chi Minh City Youth Union daily; Tuoi Tre News in English."
  },
  {
    name: "Lao Động",
    domains: ["laodong.vn", "fr.laodong.vn"],
    aliases: ["Báo Lao Động", "Lao Dong", "Laodong", "Lao Dong AI", "Báo Lao Động điện tử", "Lao Động điện tử"],
    editions: ["vi", "fr"],
    frenchEdition: "automatic",
    frenchEditionSource:
      "gold fr-mt-national, fr-mt-more (38, 39, 41) and dev 63/64: signed 'Lao Dong AI', Vietnamese slugs and article ids under fr.laodong.vn, accents stripped",
    note: "Daily of the Vietnam General Confederation of Labour; fr.laodong.vn is produced by 'Lao Dong AI' over the Vietnamese slugs and ids, with stripped accents and MT calques (gold fr-mt-national, dev 63/64)."
  },
  {
    name: "Người Lao Động",
    domains: ["nld.com.vn"],
    aliases: ["Báo Người Lao Động", "NLĐ", "NLĐO", "Người Lao Động Online", "Nguoi Lao Dong"],
    editions: ["vi"],
    note: "Ho Chi Minh City trade-union daily; dateline '(NLĐO) -' (gold vi-national 23)."
  },
  {
    name: "Dân trí",
    domains: ["dantri.com.vn"],
    aliases: ["Báo Dân trí", "Dan Tri", "Báo điện tử Dân trí", "DTiNews", "Dantri"],
    editions: ["vi", "en"],
    note: "National e-paper (formerly of the Ministry of Labour); English DTiNews (gold vi-national 15)."
  },
  {
    name: "VnExpress",
    domains: ["vnexpress.net", "e.vnexpress.net"],
    aliases: ["VnExpress International", "Báo VnExpress"],
    editions: ["vi", "en"],
    note: "National e-paper (FPT); English edition at e.vnexpress.net."
  },
  {
    name: "VietNamNet",
    domains: ["vietnamnet.vn"],
    aliases: ["Báo VietNamNet", "Vietnamnet.vn"],
    editions: ["vi", "en"],
    note: "National e-paper; English pages at vietnamnet.vn/en."
  },
  {
    name: "Znews",
    domains: ["znews.vn", "zingnews.vn", "news.zing.vn"],
    aliases: ["Zing News", "Zing.vn", "ZingNews", "Zing", "Tri thức trực tuyến", "Tri thức - Znews"],
    editions: ["vi"],
    note: "E-paper of the Publishing Association (Tri thức trực tuyến), formerly Zing News (gold dev 29)."
  },
  {
    name: "Kenh14",
    domains: ["kenh14.vn"],
    aliases: ["Kênh 14", "Kênh14"],
    editions: ["vi"],
    note: "Youth and entertainment e-magazine (VCCorp)."
  },
  {
    name: "Soha",
    domains: ["soha.vn"],
    aliases: ["Soha News"],
    editions: ["vi"],
    note: "General news e-magazine (VCCorp)."
  },
  {
    name: "CafeF",
    domains: ["cafef.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Finance and business e-magazine (VCCorp)."
  },
  {
    name: "CafeBiz",
    domains: ["cafebiz.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Business e-magazine (VCCorp)."
  },
  {
    name: "GenK",
    domains: ["genk.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Technology e-magazine (VCCorp)."
  },
  {
    name: "24h",
    domains: ["24h.com.vn"],
    aliases: ["Tin tức 24h", "24h.com.vn"],
    editions: ["vi"],
    note: "General news site (24h.com.vn)."
  },
  {
    name: "VnEconomy",
    domains: ["vneconomy.vn"],
    aliases: ["Thời báo Kinh tế Việt Nam", "Vietnam Economic Times"],
    editions: ["vi", "en"],
    note: "Vietnam Economic Times, organ of the Vietnam Economic Association (gold vi-national 17)."
  },
  {
    name: "VietnamFinance",
    domains: ["vietnamfinance.vn"],
    aliases: ["VNF", "Vietnam Finance"],
    editions: ["vi"],
    note: "Finance e-magazine (gold vi-national 18)."
  },
  {
    name: "BizLIVE",
    domains: ["bizlive.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Business news site (gold vi-national 08)."
  },
  {
    name: "Báo Đầu tư",
    domains: ["baodautu.vn"],
    aliases: ["Baodautu", "Đầu tư Online"],
    editions: ["vi"],
    note: "Investment daily of the former Ministry of Planning and Investment."
  },
  {
    name: "Vietnam Investment Review",
    domains: ["vir.com.vn"],
    aliases: ["VIR"],
    editions: ["en"],
    note: "English weekly of Báo Đầu tư."
  },
  {
    name: "Đầu tư Chứng khoán",
    domains: ["tinnhanhchungkhoan.vn", "m.tinnhanhchungkhoan.vn"],
    aliases: ["Báo Đầu tư Chứng khoán", "ĐTCK", "Tinnhanhchungkhoan", "Tin nhanh Chứng khoán"],
    editions: ["vi"],
    note: "Stock-market paper of Báo Đầu tư (gold vi-national 07, 22)."
  },
  {
    name: "Thời báo Tài chính Việt Nam",
    domains: ["thoibaotaichinhvietnam.vn"],
    aliases: ["TBTCVN", "Thời báo Tài chính", "Thoibaotaichinhvietnam"],
    editions: ["vi"],
    note: "Paper of the Ministry of Finance."
  },
  {
    name: "Tạp chí Tài chính",
    domains: ["tapchitaichinh.vn"],
    aliases: ["Tapchitaichinh"],
    editions: ["vi"],
    note: "Journal of the Ministry of Finance."
  },
  {
    name: "Thời báo Ngân hàng",
    domains: ["thoibaonganhang.vn"],
    aliases: ["Thoibaonganhang"],
    editions: ["vi"],
    note: "Paper of the State Bank of Vietnam."
  },
  {
    name: "Báo Công Thương",
    domains: ["congthuong.vn"],
    aliases: ["Congthuong"],
    editions: ["vi"],
    note: "Paper of the Ministry of Industry and Trade."
  },
  {
    name: "Diễn đàn Doanh nghiệp",
    domains: ["diendandoanhnghiep.vn"],
    aliases: ["DĐDN", "Tạp chí Diễn đàn Doanh nghiệp", "Diendandoanhnghiep"],
    editions: ["vi"],
    note: "Business forum of the Vietnam Chamber of Commerce (VCCI)."
  },
  {
    name: "Người Quan Sát",
    domains: ["nguoiquansat.vn"],
    aliases: ["Nguoiquansat"],
    editions: ["vi"],
    note: "Business e-magazine."
  },
  {
    name: "VietnamBiz",
    domains: ["vietnambiz.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Business e-magazine."
  },
  {
    name: "Kinh tế & Đô thị",
    domains: ["kinhtedothi.vn"],
    aliases: ["Kinhtedothi", "Báo Kinh tế & Đô thị", "Kinh tế và Đô thị", "Báo Kinh tế và Đô thị", "KTĐT"],
    editions: ["vi"],
    note: "Hanoi People's Committee daily; dateline 'Kinhtedothi -' (gold dev 23)."
  },
  {
    name: "Hànộimới",
    domains: ["hanoimoi.vn", "hanoimoi.com.vn"],
    aliases: ["Hà Nội Mới", "Báo Hànộimới", "Báo Hà Nội Mới", "HNM", "Hanoimoi"],
    editions: ["vi"],
    note: "Party paper of Hà Nội (organ of the city Party committee); dateline '(HNM) -' (gold vi-national 10). No French edition found."
  },
  {
    name: "The Hanoi Times",
    domains: ["hanoitimes.vn"],
    aliases: ["Hanoi Times", "Hanoitimes"],
    editions: ["en"],
    note: "English-language news site about Hà Nội."
  },
  {
    name: "An ninh Thủ đô",
    domains: ["anninhthudo.vn"],
    aliases: ["ANTĐ", "Báo An ninh Thủ đô", "Anninhthudo"],
    editions: ["vi"],
    note: "Hanoi police newspaper."
  },
  {
    name: "Lao động Thủ đô",
    domains: ["laodongthudo.vn"],
    aliases: ["Báo Lao động Thủ đô", "Laodongthudo"],
    editions: ["vi"],
    note: "Hanoi trade-union newspaper."
  },
  {
    name: "Phụ nữ Thủ đô",
    domains: ["baophunuthudo.vn"],
    aliases: ["Báo Phụ nữ Thủ đô", "Baophunuthudo"],
    editions: ["vi"],
    note: "Hanoi Women's Union newspaper."
  },
  {
    name: "Pháp luật & Xã hội",
    domains: ["phapluatxahoi.vn"],
    aliases: ["Báo Pháp luật & Xã hội", "Pháp luật và Xã hội", "Phapluatxahoi"],
    editions: ["vi"],
    note: "Hanoi law and society newspaper."
  },
  {
    name: "Sài Gòn Giải Phóng",
    domains: ["sggp.org.vn", "sggpnews.org.vn", "cn.sggp.org.vn"],
    aliases: ["SGGP", "Báo Sài Gòn Giải Phóng", "SGGP Online", "Saigon Giai Phong", "SGGP News"],
    editions: ["vi", "en"],
    note: "Party paper of Ho Chi Minh City; English SGGP News, Chinese edition (gold vi-national 16)."
  },
  {
    name: "Cổng thông tin điện tử Đảng bộ TP.HCM",
    domains: ["hcmcpv.org.vn"],
    aliases: ["Đảng bộ Thành phố Hồ Chí Minh", "HCMCPV"],
    editions: ["vi"],
    note: "Portal of the Ho Chi Minh City Party committee."
  },
  {
    name: "Pháp Luật TP.HCM",
    domains: ["plo.vn", "phapluattp.vn"],
    aliases: ["PLO", "Báo Pháp Luật TP.HCM", "Pháp luật Thành phố Hồ Chí Minh", "Pháp Luật TPHCM"],
    editions: ["vi"],
    note: "Ho Chi Minh City legal daily (gold dev 30)."
  },
  {
    name: "Phụ nữ TP.HCM",
    domains: ["phunuonline.com.vn"],
    aliases: ["Báo Phụ nữ TP.HCM", "PNO", "Phụ nữ Online", "Phunuonline"],
    editions: ["vi"],
    note: "Ho Chi Minh City Women's Union newspaper."
  },
  {
    name: "Thời báo Kinh tế Sài Gòn",
    domains: ["thesaigontimes.vn"],
    aliases: ["KTSG", "The Saigon Times", "Kinh tế Sài Gòn", "Thesaigontimes"],
    editions: ["vi", "en"],
    note: "Ho Chi Minh City economic weekly with The Saigon Times in English."
  },
  {
    name: "Sài Gòn Đầu tư Tài chính",
    domains: ["saigondautu.com.vn"],
    aliases: ["Báo Sài Gòn Đầu tư Tài chính", "Saigondautu"],
    editions: ["vi"],
    note: "Ho Chi Minh City investment and finance paper."
  },
  {
    name: "HTV",
    domains: ["htv.com.vn"],
    aliases: ["Đài Truyền hình TP.HCM", "Đài Truyền hình Thành phố Hồ Chí Minh"],
    editions: ["vi"],
    note: "Ho Chi Minh City Television."
  },
  {
    name: "VOH",
    domains: ["voh.com.vn"],
    aliases: ["Đài Tiếng nói Nhân dân TP.HCM", "Đài Tiếng nói Nhân dân Thành phố Hồ Chí Minh"],
    editions: ["vi"],
    note: "Ho Chi Minh City radio."
  },
  {
    name: "Đài Phát thanh và Truyền hình Hà Nội",
    domains: ["hanoionline.vn"],
    aliases: ["Hanoi TV", "Hà Nội TV", "HanoiTV", "Hanoionline", "Đài PT-TH Hà Nội"],
    editions: ["vi"],
    note: "Hanoi Radio and Television."
  },
  {
    name: "Pháp luật Việt Nam",
    domains: ["baophapluat.vn", "m.baophapluat.vn"],
    aliases: ["Báo Pháp luật Việt Nam", "PLVN", "Baophapluat"],
    editions: ["vi"],
    note: "Paper of the Ministry of Justice (gold vi-national 14)."
  },
  {
    name: "Luật sư Việt Nam",
    domains: ["lsvn.vn"],
    aliases: ["Báo Luật sư Việt Nam", "LSVN"],
    editions: ["vi"],
    note: "Paper of the Vietnam Bar Federation (gold vi-national 19)."
  },
  {
    name: "Công lý",
    domains: ["congly.vn"],
    aliases: ["Báo Công lý", "Congly"],
    editions: ["vi"],
    note: "Paper of the Supreme People's Court (gold vi-national 11)."
  },
  {
    name: "Báo Bảo vệ pháp luật",
    domains: ["baovephapluat.vn"],
    aliases: ["BVPL", "Baovephapluat"],
    editions: ["vi"],
    note: "Paper of the Supreme People's Procuracy."
  },
  {
    name: "Tạp chí Tòa án nhân dân",
    domains: ["tapchitoaan.vn"],
    aliases: ["Tạp chí Tòa án", "Tapchitoaan", "Tạp chí Toà án nhân dân", "Tạp chí Toà án"],
    editions: ["vi"],
    note: "Journal of the Supreme People's Court."
  },
  {
    name: "Báo Thanh tra",
    domains: ["thanhtra.com.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Paper of the Government Inspectorate."
  },
  {
    name: "Báo Kiểm toán",
    domains: ["baokiemtoan.vn"],
    aliases: ["BKTO", "Báo Kiểm toán điện tử", "Baokiemtoan"],
    editions: ["vi"],
    note: "Paper of the State Audit Office; dateline '(BKTO) -' (gold vi-national 05)."
  },
  {
    name: "Báo Biên phòng",
    domains: ["bienphong.com.vn"],
    aliases: ["Bienphong"],
    editions: ["vi"],
    note: "Paper of the Border Guard."
  },
  {
    name: "Tạp chí Quốc phòng toàn dân",
    domains: ["tapchiqptd.vn"],
    aliases: ["National Defence Journal", "Tapchiqptd"],
    editions: ["vi", "en"],
    note: "Journal of the Ministry of Defence."
  },
  {
    name: "Báo Hải quân Việt Nam",
    domains: ["baohaiquanvietnam.vn"],
    aliases: ["Baohaiquanvietnam"],
    editions: ["vi"],
    note: "Paper of the Vietnam People's Navy."
  },
  {
    name: "Nông nghiệp Việt Nam",
    domains: ["nongnghiep.vn", "nongnghiepmoitruong.vn"],
    aliases: ["Báo Nông nghiệp Việt Nam", "NNVN", "Báo Nông nghiệp và Môi trường", "Nongnghiep"],
    editions: ["vi"],
    note: "Agriculture daily, renamed Nông nghiệp và Môi trường in 2025 after absorbing Tài nguyên & Môi trường (gold vi-national 20, 21)."
  },
  {
    name: "Tài nguyên & Môi trường",
    domains: ["baotainguyenmoitruong.vn"],
    aliases: ["Báo Tài nguyên & Môi trường", "Báo Tài nguyên và Môi trường", "TN&MT", "Baotainguyenmoitruong"],
    editions: ["vi"],
    note: "Former paper of the Ministry of Natural Resources and Environment (merged 2025)."
  },
  {
    name: "Dân Việt",
    domains: ["danviet.vn"],
    aliases: ["Nông thôn Ngày nay", "Báo Nông thôn Ngày nay", "Báo Dân Việt", "Danviet"],
    editions: ["vi"],
    note: "Paper of the Vietnam Farmers' Union."
  },
  {
    name: "Giáo dục và Thời đại",
    domains: ["giaoducthoidai.vn"],
    aliases: ["GD&TĐ", "Báo Giáo dục và Thời đại", "Giáo dục & Thời đại", "Báo Giáo dục & Thời đại", "Giaoducthoidai"],
    editions: ["vi"],
    note: "Paper of the Ministry of Education and Training (gold vi-national 21)."
  },
  {
    name: "Giáo dục Việt Nam",
    domains: ["giaoduc.net.vn"],
    aliases: ["GDVN", "Tạp chí Giáo dục Việt Nam"],
    editions: ["vi"],
    note: "Education e-magazine."
  },
  {
    name: "Sức khỏe & Đời sống",
    domains: ["suckhoedoisong.vn"],
    aliases: [
      "Sức khỏe và Đời sống",
      "Báo Sức khỏe & Đời sống",
      "Báo Sức khỏe và Đời sống",
      "Sức khoẻ & Đời sống",
      "SKĐS",
      "Suckhoedoisong",
      "Sức khoẻ và Đời sống",
      "Báo Sức khoẻ & Đời sống",
      "Báo Sức khoẻ và Đời sống"
    ],
    editions: ["vi"],
    note: "Paper of the Ministry of Health; dateline 'SKĐS -' (gold vi-national 04)."
  },
  {
    name: "Kiến Thức",
    domains: ["kienthuc.net.vn"],
    aliases: ["Báo Kiến Thức", "Kienthuc.net.vn", "Kienthuc"],
    editions: ["vi"],
    note: "E-paper of the Vietnam Union of Science and Technology Associations (gold vi-national 02)."
  },
  {
    name: "Khoa học & Phát triển",
    domains: ["khoahocphattrien.vn"],
    aliases: ["Khoa học và Phát triển", "Báo Khoa học & Phát triển", "Khoahocphattrien"],
    editions: ["vi"],
    note: "Paper of the Ministry of Science and Technology."
  },
  {
    name: "Phụ nữ Việt Nam",
    domains: ["phunuvietnam.vn"],
    aliases: ["Báo Phụ nữ Việt Nam", "PNVN", "Phunuvietnam"],
    editions: ["vi"],
    note: "Paper of the Vietnam Women's Union."
  },
  {
    name: "Báo Văn hóa",
    domains: ["baovanhoa.vn"],
    aliases: ["Baovanhoa", "Báo Văn hoá"],
    editions: ["vi"],
    note: "Paper of the Ministry of Culture, Sports and Tourism."
  },
  {
    name: "Báo điện tử Tổ Quốc",
    domains: ["toquoc.vn"],
    aliases: ["Toquoc"],
    editions: ["vi"],
    note: "E-paper of the Ministry of Culture, Sports and Tourism."
  },
  {
    name: "Báo Văn nghệ",
    domains: ["baovannghe.vn", "baovannghe.com.vn"],
    aliases: ["Baovannghe"],
    editions: ["vi"],
    note: "Weekly of the Vietnam Writers' Association."
  },
  {
    name: "Báo Du lịch",
    domains: ["baodulich.net.vn"],
    aliases: ["Baodulich"],
    editions: ["vi"],
    note: "Tourism newspaper."
  },
  {
    name: "Báo Dân sinh",
    domains: ["baodansinh.vn"],
    aliases: ["Baodansinh"],
    editions: ["vi"],
    note: "Paper of the former Ministry of Labour, Invalids and Social Affairs."
  },
  {
    name: "Báo Dân tộc và Phát triển",
    domains: ["baodantoc.vn"],
    aliases: ["Báo Dân tộc", "Baodantoc"],
    editions: ["vi"],
    note: "Paper of the Committee for Ethnic Minority Affairs."
  },
  {
    name: "Báo Người cao tuổi",
    domains: ["nguoicaotuoi.org.vn"],
    aliases: ["Nguoicaotuoi"],
    editions: ["vi"],
    note: "Paper of the Vietnam Association of the Elderly."
  },
  {
    name: "Báo Xây dựng",
    domains: ["baoxaydung.vn", "baoxaydung.com.vn"],
    aliases: ["Baoxaydung"],
    editions: ["vi"],
    note: "Paper of the Ministry of Construction."
  },
  {
    name: "Báo Giao thông",
    domains: ["baogiaothong.vn"],
    aliases: ["Baogiaothong"],
    editions: ["vi"],
    note: "Paper of the former Ministry of Transport."
  },
  {
    name: "Báo Hải quan",
    domains: ["haiquanonline.com.vn"],
    aliases: ["Hải quan Online", "Haiquanonline"],
    editions: ["vi"],
    note: "Paper of the General Department of Customs."
  },
  {
    name: "Đời sống & Pháp luật",
    domains: ["doisongphapluat.com"],
    aliases: ["Báo Đời sống & Pháp luật", "ĐS&PL", "Đời sống và Pháp luật", "Doisongphapluat"],
    editions: ["vi"],
    note: "Law and society paper."
  },
  {
    name: "Người Đưa Tin",
    domains: ["nguoiduatin.vn"],
    aliases: ["Báo Người Đưa Tin", "Nguoiduatin"],
    editions: ["vi"],
    note: "National e-paper."
  },
  {
    name: "Thế giới & Việt Nam",
    domains: ["baoquocte.vn"],
    aliases: [
      "Báo Thế giới & Việt Nam",
      "TG&VN",
      "Báo Quốc tế",
      "Thế giới và Việt Nam",
      "Baoquocte",
      "World & Vietnam Report"
    ],
    editions: ["vi", "en"],
    note: "Paper of the Ministry of Foreign Affairs (gold vi-national 27)."
  },
  {
    name: "Đọc nhanh",
    domains: ["docnhanh.vn"],
    aliases: ["Docnhanh"],
    editions: ["vi"],
    note: "News e-magazine (gold vi-national 24)."
  },
  {
    name: "Vietnamtourism",
    domains: ["vietnamtourism.vn"],
    aliases: ["Trung tâm Thông tin Du lịch", "TITC"],
    editions: ["vi", "en", "fr"],
    note: "Tourism information site of the national tourism administration (TITC); its French section (/fn) is clumsy and of undetermined origin (gold fr-mt-provincial left it out), so frenchEdition is not set."
  },
  {
    name: "Báo Mới",
    domains: ["baomoi.com"],
    aliases: ["Baomoi", "Baomoi.com"],
    editions: ["vi"],
    note: "Aggregator: reprints other outlets' articles with a source line; the original outlet is the outlet."
  },
  {
    name: "Tinmoi.vn",
    domains: ["tinmoi.vn"],
    aliases: ["Tinmoi"],
    editions: ["vi"],
    note: "Aggregator site 'Tin mới' (not an alias: 'Tin mới', latest news, labels many sites' chrome); chrome prints 'Theo dõi Tinmoi.vn trên Google News' (gold dev 42)."
  },
  {
    name: "Xã Luận",
    domains: ["xaluan.com"],
    aliases: ["Xaluan"],
    editions: ["vi"],
    note: "Aggregator reprinting Vietnamese press."
  },
  {
    name: "Việt Báo",
    domains: ["vietbao.vn"],
    aliases: ["Vietbao"],
    editions: ["vi"],
    note: "Aggregator reprinting Vietnamese press."
  },
  {
    name: "Vietnam.vn",
    domains: ["vietnam.vn", "thongtin.vietnam.vn"],
    aliases: ["Vietnam.vn - Nền tảng quảng bá Việt Nam", "Nền tảng quảng bá Việt Nam"],
    editions: ["vi", "en", "fr"],
    frenchEdition: "automatic",
    frenchEditionSource:
      "gold fr-mt-national, fr-mt-more and dev 66: /fr/ over the Vietnamese slug, the same slugs under ~30 languages, one URL stored with two French wordings (fr-mt-national 03, fr-mt-more 28)",
    note: "Aggregator platform republishing Vietnamese press in ~30 languages by machine; /fr/ over the Vietnamese slug, stray 'Français' label, calques (gold fr-mt-national, dev 66)."
  },
  {
    name: "vrviet.vn",
    domains: ["vrviet.vn"],
    aliases: ["Vrviet"],
    editions: ["vi", "fr"],
    frenchEdition: "automatic",
    frenchEditionSource:
      "gold fr-mt-national 16, fr-mt-more 01 and dev 68: Vietnam.vn's template and tagline over Vietnamese slugs",
    note: "Republisher of unknown operator; /fr/ pages over Vietnamese slugs are machine translations of VietNamNet and other articles (gold fr-mt-national 16, dev 68)."
  },
  {
    name: "Trực tiếp 24h",
    domains: ["tructiep24h.com", "m.tructiep24h.com"],
    aliases: ["Tructiep24h"],
    editions: ["vi"],
    note: "TV-schedule and live-stream aggregator (gold dev 87)."
  },
  {
    name: "VOA Tiếng Việt",
    domains: ["voatiengviet.com"],
    aliases: ["VOA", "Voice of America Tiếng Việt", "Đài Tiếng nói Hoa Kỳ", "Voatiengviet"],
    editions: ["vi"],
    note: "Vietnamese service of Voice of America (gold dev 86)."
  },
  {
    name: "RFA Tiếng Việt",
    domains: ["rfa.org"],
    aliases: ["RFA", "Đài Á Châu Tự Do", "Radio Free Asia"],
    editions: ["vi", "en"],
    note: "Radio Free Asia (Vietnamese service)."
  },
  {
    name: "BBC Tiếng Việt",
    domains: [],
    aliases: ["BBC News Tiếng Việt", "BBC Vietnamese"],
    editions: ["vi"],
    note: "BBC's Vietnamese service (on bbc.com, a shared domain, so none listed)."
  },
  {
    name: "RFI",
    domains: ["rfi.fr"],
    aliases: ["Radio France Internationale", "RFI Tiếng Việt"],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://rfi.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French public international radio; French newsroom, also a Vietnamese service."
  },
  {
    name: "DW",
    domains: ["dw.com"],
    aliases: ["Deutsche Welle", "DW Tiếng Việt"],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://dw.com/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "German international broadcaster with Vietnamese and French services."
  },
  {
    name: "Người Việt Online",
    domains: ["nguoi-viet.com"],
    aliases: ["Nguoi Viet Daily News", "Báo Người Việt", "Nguoi-viet"],
    editions: ["vi"],
    note: "Vietnamese-American daily (California)."
  },
  {
    name: "Việt Tân",
    domains: ["viettan.org"],
    aliases: ["Viettan"],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Overseas opposition party site, with French pages written by humans."
  },
  {
    name: "Musée national d'histoire du Vietnam",
    domains: ["baotanglichsuquocgia.vn"],
    aliases: ["Musée national d’histoire du Vietnam", "Bảo tàng Lịch sử quốc gia", "Baotanglichsuquocgia"],
    editions: ["vi", "en", "fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "National Museum of Vietnamese History; its French pages are written by staff, not machine."
  },
  {
    name: "Le Monde",
    domains: ["lemonde.fr"],
    aliases: ["Lemonde"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://lemonde.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French daily of record."
  },
  {
    name: "AFP",
    domains: ["afp.com"],
    aliases: ["Agence France-Presse", "Agence France Presse"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "French news agency; its French wire is reprinted widely."
  },
  {
    name: "TV5Monde",
    domains: ["tv5monde.com", "information.tv5monde.com"],
    aliases: ["TV5 Monde", "TV5MONDE Info"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b 51/52",
    note: "French-language international TV; runs AFP copy."
  },
  {
    name: "France 24",
    domains: ["france24.com"],
    aliases: ["France24"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://france24.com/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French public international news channel."
  },
  {
    name: "Franceinfo",
    domains: ["francetvinfo.fr"],
    aliases: ["France Télévisions", "France Info", "francetvinfo"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "French public broadcaster's news site."
  },
  {
    name: "Le Figaro",
    domains: ["lefigaro.fr"],
    aliases: ["Lefigaro"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://lefigaro.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French national daily."
  },
  {
    name: "Libération",
    domains: ["liberation.fr"],
    aliases: [],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://liberation.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French national daily."
  },
  {
    name: "La Croix",
    domains: ["la-croix.com"],
    aliases: ["La-croix"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://la-croix.com/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French national daily."
  },
  {
    name: "Ouest-France",
    domains: ["ouest-france.fr"],
    aliases: ["Ouest France"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://ouest-france.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French regional daily."
  },
  {
    name: "20 Minutes",
    domains: ["20minutes.fr"],
    aliases: ["20minutes"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://20minutes.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French free daily."
  },
  {
    name: "Le Point",
    domains: ["lepoint.fr"],
    aliases: ["Lepoint"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://lepoint.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French weekly."
  },
  {
    name: "L'Express",
    domains: ["lexpress.fr"],
    aliases: ["L’Express", "Lexpress"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://lexpress.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French weekly."
  },
  {
    name: "Le Parisien",
    domains: ["leparisien.fr"],
    aliases: ["Leparisien"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://leparisien.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French daily."
  },
  {
    name: "Les Echos",
    domains: ["lesechos.fr"],
    aliases: ["Les Échos", "Lesechos"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://lesechos.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French business daily."
  },
  {
    name: "Courrier international",
    domains: ["courrierinternational.com"],
    aliases: ["Courrierinternational"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://courrierinternational.com/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French weekly translating the world press."
  },
  {
    name: "L'Humanité",
    domains: ["humanite.fr"],
    aliases: ["l’Humanité", "Humanité", "Humanite"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "French Communist-founded daily."
  },
  {
    name: "Mediapart",
    domains: ["mediapart.fr"],
    aliases: [],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "French investigative news site."
  },
  {
    name: "LCI",
    domains: ["lci.fr"],
    aliases: ["La Chaîne Info"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b 75",
    note: "French TV news channel."
  },
  {
    name: "Europe 1",
    domains: ["europe1.fr"],
    aliases: ["Europe1"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://europe1.fr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French radio."
  },
  {
    name: "Le Petit Journal",
    domains: ["lepetitjournal.com"],
    aliases: ["lepetitjournal.com Hanoi", "lepetitjournal.com Ho Chi Minh-Ville", "Lepetitjournal"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Media for French expatriates with Hanoi and Ho Chi Minh City editions."
  },
  {
    name: "Gavroche",
    domains: ["gavroche-thailande.com"],
    aliases: ["Gavroche Thaïlande", "Gavroche-thailande"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "French-language magazine in Thailand covering South-East Asia."
  },
  {
    name: "Asialyst",
    domains: ["asialyst.com"],
    aliases: [],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://asialyst.com/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French news magazine on Asia."
  },
  {
    name: "La Presse",
    domains: ["lapresse.ca"],
    aliases: ["Lapresse"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Montreal daily; runs AFP copy."
  },
  {
    name: "Le Devoir",
    domains: ["ledevoir.com"],
    aliases: ["Ledevoir"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://ledevoir.com/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Montreal daily."
  },
  {
    name: "Radio-Canada",
    domains: ["radio-canada.ca"],
    aliases: ["ICI Radio-Canada"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://radio-canada.ca/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Canadian public broadcaster, French service."
  },
  {
    name: "Le Temps",
    domains: ["letemps.ch"],
    aliases: ["Letemps"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://letemps.ch/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Geneva daily."
  },
  {
    name: "RTS",
    domains: ["rts.ch"],
    aliases: ["Radio Télévision Suisse"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://rts.ch/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Swiss French-language public broadcaster."
  },
  {
    name: "Keystone-ATS",
    domains: ["keystone-sda.ch"],
    aliases: ["Keystone-SDA", "ATS", "Agence télégraphique suisse"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b 08",
    note: "Swiss news agency; its French wire appears on bluewin.ch."
  },
  {
    name: "RTBF",
    domains: ["rtbf.be", "beta.rtbf.be"],
    aliases: [],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Belgian French-language public broadcaster."
  },
  {
    name: "Le Soir",
    domains: ["lesoir.be"],
    aliases: ["Lesoir"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://lesoir.be/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Brussels daily."
  },
  {
    name: "La Libre Belgique",
    domains: ["lalibre.be"],
    aliases: ["La Libre", "Lalibre"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://lalibre.be/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Brussels daily."
  },
  {
    name: "Jeune Afrique",
    domains: ["jeuneafrique.com"],
    aliases: ["Jeuneafrique"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://jeuneafrique.com/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Pan-African French-language weekly."
  },
  {
    name: "La Dépêche de Nouvelle-Calédonie",
    domains: ["ladepeche.nc"],
    aliases: ["La Dépêche NC"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "New Caledonian news site."
  },
  {
    name: "Linfo.re",
    domains: ["linfo.re"],
    aliases: ["Linfo"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Réunion news site."
  },
  {
    name: "Seneweb",
    domains: ["seneweb.com"],
    aliases: [],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Senegalese news portal."
  },
  {
    name: "SeneNews",
    domains: ["senenews.com"],
    aliases: [],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Senegalese news site."
  },
  {
    name: "A221",
    domains: ["a221.net"],
    aliases: [],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Senegalese news site."
  },
  {
    name: "Bénin Web TV",
    domains: ["beninwebtv.com", "people.beninwebtv.com"],
    aliases: ["Benin Web TV", "Beninwebtv"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Beninese news site."
  },
  {
    name: "Afrique Media",
    domains: ["afriquemedia.tv"],
    aliases: ["Afriquemedia"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Cameroon-based pan-African channel."
  },
  {
    name: "El Moudjahid",
    domains: ["elmoudjahid.com"],
    aliases: ["Elmoudjahid"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b 29",
    note: "Algerian state daily."
  },
  {
    name: "El Watan",
    domains: ["elwatan-dz.com"],
    aliases: ["Elwatan-dz"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Algerian daily; runs AFP copy."
  },
  {
    name: "Algérie Confluences",
    domains: ["algerieconfluences.dz"],
    aliases: ["Algerieconfluences"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Algerian news site."
  },
  {
    name: "Perspectives Med",
    domains: ["perspectivesmed.com"],
    aliases: ["Perspectivesmed"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b 14",
    note: "Moroccan business news site."
  },
  {
    name: "MediaActu",
    domains: ["mediaactu.com"],
    aliases: [],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "French-language news site."
  },
  {
    name: "Jodala TV",
    domains: ["jodalatv.live"],
    aliases: ["Jodalatv"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "French-language web TV site."
  },
  {
    name: "Intelligence Online",
    domains: ["intelligenceonline.fr"],
    aliases: ["Intelligenceonline"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "French intelligence newsletter."
  },
  {
    name: "The Conversation",
    domains: ["theconversation.com"],
    aliases: ["The Conversation France", "Theconversation"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Academic news site; French edition."
  },
  {
    name: "Réseau Bastille",
    domains: ["reseau-bastille.org"],
    aliases: ["Reseau-bastille"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b 11",
    note: "French left-wing site publishing translated articles."
  },
  {
    name: "Communistus",
    domains: ["communistus.eu"],
    aliases: [],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "French communist site."
  },
  {
    name: "UGVF",
    domains: ["ugvf.org"],
    aliases: ["Union générale des Vietnamiens de France"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Association of Vietnamese in France; site in French."
  },
  {
    name: "Yeni Şafak",
    domains: ["yenisafak.com", "yenisafak.com.tr", "origin.yenisafak.com.tr"],
    aliases: ["Yeni Safak", "Yenisafak"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource: "gold fr-desk-b",
    note: "Turkish daily with a French edition running AFP copy."
  },
  {
    name: "Anadolu",
    domains: ["aa.com.tr"],
    aliases: ["Agence Anadolu", "Anadolu Ajansı"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://aa.com.tr/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Turkish state news agency with a French service."
  },
  {
    name: "Xinhua",
    domains: ["french.news.cn", "french.xinhuanet.com"],
    aliases: ["Agence de presse Xinhua", "Xinhua French"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://french.news.cn/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Chinese state agency's French service."
  },
  {
    name: "CGTN Français",
    domains: ["francais.cgtn.com"],
    aliases: ["CGTN"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://francais.cgtn.com/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "Chinese state TV's French service."
  },
  {
    name: "Le Quotidien du Peuple",
    domains: ["french.peopledaily.com.cn"],
    aliases: ["Quotidien du Peuple en ligne"],
    editions: ["fr"],
    frenchEdition: "desk",
    frenchEditionSource:
      "https://french.peopledaily.com.cn/: a French-language newsroom publishing under its own name, not a translation of a Vietnamese site",
    note: "French edition of the Chinese People's Daily."
  },
  {
    name: "Boursorama",
    domains: ["boursorama.com"],
    aliases: [],
    editions: ["fr"],
    note: "French finance portal reprinting AFP copy (gold fr-desk-b 37); the outlet is AFP."
  },
  {
    name: "bluewin",
    domains: ["bluewin.ch"],
    aliases: ["Bluewin.ch"],
    editions: ["fr"],
    note: "Swisscom portal reprinting Keystone-ATS copy (gold fr-desk-b 08)."
  },
  {
    name: "the-globe.info",
    domains: ["the-globe.info"],
    aliases: [],
    editions: ["fr"],
    note: "Republisher of Le Monde articles (gold fr-desk-b); the outlet is the original."
  },
  {
    name: "agencefrance24.com",
    domains: ["agencefrance24.com"],
    aliases: [],
    editions: ["fr"],
    note: "Republisher of Le Monde/AFP articles (gold fr-desk-b); not France 24."
  },
  {
    name: "Syfeed",
    domains: ["syfeed.com", "dev.syfeed.com"],
    aliases: [],
    editions: ["fr"],
    note: "News feed republisher (dev.syfeed.com reprints Le Monde, gold fr-desk-b)."
  },
  {
    name: "vn-lrds.blogspot.com",
    domains: ["vn-lrds.blogspot.com"],
    aliases: [],
    editions: ["fr"],
    note: "French-language blog reposting Vietnamese Party news (gold fr-desk-b)."
  },
  {
    name: "Mouvement communiste (Overblog)",
    domains: ["mouvementcommuniste.over-blog.com"],
    aliases: [],
    editions: ["fr"],
    note: "Overblog blog reposting Le Courrier du Vietnam texts (gold fr-desk-b)."
  },
  {
    name: "HĐND tỉnh Hải Dương",
    domains: ["hdnd.haiduong.gov.vn"],
    aliases: ["Trang thông tin điện tử HĐND tỉnh Hải Dương"],
    editions: ["vi"],
    note: "Site of the Hải Dương provincial People's Council (gold vi-provincial 03)."
  },
  {
    name: "Tỉnh đoàn Yên Bái",
    domains: ["tinhdoanyenbai.gov.vn"],
    aliases: ["Tuổi trẻ Yên Bái", "Tinhdoanyenbai"],
    editions: ["vi"],
    note: "Site of the Yên Bái provincial Youth Union (gold vi-provincial 06)."
  },
  {
    name: "Ban Tuyên giáo Tỉnh ủy An Giang",
    domains: ["tuyengiaoangiang.vn"],
    aliases: ["Tuyên giáo An Giang", "Tuyengiaoangiang", "Ban Tuyên giáo Tỉnh uỷ An Giang"],
    editions: ["vi"],
    note: "Site of the An Giang provincial Propaganda Commission (gold vi-provincial 13)."
  },
  {
    name: "Ban Tuyên giáo Tỉnh ủy Hưng Yên",
    domains: ["tuyengiaohungyen.vn"],
    aliases: [
      "Trang Thông tin điện tử Ban Tuyên giáo Tỉnh ủy Hưng Yên",
      "Tuyengiaohungyen",
      "Ban Tuyên giáo Tỉnh uỷ Hưng Yên",
      "Trang Thông tin điện tử Ban Tuyên giáo Tỉnh uỷ Hưng Yên"
    ],
    editions: ["vi"],
    note: "Site of the Hưng Yên provincial Propaganda Commission (gold vi-provincial 28)."
  },
  {
    name: "Ủy ban MTTQ Việt Nam tỉnh Cà Mau",
    domains: ["ubmttq.camau.gov.vn"],
    aliases: ["Mặt trận Tổ quốc tỉnh Cà Mau", "Uỷ ban MTTQ Việt Nam tỉnh Cà Mau"],
    editions: ["vi"],
    note: "Site of the Cà Mau provincial Fatherland Front (gold vi-provincial 18)."
  },
  {
    name: "Cổng thông tin chuyển đổi số tỉnh Quảng Ngãi",
    domains: ["chuyendoiso.quangngai.gov.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Digital-transformation portal of Quảng Ngãi province (gold vi-provincial 20)."
  },
  {
    name: "Đảng bộ tỉnh Điện Biên",
    domains: ["dienbien.dcs.vn"],
    aliases: ["Trang thông tin điện tử Đảng bộ tỉnh Điện Biên"],
    editions: ["vi"],
    note: "Site of the Điện Biên provincial Party committee (gold vi-provincial 22)."
  },
  {
    name: "Sở Công thương tỉnh Lào Cai",
    domains: [],
    aliases: ["Sở Công Thương Lào Cai"],
    editions: ["vi"],
    note: "Lào Cai provincial Department of Industry and Trade, named as source on a vietnam.vn page (gold); domain not confirmed."
  },
  {
    name: "Hội Nông dân tỉnh Bắc Giang",
    domains: ["hoinongdan.bacgiang.gov.vn"],
    aliases: ["HND tỉnh Bắc Giang", "Hội ND tỉnh Bắc Giang"],
    editions: ["vi"],
    note: "Site of the Bắc Giang provincial Farmers' Union (gold vi-more5 03)."
  },
  {
    name: "Sở Nội vụ tỉnh Quảng Nam",
    domains: ["sonoivu.quangnam.gov.vn"],
    aliases: ["Sở Nội vụ Quảng Nam"],
    editions: ["vi"],
    note: "Site of the Quảng Nam provincial Department of Home Affairs (gold vi-more5 04)."
  },
  {
    name: "Ủy ban MTTQ Việt Nam thành phố Hà Nội",
    domains: ["mttqhanoi.org.vn"],
    aliases: ["MTTQ Hà Nội", "Uỷ ban MTTQ Việt Nam thành phố Hà Nội", "Mttqhanoi"],
    editions: ["vi"],
    note: "Site of the Hanoi Fatherland Front committee, not the central Front's mattran.org.vn (gold vi-more5 05)."
  },
  {
    name: "Trang thông tin điện tử huyện Lắk",
    domains: ["ttthlak.gov.vn"],
    aliases: ["Ttthlak"],
    editions: ["vi"],
    note: "Site of Lắk district (Đắk Lắk); the name is a reading of the domain, the page does not print it (gold vi-more5 06)."
  },
  {
    name: "Hội Liên hiệp Phụ nữ tỉnh Quảng Bình",
    domains: ["hpn.quangbinh.gov.vn"],
    aliases: ["Hội LHPN tỉnh Quảng Bình", "Hội LHPN Quảng Bình"],
    editions: ["vi"],
    note: "Site of the Quảng Bình provincial Women's Union (gold vi-more5 07)."
  },
  {
    name: "Cổng thông tin điện tử huyện Điện Biên Đông",
    domains: ["dienbiendong.dienbien.gov.vn"],
    aliases: ["UBND huyện Điện Biên Đông"],
    editions: ["vi"],
    note: "Portal of Điện Biên Đông district, Điện Biên (gold vi-more5 08)."
  },
  {
    name: "Đoàn ĐBQH và HĐND tỉnh Gia Lai",
    domains: ["dbnd.gialai.gov.vn"],
    aliases: ["HĐND tỉnh Gia Lai", "Hội đồng nhân dân tỉnh Gia Lai"],
    editions: ["vi"],
    note: "Site of the Gia Lai National Assembly deputies and provincial People's Council (gold vi-more5 09)."
  },
  {
    name: "Hội đồng nhân dân tỉnh Bến Tre",
    domains: ["hdnd.bentre.gov.vn"],
    aliases: ["HĐND tỉnh Bến Tre"],
    editions: ["vi"],
    note: "Site of the Bến Tre provincial People's Council, also reporting district councils (gold vi-more5 10)."
  },
  {
    name: "Cổng thông tin điện tử huyện Kim Thành",
    domains: ["kimthanh.haiduong.gov.vn"],
    aliases: ["UBND huyện Kim Thành"],
    editions: ["vi"],
    note: "Portal of Kim Thành district, Hải Dương (gold vi-more5 11)."
  },
  {
    name: "Tuổi trẻ xứ Dừa",
    domains: ["tuoitrexudua.vn"],
    aliases: ["Tỉnh đoàn Bến Tre", "Tuoitrexudua"],
    editions: ["vi"],
    note: "Site of the Bến Tre provincial Youth Union (gold vi-more5 13)."
  },
  {
    name: "Cổng Thanh Gióng",
    domains: ["thanhgiong.vn"],
    aliases: ["CTG", "Cổng thông tin điện tử Trung ương Đoàn", "Thanhgiong"],
    editions: ["vi"],
    note: "Portal of the Central Committee of the Hồ Chí Minh Communist Youth Union; dateline tag '(CTG)' (gold vi-more5 14)."
  },
  {
    name: "Tuổi trẻ Thủ đô",
    domains: ["tuoitrethudo.vn", "phapluat.tuoitrethudo.vn"],
    aliases: ["Báo Tuổi trẻ Thủ đô", "Tuoitrethudo"],
    editions: ["vi"],
    note: "Paper of the Hanoi Youth Union (gold vi-more5 15)."
  },
  {
    name: "Cổng thông tin điện tử huyện An Phú",
    domains: ["anphu.angiang.gov.vn"],
    aliases: ["UBND huyện An Phú"],
    editions: ["vi"],
    note: "Portal of An Phú district, An Giang (gold vi-more5 16)."
  },
  {
    name: "Cổng thông tin điện tử huyện Hậu Lộc",
    domains: ["hauloc.thanhhoa.gov.vn"],
    aliases: ["UBND huyện Hậu Lộc"],
    editions: ["vi"],
    note: "Portal of Hậu Lộc district, Thanh Hóa (gold vi-more5 17)."
  },
  {
    name: "Viện kiểm sát nhân dân thành phố Đà Nẵng",
    domains: ["vksdanang.gov.vn"],
    aliases: ["VKSND thành phố Đà Nẵng", "Vksdanang"],
    editions: ["vi"],
    note: "Site of the Đà Nẵng people's procuracy (gold vi-more 06)."
  },
  {
    name: "Cổng thông tin điện tử Đảng bộ tỉnh Bắc Ninh",
    domains: ["bacninh.dangcongsan.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Portal of the Bắc Ninh provincial Party committee on the dangcongsan.vn network; `Đảng bộ tỉnh Bắc Ninh` is the body's name in running text (gold vi-more 09's headline), so it is not an alias (gold vi-more 07)."
  },
  {
    name: "Nhà xuất bản Công Thương",
    domains: ["nxbcongthuong.vn"],
    aliases: ["NXB Công Thương", "Nxbcongthuong"],
    editions: ["vi"],
    note: "Industry and Trade publishing house of the Ministry of Industry and Trade; its site republishes news (gold vi-more 09)."
  },
  {
    name: "Ngày mới Online",
    domains: ["ngaymoionline.com.vn"],
    aliases: ["Ngaymoionline"],
    editions: ["vi"],
    note: "E-paper of the Vietnam Farmers' Union (Nông thôn Ngày nay); `Ngày mới` alone is ordinary words (gold vi-more 10)."
  },
  {
    name: "Học viện An ninh nhân dân",
    domains: ["hvannd.edu.vn"],
    aliases: ["Hvannd"],
    editions: ["vi"],
    note: "People's Security Academy of the Ministry of Public Security (gold vi-more 19)."
  },
  {
    name: "Ngân hàng Phát triển Việt Nam",
    domains: ["vdb.gov.vn"],
    aliases: ["Website VDB"],
    editions: ["vi"],
    note: "Vietnam Development Bank (VDB, NHPT); the bare acronyms are left out, they name the bank in running text (gold vi-more 22)."
  },
  {
    name: "Sở Công Thương tỉnh Lai Châu",
    domains: ["sct.laichau.gov.vn"],
    aliases: ["Sở Công Thương Lai Châu"],
    editions: ["vi"],
    note: "Portal of the Lai Châu Department of Industry and Trade (gold vi-more 23)."
  },
  {
    name: "Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum",
    domains: ["svhttdl.kontum.gov.vn"],
    aliases: ["Cổng Thông tin điện tử Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum"],
    editions: ["vi"],
    note: "Portal of the Kon Tum Department of Culture, Sports and Tourism (gold vi-more 24)."
  },
  {
    name: "Cổng thông tin điện tử tỉnh Hà Tĩnh",
    domains: ["hatinh.gov.vn"],
    aliases: ["Cổng TTĐT tỉnh Hà Tĩnh"],
    editions: ["vi"],
    note: "Provincial portal of Hà Tĩnh (gold vi-more2 02)."
  },
  {
    name: "Mekong ASEAN",
    domains: ["mekongasean.vn"],
    aliases: ["Tạp chí Mekong ASEAN", "Mekongasean"],
    editions: ["vi"],
    note: "E-magazine on the Mekong region and ASEAN (gold vi-more2 05)."
  },
  {
    name: "Thương hiệu & Sản phẩm",
    domains: ["thuonghieusanpham.vn"],
    aliases: ["Thương hiệu và Sản phẩm", "Tạp chí Thương hiệu & Sản phẩm", "Thuonghieusanpham"],
    editions: ["vi"],
    note: "E-magazine on brands and products (gold vi-more2 06)."
  },
  {
    name: "Hiệp hội Doanh nghiệp tỉnh",
    domains: ["sba.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Site of a provincial business association; the page names it only as `Hiệp hội Doanh nghiệp tỉnh` (ordinary words, so no alias) and not the province (gold vi-more2 10)."
  },
  {
    name: "Bệnh viện Hữu nghị Đa khoa Nghệ An",
    domains: ["bvnghean.vn"],
    aliases: ["Bvnghean"],
    editions: ["vi"],
    note: "Nghệ An provincial general hospital's news site (gold vi-more2 12)."
  },
  {
    name: "Tạp chí Thông tin và Truyền thông",
    domains: ["ictvietnam.vn"],
    aliases: ["ICTVietnam"],
    editions: ["vi"],
    note: "Magazine of the former Ministry of Information and Communications (gold vi-more2 13)."
  },
  {
    name: "Đoàn ĐBQH và HĐND tỉnh Phú Thọ",
    domains: ["dbnd.phutho.gov.vn"],
    aliases: [],
    editions: ["vi"],
    note: "Site of the Phú Thọ National Assembly deputies and provincial People's Council (gold vi-more2 15)."
  },
  {
    name: "Hội LHPN tỉnh Phú Yên",
    domains: ["hoilhpn.phuyen.gov.vn"],
    aliases: ["Hội Liên hiệp Phụ nữ tỉnh Phú Yên"],
    editions: ["vi"],
    note: "Site of the Phú Yên provincial Women's Union (gold vi-more2 16)."
  },
  {
    name: "Tỉnh ủy Gia Lai",
    domains: ["tinhuygialai.org.vn"],
    aliases: ["Tinhuygialai"],
    editions: ["vi"],
    note: "Site of the Gia Lai provincial Party committee; `Tỉnh ủy Gia Lai` and `Đảng bộ tỉnh Gia Lai` are the body's name in running text, so only the slug is an alias (gold vi-more2 20)."
  },
  {
    name: "Cổng thông tin điện tử thành phố Phan Rang - Tháp Chàm",
    domains: ["prtc.ninhthuan.gov.vn"],
    aliases: ["UBND thành phố Phan Rang - Tháp Chàm"],
    editions: ["vi"],
    note: "Portal of the city of Phan Rang - Tháp Chàm, Ninh Thuận (gold vi-more2 23)."
  },
  {
    name: "Pháp luật Media",
    domains: ["phapluatmedia.vn"],
    aliases: ["Phapluatmedia"],
    editions: ["vi"],
    note: "Law news e-magazine (gold vi-more2 24)."
  },
  {
    name: "Tạp chí Nông thôn mới",
    domains: ["tapchinongthonmoi.vn"],
    aliases: ["Tapchinongthonmoi"],
    editions: ["vi"],
    note: "Magazine on the new-countryside programme; `Nông thôn mới` alone is the programme's name in running text (gold vi-more2 25)."
  },
  {
    name: "Cổng thông tin điện tử huyện Đô Lương",
    domains: ["doluong.gov.vn"],
    aliases: ["UBND huyện Đô Lương"],
    editions: ["vi"],
    note: "Portal of Đô Lương district, Nghệ An (gold vi-more3 03)."
  },
  {
    name: "Cổng thông tin điện tử huyện Yên Lập",
    domains: ["yenlap.phutho.gov.vn"],
    aliases: ["UBND huyện Yên Lập"],
    editions: ["vi"],
    note: "Portal of Yên Lập district, Phú Thọ (gold vi-more3 04)."
  },
  {
    name: "Sở Nội vụ Hà Tĩnh",
    domains: ["sonoivu.hatinh.gov.vn"],
    aliases: ["Cổng thông tin điện tử Sở Nội vụ tỉnh Hà Tĩnh", "Sở Nội vụ tỉnh Hà Tĩnh"],
    editions: ["vi"],
    note: "Portal of the Hà Tĩnh Department of Home Affairs (gold vi-more3 05)."
  },
  {
    name: "Cổng thông tin điện tử tỉnh Kon Tum",
    domains: ["kontum.gov.vn"],
    aliases: ["Cổng TTĐT tỉnh Kon Tum"],
    editions: ["vi"],
    note: "Provincial portal of Kon Tum (gold vi-more3 07)."
  },
  {
    name: "Kinh tế và Dự báo",
    domains: ["kinhtevadubao.vn"],
    aliases: ["Tạp chí Kinh tế và Dự báo", "Kinhtevadubao"],
    editions: ["vi", "en"],
    note: "Magazine of the Ministry of Planning and Investment (now Finance); its articles carry an English summary and keywords, written by the authors (gold vi-more3 08)."
  },
  {
    name: "Cổng thông tin điện tử tỉnh Đồng Nai",
    domains: ["dongnai.gov.vn"],
    aliases: ["CTT-Đồng Nai"],
    editions: ["vi"],
    note: "Provincial portal of Đồng Nai; its ledes open `(CTT-Đồng Nai) -` (gold vi-more3 09)."
  },
  {
    name: "Trường Chính trị Phạm Hùng",
    domains: ["tctph.gov.vn"],
    aliases: ["Trường Chính trị Phạm Hùng tỉnh Vĩnh Long"],
    editions: ["vi"],
    note: "Vĩnh Long's provincial Party school (gold vi-more3 11)."
  },
  {
    name: "Cổng thông tin điện tử tỉnh Bình Dương",
    domains: ["binhduong.gov.vn"],
    aliases: ["TTĐT Bình Dương"],
    editions: ["vi"],
    note: "Provincial portal of Bình Dương; its ledes open `TTĐT -` (gold vi-more3 14)."
  },
  {
    name: "Ban Tuyên giáo Tỉnh ủy Đồng Tháp",
    domains: ["btg.dongthap.gov.vn"],
    aliases: ["Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Đồng Tháp"],
    editions: ["vi"],
    note: "Site of the Đồng Tháp provincial Party propaganda commission (gold vi-more3 15)."
  },
  {
    name: "Báo An Giang",
    domains: ["baoangiang.com.vn"],
    aliases: [
      "Báo An Giang điện tử",
      "Báo điện tử An Giang",
      "An Giang điện tử",
      "Báo An Giang Online",
      "Báo và Phát thanh, Truyền hình An Giang",
      "Baoangiang"
    ],
    editions: ["vi"],
    note: "Party newspaper of An Giang (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged An Giang (absorbing Kiên Giang); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình An Giang."
  },
  {
    name: "Đài Phát thanh và Truyền hình An Giang",
    domains: ["atv.org.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh An Giang",
      "Đài Phát thanh - Truyền hình An Giang",
      "Đài PT-TH An Giang",
      "Đài PTTH An Giang",
      "ATV"
    ],
    editions: ["vi"],
    note: "Radio-television station of An Giang; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Bà Rịa - Vũng Tàu",
    domains: ["baobariavungtau.com.vn"],
    aliases: [
      "Báo Bà Rịa - Vũng Tàu điện tử",
      "Báo điện tử Bà Rịa - Vũng Tàu",
      "Bà Rịa - Vũng Tàu điện tử",
      "Báo Bà Rịa-Vũng Tàu",
      "Báo BR-VT",
      "Baobariavungtau"
    ],
    editions: ["vi"],
    note: "Party newspaper of Bà Rịa - Vũng Tàu (organ of the provincial Party committee). Bà Rịa - Vũng Tàu was merged into Thành phố Hồ Chí Minh on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu",
    domains: ["brt.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bà Rịa - Vũng Tàu",
      "Đài Phát thanh - Truyền hình Bà Rịa - Vũng Tàu",
      "Đài PT-TH Bà Rịa - Vũng Tàu",
      "Đài PTTH Bà Rịa - Vũng Tàu",
      "BRT"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bà Rịa - Vũng Tàu; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Bạc Liêu",
    domains: ["baobaclieu.vn"],
    aliases: ["Báo Bạc Liêu điện tử", "Báo điện tử Bạc Liêu", "Bạc Liêu điện tử", "Baobaclieu"],
    editions: ["vi"],
    note: "Party newspaper of Bạc Liêu (organ of the provincial Party committee). Bạc Liêu was merged into Cà Mau on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bạc Liêu",
    domains: ["thbl.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bạc Liêu",
      "Đài Phát thanh - Truyền hình Bạc Liêu",
      "Đài PT-TH Bạc Liêu",
      "Đài PTTH Bạc Liêu",
      "THBL"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bạc Liêu; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Bắc Giang",
    domains: ["baobacgiang.vn", "en.baobacgiang.vn"],
    aliases: ["Báo Bắc Giang điện tử", "Báo điện tử Bắc Giang", "Bắc Giang điện tử", "BGĐT", "Baobacgiang"],
    editions: ["vi", "en"],
    note: "Party newspaper of Bắc Giang (organ of the provincial Party committee). Bắc Giang was merged into Bắc Ninh on 1 July 2025 and the paper into that unit's paper; its archive stays online. It has an English edition."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bắc Giang",
    domains: ["bacgiangtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bắc Giang",
      "Đài Phát thanh - Truyền hình Bắc Giang",
      "Đài PT-TH Bắc Giang",
      "Đài PTTH Bắc Giang",
      "BGTV",
      "Bacgiangtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bắc Giang; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Bắc Kạn",
    domains: ["baobackan.vn", "baobackan.org.vn", "baobackan.com.vn"],
    aliases: ["Báo Bắc Kạn điện tử", "Báo điện tử Bắc Kạn", "Bắc Kạn điện tử", "BBK", "Baobackan"],
    editions: ["vi"],
    note: "Party newspaper of Bắc Kạn (organ of the provincial Party committee). Bắc Kạn was merged into Thái Nguyên on 1 July 2025 and the paper into that unit's paper; its archive stays online. `BBK - ` opens its ledes (gold vi-more2 03, baobackan.com.vn)."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bắc Kạn",
    domains: ["backantv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bắc Kạn",
      "Đài Phát thanh - Truyền hình Bắc Kạn",
      "Đài PT-TH Bắc Kạn",
      "Đài PTTH Bắc Kạn",
      "Backantv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bắc Kạn; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Bắc Ninh",
    domains: ["baobacninh.com.vn", "baobacninhtv.vn"],
    aliases: [
      "Báo Bắc Ninh điện tử",
      "Báo điện tử Bắc Ninh",
      "Bắc Ninh điện tử",
      "Báo và Phát thanh, Truyền hình Bắc Ninh",
      "Baobacninh"
    ],
    editions: ["vi"],
    note: "Party newspaper of Bắc Ninh (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Bắc Ninh (absorbing Bắc Giang); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Bắc Ninh."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bắc Ninh",
    domains: ["bacninhtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bắc Ninh",
      "Đài Phát thanh - Truyền hình Bắc Ninh",
      "Đài PT-TH Bắc Ninh",
      "Đài PTTH Bắc Ninh",
      "Bacninhtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bắc Ninh; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Đồng Khởi",
    domains: ["baodongkhoi.vn", "dongkhoi.baovinhlong.vn"],
    aliases: ["Báo Đồng Khởi điện tử", "Báo điện tử Đồng Khởi", "Đồng Khởi điện tử", "Baodongkhoi"],
    editions: ["vi"],
    note: "Party newspaper of Bến Tre province, titled Đồng Khởi (organ of the provincial Party committee). Bến Tre was merged into Vĩnh Long on 1 July 2025 and the paper into that unit's paper; its archive stays online. Its site continues as dongkhoi.baovinhlong.vn."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bến Tre",
    domains: ["thbt.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bến Tre",
      "Đài Phát thanh - Truyền hình Bến Tre",
      "Đài PT-TH Bến Tre",
      "Đài PTTH Bến Tre",
      "THBT"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bến Tre; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Bình Định",
    domains: ["baobinhdinh.vn"],
    aliases: ["Báo Bình Định điện tử", "Báo điện tử Bình Định", "Bình Định điện tử", "Baobinhdinh"],
    editions: ["vi"],
    note: "Party newspaper of Bình Định (organ of the provincial Party committee). Bình Định was merged into Gia Lai on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bình Định",
    domains: ["binhdinhtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bình Định",
      "Đài Phát thanh - Truyền hình Bình Định",
      "Đài PT-TH Bình Định",
      "Đài PTTH Bình Định",
      "Binhdinhtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bình Định; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Bình Dương",
    domains: ["baobinhduong.vn"],
    aliases: ["Báo Bình Dương điện tử", "Báo điện tử Bình Dương", "Bình Dương điện tử", "BDO", "Baobinhduong"],
    editions: ["vi", "en"],
    note: "Party newspaper of Bình Dương (organ of the provincial Party committee). Bình Dương was merged into Thành phố Hồ Chí Minh on 1 July 2025 and the paper into that unit's paper; its archive stays online. It has an English edition."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bình Dương",
    domains: ["btv.org.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bình Dương",
      "Đài Phát thanh - Truyền hình Bình Dương",
      "Đài PT-TH Bình Dương",
      "Đài PTTH Bình Dương",
      "BTV Bình Dương"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bình Dương; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Bình Phước",
    domains: ["baobinhphuoc.com.vn"],
    aliases: ["Báo Bình Phước điện tử", "Báo điện tử Bình Phước", "Bình Phước điện tử", "Baobinhphuoc"],
    editions: ["vi"],
    note: "Party newspaper of Bình Phước (organ of the provincial Party committee). Bình Phước was merged into Đồng Nai on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bình Phước",
    domains: ["bptv.org.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bình Phước",
      "Đài Phát thanh - Truyền hình Bình Phước",
      "Đài PT-TH Bình Phước",
      "Đài PTTH Bình Phước",
      "BPTV"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bình Phước; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Bình Thuận",
    domains: ["baobinhthuan.com.vn"],
    aliases: ["Báo Bình Thuận điện tử", "Báo điện tử Bình Thuận", "Bình Thuận điện tử", "Baobinhthuan"],
    editions: ["vi"],
    note: "Party newspaper of Bình Thuận (organ of the provincial Party committee). Bình Thuận was merged into Lâm Đồng on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Bình Thuận",
    domains: ["binhthuantv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Bình Thuận",
      "Đài Phát thanh - Truyền hình Bình Thuận",
      "Đài PT-TH Bình Thuận",
      "Đài PTTH Bình Thuận",
      "Binhthuantv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Bình Thuận; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Cà Mau",
    domains: ["baocamau.vn", "baocamau.com.vn"],
    aliases: [
      "Báo Cà Mau điện tử",
      "Báo điện tử Cà Mau",
      "Cà Mau điện tử",
      "CMO",
      "Báo và Phát thanh, Truyền hình Cà Mau",
      "Baocamau"
    ],
    editions: ["vi"],
    note: "Party newspaper of Cà Mau (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Cà Mau (absorbing Bạc Liêu); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Cà Mau."
  },
  {
    name: "Đài Phát thanh và Truyền hình Cà Mau",
    domains: ["ctvcamau.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Cà Mau",
      "Đài Phát thanh - Truyền hình Cà Mau",
      "Đài PT-TH Cà Mau",
      "Đài PTTH Cà Mau",
      "CTV Cà Mau",
      "Ctvcamau"
    ],
    editions: ["vi"],
    note: "Radio-television station of Cà Mau; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Cần Thơ",
    domains: ["baocantho.com.vn"],
    aliases: [
      "Báo Cần Thơ điện tử",
      "Báo điện tử Cần Thơ",
      "Cần Thơ điện tử",
      "Báo và Phát thanh, Truyền hình Cần Thơ",
      "Baocantho"
    ],
    editions: ["vi"],
    note: "Party newspaper of Cần Thơ (organ of the city Party committee). Since 1 July 2025 the paper of the enlarged Cần Thơ (absorbing Hậu Giang, Sóc Trăng); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Cần Thơ."
  },
  {
    name: "Đài Phát thanh và Truyền hình Cần Thơ",
    domains: ["canthotv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình thành phố Cần Thơ",
      "Đài Phát thanh - Truyền hình Cần Thơ",
      "Đài PT-TH Cần Thơ",
      "Đài PTTH Cần Thơ",
      "THTPCT",
      "Canthotv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Cần Thơ; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Cao Bằng",
    domains: ["baocaobang.vn"],
    aliases: [
      "Báo Cao Bằng điện tử",
      "Báo điện tử Cao Bằng",
      "Cao Bằng điện tử",
      "Báo và Phát thanh, Truyền hình Cao Bằng",
      "Baocaobang"
    ],
    editions: ["vi"],
    note: "Party newspaper of Cao Bằng (organ of the provincial Party committee). Cao Bằng kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Cao Bằng."
  },
  {
    name: "Đài Phát thanh và Truyền hình Cao Bằng",
    domains: ["caobangtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Cao Bằng",
      "Đài Phát thanh - Truyền hình Cao Bằng",
      "Đài PT-TH Cao Bằng",
      "Đài PTTH Cao Bằng",
      "Caobangtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Cao Bằng; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Đà Nẵng",
    domains: ["baodanang.vn"],
    aliases: [
      "Báo Đà Nẵng điện tử",
      "Báo điện tử Đà Nẵng",
      "Đà Nẵng điện tử",
      "Báo và Phát thanh, Truyền hình Đà Nẵng",
      "Baodanang"
    ],
    editions: ["vi"],
    note: "Party newspaper of Đà Nẵng (organ of the city Party committee). Since 1 July 2025 the paper of the enlarged Đà Nẵng (absorbing Quảng Nam); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Đà Nẵng."
  },
  {
    name: "Đài Phát thanh và Truyền hình Đà Nẵng",
    domains: ["danangtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình thành phố Đà Nẵng",
      "Đài Phát thanh - Truyền hình Đà Nẵng",
      "Đài PT-TH Đà Nẵng",
      "Đài PTTH Đà Nẵng",
      "DRT",
      "Danangtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Đà Nẵng; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Đắk Lắk",
    domains: ["baodaklak.vn"],
    aliases: [
      "Báo Đắk Lắk điện tử",
      "Báo điện tử Đắk Lắk",
      "Đắk Lắk điện tử",
      "Báo và Phát thanh, Truyền hình Đắk Lắk",
      "Baodaklak"
    ],
    editions: ["vi"],
    note: "Party newspaper of Đắk Lắk (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Đắk Lắk (absorbing Phú Yên); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Đắk Lắk."
  },
  {
    name: "Đài Phát thanh và Truyền hình Đắk Lắk",
    domains: [],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Đắk Lắk",
      "Đài Phát thanh - Truyền hình Đắk Lắk",
      "Đài PT-TH Đắk Lắk",
      "Đài PTTH Đắk Lắk"
    ],
    editions: ["vi"],
    note: "Radio-television station of Đắk Lắk; merged with the provincial paper in 2025. Domain not confirmed, so none listed."
  },
  {
    name: "Báo Đắk Nông",
    domains: ["baodaknong.vn"],
    aliases: ["Báo Đắk Nông điện tử", "Báo điện tử Đắk Nông", "Đắk Nông điện tử", "Baodaknong"],
    editions: ["vi"],
    note: "Party newspaper of Đắk Nông (organ of the provincial Party committee). Đắk Nông was merged into Lâm Đồng on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Đắk Nông",
    domains: [],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Đắk Nông",
      "Đài Phát thanh - Truyền hình Đắk Nông",
      "Đài PT-TH Đắk Nông",
      "Đài PTTH Đắk Nông"
    ],
    editions: ["vi"],
    note: "Radio-television station of Đắk Nông; merged with the provincial paper in 2025. Domain not confirmed, so none listed."
  },
  {
    name: "Báo Điện Biên Phủ",
    domains: ["baodienbienphu.com.vn", "baodienbienphu.vn"],
    aliases: [
      "Báo Điện Biên Phủ điện tử",
      "Báo điện tử Điện Biên Phủ",
      "Điện Biên Phủ điện tử",
      "Báo Điện Biên Phủ Online",
      "Báo và Phát thanh, Truyền hình Điện Biên",
      "Baodienbienphu"
    ],
    editions: ["vi"],
    note: "Party newspaper of Điện Biên province, titled Điện Biên Phủ (organ of the provincial Party committee). Điện Biên kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Điện Biên."
  },
  {
    name: "Đài Phát thanh và Truyền hình Điện Biên",
    domains: ["dienbientv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Điện Biên",
      "Đài Phát thanh - Truyền hình Điện Biên",
      "Đài PT-TH Điện Biên",
      "Đài PTTH Điện Biên",
      "Dienbientv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Điện Biên; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Đồng Nai",
    domains: ["baodongnai.com.vn"],
    aliases: [
      "Báo Đồng Nai điện tử",
      "Báo điện tử Đồng Nai",
      "Đồng Nai điện tử",
      "Báo và Phát thanh, Truyền hình Đồng Nai",
      "Baodongnai"
    ],
    editions: ["vi"],
    note: "Party newspaper of Đồng Nai (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Đồng Nai (absorbing Bình Phước); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Đồng Nai."
  },
  {
    name: "Đài Phát thanh và Truyền hình Đồng Nai",
    domains: ["dnrtv.org.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Đồng Nai",
      "Đài Phát thanh - Truyền hình Đồng Nai",
      "Đài PT-TH Đồng Nai",
      "Đài PTTH Đồng Nai",
      "ĐNRTV",
      "Dnrtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Đồng Nai; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Đồng Tháp",
    domains: ["baodongthap.vn"],
    aliases: [
      "Báo Đồng Tháp điện tử",
      "Báo điện tử Đồng Tháp",
      "Đồng Tháp điện tử",
      "Báo và Phát thanh, Truyền hình Đồng Tháp",
      "Baodongthap"
    ],
    editions: ["vi"],
    note: "Party newspaper of Đồng Tháp (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Đồng Tháp (absorbing Tiền Giang); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Đồng Tháp."
  },
  {
    name: "Đài Phát thanh và Truyền hình Đồng Tháp",
    domains: ["thdt.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Đồng Tháp",
      "Đài Phát thanh - Truyền hình Đồng Tháp",
      "Đài PT-TH Đồng Tháp",
      "Đài PTTH Đồng Tháp",
      "THDT"
    ],
    editions: ["vi"],
    note: "Radio-television station of Đồng Tháp; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Gia Lai",
    domains: ["baogialai.com.vn"],
    aliases: [
      "Báo Gia Lai điện tử",
      "Báo điện tử Gia Lai",
      "Gia Lai điện tử",
      "GLO",
      "Gia Lai Online",
      "Báo và Phát thanh, Truyền hình Gia Lai",
      "Baogialai"
    ],
    editions: ["vi"],
    note: "Party newspaper of Gia Lai (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Gia Lai (absorbing Bình Định); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Gia Lai."
  },
  {
    name: "Đài Phát thanh và Truyền hình Gia Lai",
    domains: ["gialaitv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Gia Lai",
      "Đài Phát thanh - Truyền hình Gia Lai",
      "Đài PT-TH Gia Lai",
      "Đài PTTH Gia Lai",
      "Gialaitv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Gia Lai; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Hà Giang",
    domains: ["baohagiang.vn"],
    aliases: ["Báo Hà Giang điện tử", "Báo điện tử Hà Giang", "Hà Giang điện tử", "BHG", "Baohagiang"],
    editions: ["vi"],
    note: "Party newspaper of Hà Giang (organ of the provincial Party committee). Hà Giang was merged into Tuyên Quang on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Hà Giang",
    domains: ["hagiangtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Hà Giang",
      "Đài Phát thanh - Truyền hình Hà Giang",
      "Đài PT-TH Hà Giang",
      "Đài PTTH Hà Giang",
      "Hagiangtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Hà Giang; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Hà Nam",
    domains: ["baohanam.com.vn"],
    aliases: ["Báo Hà Nam điện tử", "Báo điện tử Hà Nam", "Hà Nam điện tử", "Baohanam"],
    editions: ["vi"],
    note: "Party newspaper of Hà Nam (organ of the provincial Party committee). Hà Nam was merged into Ninh Bình on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Hà Nam",
    domains: ["hanamtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Hà Nam",
      "Đài Phát thanh - Truyền hình Hà Nam",
      "Đài PT-TH Hà Nam",
      "Đài PTTH Hà Nam",
      "Hanamtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Hà Nam; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Hà Tĩnh",
    domains: ["baohatinh.vn"],
    aliases: [
      "Báo Hà Tĩnh điện tử",
      "Báo điện tử Hà Tĩnh",
      "Hà Tĩnh điện tử",
      "Báo và Phát thanh, Truyền hình Hà Tĩnh",
      "Baohatinh"
    ],
    editions: ["vi"],
    note: "Party newspaper of Hà Tĩnh (organ of the provincial Party committee). Hà Tĩnh kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Hà Tĩnh."
  },
  {
    name: "Đài Phát thanh và Truyền hình Hà Tĩnh",
    domains: ["hatinhtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Hà Tĩnh",
      "Đài Phát thanh - Truyền hình Hà Tĩnh",
      "Đài PT-TH Hà Tĩnh",
      "Đài PTTH Hà Tĩnh",
      "HTTV",
      "Hatinhtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Hà Tĩnh; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Hải Dương",
    domains: ["baohaiduong.vn"],
    aliases: ["Báo Hải Dương điện tử", "Báo điện tử Hải Dương", "Hải Dương điện tử", "Baohaiduong"],
    editions: ["vi", "en"],
    note: "Party newspaper of Hải Dương (organ of the provincial Party committee). Hải Dương was merged into Hải Phòng on 1 July 2025 and the paper into that unit's paper; its archive stays online. It has an English edition."
  },
  {
    name: "Đài Phát thanh và Truyền hình Hải Dương",
    domains: ["haiduongtv.com.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Hải Dương",
      "Đài Phát thanh - Truyền hình Hải Dương",
      "Đài PT-TH Hải Dương",
      "Đài PTTH Hải Dương",
      "Haiduongtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Hải Dương; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Hải Phòng",
    domains: ["baohaiphong.vn", "baohaiphong.com.vn"],
    aliases: [
      "Báo Hải Phòng điện tử",
      "Báo điện tử Hải Phòng",
      "Hải Phòng điện tử",
      "Báo và Phát thanh, Truyền hình Hải Phòng",
      "Baohaiphong"
    ],
    editions: ["vi"],
    note: "Party newspaper of Hải Phòng (organ of the city Party committee). Since 1 July 2025 the paper of the enlarged Hải Phòng (absorbing Hải Dương); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Hải Phòng."
  },
  {
    name: "Đài Phát thanh và Truyền hình Hải Phòng",
    domains: ["thhp.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình thành phố Hải Phòng",
      "Đài Phát thanh - Truyền hình Hải Phòng",
      "Đài PT-TH Hải Phòng",
      "Đài PTTH Hải Phòng",
      "THP"
    ],
    editions: ["vi"],
    note: "Radio-television station of Hải Phòng; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Hậu Giang",
    domains: ["baohaugiang.com.vn"],
    aliases: ["Báo Hậu Giang điện tử", "Báo điện tử Hậu Giang", "Hậu Giang điện tử", "Baohaugiang"],
    editions: ["vi"],
    note: "Party newspaper of Hậu Giang (organ of the provincial Party committee). Hậu Giang was merged into Cần Thơ on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Hậu Giang",
    domains: ["haugiangtivi.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Hậu Giang",
      "Đài Phát thanh - Truyền hình Hậu Giang",
      "Đài PT-TH Hậu Giang",
      "Đài PTTH Hậu Giang",
      "Haugiangtivi"
    ],
    editions: ["vi"],
    note: "Radio-television station of Hậu Giang; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Hòa Bình",
    domains: ["baohoabinh.com.vn"],
    aliases: [
      "Báo Hòa Bình điện tử",
      "Báo điện tử Hòa Bình",
      "Hòa Bình điện tử",
      "HBĐT",
      "Baohoabinh",
      "Báo Hoà Bình",
      "Báo Hoà Bình điện tử",
      "Báo điện tử Hoà Bình",
      "Hoà Bình điện tử"
    ],
    editions: ["vi"],
    note: "Party newspaper of Hòa Bình (organ of the provincial Party committee). Hòa Bình was merged into Phú Thọ on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Hòa Bình",
    domains: ["hoabinhtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Hòa Bình",
      "Đài Phát thanh - Truyền hình Hòa Bình",
      "Đài PT-TH Hòa Bình",
      "Đài PTTH Hòa Bình",
      "Hoabinhtv",
      "Đài Phát thanh và Truyền hình Hoà Bình",
      "Đài Phát thanh và Truyền hình tỉnh Hoà Bình",
      "Đài Phát thanh - Truyền hình Hoà Bình",
      "Đài PT-TH Hoà Bình",
      "Đài PTTH Hoà Bình"
    ],
    editions: ["vi"],
    note: "Radio-television station of Hòa Bình; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Hưng Yên",
    domains: ["baohungyen.vn"],
    aliases: [
      "Báo Hưng Yên điện tử",
      "Báo điện tử Hưng Yên",
      "Hưng Yên điện tử",
      "Báo và Phát thanh, Truyền hình Hưng Yên",
      "Baohungyen"
    ],
    editions: ["vi"],
    note: "Party newspaper of Hưng Yên (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Hưng Yên (absorbing Thái Bình); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Hưng Yên."
  },
  {
    name: "Đài Phát thanh và Truyền hình Hưng Yên",
    domains: ["hungyentv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Hưng Yên",
      "Đài Phát thanh - Truyền hình Hưng Yên",
      "Đài PT-TH Hưng Yên",
      "Đài PTTH Hưng Yên",
      "Hungyentv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Hưng Yên; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Khánh Hòa",
    domains: ["baokhanhhoa.vn", "news.baokhanhhoa.vn"],
    aliases: [
      "Báo Khánh Hòa điện tử",
      "Báo điện tử Khánh Hòa",
      "Khánh Hòa điện tử",
      "Báo và Phát thanh, Truyền hình Khánh Hòa",
      "Baokhanhhoa",
      "Báo Khánh Hoà",
      "Báo Khánh Hoà điện tử",
      "Báo điện tử Khánh Hoà",
      "Khánh Hoà điện tử",
      "Báo và Phát thanh, Truyền hình Khánh Hoà"
    ],
    editions: ["vi", "en"],
    note: "Party newspaper of Khánh Hòa (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Khánh Hòa (absorbing Ninh Thuận); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Khánh Hòa. It has an English edition."
  },
  {
    name: "Đài Phát thanh và Truyền hình Khánh Hòa",
    domains: ["ktv.org.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Khánh Hòa",
      "Đài Phát thanh - Truyền hình Khánh Hòa",
      "Đài PT-TH Khánh Hòa",
      "Đài PTTH Khánh Hòa",
      "KTV",
      "Đài Phát thanh và Truyền hình Khánh Hoà",
      "Đài Phát thanh và Truyền hình tỉnh Khánh Hoà",
      "Đài Phát thanh - Truyền hình Khánh Hoà",
      "Đài PT-TH Khánh Hoà",
      "Đài PTTH Khánh Hoà"
    ],
    editions: ["vi"],
    note: "Radio-television station of Khánh Hòa; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Kiên Giang",
    domains: ["baokiengiang.vn"],
    aliases: ["Báo Kiên Giang điện tử", "Báo điện tử Kiên Giang", "Kiên Giang điện tử", "Baokiengiang"],
    editions: ["vi"],
    note: "Party newspaper of Kiên Giang (organ of the provincial Party committee). Kiên Giang was merged into An Giang on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Kiên Giang",
    domains: ["kgtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Kiên Giang",
      "Đài Phát thanh - Truyền hình Kiên Giang",
      "Đài PT-TH Kiên Giang",
      "Đài PTTH Kiên Giang",
      "KGTV"
    ],
    editions: ["vi"],
    note: "Radio-television station of Kiên Giang; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Kon Tum",
    domains: ["baokontum.com.vn"],
    aliases: ["Báo Kon Tum điện tử", "Báo điện tử Kon Tum", "Kon Tum điện tử", "Baokontum"],
    editions: ["vi"],
    note: "Party newspaper of Kon Tum (organ of the provincial Party committee). Kon Tum was merged into Quảng Ngãi on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Kon Tum",
    domains: ["kontumtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Kon Tum",
      "Đài Phát thanh - Truyền hình Kon Tum",
      "Đài PT-TH Kon Tum",
      "Đài PTTH Kon Tum",
      "Kontumtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Kon Tum; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Lai Châu",
    domains: ["baolaichau.vn"],
    aliases: [
      "Báo Lai Châu điện tử",
      "Báo điện tử Lai Châu",
      "Lai Châu điện tử",
      "Báo và Phát thanh, Truyền hình Lai Châu",
      "Baolaichau"
    ],
    editions: ["vi"],
    note: "Party newspaper of Lai Châu (organ of the provincial Party committee). Lai Châu kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Lai Châu."
  },
  {
    name: "Đài Phát thanh và Truyền hình Lai Châu",
    domains: ["laichautv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Lai Châu",
      "Đài Phát thanh - Truyền hình Lai Châu",
      "Đài PT-TH Lai Châu",
      "Đài PTTH Lai Châu",
      "Laichautv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Lai Châu; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Lâm Đồng",
    domains: ["baolamdong.vn"],
    aliases: [
      "Báo Lâm Đồng điện tử",
      "Báo điện tử Lâm Đồng",
      "Lâm Đồng điện tử",
      "Báo và Phát thanh, Truyền hình Lâm Đồng",
      "Baolamdong"
    ],
    editions: ["vi"],
    note: "Party newspaper of Lâm Đồng (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Lâm Đồng (absorbing Bình Thuận, Đắk Nông); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Lâm Đồng."
  },
  {
    name: "Đài Phát thanh và Truyền hình Lâm Đồng",
    domains: ["lamdongtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Lâm Đồng",
      "Đài Phát thanh - Truyền hình Lâm Đồng",
      "Đài PT-TH Lâm Đồng",
      "Đài PTTH Lâm Đồng",
      "Lamdongtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Lâm Đồng; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Lạng Sơn",
    domains: ["baolangson.vn"],
    aliases: [
      "Báo Lạng Sơn điện tử",
      "Báo điện tử Lạng Sơn",
      "Lạng Sơn điện tử",
      "Báo và Phát thanh, Truyền hình Lạng Sơn",
      "Baolangson"
    ],
    editions: ["vi"],
    note: "Party newspaper of Lạng Sơn (organ of the provincial Party committee). Lạng Sơn kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Lạng Sơn."
  },
  {
    name: "Đài Phát thanh và Truyền hình Lạng Sơn",
    domains: ["langsontv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Lạng Sơn",
      "Đài Phát thanh - Truyền hình Lạng Sơn",
      "Đài PT-TH Lạng Sơn",
      "Đài PTTH Lạng Sơn",
      "Langsontv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Lạng Sơn; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Lào Cai",
    domains: ["baolaocai.vn"],
    aliases: [
      "Báo Lào Cai điện tử",
      "Báo điện tử Lào Cai",
      "Lào Cai điện tử",
      "LCĐT",
      "Báo và Phát thanh, Truyền hình Lào Cai",
      "Baolaocai"
    ],
    editions: ["vi"],
    note: "Party newspaper of Lào Cai (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Lào Cai (absorbing Yên Bái); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Lào Cai."
  },
  {
    name: "Đài Phát thanh và Truyền hình Lào Cai",
    domains: ["laocaitv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Lào Cai",
      "Đài Phát thanh - Truyền hình Lào Cai",
      "Đài PT-TH Lào Cai",
      "Đài PTTH Lào Cai",
      "Laocaitv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Lào Cai; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Long An",
    domains: ["baolongan.vn"],
    aliases: [
      "Báo Long An điện tử",
      "Báo điện tử Long An",
      "Long An điện tử",
      "Long An online",
      "Báo Long An Online",
      "Báo và Đài Phát thanh - Truyền hình Long An",
      "Báo và Đài PT-TH Long An",
      "Baolongan"
    ],
    editions: ["vi"],
    note: "Party newspaper of Long An (organ of the provincial Party committee). Long An was merged into Tây Ninh on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Long An",
    domains: ["la34.com.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Long An",
      "Đài Phát thanh - Truyền hình Long An",
      "Đài PT-TH Long An",
      "Đài PTTH Long An",
      "LA34"
    ],
    editions: ["vi"],
    note: "Radio-television station of Long An; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Nam Định",
    domains: ["baonamdinh.vn"],
    aliases: ["Báo Nam Định điện tử", "Báo điện tử Nam Định", "Nam Định điện tử", "Baonamdinh"],
    editions: ["vi"],
    note: "Party newspaper of Nam Định (organ of the provincial Party committee). Nam Định was merged into Ninh Bình on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Nam Định",
    domains: ["namdinhtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Nam Định",
      "Đài Phát thanh - Truyền hình Nam Định",
      "Đài PT-TH Nam Định",
      "Đài PTTH Nam Định",
      "Namdinhtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Nam Định; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Nghệ An",
    domains: ["baonghean.vn"],
    aliases: [
      "Báo Nghệ An điện tử",
      "Báo điện tử Nghệ An",
      "Nghệ An điện tử",
      "Baonghean.vn",
      "Baonghean",
      "Le journal, la radio et la télévision de Nghệ An",
      "Báo và Phát thanh, Truyền hình Nghệ An"
    ],
    editions: ["vi", "fr"],
    frenchEdition: "automatic",
    frenchEditionSource:
      "gold fr-mt-provincial and fr-mt-more: baonghean.vn/fr over the Vietnamese slug and id, one URL stored with two wordings, a photographer's name translated as a word ('Perle' for Châu, fr-mt-more 23)",
    note: "Party newspaper of Nghệ An (organ of the provincial Party committee). Nghệ An kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Nghệ An. Its French section baonghean.vn/fr is machine-translated: Vietnamese slug and id under /fr/, the whole back catalogue translated, one URL stored with two different wordings, Google's 'Français' label leaking (gold fr-mt-provincial)."
  },
  {
    name: "Đài Phát thanh và Truyền hình Nghệ An",
    domains: ["truyenhinhnghean.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Nghệ An",
      "Đài Phát thanh - Truyền hình Nghệ An",
      "Đài PT-TH Nghệ An",
      "Đài PTTH Nghệ An",
      "Truyền hình Nghệ An",
      "Truyenhinhnghean"
    ],
    editions: ["vi"],
    note: "Radio-television station of Nghệ An; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Ninh Bình",
    domains: ["baoninhbinh.org.vn"],
    aliases: [
      "Báo Ninh Bình điện tử",
      "Báo điện tử Ninh Bình",
      "Ninh Bình điện tử",
      "Báo và Phát thanh, Truyền hình Ninh Bình",
      "Baoninhbinh"
    ],
    editions: ["vi"],
    note: "Party newspaper of Ninh Bình (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Ninh Bình (absorbing Hà Nam, Nam Định); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Ninh Bình."
  },
  {
    name: "Đài Phát thanh và Truyền hình Ninh Bình",
    domains: ["nbtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Ninh Bình",
      "Đài Phát thanh - Truyền hình Ninh Bình",
      "Đài PT-TH Ninh Bình",
      "Đài PTTH Ninh Bình",
      "NBTV"
    ],
    editions: ["vi"],
    note: "Radio-television station of Ninh Bình; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Ninh Thuận",
    domains: ["baoninhthuan.com.vn"],
    aliases: ["Báo Ninh Thuận điện tử", "Báo điện tử Ninh Thuận", "Ninh Thuận điện tử", "Baoninhthuan"],
    editions: ["vi"],
    note: "Party newspaper of Ninh Thuận (organ of the provincial Party committee). Ninh Thuận was merged into Khánh Hòa on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Ninh Thuận",
    domains: ["ninhthuantv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Ninh Thuận",
      "Đài Phát thanh - Truyền hình Ninh Thuận",
      "Đài PT-TH Ninh Thuận",
      "Đài PTTH Ninh Thuận",
      "Ninhthuantv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Ninh Thuận; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Phú Thọ",
    domains: ["baophutho.vn"],
    aliases: [
      "Báo Phú Thọ điện tử",
      "Báo điện tử Phú Thọ",
      "Phú Thọ điện tử",
      "Báo và Phát thanh, Truyền hình Phú Thọ",
      "Baophutho"
    ],
    editions: ["vi"],
    note: "Party newspaper of Phú Thọ (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Phú Thọ (absorbing Hòa Bình, Vĩnh Phúc); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Phú Thọ."
  },
  {
    name: "Đài Phát thanh và Truyền hình Phú Thọ",
    domains: ["phuthotv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Phú Thọ",
      "Đài Phát thanh - Truyền hình Phú Thọ",
      "Đài PT-TH Phú Thọ",
      "Đài PTTH Phú Thọ",
      "Phuthotv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Phú Thọ; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Phú Yên",
    domains: ["baophuyen.vn"],
    aliases: ["Báo Phú Yên điện tử", "Báo điện tử Phú Yên", "Phú Yên điện tử", "Baophuyen"],
    editions: ["vi"],
    note: "Party newspaper of Phú Yên (organ of the provincial Party committee). Phú Yên was merged into Đắk Lắk on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Phú Yên",
    domains: ["ptpphuyen.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Phú Yên",
      "Đài Phát thanh - Truyền hình Phú Yên",
      "Đài PT-TH Phú Yên",
      "Đài PTTH Phú Yên",
      "PTP",
      "Ptpphuyen"
    ],
    editions: ["vi"],
    note: "Radio-television station of Phú Yên; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Quảng Bình",
    domains: ["baoquangbinh.vn"],
    aliases: [
      "Báo Quảng Bình điện tử",
      "Báo điện tử Quảng Bình",
      "Quảng Bình điện tử",
      "QBĐT",
      "Báo và Đài Phát thanh - Truyền hình Quảng Bình",
      "Báo và Đài PT-TH Quảng Bình",
      "Baoquangbinh"
    ],
    editions: ["vi"],
    note: "Party newspaper of Quảng Bình (organ of the provincial Party committee). Quảng Bình was merged into Quảng Trị on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Quảng Bình",
    domains: ["qbtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Quảng Bình",
      "Đài Phát thanh - Truyền hình Quảng Bình",
      "Đài PT-TH Quảng Bình",
      "Đài PTTH Quảng Bình",
      "QBTV"
    ],
    editions: ["vi"],
    note: "Radio-television station of Quảng Bình; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Quảng Nam",
    domains: ["baoquangnam.vn"],
    aliases: [
      "Báo Quảng Nam điện tử",
      "Báo điện tử Quảng Nam",
      "Quảng Nam điện tử",
      "QNO",
      "Quảng Nam Online",
      "Baoquangnam"
    ],
    editions: ["vi"],
    note: "Party newspaper of Quảng Nam (organ of the provincial Party committee). Quảng Nam was merged into Đà Nẵng on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Quảng Nam",
    domains: ["qrt.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Quảng Nam",
      "Đài Phát thanh - Truyền hình Quảng Nam",
      "Đài PT-TH Quảng Nam",
      "Đài PTTH Quảng Nam",
      "QRT"
    ],
    editions: ["vi"],
    note: "Radio-television station of Quảng Nam; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Quảng Ngãi",
    domains: ["baoquangngai.vn"],
    aliases: [
      "Báo Quảng Ngãi điện tử",
      "Báo điện tử Quảng Ngãi",
      "Quảng Ngãi điện tử",
      "Báo và Phát thanh, Truyền hình Quảng Ngãi",
      "Baoquangngai"
    ],
    editions: ["vi"],
    note: "Party newspaper of Quảng Ngãi (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Quảng Ngãi (absorbing Kon Tum); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Quảng Ngãi."
  },
  {
    name: "Đài Phát thanh và Truyền hình Quảng Ngãi",
    domains: ["quangngaitv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Quảng Ngãi",
      "Đài Phát thanh - Truyền hình Quảng Ngãi",
      "Đài PT-TH Quảng Ngãi",
      "Đài PTTH Quảng Ngãi",
      "PTQ",
      "Quangngaitv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Quảng Ngãi; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Quảng Ninh",
    domains: ["baoquangninh.vn", "baoquangninh.com.vn", "english.baoquangninh.vn"],
    aliases: [
      "Báo Quảng Ninh điện tử",
      "Báo điện tử Quảng Ninh",
      "Quảng Ninh điện tử",
      "Báo và Phát thanh, Truyền hình Quảng Ninh",
      "Baoquangninh"
    ],
    editions: ["vi", "en"],
    note: "Party newspaper of Quảng Ninh (organ of the provincial Party committee). Quảng Ninh kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Quảng Ninh. It has an English edition."
  },
  {
    name: "Đài Phát thanh và Truyền hình Quảng Ninh",
    domains: ["qtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Quảng Ninh",
      "Đài Phát thanh - Truyền hình Quảng Ninh",
      "Đài PT-TH Quảng Ninh",
      "Đài PTTH Quảng Ninh",
      "QTV"
    ],
    editions: ["vi"],
    note: "Quảng Ninh's radio-TV (QTV), part of the provincial Media Centre with Báo Quảng Ninh since 2019, merged into Báo và Phát thanh, Truyền hình Quảng Ninh in 2025."
  },
  {
    name: "Báo Quảng Trị",
    domains: ["baoquangtri.vn"],
    aliases: [
      "Báo Quảng Trị điện tử",
      "Báo điện tử Quảng Trị",
      "Quảng Trị điện tử",
      "QTO",
      "Quảng Trị Online",
      "Báo và Phát thanh, Truyền hình Quảng Trị",
      "Baoquangtri"
    ],
    editions: ["vi"],
    note: "Party newspaper of Quảng Trị (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Quảng Trị (absorbing Quảng Bình); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Quảng Trị."
  },
  {
    name: "Đài Phát thanh và Truyền hình Quảng Trị",
    domains: ["quangtritv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Quảng Trị",
      "Đài Phát thanh - Truyền hình Quảng Trị",
      "Đài PT-TH Quảng Trị",
      "Đài PTTH Quảng Trị",
      "QTTV",
      "Quangtritv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Quảng Trị; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Sóc Trăng",
    domains: ["baosoctrang.org.vn"],
    aliases: [
      "Báo Sóc Trăng điện tử",
      "Báo điện tử Sóc Trăng",
      "Sóc Trăng điện tử",
      "Báo và Đài Phát thanh - Truyền hình Sóc Trăng",
      "Báo và Đài PT-TH Sóc Trăng",
      "Baosoctrang"
    ],
    editions: ["vi"],
    note: "Party newspaper of Sóc Trăng (organ of the provincial Party committee). Sóc Trăng was merged into Cần Thơ on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Sóc Trăng",
    domains: ["thst.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Sóc Trăng",
      "Đài Phát thanh - Truyền hình Sóc Trăng",
      "Đài PT-TH Sóc Trăng",
      "Đài PTTH Sóc Trăng",
      "THST"
    ],
    editions: ["vi"],
    note: "Radio-television station of Sóc Trăng; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Sơn La",
    domains: ["baosonla.org.vn", "baosonla.vn"],
    aliases: [
      "Báo Sơn La điện tử",
      "Báo điện tử Sơn La",
      "Sơn La điện tử",
      "Báo và Phát thanh, Truyền hình Sơn La",
      "Baosonla"
    ],
    editions: ["vi"],
    note: "Party newspaper of Sơn La (organ of the provincial Party committee). Sơn La kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Sơn La."
  },
  {
    name: "Đài Phát thanh và Truyền hình Sơn La",
    domains: ["sonlatv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Sơn La",
      "Đài Phát thanh - Truyền hình Sơn La",
      "Đài PT-TH Sơn La",
      "Đài PTTH Sơn La",
      "Sonlatv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Sơn La; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Tây Ninh",
    domains: ["baotayninh.vn"],
    aliases: [
      "Báo Tây Ninh điện tử",
      "Báo điện tử Tây Ninh",
      "Tây Ninh điện tử",
      "Báo và Phát thanh, Truyền hình Tây Ninh",
      "Baotayninh"
    ],
    editions: ["vi"],
    note: "Party newspaper of Tây Ninh (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Tây Ninh (absorbing Long An); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Tây Ninh."
  },
  {
    name: "Đài Phát thanh và Truyền hình Tây Ninh",
    domains: [],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Tây Ninh",
      "Đài Phát thanh - Truyền hình Tây Ninh",
      "Đài PT-TH Tây Ninh",
      "Đài PTTH Tây Ninh"
    ],
    editions: ["vi"],
    note: "Radio-television station of Tây Ninh; merged with the provincial paper in 2025. Domain not confirmed, so none listed."
  },
  {
    name: "Báo Thái Bình",
    domains: ["baothaibinh.com.vn", "wwww.baothaibinh.com.vn"],
    aliases: ["Báo Thái Bình điện tử", "Báo điện tử Thái Bình", "Thái Bình điện tử", "Baothaibinh"],
    editions: ["vi"],
    note: "Party newspaper of Thái Bình (organ of the provincial Party committee). Thái Bình was merged into Hưng Yên on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Thái Bình",
    domains: ["thaibinhtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Thái Bình",
      "Đài Phát thanh - Truyền hình Thái Bình",
      "Đài PT-TH Thái Bình",
      "Đài PTTH Thái Bình",
      "Thaibinhtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Thái Bình; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Thái Nguyên",
    domains: ["baothainguyen.vn", "m.baothainguyen.vn"],
    aliases: [
      "Báo Thái Nguyên điện tử",
      "Báo điện tử Thái Nguyên",
      "Thái Nguyên điện tử",
      "Báo và Phát thanh, Truyền hình Thái Nguyên",
      "Baothainguyen"
    ],
    editions: ["vi"],
    note: "Party newspaper of Thái Nguyên (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Thái Nguyên (absorbing Bắc Kạn); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Thái Nguyên."
  },
  {
    name: "Đài Phát thanh và Truyền hình Thái Nguyên",
    domains: ["thainguyentv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Thái Nguyên",
      "Đài Phát thanh - Truyền hình Thái Nguyên",
      "Đài PT-TH Thái Nguyên",
      "Đài PTTH Thái Nguyên",
      "Thainguyentv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Thái Nguyên; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Thanh Hóa",
    domains: ["baothanhhoa.vn"],
    aliases: [
      "Báo Thanh Hóa điện tử",
      "Báo điện tử Thanh Hóa",
      "Thanh Hóa điện tử",
      "Báo Thanh Hoá",
      "Báo và Phát thanh, Truyền hình Thanh Hóa",
      "Báo và Đài Phát thanh - Truyền hình Thanh Hóa",
      "Báo và Đài PT-TH Thanh Hóa",
      "Baothanhhoa",
      "Báo Thanh Hoá điện tử",
      "Báo điện tử Thanh Hoá",
      "Thanh Hoá điện tử",
      "Báo và Phát thanh, Truyền hình Thanh Hoá",
      "Báo và Đài Phát thanh - Truyền hình Thanh Hoá",
      "Báo và Đài PT-TH Thanh Hoá"
    ],
    editions: ["vi"],
    note: "Party newspaper of Thanh Hóa (organ of the provincial Party committee). Thanh Hóa kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Thanh Hóa."
  },
  {
    name: "Đài Phát thanh và Truyền hình Thanh Hóa",
    domains: ["truyenhinhthanhhoa.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Thanh Hóa",
      "Đài Phát thanh - Truyền hình Thanh Hóa",
      "Đài PT-TH Thanh Hóa",
      "Đài PTTH Thanh Hóa",
      "Truyền hình Thanh Hóa",
      "Truyenhinhthanhhoa",
      "Đài Phát thanh và Truyền hình Thanh Hoá",
      "Đài Phát thanh và Truyền hình tỉnh Thanh Hoá",
      "Đài Phát thanh - Truyền hình Thanh Hoá",
      "Đài PT-TH Thanh Hoá",
      "Đài PTTH Thanh Hoá",
      "Truyền hình Thanh Hoá"
    ],
    editions: ["vi"],
    note: "Radio-television station of Thanh Hóa; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Thừa Thiên Huế",
    domains: ["baothuathienhue.vn", "huengaynay.vn", "news.huengaynay.vn"],
    aliases: [
      "Báo Thừa Thiên Huế điện tử",
      "Báo điện tử Thừa Thiên Huế",
      "Thừa Thiên Huế điện tử",
      "Báo Huế",
      "Huế ngày nay",
      "Báo Huế ngày nay",
      "Báo và Phát thanh, Truyền hình Huế",
      "Báo Thừa Thiên Huế Online",
      "Baothuathienhue"
    ],
    editions: ["vi", "en"],
    note: "Party newspaper of Thừa Thiên Huế (organ of the provincial Party committee; the province became the centrally-run city of Huế in 2025). Huế kept its borders in the 2025 reorganisation; in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Huế. It has an English edition."
  },
  {
    name: "Đài Phát thanh và Truyền hình Thừa Thiên Huế",
    domains: ["trt.com.vn", "trthue.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Thừa Thiên Huế",
      "Đài Phát thanh - Truyền hình Thừa Thiên Huế",
      "Đài PT-TH Thừa Thiên Huế",
      "Đài PTTH Thừa Thiên Huế",
      "TRT",
      "Đài Phát thanh và Truyền hình Huế",
      "Đài Phát thanh và Truyền hình thành phố Huế"
    ],
    editions: ["vi"],
    note: "Radio-television station of Thừa Thiên Huế; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Ấp Bắc",
    domains: ["baoapbac.vn"],
    aliases: ["Báo Ấp Bắc điện tử", "Báo điện tử Ấp Bắc", "Ấp Bắc điện tử", "Baoapbac"],
    editions: ["vi"],
    note: "Party newspaper of Tiền Giang province, titled Ấp Bắc (organ of the provincial Party committee). Tiền Giang was merged into Đồng Tháp on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Tiền Giang",
    domains: ["thtg.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Tiền Giang",
      "Đài Phát thanh - Truyền hình Tiền Giang",
      "Đài PT-TH Tiền Giang",
      "Đài PTTH Tiền Giang",
      "THTG"
    ],
    editions: ["vi"],
    note: "Radio-television station of Tiền Giang; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Trà Vinh",
    domains: ["baotravinh.vn", "travinh.baovinhlong.vn"],
    aliases: [
      "Báo Trà Vinh điện tử",
      "Báo điện tử Trà Vinh",
      "Trà Vinh điện tử",
      "Báo và Đài Phát thanh - Truyền hình Trà Vinh",
      "Báo và Đài PT-TH Trà Vinh",
      "Baotravinh"
    ],
    editions: ["vi"],
    note: "Party newspaper of Trà Vinh (organ of the provincial Party committee). Trà Vinh was merged into Vĩnh Long on 1 July 2025 and the paper into that unit's paper; its archive stays online. Its site continues as travinh.baovinhlong.vn."
  },
  {
    name: "Đài Phát thanh và Truyền hình Trà Vinh",
    domains: ["travinhtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Trà Vinh",
      "Đài Phát thanh - Truyền hình Trà Vinh",
      "Đài PT-TH Trà Vinh",
      "Đài PTTH Trà Vinh",
      "Travinhtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Trà Vinh; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Tuyên Quang",
    domains: ["baotuyenquang.com.vn"],
    aliases: [
      "Báo Tuyên Quang điện tử",
      "Báo điện tử Tuyên Quang",
      "Tuyên Quang điện tử",
      "Báo và Phát thanh, Truyền hình Tuyên Quang",
      "Baotuyenquang"
    ],
    editions: ["vi"],
    note: "Party newspaper of Tuyên Quang (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Tuyên Quang (absorbing Hà Giang); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Tuyên Quang."
  },
  {
    name: "Đài Phát thanh và Truyền hình tỉnh Tuyên Quang",
    domains: ["tuyenquangtv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình Tuyên Quang",
      "Đài Phát thanh - Truyền hình Tuyên Quang",
      "Đài PT-TH Tuyên Quang",
      "Đài PTTH Tuyên Quang",
      "TTV",
      "Tuyenquangtv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Tuyên Quang; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Vĩnh Long",
    domains: ["baovinhlong.com.vn", "baovinhlong.vn"],
    aliases: [
      "Báo Vĩnh Long điện tử",
      "Báo điện tử Vĩnh Long",
      "Vĩnh Long điện tử",
      "Báo và Phát thanh, Truyền hình Vĩnh Long",
      "Báo và Đài Phát thanh - Truyền hình Vĩnh Long",
      "Báo và Đài PT-TH Vĩnh Long",
      "Baovinhlong"
    ],
    editions: ["vi"],
    note: "Party newspaper of Vĩnh Long (organ of the provincial Party committee). Since 1 July 2025 the paper of the enlarged Vĩnh Long (absorbing Bến Tre, Trà Vinh); in 2025 it merged with the provincial radio-TV as Báo và Phát thanh, Truyền hình Vĩnh Long. The former Bến Tre and Trà Vinh papers live on as dongkhoi.baovinhlong.vn and travinh.baovinhlong.vn (rows Báo Đồng Khởi, Báo Trà Vinh)."
  },
  {
    name: "THVL",
    domains: ["thvl.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình Vĩnh Long",
      "Đài Phát thanh và Truyền hình tỉnh Vĩnh Long",
      "Đài Phát thanh - Truyền hình Vĩnh Long",
      "Đài PT-TH Vĩnh Long",
      "Đài PTTH Vĩnh Long",
      "Truyền hình Vĩnh Long",
      "THVL1"
    ],
    editions: ["vi"],
    note: "THVL, the Vĩnh Long radio-television station, widely watched in the Mekong delta; merged with Báo Vĩnh Long in 2025 (gold dev 49)."
  },
  {
    name: "Báo Vĩnh Phúc",
    domains: ["baovinhphuc.com.vn"],
    aliases: ["Báo Vĩnh Phúc điện tử", "Báo điện tử Vĩnh Phúc", "Vĩnh Phúc điện tử", "Baovinhphuc"],
    editions: ["vi"],
    note: "Party newspaper of Vĩnh Phúc (organ of the provincial Party committee). Vĩnh Phúc was merged into Phú Thọ on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Vĩnh Phúc",
    domains: ["vinhphuctv.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Vĩnh Phúc",
      "Đài Phát thanh - Truyền hình Vĩnh Phúc",
      "Đài PT-TH Vĩnh Phúc",
      "Đài PTTH Vĩnh Phúc",
      "Vĩnh Phúc TV",
      "Vinhphuctv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Vĩnh Phúc; merged with the provincial paper in 2025."
  },
  {
    name: "Báo Yên Bái",
    domains: ["baoyenbai.com.vn"],
    aliases: ["Báo Yên Bái điện tử", "Báo điện tử Yên Bái", "Yên Bái điện tử", "YBĐT", "Baoyenbai"],
    editions: ["vi"],
    note: "Party newspaper of Yên Bái (organ of the provincial Party committee). Yên Bái was merged into Lào Cai on 1 July 2025 and the paper into that unit's paper; its archive stays online."
  },
  {
    name: "Đài Phát thanh và Truyền hình Yên Bái",
    domains: ["yenbaitv.org.vn"],
    aliases: [
      "Đài Phát thanh và Truyền hình tỉnh Yên Bái",
      "Đài Phát thanh - Truyền hình Yên Bái",
      "Đài PT-TH Yên Bái",
      "Đài PTTH Yên Bái",
      "Yenbaitv"
    ],
    editions: ["vi"],
    note: "Radio-television station of Yên Bái; merged with the provincial paper in 2025."
  }
]
