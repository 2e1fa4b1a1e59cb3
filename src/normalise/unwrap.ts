/**
 * Hard-wrapped text: press releases copied from PDFs and some sites break lines inside sentences
 * ("… tại Sở Ngoại vụ tỉnh\nThanh Hóa."). A reader joins such lines, and so do the recognisers once the
 * break is a space. Same length, so offsets are kept.
 *
 * A text counts as wrapped when at least WRAPPED_AT of its line breaks fall between a lower-case letter
 * (or a comma) and a lower-case letter, which only a wrap does; then every break after a letter or a
 * comma and before a lower-case letter or a number ("ngày\n29.7.2021") becomes a space. Breaks before a
 * capital stay (a paragraph often ends without a full stop, "… UBND xã\nTại Đại hội …"), unless the line
 * ends in a locality word that a name completes ("Ủy ban nhân dân tỉnh\nHậu Giang") or is full: the next
 * word would not have fitted at the text's wrap width ("Ban Chỉ huy\nQuân sự"). Breaks before a list
 * number ("\n5. Ông …") and after a number stay too, so a dateline keeps its own line.
 */
const WRAPPED_AT = 3;

const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();
/** A lower-case locality word ending a line: the place's name is on the next ("tỉnh\nHậu Giang"). */
const LOCALITY_AT_END = /(?:^|[^\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u;
/** Words that open a sentence, never a place's name ("UBND xã\nTại Đại hội …"). */
const SENTENCE_OPENER = /^(?:Tại|Theo|Trong|Sau|Trước|Khi|Với|Để|Do|Từ|Về|Các|Những|Ông|Bà|Hôm|Ngày|Sáng|Chiều|Tối)(?![\p{L}\p{N}])/u;
/** "5. Ông …", "2) …": a numbered list item starts the line. */
const LIST_NUMBER = /^\d{1,2}[.)] /;

function endsNoSentence(before: string): boolean {
  return before === "," || isLetter(before);
}

/**
 * The width a wrapped text is wrapped at (its longest line that breaks between two lower-case letters), or 0
 * when fewer than WRAPPED_AT breaks do (not wrapped).
 */
function wrapWidth(text: string): number {
  let wraps = 0;
  let width = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i > 0; i = text.indexOf("\n", i + 1)) {
    const before = text[i - 1]!;
    const after = text[i + 1];
    if (after !== undefined && (before === "," || isLower(before)) && isLower(after)) {
      wraps++;
      width = Math.max(width, i - lineStart);
    }
    lineStart = i + 1;
  }
  return wraps >= WRAPPED_AT ? width : 0;
}

/**
 * A full line: near the wrap width a break before a capital is a wrap too ("Ban Chỉ huy\nQuân sự xã …"), where
 * a paragraph's last line is almost always shorter. Texts wrapped by pixels (PDF, proportional fonts) vary by
 * a fifth of the width in characters, hence FULL_SHARE.
 */
const FULL_SHARE = 0.8;
function fullLine(lineStart: number, i: number, width: number): boolean {
  return i - lineStart >= FULL_SHARE * width;
}

export function unwrapLines(text: string): string {
  if (!text.includes("\n")) return text;
  const width = wrapWidth(text);
  if (width === 0) return text;
  let out = "";
  let from = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i > 0; lineStart = i + 1, i = text.indexOf("\n", i + 1)) {
    const after = text[i + 1];
    if (after === undefined || !endsNoSentence(text[i - 1]!)) continue;
    const number = after >= "0" && after <= "9";
    const capital = isLetter(after) && !SENTENCE_OPENER.test(text.slice(i + 1, i + 8)) && (LOCALITY_AT_END.test(text.slice(Math.max(0, i - 12), i)) || fullLine(lineStart, i, width));
    if (!(isLower(after) || (number && !LIST_NUMBER.test(text.slice(i + 1, i + 5))) || capital)) continue;
    out += text.slice(from, i) + " ";
    from = i + 1;
  }
  return out + text.slice(from);
}
