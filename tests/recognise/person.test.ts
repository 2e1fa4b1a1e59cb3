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
