/**
 * Vietnamese noise vocabulary: block headers, player widgets, credits and UI
 * strings of Vietnamese news CMSs (VTV, VnExpress, Tuổi Trẻ, Zing, Vietnam+ ...).
 */
import type { NoiseRuleInput } from "../../schemas/Rules.ts"

export const vietnameseNoiseRules: ReadonlyArray<NoiseRuleInput> = [
  {
    id: "vi.image.alt-slug",
    certain: true,
    lang: "vi",
    kind: "image",
    pattern: String.raw`^[a-z0-9]+(?:[ _-][a-z0-9]+){2,}[ _-]hinh[ _-]anh[ _-]?\d+$`,
    caseInsensitive: true,
    note: "Image alt text generated from the article slug with diacritics stripped and `hinh anh N` (picture N) appended, as Zing/Znews pages carry."
  },
  {
    id: "vi.caption.credit",
    certain: true,
    lang: "vi",
    kind: "caption",
    pattern: String.raw`(?<!(?:Tin|Bài)\s*(?:và|,))(?:^|[\s.(|–-])(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh chụp màn hình|Nguồn ảnh|Ảnh tư liệu|Đồ họa|Clip|Video)\s*:\s*[^.;!?:]{1,60}\)?$`,
    maxChars: 400,
    note: "A caption ending with a photo credit (`... Ảnh: TTXVN`, `(Ảnh: Quang Hiếu)`); the colon keeps `Ảnh hưởng` (influence) in body text out, and a byline's `Tin và ảnh:`, `Bài, ảnh:` (text and photos by) is the byline's."
  },
  {
    id: "vi.caption.illustration",
    lang: "vi",
    kind: "caption",
    pattern: String.raw`^(?:.{0,300}\s)?\((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Ảnh chụp màn hình)\)$`,
    note: "A caption closed by a bare credit in brackets such as `(Ảnh minh họa)`."
  },
  {
    id: "vi.related.header-alone",
    certain: true,
    lang: "vi",
    kind: "related",
    pattern: String.raw`^(?:(?:>>|»|→|►|▶|•)\s*)?(?:(?:Tin|Bài|Tin bài|Tin tức|Bài viết|Video)\s+(?:liên quan|cùng chuyên mục|cùng chủ đề|cùng mục|cùng sự kiện)|Cùng chuyên mục|Cùng chủ đề|Có thể bạn quan tâm|(?:Tin\s+)?Mới\s*[-–]\s*Nóng|(?:Tin\s+|Bài\s+)?(?:Đọc|Xem) nhiều nhất)\s*:?$`,
    caseInsensitive: true,
    note: "A related-block header alone on its line (`Tin bài liên quan`, `Bài liên quan`, `TIN CÙNG CHUYÊN MỤC`, `MỚI - NÓNG`, `Xem nhiều nhất`), in capitals or not: decided before the model, which takes such a short line at a page's end for a byline (gold: 8 such headers of 6 outlets, all related). Not the ambiguous `Tin mới` (an outlet's name) or a bare `Xem thêm` (a button)."
  },
  {
    id: "vi.related.header",
    lang: "vi",
    kind: "related",
    pattern: String.raw`^(?:Tin|Bài|Tin bài|Video|Tin tức|Bài viết)\s+(?:liên quan|cùng chuyên mục|cùng chủ đề|cùng mục|mới|mới nhất|khác|nổi bật|đọc nhiều|xem nhiều|hay|tiêu điểm|đáng chú ý)(?:\s*(?::|>>|»)\s*.*)?$`,
    caseInsensitive: true,
    note: "Related-news block headers (`Tin liên quan`, `Tin bài liên quan`, `TIN MỚI`, `Tin cùng chuyên mục`), alone or with the first headline after a colon."
  },
  {
    id: "vi.related.phrase",
    lang: "vi",
    kind: "related",
    pattern: String.raw`^(?:(?:>>|»|→|►|▶|•)\s*)?(?:Cùng chuyên mục|Cùng chủ đề|Có thể bạn quan tâm|Đọc thêm|Xem thêm|Đọc nhiều(?: nhất)?|Xem nhiều(?: nhất)?|Mới nhất|Mới\s*[-–]\s*Nóng|Chuyên mục|Đọc tiếp|Xem tiếp)(?:\s*(?::|>>|»)\s*.*)?$`,
    caseInsensitive: true,
    note: "Further related-block headers (`Cùng chuyên mục`, `Xem thêm:`, `Xem nhiều nhất`, `MỚI - NÓNG`), after a link marker or not (`► Xem thêm:`); whole line or followed by a colon, so a body sentence starting `Xem thêm các ...` is not taken."
  },
  {
    id: "vi.related.link-line",
    certain: true,
    lang: "vi",
    kind: "related",
    pattern: String.raw`^(?:>>|»|>)\s*\S.{0,200}$`,
    note: "A related link written as `>> headline` inside the body, a common Vietnamese CMS style."
  },
  {
    id: "vi.ticker.promo",
    certain: true,
    lang: "vi",
    kind: "ticker",
    pattern: String.raw`^Mời\s+(?:quý\s+)?(?:độc giả|khán giả|bạn đọc|quý vị|các bạn)\s.*(?:theo dõi|xem|đón xem|đón đọc)(?![\p{L}\p{N}])`,
    caseInsensitive: true,
    note: "A broadcaster's promo line inviting readers to watch its programmes (`Mời quý độc giả theo dõi ...`), printed under every VTV article."
  },
  {
    id: "vi.ticker.now-playing",
    certain: true,
    lang: "vi",
    kind: "ticker",
    pattern: String.raw`^(?:Đang phát|Đang xem|Phát lại|Tiếp theo|Tự động phát|Video đang phát|Xem video|Đang trực tiếp|Trực tiếp)$`,
    caseInsensitive: true,
    note: "Video-player widget labels (`ĐANG PHÁT`, now playing)."
  },
  {
    id: "vi.ticker.schedule-header",
    certain: true,
    lang: "vi",
    kind: "ticker",
    pattern: String.raw`^(?:Chương trình hôm nay|Lịch phát sóng(?:\s+hôm nay)?|Thời gian\s+Chương trình(?:\s+Tên chương trình)?)\s*:?$`,
    caseInsensitive: true,
    note: "The header of a radio or TV station's programme schedule (`CHƯƠNG TRÌNH HÔM NAY` on VOV1's pages, the table head `Thời gian Chương trình Tên chương trình` of a provincial station's schedule): broadcast widget (LABELLING.md `ticker`); gold: 3 such lines of 2 outlets, all ticker, the model took them for a byline, ui or the title. The schedule's items under it follow as its block (`block:after-ticker`)."
  },
  {
    id: "vi.ticker.programme-status",
    certain: true,
    lang: "vi",
    kind: "ticker",
    pattern: String.raw`^.{3,200}\((?:đang phát|phát lại|trực tiếp)\)$`,
    caseInsensitive: true,
    note: "A broadcast programme listed with its status in brackets (`Ca nhạc-Nhập hệ VOV3 (đang phát)`, `... (Phát lại)`): a radio or TV player's playlist (`ticker`), as `ĐANG PHÁT` alone."
  },
  {
    id: "vi.ticker.relative-time",
    lang: "vi",
    kind: "ticker",
    pattern: String.raw`^\d+\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng)\s+trước$`,
    caseInsensitive: true,
    note: "A relative time on its own line (`11 giờ trước`, `1 ngày trước`): the age of a playlist or most-recent item a scraper split from its headline (LABELLING.md: playlists with relative times are `ticker`); an article prints its own date absolute."
  },
  {
    id: "vi.ticker.playlist-item",
    certain: true,
    lang: "vi",
    kind: "ticker",
    pattern: String.raw`^.{3,160}\s\d+\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng)\s+trước$`,
    caseInsensitive: true,
    note: "A playlist or news-ticker item ending with a relative time (`Bản tin thời tiết ... 3 phút trước`)."
  },
  {
    id: "vi.comment.counter",
    lang: "vi",
    kind: "comment",
    pattern: String.raw`^(?:\d+\s*bình luận|Bình luận\s*\(\d+\)|Bình luận|Gửi bình luận|Viết bình luận|Ý kiến bạn đọc|Ý kiến\s*\(\d+\)|\d+\s+ý kiến)$`,
    caseInsensitive: true,
    note: "Comment counters and comment-form labels (`12 bình luận`, `Bình luận (0)`, the count glued to the label by the scraper: `173BÌNH LUẬN` on Học viện An ninh nhân dân's portal)."
  },
  {
    id: "vi.comment.form-notice",
    certain: true,
    lang: "vi",
    kind: "comment",
    pattern: String.raw`^Email của bạn sẽ không được hiển thị công khai\.?(?:\s+Các trường bắt buộc được đánh dấu\s*\*)?$`,
    note: "WordPress's comment-form notice in its shipped Vietnamese translation, the same text on every Vietnamese WordPress site (dev 49 and two more stored thvl.vn pages, 'Trả lời' above it); fr.comment.form-notice is the French one."
  },
  {
    id: "vi.comment.form-heading",
    certain: true,
    lang: "vi",
    kind: "comment",
    pattern: String.raw`^(?:Trả lời|Để lại (?:một )?bình luận|Gửi ý kiến(?: của bạn)?|Chia sẻ ý kiến(?: của bạn)?|Ý kiến của bạn)$`,
    caseInsensitive: true,
    feature: false,
    note: "A comment form's heading on its own line (WordPress's `Trả lời` over its form notice on THVL's pages, `Để lại một bình luận`; a desk's `Gửi ý kiến`, `Chia sẻ ý kiến`): LABELLING.md's comment widgets; fr.comment.form-heading is the French one (its machine translation `Partagez votre avis` on Báo Nghệ An's French pages). Gold: both lines so (THVL, Báo Nghệ An) are comment, the model read them as a byline and a caption; an interview's answer is labelled `Trả lời:` with its colon, which this whole-line row does not match."
  },
  {
    id: "vi.comment.form-message",
    certain: true,
    lang: "vi",
    kind: "comment",
    pattern: String.raw`^(?:Bạn cần đăng nhập để (?:thực hiện chức năng này|bình luận|gửi bình luận)|Bạn không thể gửi bình luận liên tục|(?:LƯU Ý\s*:\s*)?[\p{L}\s]{0,30}sẽ biên tập ý kiến (?:của )?bạn đọc trước khi (?:xuất bản|đăng)|Gửi file đính kèm không quá \d+\s*MB)`,
    caseInsensitive: true,
    note: "A comment form's message to the reader, printed under the article by the form: log in first (`Bạn cần đăng nhập để thực hiện chức năng này!`), wait before commenting again (`Bạn không thể gửi bình luận liên tục. Xin hãy đợi`), the desk edits readers' comments before it publishes them (`LƯU Ý: BDO sẽ biên tập ý kiến của bạn đọc trước khi xuất bản …`), the attachment's limit (`Gửi file đính kèm không quá 10MB`): LABELLING.md's comment widgets (gold: 4 such lines of Báo Giao thông and Báo Bình Dương, all comment; the model took them for body or a caption). An article's sentence about readers' opinions does not open so."
  },
  {
    id: "vi.source.attribution",
    lang: "vi",
    kind: "source",
    pattern: String.raw`^(?:Theo|Nguồn\s*:)\s+(?<outlet>[\p{Lu}\d][^.,;:!?]{0,40})$`,
    note: "A source attribution closing the article (`Theo TTXVN`, `Nguồn: VTV`); a capital after `Theo` keeps `Theo quy định ...` sentences out."
  },
  {
    id: "vi.byline.degree-name",
    certain: true,
    lang: "vi",
    kind: "byline",
    pattern: String.raw`^(?:(?:PGS|GS)\.?\s*,?\s*TS|PGS|GS|TS|ThS|NCS)\.?\s+(?<author>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){1,4})$`,
    note: "An author's academic degree and name alone on the line (`ThS. Lò Thu Hà`, `TS. TRẦN VĂN`, `PGS.TS Nguyễn Văn Minh`): the byline of a journal's or a legislature's article (Kinh tế và Dự báo, Lập pháp); the model, reading a short line of capitalised words at the top, called both ui. Certain: no caption or heading is a degree and a name alone."
  },
  {
    id: "vi.byline.label",
    certain: true,
    lang: "vi",
    kind: "byline",
    pattern: String.raw`^(?:Bài|Tin|Bài và ảnh|Tin và ảnh|Bài, ảnh|Tin, ảnh|Nhóm PV|Nhóm phóng viên|PV|Tác giả|Thực hiện)\s*:\s*(?<author>\p{Lu}[^.!?]{0,60})$`,
    note: "Author credits (`Bài và ảnh: Minh Anh`, `Tin và ảnh: THU OANH`, `Tác giả: Tuyết Hạnh - Hồng Thư - Lương Trang`). Certain: a label, a colon and a name up to 60 characters with no sentence mark; the model called both such gold lines (Báo Kiên Giang, Công an Thanh Hóa) captions; an interview's `PV: Xin đồng chí cho biết ...?` is a question, longer and ending in its mark."
  },
  {
    id: "vi.dateline.weekday",
    lang: "vi",
    kind: "dateline",
    pattern: String.raw`^(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)\s*,?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?$`,
    caseInsensitive: true,
    note: "A dateline with the weekday (`Thứ năm, 29/01/2015 17:58 GMT+7`)."
  },
  {
    id: "vi.dateline.published",
    certain: true,
    lang: "vi",
    kind: "dateline",
    pattern: String.raw`^(?:Đăng ngày|Ngày đăng(?: bài)?|Ngày cập nhật|Cập nhật(?: lúc| ngày)?|Ngày xuất bản|Thời gian đăng)\s*:?\s*\d[\d\s:/.|-]{3,30}(?:\s*(?:AM|PM|SA|CH))?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?(?:\s*\|\s*[^.!?]{0,80}|\s+\p{L}+(?:\s+\p{L}+)?)?$`,
    caseInsensitive: true,
    note: "A CMS's publication or update stamp: its label, then the date and time alone, maybe a counter or an author after a bar (`Đăng ngày 17 - 05 - 2024`, `Ngày đăng: 08/07/2024 11:38`, `Cập nhật lúc: 18:00 |22/05/2022`, `Đăng ngày: 20/01/2020 - 8:28:04 AM | Lượt xem: 1231 | Trần Thị Thanh Thủy`, `Ngày đăng bài: 16/12/2019 | Tác giả: Long Hà`). Certain: the 7 such gold lines (6 outlets: portals of Phan Rang - Tháp Chàm, Kon Tum, Đà Nẵng's procuracy, Bến Tre's council, Báo Bình Dương, Báo Nam Định, Vĩnh Phúc's station) are all datelines, and the model took one for a related item. An update told in a sentence (`Cập nhật đến 18h ngày 5/3, …`) has words after its date."
  },
  {
    id: "vi.ui.label",
    certain: true,
    lang: "vi",
    kind: "ui",
    pattern: String.raw`^(?:Chia sẻ|Chia sẻ bài viết|In bài|In bài viết|Lưu bài|Lưu bài viết|Theo dõi|Theo dõi chúng tôi|Trang chủ|Đăng nhập|Đăng ký|Quay lại|Về đầu trang|Lên đầu trang|Bình chọn|Thích|Gửi|Xem bình luận|Sao chép liên kết|Nghe bài viết|Cỡ chữ|Tăng cỡ chữ|Giảm cỡ chữ|Mục lục)\s*:?$`,
    caseInsensitive: true,
    note: "UI labels of Vietnamese news pages (share, print, save, listen, font size)."
  },
  {
    id: "vi.ui.view-count",
    certain: true,
    lang: "vi",
    kind: "ui",
    pattern: String.raw`^(?:[•·|-]\s*)?(?:(?:Tổng số\s+)?Lượt\s+(?:xem|đọc|truy cập)\s*:?\s*(?:\d[\d.,]*(?:\s+lượt\s+(?:xem|đọc))?)?|\d[\d.,]*\s+lượt\s+(?:xem|đọc|thích))$`,
    caseInsensitive: true,
    note: "A page's view counter alone on its line (`Lượt xem: 400`, `- Lượt xem : 33`, `• Lượt xem: 5547 lượt xem`, `11,364 lượt xem`, `Tổng số lượt truy cập:`): site chrome (gold: 11 such lines of 11 outlets, all ui; the model took three for related, body or other noise). A counter inside a dateline (`Đăng ngày: ... | Lượt xem: 1231`) is the dateline's."
  },
  {
    id: "vi.ui.tags",
    certain: true,
    lang: "vi",
    kind: "ui",
    pattern: String.raw`^(?:Từ khóa|Từ khoá|Chủ đề|Tags?)\s*:\s*.{1,200}$`,
    caseInsensitive: true,
    note: "The tag list at the bottom of an article (`Từ khóa: ...`)."
  },
  {
    id: "vi.ad.label",
    lang: "vi",
    kind: "ad",
    pattern: String.raw`^(?:Quảng cáo|Tài trợ|Nội dung tài trợ|Bài PR|PR)$`,
    caseInsensitive: true,
    note: "Advertising labels."
  },
  {
    id: "vi.ad.company-header",
    certain: true,
    lang: "vi",
    kind: "ad",
    scope: "head",
    pattern: String.raw`^(?:Công ty|Tổng công ty|Tập đoàn|Ngân hàng|CTCP|Cty|Doanh nghiệp|Nhà máy|Hợp tác xã)(?![\p{L}\p{N}])[^.!?:;]{0,100}$`,
    caseInsensitive: true,
    note: "A company or advertiser name printed above the headline (`Công ty Phân lân nung chảy Văn Điển`): only before a title-like line, never in the body."
  }
]
