import { describe, expect, it } from "vitest";
import { extract } from "../../src/extractor.js";
import { texts } from "../helpers/extract.js";

describe("POSITION", () => {
  it("ends a title before the name that follows", () => {
    expect(texts("Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp.", "POSITION")).toEqual(["Phó Thủ tướng"]);
  });
  it("extends a title with its body and qualifiers", () => {
    expect(texts("Giám đốc Sở Y tế tỉnh Bình Định cho biết.", "POSITION")).toEqual(["Giám đốc Sở Y tế tỉnh Bình Định"]);
    expect(texts("Phó Chủ tịch Thường trực HĐND tỉnh phát biểu.", "POSITION")).toEqual(["Phó Chủ tịch Thường trực HĐND tỉnh"]);
  });
  it("keeps ranks without a body", () => {
    expect(texts("Thiếu tướng Nguyễn Văn Hùng thăm đơn vị.", "POSITION")).toEqual(["Thiếu tướng"]);
  });
  it("takes a country as the body of a diplomatic or state title", () => {
    expect(texts("Tổng thống Pháp Emmanuel Macron thăm Hà Nội.", "POSITION")).toEqual(["Tổng thống Pháp"]);
  });
  it("counts lower-case titles only where the context makes them titles", () => {
    // (A bare body word after the title completes it, D36 and the corpus's gold: "Chủ tịch hội đồng".)
    expect(texts("Ông được bầu làm chủ tịch hội đồng.", "POSITION")).toContain("chủ tịch hội đồng");
    expect(texts("Các đại biểu đã thảo luận sôi nổi.", "POSITION")).toEqual([]);
    expect(texts("Lãnh đạo tỉnh và cán bộ, phóng viên dự buổi gặp mặt.", "POSITION")).toEqual([]);
  });
  it("separates titles joined by commas", () => {
    const result = extract("Ông Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư phát biểu.");
    expect(texts("", "POSITION", result)[0]).toBe("Ủy viên Bộ Chính trị");
  });
});
