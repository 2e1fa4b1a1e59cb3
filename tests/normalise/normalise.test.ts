import { describe, expect, it } from "vitest";
import { canonicalToneMarks, normalise } from "../../src/normalise/index.js";
import { inNfcStableBlock } from "../../src/normalise/normalise.js";
import { texts } from "../helpers/extract.js";

/** Every index of the normalised text maps into the original, monotonically, ending at its length. */
function expectMonotonicMap(original: string): void {
  const n = normalise(original);
  let previous = 0;
  for (let i = 0; i <= n.text.length; i++) {
    const o = n.toOriginal(i);
    expect(o).toBeGreaterThanOrEqual(previous);
    expect(o).toBeLessThanOrEqual(original.length);
    previous = o;
  }
  expect(n.toOriginal(n.text.length)).toBe(original.length);
}

describe("canonicalToneMarks", () => {
  it("moves the tone of final oa/oe/uy to the first vowel", () => {
    expect(canonicalToneMarks("hoà bình")).toBe("hòa bình");
    expect(canonicalToneMarks("Uỷ ban")).toBe("Ủy ban");
    expect(canonicalToneMarks("Thuỵ Điển")).toBe("Thụy Điển");
    expect(canonicalToneMarks("khoẻ")).toBe("khỏe");
  });
  it("leaves syllables where the vowel pair is not final, or after q", () => {
    expect(canonicalToneMarks("hoàng")).toBe("hoàng");
    expect(canonicalToneMarks("quý")).toBe("quý");
    expect(canonicalToneMarks("thuyền")).toBe("thuyền");
  });
});

describe("normalise", () => {
  it("takes the fast path for clean NFC text and maps offsets one to one", () => {
    const n = normalise("Bộ Ngoại giao");
    expect(n.text).toBe("Bộ Ngoại giao");
    expect(n.toOriginal(3)).toBe(3);
  });
  it("composes NFD input and maps every index back into the original", () => {
    const original = "Tỉnh ủy Khánh Hòa".normalize("NFD");
    const n = normalise(original);
    expect(n.text).toBe("Tỉnh ủy Khánh Hòa");
    const start = n.text.indexOf("Khánh");
    expect(original.slice(n.toOriginal(start), n.toOriginal(start + "Khánh Hòa".length)).normalize("NFC")).toBe("Khánh Hòa");
    expectMonotonicMap(original);
  });
  it("unifies dashes, spaces and line breaks, and drops zero-width characters", () => {
    const n = normalise("2020\u2013 2025\u00A0tại\r\nHà\u200BNội");
    expect(n.text).toBe("2020- 2025 tại\nHàNội");
    expectMonotonicMap("2020\u2013 2025\u00A0tại\r\nHà\u200BNội");
  });
  it("reads the look-alike eth as the Vietnamese đ, keeping length and offsets", () => {
    const n = normalise("ông Ðinh Văn Ðạt, ðường");
    expect(n.text).toBe("ông Đinh Văn Đạt, đường");
    expect(n.toOriginal(4)).toBe(4);
  });

  it("skips NFC only for characters it cannot change: each of those blocks alone, and after every one of them", () => {
    // The characters a text may hold when normalise() skips NFC: below U+0300 (but CR and the soft hyphen, which take
    // the mapped path) and the blocks inNfcStableBlock names.
    const stable: string[] = [];
    for (let c = 0x20; c <= 0xffff; c++) if ((c < 0x0300 && c !== 0xad) || inNfcStableBlock(c)) stable.push(String.fromCharCode(c));
    const changed = stable.filter((ch) => ch.normalize("NFC") !== ch);
    // En and em quads become en and em spaces under NFC; the space fixes make all four " " either way.
    expect(changed.map((ch) => ch.charCodeAt(0).toString(16))).toEqual(["2000", "2001"]);
    for (const ch of changed) expect(normalise(`a${ch}b`).text).toBe(normalise(`a${ch.normalize("NFC")}b`).text);
    // No pair composes: NFC of every pair is NFC of its two characters apart (composition needs a second character
    // outside these blocks).
    const nfcAlone = stable.map((ch) => ch.normalize("NFC"));
    let composed = 0;
    for (let a = 0; a < stable.length; a++) {
      const row = stable.map((second) => stable[a] + second).join("\u0000");
      const apart = nfcAlone.map((second) => nfcAlone[a] + second).join("\u0000");
      if (row.normalize("NFC") !== apart) composed++;
    }
    expect(composed).toBe(0);
    // The path is taken: a precomposed text comes back as written, a decomposed one composed.
    expect(normalise("Chủ tịch Hồ Chí Minh – “Bác Hồ” ₫").text).toBe("Chủ tịch Hồ Chí Minh - “Bác Hồ” ₫");
    expect(normalise("A\u030A \u212B").text).toBe("Å Å");
  });
  it("replaces lone surrogates and keeps the map valid", () => {
    const original = "a\uD800b\uDC00c 😀";
    const n = normalise(original);
    expect(n.text).toBe("a\uFFFDb\uFFFDc 😀");
    expectMonotonicMap(original);
  });
});

