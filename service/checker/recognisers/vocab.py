"""The open-ended word lists the recognisers share, each with a sensible default, in one place.

They name *kinds* of words (a document type, a label noun, a time-of-day word), not the sample
reports' vocabulary: a recogniser's rule is the grammar (``<document type> [số] N``, ``<label
noun> N``, ``<time-of-day word> d/m``); the list only says which nouns play that role.  Add to a
list; never write a sample's phrase into a rule.
"""

from __future__ import annotations

from service.lunar import BRANCH_SPELLINGS, STEMS

#: Nouns naming a legal or administrative document (or a part of one): ``<type> [words] [số] N``.
DOCUMENT_TYPES = (
    "chỉ thị", "nghị quyết", "nghị định", "quyết định", "kết luận", "thông tư", "thông tri", "luật", "bộ luật",
    "hiến pháp", "pháp lệnh", "lệnh", "sắc lệnh", "kế hoạch", "công văn", "công điện", "hướng dẫn", "quy định",
    "quy chế", "quy ước", "hương ước", "điều lệ", "thông báo", "văn bản", "tờ trình", "báo cáo", "biên bản",
    "chương trình", "đề án", "dự án", "đề tài", "điều", "khoản", "điểm", "chương", "phụ lục", "mục", "tiết",
    "biểu mẫu", "mẫu", "biểu", "tiêu chí", "tiêu chuẩn", "nghị quyết liên tịch", "thông tư liên tịch",
    "chương trình phối hợp", "quy chế phối hợp", "kế hoạch liên tịch", "chương trình hành động",
)
#: Abbreviations of document types written before a bare number (``QĐ 290``, ``KH 08``).
DOCUMENT_ABBREVIATIONS = ("NQTW", "NQ/TW", "NQ", "QĐ", "CT", "NĐ", "TT", "KH", "CV", "HD", "TB", "BC", "CTr", "ĐA",
                          "TTr", "KL", "QC", "CĐ")

#: Words that name a time of day or introduce a moment: ``Sáng 31-7``, ``lúc 9h``, ``Chiều 14/6``.
TIME_OF_DAY = ("sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng sáng", "sáng sớm", "chiều tối", "nửa đêm",
               "lúc", "vào lúc", "hồi", "khoảng", "từ", "đến", "tới", "vào")
#: Words before a day/month that make it a date: ``ngày 14/6``, ``từ 1-3 đến 31-5``, ``hôm 20.4``.
DATE_CUES = tuple(w for w in TIME_OF_DAY if w != "khoảng") + (
                           "ngày", "hôm", "trước", "sau", "cuối", "đầu", "trước ngày", "sau ngày", "hạn",
                           "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
                           "thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "cn",
                           "t2", "t3", "t4", "t5", "t6", "t7", "mùng", "mồng",
                           # a holiday named by its day: ``kỳ nghỉ lễ 30/4``, ``dịp 2/9``, ``Quốc khánh 2/9``,
                           # ``kỷ niệm 19/5`` (yh-nhieu-tinh-nganh-du-lich-khach-nghi-le-30-4-2025-04)
                           "lễ", "dịp", "tết", "quốc khánh", "kỷ niệm", "dương lịch", "âm lịch")

#: Nouns that, written *before* a number, make it a label or an ordinal (``tuần 1``, ``đợt 2``,
#: ``chặng 1``, ``khóa 3``), not a count (``1 đợt`` counts).
LABEL_NOUNS = ("lần", "tuần", "chặng", "đợt", "khóa", "khoá", "vòng", "giai đoạn", "phần", "bài",
               "câu", "hạng", "nhóm", "trận", "lớp", "khối", "ca", "phiên", "tập", "bước", "mùa", "bảng",
               "hình", "biểu đồ", "trang", "số hiệu", "học kỳ", "học kì", "niên khóa", "lô", "thửa", "tờ",
               "tờ bản đồ", "cấp độ", "mức độ", "mức", "level", "giải", "ván", "hiệp", "lượt trận", "lứa", "tốp",
               "loại", "đối tượng", "diện", "nhóm đối tượng", "hạng mục",
               "ảnh", "hình ảnh", "video", "clip", "photo", "image", "slide",  # "Ảnh 1: ...": a picture's caption
               "mũi", "liều",  # "tỷ lệ tiêm mũi 1 đạt 99,9%": a vaccine's dose by its number
               "trà",  # "gieo sạ trà 1 vụ lúa đông xuân" (c21-baoquangnam): a sowing batch by its number
               "khối ngành", "nhóm ngành",  # "trong đó có khối ngành 3 đạt tỷ lệ 97,8%" (c23-sbtn): a group of majors
               # an admission wish by its rank: "Các nguyện vọng 2, 3 lần lượt chênh nhau khoảng 0,25-0,5 điểm"
               # (c28-dantri), "điểm chuẩn nguyện vọng 1 cao nhất là 25,5 điểm" (danviet.vn, the same cut-offs)
               "nguyện vọng")
