import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileDateWords, recogniseDates } from "../../../src/recognise/date/index.js";
import { normalise } from "../../../src/normalise/index.js";

const words = compileDateWords(JSON.parse(readFileSync(join(__dirname, "../../../dictionaries/dates.json"), "utf8")));
const dates = (text: string, referenceDate?: string): Array<[string, string]> => {
  const normalised = normalise(text).text;
  return recogniseDates(normalised, { words, referenceDate }).dates.map((d) => [normalised.slice(d.start, d.end), d.value]);
};

/** Duckling-style: each shape with sentences it must match (span, value) and sentences it must not. */
const MUST_MATCH: Array<[string, string, string, string?]> = [
  // [sentence, expected span, expected value, reference date]
  ["Sáng ngày 14/3/2024, hội nghị khai mạc.", "Sáng ngày 14/3/2024", "2024-03-14"],
  ["Cập nhật lúc 09/12/2023 08:05 theo giờ Hà Nội.", "09/12/2023 08:05", "2023-12-09T08:05"],
  ["07:30, 01/06/2022", "07:30, 01/06/2022", "2022-06-01T07:30"],
  ["Chiều 5/3, đoàn về đến Cần Thơ.", "Chiều 5/3", "XXXX-03-05"],
  ["Chiều 5/3, đoàn về đến Cần Thơ.", "Chiều 5/3", "2021-03-05", "2021-05-20"],
  ["Ngày 2-9, nhân dân cả nước kỷ niệm Quốc khánh.", "Ngày 2-9", "XXXX-09-02"],
  ["Tối ngày 30.4 có bắn pháo hoa.", "Tối ngày 30.4", "XXXX-04-30"],
  ["Dự kiến đến tháng 10.2026 sẽ hoàn thành.", "tháng 10.2026", "2026-10"],
  ["Khởi công vào tháng 6/2025.", "tháng 6/2025", "2025-06"],
  ["Số liệu quý III/2023 cho thấy tăng trưởng.", "quý III/2023", "2023-Q3"],
  ["Trong quý 2 năm 2024 kim ngạch tăng.", "quý 2 năm 2024", "2024-Q2"],
  ["Từ năm 2018-2022, tỉnh thu hút 30 dự án.", "năm 2018-2022", "2018/2022"],
  ["Kế hoạch giai đoạn 2026 – 2030 đã được thông qua.", "2026 - 2030", "2026/2030"],
  ["Hội nghị diễn ra ngày 15-17/10/2025 tại Huế.", "ngày 15-17/10/2025", "2025-10-15/2025-10-17"],
  ["Lễ hội kéo dài từ 30/4-1/5/2024.", "30/4-1/5/2024", "2024-04-30/2024-05-01"],
  ["Ngày 20 tháng 11 năm 2023, trường tổ chức lễ kỷ niệm.", "Ngày 20 tháng 11 năm 2023", "2023-11-20"],
  ["Thứ Hai, 6/1/2025, Quốc hội họp phiên bất thường.", "Thứ Hai, 6/1/2025", "2025-01-06"],
  ["Lúc 14h30 ngày 2/9/2025, lễ diễu binh bắt đầu.", "14h30 ngày 2/9/2025", "2025-09-02T14:30"],
  ["Đội tuyển giành vé dự SEA Games 2025.", "2025", "2025"],
  ["Năm học 2024 - 2025 có nhiều đổi mới.", "2024 - 2025", "2024/2025"],
  ["Sự kiện diễn ra trong năm 2019.", "năm 2019", "2019"],
  ["Sáng ngày mùng 2/9, lễ diễu binh diễn ra.", "Sáng ngày mùng 2/9", "XXXX-09-02"],
];

const MUST_NOT_MATCH: string[] = [
  "Tổng thu ngân sách đạt 57.700 tỷ đồng, tăng 18,2%/năm.",
  "Theo Nghị định số 12/2024/NĐ-CP, mức phạt tăng.",
  "Đại hội XIII của Đảng và khóa XIV của Quốc hội.",
  "Tỷ số chung cuộc là 2-1 nghiêng về đội khách.",
  "Có 2024 người tham dự buổi lễ.",
  "Đường dây nóng 1900 1234 hoạt động liên tục.",
  "Ngày 31/2 không có trong lịch.",
  "Hàng hóa được thông quan trong 24 giờ.",
  "Có 13 cụm/34 xã biên giới ký kết hữu nghị.",
  "Đội tuyển thắng 8/10 trận, đạt 9/10 điểm.",
];

