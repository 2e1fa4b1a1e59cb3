/**
 * Closed word lists the recognisers share. They are grammar, not world knowledge, so they live
 * here as data with reasons rather than in dictionaries/ (which users extend).
 */
export interface WordRule {
  words: readonly string[];
  reason: string;
}

/** Lower-case administrative type words: they stay outside a LOCATION ("tỉnh Khánh Hòa" → "Khánh Hòa"). */
export const ADMIN_TYPE_WORDS: WordRule = {
  words: [
    "tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "ấp", "bản", "làng",
    "xóm", "buôn", "khu phố", "tổ dân phố", "đặc khu", "huyện đảo", "thành phố đảo", "châu", "nước", "khu tự trị", "bang", "tiểu bang", "khu vực",
    "vùng", "tổ", "đường", "phố", "ngõ", "ngách", "hẻm", "đại lộ", "sân", "sân vận động", "p.", "q.", "tx.", "h.", "tt.",
    "ngã ba", "ngã tư", "ngã năm", "ngã sáu", "giao lộ", "nút giao",
  ],
  reason: "Guideline: lower-case type words stay outside the LOCATION; address words (also đường, phố, ngõ: 'đường Lê Lợi' is a street, not a person; 'sân Mỹ Đình' a stadium's, D32; a junction names its streets, 'ngã tư Lý Thường Kiệt – Trần Hưng Đạo') stay outside even when capitalised. The press abbreviates them like 'TP.': 'P.Dĩ An', 'Q.1', 'TX.Bến Cát', 'H.Củ Chi', 'TT. Hậu Nghĩa'.",
};