#: Words whose last syllable is a label or place noun but which are no noun (``triệu tập 30 đại biểu``: convened
#: 30; ``học tập``, ``thành phần``): the number after them counts.
#: ``thực tập 47 phương án chữa cháy``, ``diễn tập``: drilling a plan (a verb; ``tập`` is no volume there).
COMPOUNDS = frozenset(("triệu tập", "học tập", "luyện tập", "biên tập", "tuyển tập", "thành phần", "cổ phần",
                       "phân loại", "thực tập", "diễn tập", "ôn tập"))
#: Nouns that name a place by its number: ``thôn 7``, ``tổ 8``, ``Quốc lộ 14``, ``Phường 3``.
PLACE_NOUNS = ("thôn", "tổ dân phố", "tổ", "ấp", "khu phố", "khóm", "xóm", "buôn", "bản", "làng", "sóc", "phường",
               "quận", "khu", "tiểu khu", "khu vực", "khoảnh", "tiểu khu rừng", "số nhà", "nhà số", "ngõ", "ngách",
               "hẻm", "kiệt", "đường số", "quốc lộ", "tỉnh lộ", "huyện lộ", "đường tỉnh", "đường huyện",
               "đường tuần tra", "km", "cột mốc", "mốc", "tầng", "phòng", "căn hộ", "lô đất", "chốt", "cổng",
               "bến", "trạm", "tuyến số", "kênh", "đập", "cầu", "đội sản xuất", "tổ liên gia", "liên gia")
#: Road codes glued or dotted: ``QL14``, ``QL.1A``, ``ĐT 741``, ``ĐH.12``.
ROAD_CODES = ("QL", "ĐT", "ĐH", "TL", "HL", "ĐX", "ĐS")
#: Head nouns of a numbered unit's name: ``Trung đoàn 812``, ``Đại đội 2``, ``Bệnh viện Quân y 175``.
UNIT_NOUNS = ("quân khu", "quân đoàn", "binh đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "đại đội",
              "trung đội", "tiểu đội", "hải đội", "hải đoàn", "hạm đội", "vùng", "đoàn", "đồn", "đồn biên phòng",
              "bệnh viện", "trường", "trạm", "kho", "xưởng", "nhà máy", "xí nghiệp", "công ty", "cục", "đội",
              "tổ công tác", "chi nhánh", "tàu", "binh chủng", "bộ phận", "ban", "phân đội", "khẩu đội",
              "trung tâm", "doanh trại", "chi bộ", "chi đoàn", "chi hội", "tổ hội", "tổ đảng", "điểm trường",
              "cảnh sát",
              # a force or a cluster named by its number: ``lực lượng 363`` (the city police's patrols), ``lực lượng tự
              # vệ cụm 7`` (c24-thanhnien-to-cong-tac-363, c24-baodaklak-tu-ve; ``lực lượng 200 người`` counts)
              "lực lượng", "cụm",
              # a club named by its number: ``Câu lạc bộ 25 Bình Định`` (the Red Cross's, yk-gia-lai-hoi-chu-thap-do-…)
              "câu lạc bộ", "clb")
#: Nouns that introduce the name of a movement, model or campaign: ``mô hình 2 cấp``, ``phong trào 3 không``.
NAMING_NOUNS = ("mô hình", "phong trào", "cuộc vận động", "phương châm", "khẩu hiệu", "chủ đề", "danh hiệu",
                "giải thưởng", "hội thi", "cuộc thi", "chiến dịch", "tiêu chí", "chương trình", "nguyên tắc",
                "chủ trương", "cơ chế", "phương án")
