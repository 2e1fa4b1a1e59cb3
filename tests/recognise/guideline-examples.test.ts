import { describe, expect, it } from "vitest";
import { extract } from "../../src/extractor.js";

/** Illustrative cases the annotation guideline spells out, set in sentences of our own. */
const found = (text: string): string[] => extract(text).entities.map((e) => `${e.type}:${e.text}${e.value ? "=" + e.value : ""}`);
const holds = (text: string): string[] => extract(text).relations.map((r) => `${r.person} | ${r.position}`);

describe("guideline examples", () => {
  it("nests the body a head is built on", () => {
    expect(found("Ông Lý Minh, Chánh Văn phòng Huyện ủy Hà Khẩu, tiếp đoàn.")).toEqual(
      expect.arrayContaining(["POSITION:Chánh Văn phòng Huyện ủy Hà Khẩu", "ORGANIZATION:Văn phòng Huyện ủy Hà Khẩu", "LOCATION:Hà Khẩu"]),
    );
    expect(found("Ông Phạm Văn Tú, Phó Chánh tòa Hình sự, cho biết.")).toEqual(expect.arrayContaining(["POSITION:Phó Chánh tòa Hình sự", "ORGANIZATION:tòa Hình sự"]));
  });
  it("ends a title before a term of office, which is a DATE", () => {
    const f = found("Ông Nguyễn Nam, Trưởng Cơ quan đại diện Việt Nam tại Lào nhiệm kỳ 2021-2024, phát biểu.");
    expect(f).toContain("POSITION:Trưởng Cơ quan đại diện Việt Nam tại Lào");
    expect(f).toContain("DATE:2021-2024=2021/2024");
  });
  it("keeps type words and 'cũ' outside places, and numbered hamlets whole", () => {
    expect(found("Đoàn thăm châu Hồng Hà, Thôn Phù Lưu 2, TP. Hải Phòng và tỉnh Vĩnh Phúc cũ.").filter((x) => x.startsWith("LOCATION"))).toEqual([
      "LOCATION:Hồng Hà",
      "LOCATION:Phù Lưu 2",
      "LOCATION:Hải Phòng",
      "LOCATION:Vĩnh Phúc",
    ]);
  });
  it("treats institutions as bodies and peoples as nothing", () => {
    expect(found("Bé điều trị tại Bệnh viện Nhi đồng 1; sinh viên Trường Đại học Hoa Sen và người Chăm dự lễ.")).toEqual([
      "ORGANIZATION:Bệnh viện Nhi đồng 1",
      "ORGANIZATION:Trường Đại học Hoa Sen",
    ]);
  });
  it("splits a clock time from its day at a bracket, and ends a date at one", () => {
    const f = found("Trận đấu diễn ra lúc 20 giờ (theo giờ Việt Nam) ngày 19-6. Tối nay (26/12), đội dự U23 châu Á 2022 trong năm học 2022 - 2023.");
    expect(f).toEqual(expect.arrayContaining(["DATE:20 giờ=XXXX-06-19T20:00", "DATE:ngày 19-6=XXXX-06-19", "DATE:26/12=XXXX-12-26", "DATE:2022=2022", "DATE:2022 - 2023=2022/2023"]));
  });
  it("links past offices as the text gives them", () => {
    expect(holds("HĐQT đã miễn nhiệm chức vụ Tổng giám đốc của ông Trần Văn Lộc.")).toEqual(["Trần Văn Lộc | Tổng giám đốc"]);
  });
  it("annotates a generic body name that identifies one body", () => {
    expect(found("Hội đồng quản trị công ty họp bất thường.")).toContain("ORGANIZATION:Hội đồng quản trị");
  });
});
