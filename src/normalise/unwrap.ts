/**
 * Hard-wrapped text: press releases copied from PDFs and some sites break lines inside sentences
 * ("… tại Sở Ngoại vụ tỉnh\nThanh Hóa."). A reader joins such lines, and so do the recognisers once the
 * break is a space. Same length, so offsets are kept.
 *
 * A text counts as wrapped when at least WRAPPED_AT of its line breaks fall between a lower-case letter
 * (or a comma) and a lower-case letter, which only a wrap does; then every break after a letter or a
 * comma and before a lower-case letter or a number ("ngày\n29.7.2021") becomes a space. Breaks before a
 * capital stay (a paragraph often ends without a full stop, "… UBND xã\nTại Đại hội …"), unless the line
 * ends in a locality word that a name completes ("Ủy ban nhân dân tỉnh\nHậu Giang"). Breaks before a list
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

function isWrapped(text: string): boolean {
  let wraps = 0;
  for (let i = text.indexOf("\n"); i > 0; i = text.indexOf("\n", i + 1)) {
    const before = text[i - 1]!;
    const after = text[i + 1];
    if (after !== undefined && (before === "," || isLower(before)) && isLower(after) && ++wraps >= WRAPPED_AT) return true;
  }
  return false;
}

export function unwrapLines(text: string): string {
  if (!text.includes("\n") || !isWrapped(text)) return text;
  let out = "";
  let from = 0;
  for (let i = text.indexOf("\n"); i > 0; i = text.indexOf("\n", i + 1)) {
    const after = text[i + 1];
    if (after === undefined || !endsNoSentence(text[i - 1]!)) continue;
    const number = after >= "0" && after <= "9";
    if (!(isLower(after) || (number && !LIST_NUMBER.test(text.slice(i + 1, i + 5))) || (isLetter(after) && LOCALITY_AT_END.test(text.slice(Math.max(0, i - 12), i)) && !SENTENCE_OPENER.test(text.slice(i + 1, i + 8))))) continue;
    out += text.slice(from, i) + " ";
    from = i + 1;
  }
  return out + text.slice(from);
}