describe("hard-wrapped text", () => {
  // Invented, wrapped at a fixed width the way PDF exports and some portals break lines.
  const wrapped = [
    "01/03/2024",
    "Sở Nội vụ tỉnh thăm và làm việc tại Quảng Trị",
    "Sáng",
    "ngày 01/3/2024, đoàn cán bộ do ông Trần Văn Hải làm trưởng đoàn đã đến",
    "làm việc với Viện kiểm sát",
    "nhân dân huyện và Ủy ban nhân dân tỉnh",
    "Quảng Trị, hai bên thống nhất về công tác",
    "cải cách hành chính.",
    "Danh sách khen thưởng gồm",
    "1. Ông Lê Văn Minh – Phó Giám đốc Sở Nội vụ",
    "2. Bà Trần Thị Lan – Trưởng phòng Tổ chức",
    "",
  ].join("\n");

  it("joins a line broken inside a sentence, keeping length", () => {
    const { text, toOriginal } = normalise(wrapped);
    expect(text.length).toBe(wrapped.length);
    expect(toOriginal(10)).toBe(10);
    expect(text).toContain("Sáng ngày 01/3/2024");
    expect(text).toContain("Viện kiểm sát nhân dân huyện");
    expect(text).toContain("Ủy ban nhân dân tỉnh Quảng Trị, hai bên");
    expect(text).toContain("đã đến làm việc");
  });
  it("keeps the dateline, breaks before a capital and before a list number", () => {
    const { text } = normalise(wrapped);
    expect(text.startsWith("01/03/2024\nSở Nội vụ")).toBe(true);
    expect(text).toContain("Quảng Trị\nSáng");
    expect(text).toContain("gồm\n1. Ông");
    expect(text).toContain("Sở Nội vụ\n2. Bà");
  });
  it("lets entities run across the joined breaks, their text as the caller wrote it", () => {
    expect(texts(wrapped, "DATE")).toContain("Sáng\nngày 01/3/2024");
    expect(texts(wrapped, "ORGANIZATION")).toContain("Viện kiểm sát\nnhân dân huyện");
  });
  it("joins a break before a capital on a full line, and keeps it after a paragraph's short last line", () => {
    // Invented; wrapped near 60 characters, as by a PDF's proportional font.
    const lines = [
      "Chiều 19/01/2026, tại hội trường xã, đoàn công tác của tỉnh",
      "đã tổ chức hội nghị bàn giao chức vụ Chỉ huy trưởng Ban Chỉ huy",
      "Quân sự xã cho đồng chí Trần Văn Bình, nguyên Phó Chỉ huy trưởng,",
      "theo quyết định của cấp trên",
      "Hội nghị thống nhất các nội dung và giao nhiệm vụ cho các đơn vị",
      "trực thuộc.",
    ].join("\n");
    const { text } = normalise(lines);
    expect(text).toContain("Ban Chỉ huy Quân sự xã");
    expect(text).toContain("cấp trên\nHội nghị");
    expect(texts(lines, "ORGANIZATION")).toContain("Ban Chỉ huy\nQuân sự xã");
  });
  it("leaves text that is not wrapped alone, even where one line ends without a full stop", () => {
    const plain = "Tin mới\nsáng nay, đoàn công tác đến tỉnh.\nBuổi làm việc diễn ra tốt đẹp.\n";
    expect(normalise(plain).text).toBe(plain);
  });
});
