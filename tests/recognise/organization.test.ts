import { describe, expect, it } from "vitest";
import { texts } from "../helpers/extract.js";

describe("ORGANIZATION", () => {
  it("finds known bodies and ministries", () => {
    expect(texts("Sáng nay, Bộ Tài chính đã công bố số liệu thu ngân sách.", "ORGANIZATION")).toEqual(["Bộ Tài chính"]);
    expect(texts("Chính phủ và Quốc hội thống nhất chủ trương.", "ORGANIZATION")).toEqual(["Chính phủ", "Quốc hội"]);
  });
  it("builds names from a head and capitalised words, with 'và' inside the name", () => {
    expect(texts("Sở Giáo dục và Đào tạo tỉnh Nghệ An tổ chức hội nghị.", "ORGANIZATION")).toEqual(["Sở Giáo dục và Đào tạo tỉnh Nghệ An"]);
  });
  it("keeps the lower-case locality word and the place inside", () => {
    expect(texts("UBND thành phố Đà Nẵng vừa ban hành kế hoạch.", "ORGANIZATION")).toEqual(["UBND thành phố Đà Nẵng"]);
    expect(texts("Đại diện HĐND tỉnh phát biểu.", "ORGANIZATION")).toEqual(["HĐND tỉnh"]);
  });
  it("chains units into one body", () => {
    expect(texts("Ban Thường vụ Thành ủy Hải Phòng họp phiên thường kỳ.", "ORGANIZATION")).toEqual(["Ban Thường vụ Thành ủy Hải Phòng"]);
  });
  it("does not annotate ad-hoc delegations, events or bare back-references", () => {
    expect(texts("Đoàn công tác của Bộ Y tế đến thăm bệnh viện.", "ORGANIZATION")).toEqual(["Bộ Y tế"]);
    expect(texts("Hội nghị tổng kết công tác năm diễn ra sáng nay.", "ORGANIZATION")).toEqual([]);
    expect(texts("Đảng và Nhà nước luôn quan tâm.", "ORGANIZATION")).toEqual(["Đảng"]);
  });
  it("stops a body name before a person's name and before function words", () => {
    expect(texts("Bộ Công Thương cho biết sẽ điều chỉnh giá.", "ORGANIZATION")).toEqual(["Bộ Công Thương"]);
    expect(texts("Trường Đại học Cần Thơ tổ chức lễ tốt nghiệp.", "ORGANIZATION")[0]).toBe("Trường Đại học Cần Thơ");
  });
  it("counts no body by a number on the line above (a metadata line's date)", () => {
    expect(texts(" date 2017-10\nCông an tỉnh Thanh Hóa cho biết đã bắt giữ đối tượng.", "ORGANIZATION")).toEqual(["Công an tỉnh Thanh Hóa"]);
    expect(texts("Hiện có 38 Đảng bộ xã trực thuộc.", "ORGANIZATION")).toEqual([]);
  });
  it("splits comma-separated bodies", () => {
    expect(texts("Tỉnh ủy, HĐND, UBND tỉnh Quảng Ngãi dự lễ.", "ORGANIZATION")).toEqual(["Tỉnh ủy", "HĐND", "UBND tỉnh Quảng Ngãi"]);
  });
});