describe("DATE shapes", () => {
  for (const [sentence, span, value, reference] of MUST_MATCH) {
    it(`matches "${span}" in "${sentence}"${reference ? ` (reference ${reference})` : ""}`, () => {
      expect(dates(sentence, reference)).toContainEqual([span, value]);
    });
  }
  for (const sentence of MUST_NOT_MATCH) {
    it(`finds no date in "${sentence}"`, () => {
      expect(dates(sentence)).toEqual([]);
    });
  }
  it("gives a day joined by 'và' the month of the date after it, and keeps a year joined to a year", () => {
    expect(dates("Kỳ thi diễn ra vào ngày 7 và 8/6/2025.")).toEqual([
      ["ngày 7", "2025-06-07"],
      ["8/6/2025", "2025-06-08"],
    ]);
    expect(dates("Năm 2023 và 2024 là hai năm bản lề.")).toEqual([["Năm 2023", "2023"], ["2024", "2024"]]);
  });
  it("splits a range written as two expressions, sharing the year", () => {
    expect(dates("Từ ngày 11/6 đến 15/6/2024, tỉnh tổ chức tuần văn hóa.")).toEqual([
      ["ngày 11/6", "2024-06-11"],
      ["15/6/2024", "2024-06-15"],
    ]);
    expect(dates("Từ năm 2021 đến hết quý I/2024 có 62 đoàn.")).toEqual([["năm 2021", "2021"], ["quý I/2024", "2024-Q1"]]);
  });
  it("ends a date at a bracket, the clock time taking the day that follows", () => {
    expect(dates("Trận đấu diễn ra lúc 20 giờ (theo giờ Việt Nam) ngày 19-6.")).toEqual([
      ["20 giờ", "XXXX-06-19T20:00"],
      ["ngày 19-6", "XXXX-06-19"],
    ]);
    expect(dates("Tối nay (26/12), chương trình lên sóng.")).toEqual([["26/12", "XXXX-12-26"]]);
  });
});

describe("documentDate and governing datelines", () => {
  it("reads the article's dateline and fills missing years from it", () => {
    const text = "Tin trong nước\n10:15, 03/03/2023\nSáng 2/3, đoàn công tác đến tỉnh.";
    const result = recogniseDates(text, { words });
    expect(result.documentDate).toBe("2023-03-03");
    expect(result.dates.map((d) => d.value)).toEqual(["2023-03-03T10:15", "2023-03-02"]);
  });
  it.each([
    ["Đoàn công tác thăm tỉnh bạn\n- Thứ ba - 14/01/2020 09:12\n- In ra\nChiều 13/1, đoàn đến.", "2020-01-14"],
    ["15/06/2016 10:05 GMT+7 | Thời sự\nTối 14/6, mưa lớn.", "2016-06-15"],
    ["Tiêu đề\n\nP.V\n\n02/09/2018 16:40 GMT+7\n\nNgày 1/9, lễ hội mở màn.", "2018-09-02"],
    ["Giá dầu tăng mạnh\n\n21/03/2024 12:49 Hoạt động doanh nghiệp Minh Nguyệt\nDoanh thu tháng 2 tăng.", "2024-03-21"],
    // The longest tail a dateline may have after its year: a clock with seconds, "(GMT+7)" and a label of 30 letters.
    ["Tiêu đề\nThứ Sáu, 22/11/2024 | 13:58:07 (GMT + 7) | Thời sự trong nước và thế giới\nSáng 21/11, mưa.", "2024-11-22"],
  ])("reads a dateline with a bullet, a dash after the weekday, a bare GMT+7, a section after a bar or a label and an author after the time: %s", (text, date) => {
    const result = recogniseDates(text, { words });
    expect(result.documentDate).toBe(date);
    expect(result.dates[result.dates.length - 1]!.value.startsWith(date.slice(0, 4))).toBe(true);
  });
  it("lets each related-news item's own timestamp govern it", () => {
    const text = [
      "01/02/2020 10:00",
      "Bài chính: sáng 1/2 có hội nghị.",
      "Hội nghị bàn về kế hoạch năm mới.",
      "Các đại biểu thảo luận sôi nổi.",
      "Hội nghị kết thúc vào buổi chiều.",
      "",
      "Tin liên quan: Ngày 28/12, tỉnh tổng kết năm...",
      "28/12/2019 09:00",
      "Chiều 30/12, lễ trao giải diễn ra...",
      "30/12/2019 17:00",
    ].join("\n");
    const values = recogniseDates(text, { words }).dates.map((d) => [text.slice(d.start, d.end), d.value]);
    expect(values).toContainEqual(["sáng 1/2", "2020-02-01"]);
    expect(values).toContainEqual(["Ngày 28/12", "2019-12-28"]);
    expect(values).toContainEqual(["Chiều 30/12", "2019-12-30"]);
  });
  it("takes no dateline from a date and time that a sentence follows", () => {
    expect(recogniseDates("Tiêu đề\n21/03/2024 12:49 các đơn vị đã họp, sáng 20/3 có mưa.", { words }).documentDate).toBeNull();
    // (Nor from a label longer than a section's name: 35 letters after the bar.)
    expect(recogniseDates("Tiêu đề\nThứ Sáu, 22/11/2024 | 13:58:07 (GMT + 7) | Tin tức thời sự trong nước mới nhất\nSáng 21/11, mưa.", { words }).documentDate).toBeNull();
  });
  it("has no documentDate without a dateline, and takes the reference date instead when given", () => {
    expect(recogniseDates("Ngày 3/4, đoàn đến thăm.", { words }).documentDate).toBeNull();
    expect(recogniseDates("Ngày 3/4, đoàn đến thăm.", { words, referenceDate: "2024-04-05" })).toMatchObject({ documentDate: "2024-04-05", dates: [{ value: "2024-04-03" }] });
  });
  it("finds no date in a run of slashes (its timing is measured by npm run bench, not here)", () => {
    expect(recogniseDates("1/".repeat(2_000) + "1", { words }).dates).toEqual([]);
  });
});