/** Type words that may introduce a locality after a body name ("UBND tỉnh", "Đảng bộ huyện Quang Bình"). */
export const LOCALITY_WORDS: WordRule = {
  words: ["tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "tt.", "đặc khu", "bang", "thôn", "ấp", "khu phố", "tổ dân phố"],
  reason: "Bodies named relative to a province or commune keep the lower-case locality word inside the ORGANIZATION (a US or Indian state's too: 'Thống đốc bang California'); a village's or ward quarter's cells and branches too ('Chi bộ thôn Đông Hòa', 'Chi hội Phụ nữ khu phố 2').",
};

/** Capitalised designators that belong to an official place name ("Vương quốc Thái Lan", "Thành phố Hồ Chí Minh"). */
export const NAME_DESIGNATORS: WordRule = {
  words: ["Thành phố", "Vương quốc", "Cộng hòa", "Liên bang", "Đặc khu hành chính"],
  reason: "Guideline: capitalised designators that are part of an official name are inside the LOCATION.",
};

/** Capitalised heads of named sites and venues; the LOCATION includes them ("Hội trường Tỉnh ủy Khánh Hòa"). */
export const SITE_HEADS: WordRule = {
  words: [
    "Hội trường", "Trụ sở", "Cửa khẩu Quốc tế", "Cửa khẩu quốc tế", "Cửa khẩu", "Vườn Quốc gia", "Vườn quốc gia",
    "Sân vận động", "SVĐ", "Nhà hát", "Nhà văn hóa", "Cảng hàng không quốc tế", "Cảng hàng không", "Sân bay quốc tế", "Sân bay", "Cảng",
    "Quảng trường", "Khu di tích", "Di tích", "Nhà thi đấu", "Cung Văn hóa", "Trung tâm Hội nghị Quốc gia", "Trung tâm Hội nghị",
    "Khu công nghiệp", "KCN", "Khu kinh tế", "KKT", "Khu chế xuất", "KCX", "Khu Công nghệ cao", "Khu công nghệ cao", "Khu du lịch", "Công viên", "Đền", "Chùa", "Nhà thờ", "Lăng", "Cầu", "Hầm",
    "Ga", "Bến xe", "Chợ", "Đảo", "Quần đảo", "Đèo", "Núi", "Sông", "Vịnh", "Bãi biển",
    // Monuments and memorials, often named after a person with the title the text gives them ("Tượng đài Chủ tịch Hồ Chí Minh").
    "Tượng đài", "Đài tưởng niệm", "Khu tưởng niệm", "Nhà tưởng niệm", "Nghĩa trang liệt sĩ", "Nghĩa trang Liệt sĩ",
    // Historic prisons kept as memorial sites ("Nhà tù Hỏa Lò", "Nhà tù Côn Đảo"), temples of remembrance ("Đền Tưởng niệm Liệt sĩ").
    "Nhà tù", "Đền Tưởng niệm", "Đền tưởng niệm",
    // Islands named "Hòn …" ("Hòn Tre", "Hòn Sơn"): the word is part of the name, as the gold files have it.
    "Hòn",
  ],
  reason: "Guideline: named sites and venues are LOCATIONs and may contain an ORGANIZATION; a lower-case head gives only the body.",
};

/** Words before a title that make a lower-case title certain ("làm trưởng đoàn", "giữ chức giám đốc"). */
export const TITLE_TRIGGERS: WordRule = {
  words: ["làm", "là", "chức", "chức vụ", "giữ chức", "nhận chức", "đồng chí", "ông", "bà", "các", "vị", "tân", "nguyên", "cựu", "kiêm", "với"],
  reason: "Guideline: lower-case titles count ('làm trưởng đoàn'); these words mark a title use of a common noun.",
};

/** Titles that govern another title and form one POSITION with it ("Trợ lý Tổng thống"). */
export const TITLE_GOVERNORS: WordRule = {
  words: ["trợ lý", "thư ký", "thư ký báo chí", "người phát ngôn", "phát ngôn viên", "cố vấn", "đặc phái viên", "phái viên"],
  reason: "Guideline: 'Trợ lý Tổng thống' is one POSITION — the second title names whose assistant it is; so 'Thư ký báo chí Tổng thống Nga', 'Người phát ngôn Thủ tướng'.",
};

/** Words after which a capitalised word is not a continuation of a name. */
export const PLURAL_DETERMINERS: WordRule = {
  words: ["các", "những", "mọi"],
  reason: "Guideline: plural determiners stay outside POSITIONs and block apposition.",
};

export function wordSet(rule: WordRule): Set<string> {
  return new Set(rule.words.map((w) => w.toLowerCase()));
}

/** Lower-case words that end many official body names ("Ủy ban Biên giới quốc gia", "Tòa án nhân dân tối cao"). */
export const ORG_NAME_TAILS: WordRule = {
  words: ["quốc gia", "nhân dân", "trung ương", "quốc tế", "tối cao", "cấp cao", "thế giới", "toàn quốc", "khu vực", "quân đội"],
  reason: "Vietnamese body names often end in a lower-case adjective; without it the name is cut ('Ủy ban Biên giới quốc gia').",
};

/** Capitalised words that look like heads but start a common noun, never a body ("Đảng viên", "Đoàn viên"). */
export const ORG_BREAKERS: WordRule = {
  words: ["đảng viên", "đoàn viên", "hội viên", "hội nghị", "hội thảo", "hội đàm", "hội thi", "hội chợ", "đoàn kết", "đoàn công tác", "đoàn khách", "ban hành", "bộ đội", "bộ máy", "bộ phận", "cục diện", "sở hữu", "sở tại", "sở dĩ", "sở trường", "sở thích", "viện dẫn", "ban đầu", "hội nhập", "ban ngành", "tỉnh ủy viên", "thành ủy viên", "huyện ủy viên", "quận ủy viên", "đảng ủy viên", "đại hội đồng cổ đông"],
  reason: "A head syllable followed by these forms an ordinary word, an ad-hoc group or a meeting ('Đại hội đồng cổ đông'); no ORGANIZATION starts there.",
};

/** Occupations that are titles only with their holder's name after them ("HLV Park Hang-seo"); alone they are roles ("14 HLV và 50 VĐV"). */
export const TITLES_NEEDING_HOLDER: WordRule = {
  words: ["hlv", "huấn luyện viên", "trợ lý huấn luyện viên", "bác sĩ", "kỹ sư", "nhà báo", "phóng viên", "luật sư"],
  reason: "Guideline: generic roles and occupations are not POSITIONs; before a name they are the person's title.",
};

/** Ad-hoc committees that stay ad hoc whatever name follows: a steering committee is set up for one task ("Ban Chỉ đạo Trung ương về …"). */
export const AD_HOC_ALWAYS: WordRule = {
  words: ["ban chỉ đạo", "bcđ", "ban chỉ huy tiền phương", "hội đồng xét xử", "hội đồng xét giải", "hội đồng xét tặng", "hội đồng chấm giải", "ban tổ chức giải", "btc giải"],
  reason: "Guideline: the titles of their heads are POSITIONs ('Trưởng Ban Chỉ đạo …', 'Chủ tịch Hội đồng xét giải', 'Trưởng BTC giải'), the committees are not bodies, even when 'Trung ương' or a province follows; an award's jury and organisers serve that award only.",
};

/** Ad-hoc committees and panels for one event or task: not bodies unless a standing body's name follows. */
export const AD_HOC_BODIES: WordRule = {
  words: ["ban tổ chức", "ban giám khảo", "hội đồng thi", "hội đồng giám khảo", "tổ công tác", "đoàn kiểm tra", "đoàn thanh tra", "đoàn giám sát", "tổ giúp việc", "đoàn chủ tịch", "đoàn thư ký", "ban thẩm tra tư cách đại biểu", "ban phục vụ", "ủy ban bầu cử", "ban bầu cử", "tổ bầu cử", "tiểu ban", ...AD_HOC_ALWAYS.words],
  reason: "Guideline: ad-hoc committees for one event or task ('Ban Tổ chức lễ …', 'Hội đồng xét xử') are not bodies; 'Ban Tổ chức Tỉnh ủy' is. A congress's presidium and secretariat ('bầu Đoàn Chủ tịch') hold no office either. 'Ban Phục vụ Đại hội' serves one congress; election committees ('Ủy ban bầu cử huyện') are formed for one election; sub-committees ('Tiểu ban văn kiện Đại hội') serve one congress or task.",
};

/** Events and meetings: a committee named for one ("Ban Phục vụ Đại hội") is ad hoc, not a body. */
export const EVENT_WORDS: WordRule = {
  words: ["đại hội", "hội nghị", "hội thảo", "kỳ họp", "lễ", "hội thao", "hội diễn", "liên hoan", "giải", "cuộc thi", "hội thi"],
  reason: "Guideline: events are not entities; an ad-hoc committee that serves one ('Ban Tổ chức Đại hội', 'Ban Phục vụ Hội nghị') is not a body.",
};

/** Titles that need a body after them to be a POSITION: alone they are too vague ("Ủy viên", "Trưởng"). */
export const TITLES_NEEDING_BODY: WordRule = {
  words: ["ủy viên", "trưởng", "chánh", "phó", "thành viên", "đại biểu", "thủ trưởng"],
  reason: "Guideline: 'đại biểu' in 'các đại biểu' is not a POSITION; a bare 'Ủy viên' names no office; a bare 'Thủ trưởng' is a form of address to a commander.",
};

/** Titles whose lower-case form also modifies a noun ("vụ việc lãnh sự", "vai trò cố vấn"): in lower case they need a cue. */
export const TITLES_ALSO_MODIFIERS: WordRule = {
  words: ["lãnh sự", "tham tán", "tùy viên", "thư ký", "cố vấn", "trợ lý", "phái viên"],
  reason: "After a noun these name a field or a function, not an office ('công tác lãnh sự', 'bộ phận thư ký'); a lower-case one counts only after a cue ('làm cố vấn') or before its holder.",
};

/** Titles whose holder leads a locality, named in the press by the bare type word ("Chủ tịch tỉnh", "Bí thư xã"). */
export const LOCALITY_LEADER_TITLES: WordRule = {
  words: ["chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "tỉnh trưởng", "thị trưởng", "thống đốc"],
  reason: "Press shorthand: 'Chủ tịch tỉnh' is the chairman of the provincial People's Committee, 'cựu Chủ tịch xã' a former commune chairman; foreign governors and mayors likewise ('Phó Tỉnh trưởng tỉnh Giang Tô', 'Thị trưởng thành phố Seoul', 'Thống đốc bang California'): the type word and the place after it complete the title.",
};

/** Adjectives before a title that say the office is new to its holder ("Tân Chủ tịch HĐQT", "tân Giám đốc Sở"). */
export const NEW_OFFICE_WORDS: WordRule = {
  words: ["tân"],
  reason: "'Tân' before a title means newly appointed; it is neither a name ('đồng chí Tân Giám đốc Sở') nor part of the POSITION.",
};

/**
 * Lower-case function words and common verbs. A capitalised name never runs on into them
 * ("Trường Đại học Hoa Sen cho biết" ends at "Sen").
 */
export const FUNCTION_WORDS: WordRule = {
  words: [
    "và", "với", "của", "cho", "cùng", "đã", "đang", "sẽ", "là", "có", "được", "bị", "tại", "về", "trong", "ngoài", "để",
    "các", "những", "này", "đó", "kia", "theo", "từ", "đến", "tới", "cũng", "vừa", "mới", "làm", "khi", "thì", "mà",
    "như", "do", "ra", "vào", "lên", "xuống", "nên", "nhưng", "hay", "hoặc", "không", "chưa", "rất", "đều", "vẫn",
    "còn", "lại", "thăm", "tiếp", "dự", "gặp", "tổ chức", "cho biết", "nói", "phát biểu", "chủ trì", "trao", "tặng",
    "ký", "đề nghị", "yêu cầu", "đánh giá", "báo cáo", "thông tin", "ông", "bà", "anh", "chị", "đồng chí", "năm",
    "ngày", "tháng", "sáng", "chiều", "tối", "trưa", "đêm", "lúc", "sau", "trước", "giữa", "trên", "dưới", "qua",
    "ta", "nhà", "bạn", "mình", "ấy", "nay", "đây", "kết", "nhằm", "giúp", "phối hợp", "hỗ trợ", "đón", "tiễn",
    "giữ", "gồm", "bao gồm", "trực tiếp", "xem xét",
  ],
  reason: "Vietnamese names capitalise the first syllable of each word; a lower-case function word after a name is never part of it.",
};

/**
 * Lower-case words that describe joint and bilateral bodies between "Ủy ban"/"Hội đồng" and the
 * parties' names: "Ủy ban hợp tác song phương Chính phủ Việt Nam - Trung Quốc", "Ủy ban liên hợp
 * Việt Nam - Lào", "Ủy ban hỗn hợp …".
 */
export const JOINT_BODY_WORDS: WordRule = {
  words: ["hợp tác", "song phương", "đa phương", "liên hợp", "hỗn hợp", "liên chính phủ", "hữu nghị", "thường trực", "chung"],
  reason: "Bilateral committees name their parties after a lower-case description; the whole is one standing body.",
};

/** One-syllable short forms of countries, used in pairs joined by a dash ("quan hệ Việt - Trung"). */
export const COUNTRY_SHORT_FORMS: WordRule = {
  words: ["việt", "trung", "mỹ", "nga", "nhật", "hàn", "ấn", "lào", "pháp", "đức", "anh", "úc", "thái", "triều", "cuba", "miên", "xô", "ý"],
  reason: "Vietnamese writes relations between countries with one-syllable short forms joined by a dash; each is a LOCATION (issue #9).",
};

/** Lower-case names of a company's or school's organs, each one body identified by its kind ("hội đồng quản trị"). */
export const GENERIC_BODIES: WordRule = {
  words: ["hội đồng quản trị", "hội đồng thành viên", "hội đồng trường", "ban kiểm soát", "ban giám hiệu", "ban giám đốc", "ban điều hành", "ban tổng giám đốc", "ban kiểm tra"],
  reason: "Guideline: a generic body name that identifies one body by its kind is an ORGANIZATION ('Hội đồng quản trị'); the business and education press writes these in lower case.",
};

/** Organs of a body: the name after one is its body's ("HĐQT Vinamilk", "Ban Chấp hành AFC"), never a person's. */
export const BODY_ORGANS: WordRule = {
  words: [...GENERIC_BODIES.words, "hđqt", "hđtv", "ban chấp hành", "ban thường vụ", "ban tổng giám đốc"],
  reason: "Guideline: a title ends before its holder's name ('Chủ tịch HĐQT Trần Đình Long'); after an organ a capitalised name is the body it belongs to, or that holder.",
};

/** Lower-case words of natural features that stay inside the LOCATION they begin ("đảo Hải Nam", "sông Hồng"). */
export const FEATURE_WORDS: WordRule = {
  words: ["đảo", "quần đảo", "bán đảo", "sông", "núi", "hồ", "đèo", "vịnh", "đồng bằng", "cao nguyên", "cầu", "cầu vượt", "sân bay", "cảng", "đền", "đền thờ"],
  reason: "Decision D21: a natural feature, and an airport, port or temple written with a lower-case word, keeps that word ('đảo Hải Nam' is the island, 'Hải Nam' the province; 'đồng bằng Bắc Bộ'; 'sân bay Nội Bài', 'cảng Phòng Thành', 'đền thờ Lê Hoàn', a temple named after the one it honours); not after a word it compounds with ('miền núi', 'huyện đảo').",
};

/** Words that make a compound with a feature word, which then is no feature ("miền núi Vĩnh Thạnh", "vùng núi"). */
export const FEATURE_COMPOUNDS: WordRule = {
  words: ["miền", "vùng", "huyện", "hải", "leo", "nhà", "yêu", "nhu", "toàn", "địa", "khẩn", "thỉnh", "mưu", "nhịp", "bóng", "điểm", "đầu", "đông"],
  reason: "'miền núi', 'vùng núi' (mountainous areas), 'huyện đảo' (an island district: a type word), 'hải đảo', 'leo núi', 'nhà hát' are not features named by what follows; nor are 'yêu cầu', 'nhu cầu', 'toàn cầu', 'điểm cầu' (a video link's end) before a name; 'đông đảo' (numerous) is no island.",
};

/** Words after which compass points are a direction, not a region ("theo hướng Tây Tây Bắc", "gió mùa Đông Bắc"). */
export const DIRECTION_CUES: WordRule = {
  words: ["hướng", "mùa", "gió"],
  reason: "Weather and traffic news give bearings with the compass words that also name regions (Tây Bắc, Đông Nam Bộ's 'Đông Nam'); after these words they are bearings.",
};

/** Prepositions of place after which a known district or commune name needs no type word ("ở Quang Bình"). */
export const PLACE_PREPOSITIONS: WordRule = {
  words: ["ở", "tại", "về", "đến", "tới", "từ", "sang"],
  reason: "A locative preposition makes a capitalised district or commune name a place even without 'huyện'/'xã', and a country that is also a given name a country ('tại Đức', 'sang Nhật').",
};

/**
 * Common words whose first syllable is also a one-syllable country name. Capitalised at the start of
 * a sentence ("Pháp luật quy định …", "Anh hùng …") they are not the country.
 */
export const COUNTRY_SYLLABLE_WORDS: WordRule = {
  words: [
    "pháp luật", "pháp lý", "pháp chế", "pháp nhân", "pháp lệnh", "pháp y", "pháp quyền", "mỹ thuật", "mỹ phẩm",
    "mỹ nghệ", "mỹ mãn", "mỹ quan", "anh hùng", "anh em", "anh chị", "anh ấy", "đức tính", "đức độ", "áo dài",
    "áo khoác", "nhật ký", "nhật báo", "nga ngũ", "lào cai", "ý kiến", "ý nghĩa", "ý thức", "ý tưởng", "ý chí",
    "ý định", "úc châu",
  ],
  reason: "A capitalised syllable at a sentence start followed by the rest of a common word is that word, not a country.",
};

/** Hospital departments' fields, written in lower case after a capitalised "Khoa" ("Khoa hồi sức tích cực"). */
export const HOSPITAL_FIELDS: WordRule = {
  words: [
    "hồi sức tích cực", "hồi sức cấp cứu", "hồi sức", "cấp cứu", "chấn thương chỉnh hình", "chấn thương", "ngoại tiêu hóa", "ngoại tổng hợp",
    "ngoại thần kinh", "ngoại chấn thương", "nội tổng hợp", "nội tiết", "nội thần kinh", "nội tim mạch", "phẫu thuật gây mê", "gây mê hồi sức",
    "khám bệnh theo yêu cầu", "khám bệnh", "truyền nhiễm", "tim mạch", "thần kinh", "ung bướu", "da liễu", "răng hàm mặt", "tai mũi họng",
    "chẩn đoán hình ảnh", "xét nghiệm", "dinh dưỡng", "phục hồi chức năng", "y học cổ truyền", "hô hấp", "tiêu hóa", "thận nhân tạo",
    "huyết học", "vi sinh", "giải phẫu bệnh", "kiểm soát nhiễm khuẩn", "sơ sinh", "sản", "nhi", "mắt", "dược", "lão khoa", "cơ xương khớp",
  ],
  reason: "Guideline: departments of an institution are ORGANIZATIONs ('Khoa Cấp cứu'); news often writes the field after a capitalised 'Khoa' in lower case (issue #9's hospital departments).",
};

/** English words companies put after their brand ("Viettel Telecom", "Masan Group"), written capitalised. */
export const ENGLISH_CORPORATE_WORDS: WordRule = {
  words: [
    "Group", "Holdings", "Holding", "Corporation", "Corp", "Company", "Telecom", "Global", "Post", "Air", "Airlines", "Airways", "Bank",
    "Capital", "Securities", "Land", "Investment", "Insurance", "Pharma", "Energy", "Power", "Motors", "Auto", "Logistics", "Media",
    "Entertainment", "Technology", "Technologies", "Solutions", "Software", "Foods", "Food", "Retail", "Construction", "Resources",
    "Steel", "Petroleum", "Oil", "Gas", "Shipping", "Express", "Digital", "Network", "Ventures", "Partners", "Consulting", "Online",
    // Outlets: "VTC News", "Saigon Times".
    "News", "Times",
  ],
  reason: "Issue #9: a company's brand, then an English word for its business or group, is one name ('FPT Telecom', 'Viettel Global', 'Masan Group'); without it the word is read as a person's name.",
};

/** First words of source and credit lines ("Theo VnExpress", "Nguồn: TTXVN", "Ảnh: …", "Tác giả: …", "Bt: …", "PV: …"). */
export const CREDIT_LINE_WORDS: WordRule = {
  words: ["theo", "nguồn", "ảnh", "video", "clip", "bài", "tin", "đồ", "infographic", "thực", "biên", "lược", "dịch", "tác", "bt", "btv", "pv"],
  reason: "Guideline: bylines and credits name people ('Ảnh: Phước Tuấn') or outlets ('Theo VnExpress'), never a place.",
};

/**
 * First syllables of the body heads the press writes in lower case ("ngân hàng Đông Á", "bệnh viện Từ Dũ", "chính phủ
 * Campuchia", "trường THPT …", "khoa Nội", "sở Y tế", "văn phòng Thành ủy"; lower-case-bodies.ts). Filed as a trie so that
 * each word carries a start bit for them: the rules test every word, and one bit is cheaper than a set lookup.
 */
export const LOWER_CASE_HEAD_FIRSTS: WordRule = {
  words: ["công", "tập", "tổng", "ngân", "bệnh", "chính", "quốc", "trường", "khoa", "sở", "văn"],
  reason: "A lower-case body starts only at one of these words (the heads of lower-case-bodies.ts); a start bit makes the test at every word one bit (session 14).",
};

/** Lower-case nouns before a news outlet's name: "tờ Kyiv Independent", "hãng tin RT", "kênh Fox News". */
export const MEDIA_NOUNS: WordRule = {
  words: ["tờ", "báo", "kênh", "đài", "hãng tin", "hãng thông tấn", "tạp chí", "trang"],
  reason: "Guideline: an outlet is an ORGANIZATION and the noun before it stays outside; filed as a trie too, so that each word carries a start bit for their first syllables (tested at every word).",
};