#: Labels of page furniture a web page prints next to a number: ``Lượt xem: 3.285``, ``Online: 2``.
FURNITURE_LABELS = ("lượt xem", "lượt truy cập", "số lượt truy cập", "số lượt xem", "lượt đọc", "lượt thích",
                    "lượt chia sẻ", "lượt tải", "bình luận", "ngày đăng", "ngày cập nhật", "cập nhật", "đăng lúc",
                    "đăng ngày", "thống kê", "tổng truy cập", "tổng lượt truy cập", "đang truy cập", "đang online",
                    "online", "trực tuyến", "hôm nay", "hôm qua", "tuần này", "tuần trước", "tháng này",
                    "tháng trước", "năm nay", "tất cả", "tổng cộng truy cập", "khách", "thành viên", "views", "view",
                    "like", "share", "comments", "lượt bình chọn", "đã xem", "xem", "trang", "page", "ảnh",
                    "người đang xem", "truy cập", "lượt",
                    # a poll box and a visitor counter, the number first on its line (``211 người đã bình chọn`` /
                    # ``1179 người đang online``: the held-out zo-thanh-hoa-thuong-xuan-nong-thon-moi-cac-xa-2013), or
                    # an English label (``Hits count: 33,855,928``: the held-out zl-lam-dong-lam-ha-lang-nghe-…-2019)
                    "người đã bình chọn", "người bình chọn", "người đang online", "người đang truy cập",
                    "hits count", "hit count", "hits", "visitors", "online users",
                    # a portal's English interface beside the date (``Ngày đăng 28/09/2020 | 15:57  | View count: 107``:
                    # yv-ha-noi-hoang-mai-hoi-khuyen-hoc-…; ``Publish date 07/07/2020 | 10:54  | View count: 558``)
                    "view count", "views count", "page views", "read count",
                    # a comment thread's count under an article (``Mới nhất  15 trả lời``: yj-ha-noi-dong-da-hdnd-quan-…)
                    "trả lời", "phản hồi")
#: Labels before a phone number: ``Điện thoại: 0263 3822 123``, ``Đường dây nóng: 1900 ...``.
PHONE_LABELS = ("điện thoại", "số điện thoại", "đt", "sđt", "đtdđ", "dđ", "di động", "hotline", "đường dây nóng",
                "tel", "fax", "zalo", "liên hệ", "điện thoại liên hệ", "tổng đài")
#: Words a set phrase of the political register counts, whose number is part of the name:
#: ``2 nhiệm vụ chiến lược``, ``3 thứ quân``, ``4 tại chỗ``, ``3 sạch`` (slogans of several numbers, ``5 không, 3
#: sạch``, are ``names.SLOGAN``'s).
SET_PHRASES = (r"nhiệm vụ chiến lược", r"cuộc kháng chiến", r"thứ quân", r"tại chỗ", r"khâu đột phá",
               r"đột phá chiến lược", r"mũi giáp công", r"sạch", r"giỏi", r"đảm đang",
               r"trách nhiệm nêu gương", r"cấp chính quyền",
               # the nation's wars (``trong 02 cuộc chiến tranh bảo vệ Tổ quốc``; a page's typo ``chiến trang`` too)
               r"cuộc chiến tranh", r"cuộc chiến trang",
               # how many digits a rate has: ``duy trì tốc độ hai con số`` (c18-tbtc), ``tăng trưởng cao ở mức hai con
               # số`` (t3-bct): double-digit growth, no count
               r"con số")
#: Nouns for the parts of a definition: ``3 tiêu chuẩn của phong trào``, ``04 phẩm chất: Tự tin – ...``, ``6 nhiệm vụ
#: trọng tâm``: counting them states what a programme is, not what the period did.
DEFINITION_NOUNS = ("tiêu chí", "tiêu chuẩn", "phẩm chất", "nhiệm vụ", "nội dung", "yêu cầu", "giải pháp",
                    "nhóm giải pháp", "khâu đột phá", "đột phá", "mục tiêu", "nguyên tắc", "bước", "chữ", "điều",
                    "nhóm nhiệm vụ", "chương trình", "lĩnh vực", "trụ cột", "phương châm", "chỉ tiêu", "kết quả",
                    "điểm mới", "bài học", "hạn chế", "tồn tại")
#: Words after such a noun that make it the programme's own (``6 nhiệm vụ trọng tâm``).
DEFINITION_ADJECTIVES = ("trọng tâm", "chủ yếu", "cơ bản", "trọng điểm", "chiến lược", "then chốt", "chủ đạo",
                         "nổi bật", "quan trọng", "kinh nghiệm", "mục tiêu quốc gia")
