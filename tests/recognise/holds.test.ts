import { describe, expect, it } from "vitest";
import { holds } from "../helpers/extract.js";

describe("HOLDS", () => {
  it("links an apposition after the name", () => {
    expect(holds("Ông Trần Văn Nam, Giám đốc Sở Tài chính, cho biết.")).toEqual(["Trần Văn Nam | Giám đốc Sở Tài chính"]);
  });
  it("links every title of a chain before the name", () => {
    expect(holds("Ủy viên Bộ Chính trị, Bí thư Thành ủy Nguyễn Văn Nên dự lễ.")).toEqual([
      "Nguyễn Văn Nên | Bí thư Thành ủy",
      "Nguyễn Văn Nên | Ủy viên Bộ Chính trị",
    ]);
  });
  it("gives a title shared by a list to each name", () => {
    expect(holds("Dự họp có các Phó Chủ tịch UBND tỉnh: Lê Văn Hòa, Trần Thị Thu.")).toEqual([
      "Lê Văn Hòa | Phó Chủ tịch UBND tỉnh",
      "Trần Thị Thu | Phó Chủ tịch UBND tỉnh",
    ]);
  });
  it("stops an apposition at a title that belongs to the next name", () => {
    expect(holds("Bí thư Tỉnh ủy Đỗ Văn Chiến, Chủ tịch UBND tỉnh Lê Văn Lương dự họp.")).toEqual([
      "Đỗ Văn Chiến | Bí thư Tỉnh ủy",
      "Lê Văn Lương | Chủ tịch UBND tỉnh",
    ]);
  });
  it("does not give a headline's last title to the byline on the next line", () => {
    expect(holds("Eximbank có tân Tổng giám đốc\nGiang Phạm\nNhà băng này đã bổ nhiệm ông Trần Tấn Lộc.")).toEqual([]);
    expect(holds("Tổng giám đốc Trần Tấn Lộc nhận quyết định.")).toEqual(["Trần Tấn Lộc | Tổng giám đốc"]);
  });
  it("links 'do X … làm trưởng đoàn'", () => {
    expect(holds("Đoàn công tác do ông Nguyễn Hữu Đông, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã lên đường.")).toContain(
      "Nguyễn Hữu Đông | trưởng đoàn",
    );
  });
  it("adds nothing for a title without a holder", () => {
    expect(holds("Đồng chí Chủ tịch UBND tỉnh cảm ơn các đại biểu.")).toEqual([]);
  });
});
