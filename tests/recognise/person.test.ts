import { describe, expect, it } from "vitest";
import { extract } from "../../src/extractor.js";
import { texts } from "../helpers/extract.js";

describe("PERSON", () => {
  it("finds names after honorifics, without the honorific", () => {
    expect(texts("Theo ông Nguyễn Văn Bình, dự án sẽ hoàn thành.", "PERSON")).toEqual(["Nguyễn Văn Bình"]);
  });
  it("finds foreign names after a title", () => {
    expect(texts("Thủ tướng Anthony Albanese phát biểu tại hội nghị.", "PERSON")).toEqual(["Anthony Albanese"]);
  });
  it("finds Vietnamese names by their surname", () => {
    expect(texts("Có mặt tại buổi lễ, Phạm Minh Chính nhấn mạnh vai trò của doanh nghiệp.", "PERSON")).toEqual(["Phạm Minh Chính"]);
  });
  it("joins short mentions to the full name", () => {
    const result = extract("Bà Trương Thị Mai cho biết kế hoạch đã sẵn sàng. Theo bà Mai, tiến độ rất tốt.");
    expect(texts("", "PERSON", result)).toEqual(["Trương Thị Mai", "Mai"]);
    expect(result.people).toHaveLength(1);
    expect(result.people[0]!.mentions).toHaveLength(2);
  });
  it("never takes a person's name out of a place or body name", () => {
    expect(texts("Người dân Thành phố Hồ Chí Minh đón Tết.", "PERSON")).toEqual([]);
    expect(texts("Công ty đặt trụ sở tại tỉnh Hà Nam.", "PERSON")).toEqual([]);
  });
  it("does not read an abbreviation or a capitalised common phrase as a name", () => {
    expect(texts("UBND tỉnh Lâm Đồng triển khai kế hoạch.", "PERSON")).toEqual([]);
  });
});

describe("PERSON bylines", () => {
  it("finds pen names at the end of an article, an author before the agency, and all-caps bylines", () => {
    expect(texts("Ngày 5/3, hội nghị diễn ra tại Hà Nội.\nBảo Chi", "PERSON")).toEqual(["Bảo Chi"]);
    expect(texts("Ngày 5/3, hội nghị diễn ra tại Hà Nội.\nThu Hằng/TTXVN", "PERSON")).toEqual(["Thu Hằng"]);
    expect(texts("Đoàn đến thăm Cao Bằng.\nMINH KHANG\nTin liên quan", "PERSON")).toEqual(["MINH KHANG"]);
  });
  it("reads 'Tác giả:', 'Bt:' and 'PV:' credit lines like 'Ảnh:' (session 7), but not a line that starts with a word like them", () => {
    expect(texts("Bệnh viện tổ chức hội thảo.\nTác giả: Thúy Hà - Trung tâm Truyền thông\n", "PERSON")).toEqual(["Thúy Hà"]);
    expect(texts("Xã tổ chức lễ.\nBt: Như Ý\n", "PERSON")).toEqual(["Như Ý"]);
    expect(texts("Bão gây thiệt hại.\nTác động của bão rất lớn\n", "PERSON")).toEqual([]);
  });
  it("does not take section labels or captions for bylines", () => {
    expect(texts("Nội dung bài.\nQuang cảnh buổi làm việc\nĐọc thêm\nTin mới Emagazine", "PERSON")).toEqual([]);
  });
});

describe("PERSON short mentions after a title", () => {
  it("joins 'Thứ trưởng Vũ' to the full name introduced earlier, and links the title to the full name", () => {
    const result = extract("Thứ trưởng Nguyễn Minh Vũ dự hội nghị. Phát biểu tại đây, Thứ trưởng Vũ nhấn mạnh vai trò của địa phương.");
    expect(texts("", "PERSON", result)).toEqual(["Nguyễn Minh Vũ", "Vũ"]);
    expect(result.people).toEqual([expect.objectContaining({ name: "Nguyễn Minh Vũ", positions: ["Thứ trưởng"] })]);
    expect(result.people[0]!.mentions.map((m) => m.text)).toEqual(["Nguyễn Minh Vũ", "Vũ"]);
  });
  it("does not take a title's next word for a name nobody introduced", () => {
    expect(texts("Thứ trưởng Vũ nhấn mạnh vai trò của địa phương.", "PERSON")).toEqual([]);
  });
});

describe("PERSON later bare mentions of foreign names", () => {
  it("finds 'Trump' after 'Donald Trump' was introduced, and joins it to the full name", () => {
    const result = extract("Tổng thống Mỹ Donald Trump đến Hà Nội. Trump nói chuyến thăm rất thành công.");
    expect(texts("", "PERSON", result)).toEqual(["Donald Trump", "Trump"]);
    expect(result.people).toHaveLength(1);
  });
  it("takes a Vietnamese given name alone for its person only where it cannot be a word or a pair of names", () => {
    // Guideline: a later short mention of a named person is a PERSON.
    expect(texts("Bộ trưởng Lê Văn Trung phát biểu. Trung nói rõ kế hoạch.", "PERSON")).toEqual(["Lê Văn Trung", "Trung"]);
    expect(texts("Bộ trưởng Lê Văn Trung phát biểu về quan hệ Việt - Trung đã phát triển.", "PERSON")).toEqual(["Lê Văn Trung"]);
    expect(texts("Ông Lê Văn An phát biểu. An ninh trật tự được bảo đảm.", "PERSON")).toEqual(["Lê Văn An"]);
  });
});

describe("PERSON credit and source lines", () => {
  it("does not take a source line for an author", () => {
    expect(texts("Nội dung bài báo.\nTheo VnExpress", "PERSON")).toEqual([]);
    expect(texts("Nội dung bài báo.\nNguồn Dân Trí", "PERSON")).toEqual([]);
  });
  it("finds names after a credit and several authors on one line, but never bare initials", () => {
    expect(texts("Nội dung.\nBài và ảnh: Quang Minh", "PERSON")).toEqual(["Quang Minh"]);
    expect(texts("Nội dung.\nThanh Hà - Minh Anh", "PERSON")).toEqual(["Thanh Hà", "Minh Anh"]);
    expect(texts("Nội dung.\nẢnh: U.T", "PERSON")).toEqual([]);
  });
  it("does not read names into an ordinary sentence with a colon", () => {
    expect(texts("Các đơn vị: Sao Mai, Bình Minh tham gia.", "PERSON")).toEqual([]);
  });
});