#: What a definition belongs to: ``3 tiêu chuẩn của phong trào``, ``08 tiêu chí của cuộc vận động``.
PROGRAMME_NOUNS = ("phong trào", "cuộc vận động", "chương trình", "đề án", "mô hình", "nghị quyết", "kế hoạch",
                   "bộ tiêu chí", "danh hiệu", "gia đình", "chỉ thị", "kết luận", "đề tài", "dự án", "chiến lược",
                   "phương án", "cuộc thi", "hội thi", "giải thưởng", "công tác", "hội")
#: Heavenly stems and earthly branches: a lunar year's name (``Xuân Giáp Thìn 2024``).
CAN, CHI = STEMS, BRANCH_SPELLINGS      # the cycle: service.lunar

#: Count units reports use (longest first when matching); the checker adds the table's own units.
COUNT_UNITS = ("lượt người", "lượt gia đình", "lượt hội viên", "phần quà", "suất quà", "đơn vị máu", "ngày công",
               "trẻ em", "cột điện", "áo quan", "hồ sơ", "đối tượng", "trường hợp", "đồng chí", "đ/c", "đảng viên",
               "hội viên", "đoàn viên", "thanh niên", "gia đình", "đơn vị", "người", "lượt", "vụ", "việc", "suất",
               "lớp", "đợt", "cuộc", "buổi", "nhà", "hộ", "em", "cụ", "mẹ", "cây", "biển", "tuyến", "mộ", "tổ",
               "xe", "xã", "huyện", "thôn", "ngày", "giờ", "học sinh", "giáo viên", "cán bộ", "chiến sĩ", "công trình",
               "tấm", "bộ", "chiếc", "con", "tập", "quyển", "bài", "tin", "phòng", "trường", "điểm", "mô hình",
               "câu lạc bộ", "chi hội", "chi đoàn", "cơ sở", "tài liệu", "pa nô", "băng rôn", "khẩu hiệu",
               "thành viên", "phiên tòa", "phiên toà")
#: Extra nouns a number in words may count (``hai hội nghị``, ``ba đoàn``): words need a counted noun.
WORD_COUNT_NOUNS = ("hội nghị", "đoàn", "đội", "tổ", "bạn", "cháu", "chị", "anh", "ông", "bà", "thầy", "cô",
                    "cơ quan", "doanh nghiệp", "hợp tác xã", "thành viên", "tình nguyện viên", "sinh viên",
                    "công nhân", "nông dân", "cựu chiến binh", "phụ nữ", "hội", "chi bộ", "đảng bộ", "huyện",
                    "tỉnh", "phường", "thị trấn", "ấp", "bản", "làng", "bệnh nhân", "ca", "tháng", "năm",
                    "phiên", "lần", "văn bản", "kế hoạch", "hội thi", "giải", "chương trình", "công văn")
#: Nouns that start a compound which is no counted thing: ``một bộ phận``, ``một phần``.
NOT_COUNTED = ("bộ phận", "phần", "số", "cách", "lòng", "mặt", "trong", "vài", "loạt", "thời", "chút", "khi",
               "mình", "nửa", "cửa", "ít", "nhiều", "tí", "lúc", "hồi", "chiều", "bên", "nhà nước", "con người",
               "ngày mai", "ngày nay")
#: Crops whose varieties are named by a code or a name with a number (``lúa OM 5451``, ``lúa Đài thơm 8``, ``cà phê
#: TR4``): a number right after one and its code or name is part of the variety's name. Open-ended: the word ``giống``
#: (variety) anywhere earlier in the sentence does the same for any crop or breed.
CROP_NOUNS = ("lúa", "nếp", "gạo", "ngô", "bắp", "đậu", "đậu tương", "lạc", "sắn", "mì", "khoai", "khoai lang", "mía",
              "chè", "cà phê", "tiêu", "hồ tiêu", "điều", "cao su", "keo", "keo lai", "bạch đàn", "dưa", "bông", "giống",
              "giống lai", "lúa lai", "ngô lai",
              # fruit named by a variety with a number: ``sầu riêng hạt lép Ri 6`` (vietbao 2022, a week's prices)
              "sầu riêng", "xoài", "thanh long", "bưởi", "nhãn", "vải", "cam", "chuối")
