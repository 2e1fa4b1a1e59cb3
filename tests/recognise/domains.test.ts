import { describe, expect, it } from "vitest";
import { extract } from "../../src/extractor.js";

/** News beyond diplomacy — courts, police, health, education, sport, business, world — in our own sentences. */
const found = (text: string): string[] => extract(text).entities.map((e) => `${e.type}:${e.text}`);
const holds = (text: string): string[] => extract(text).relations.map((r) => `${r.person} | ${r.position}`);

describe("courts and police", () => {
  it("finds courts, procuracies, police bodies and ranks", () => {
    const f = found("TAND tỉnh Long An xét xử bị cáo Phạm Văn Tâm; đại diện VKSND tỉnh Long An giữ quyền công tố.");
    expect(f).toEqual(expect.arrayContaining(["ORGANIZATION:TAND tỉnh Long An", "ORGANIZATION:VKSND tỉnh Long An", "PERSON:Phạm Văn Tâm", "LOCATION:Long An"]));
    const g = found("Thượng tá Lê Minh Hải, Trưởng Công an huyện Củ Chi, cho biết Cơ quan Cảnh sát điều tra Công an TP.HCM đã vào cuộc.");
    expect(g).toEqual(expect.arrayContaining(["POSITION:Thượng tá", "PERSON:Lê Minh Hải", "ORGANIZATION:Cơ quan Cảnh sát điều tra Công an TP.HCM", "LOCATION:TP.HCM"]));
  });
  it("does not make a one-trial role a POSITION", () => {
    expect(found("Thẩm phán Võ Thị Lan làm chủ tọa phiên tòa.")).not.toContain("POSITION:chủ tọa");
  });
});

describe("health, education, sport, business", () => {
  it("links a degree-prefixed name to its office", () => {
    expect(holds("PGS.TS Nguyễn Lân Hiếu, Giám đốc Bệnh viện Đại học Y Hà Nội, cho biết.")).toContain("Nguyễn Lân Hiếu | Giám đốc Bệnh viện Đại học Y Hà Nội");
  });
  it("keeps a school named after a person as one body, with no PERSON inside", () => {
    const f = found("Học sinh Trường THPT Lê Quý Đôn đạt giải nhất.");
    expect(f).toContain("ORGANIZATION:Trường THPT Lê Quý Đôn");
    expect(f.filter((x) => x.startsWith("PERSON"))).toEqual([]);
  });
  it("keeps hyphenated foreign names whole", () => {
    expect(holds("HLV Kim Sang-sik công bố danh sách đội tuyển.")).toEqual(["Kim Sang-sik | HLV"]);
  });
  it("finds company abbreviations and heads", () => {
    expect(found("Tổng Giám đốc Vinamilk Mai Kiều Liên phát biểu.")).toEqual(expect.arrayContaining(["ORGANIZATION:Vinamilk", "PERSON:Mai Kiều Liên"]));
  });
});

describe("world news", () => {
  it("takes the country into a foreign minister's title", () => {
    expect(holds("Ngoại trưởng Mỹ Marco Rubio gặp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.")).toEqual([
      "Marco Rubio | Ngoại trưởng Mỹ",
      "Vương Nghị | Bộ trưởng Ngoại giao Trung Quốc",
    ]);
  });
});

describe("local administration", () => {
  it("nests a body written with a lower-case head inside its head's title", () => {
    const f = found("Bà Nguyễn Thị Thu Lan, Trưởng ban Tuyên giáo Tỉnh ủy, phát biểu.");
    expect(f).toEqual(expect.arrayContaining(["POSITION:Trưởng ban Tuyên giáo Tỉnh ủy", "ORGANIZATION:ban Tuyên giáo Tỉnh ủy"]));
  });
  it("gives both titles joined by 'kiêm' to the person before them, not to the company after", () => {
    const h = holds("Bà Nguyễn Thị Mai, Chủ tịch HĐQT kiêm Tổng Giám đốc Sao Việt Air, cho biết.");
    expect(h).toEqual(expect.arrayContaining(["Nguyễn Thị Mai | Chủ tịch HĐQT"]));
    expect(h.some((x) => x.startsWith("Sao Việt Air"))).toBe(false);
  });
  it("does not annotate a ward or hamlet named by a number alone (D27)", () => {
    const f = found("Ông Nam ngụ ấp 3, xã Tân Thạnh, huyện Thạnh Phú, tỉnh Bến Tre.");
    expect(f).toEqual(expect.arrayContaining(["LOCATION:Tân Thạnh", "LOCATION:Thạnh Phú", "LOCATION:Bến Tre"]));
    expect(f).not.toContain("LOCATION:3");
  });
});

describe("abbreviations in brackets, clubs and world landmarks", () => {
  it("annotates an unknown abbreviation in brackets after a body", () => {
    expect(found("Ngân hàng TMCP Sài Gòn Thương Tín (STB) tăng vốn.")).toContain("ORGANIZATION:STB");
  });
  it("reads '<name> FC' as one club", () => {
    expect(found("Đội bóng thắng Hải Phòng FC 2-1.")).toContain("ORGANIZATION:Hải Phòng FC");
  });
  it("knows landmark seats of power as places", () => {
    expect(found("Điện Kremlin và Nhà Trắng đều lên tiếng.")).toEqual(expect.arrayContaining(["LOCATION:Điện Kremlin", "LOCATION:Nhà Trắng"]));
  });
});
