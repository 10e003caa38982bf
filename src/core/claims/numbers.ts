/**
 * Numbers a passage states, as digits ("7", "1,200", "3.5") or as English number words up to
 * twenty and the tens ("seven", "forty"). Multipliers ("350 million") are read as the number
 * written (350), which is how claims' `numbers` are written too.
 */

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, dozen: 12, half: 0.5,
};

// Whole numbers only: not the 7 of "G7", the 19 of "COVID-19" or the 52 of "B-52".
// A short unit may follow ("£350m", "$2bn").
const DIGITS = /(?<![\p{L}\p{N}.,-])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?=(?:bn|tn|m|k)?(?![\p{L}\p{N}]|[.,]\d))/gu;

/** Value of one lower-case word, if it is a number word. */
export function numberWord(word: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(WORDS, word) ? WORDS[word] : undefined;
}

/** Every number written in digits in `text[from, to)`, with its offsets. */
export function digitNumbers(text: string, from: number, to: number): { value: number; start: number; end: number }[] {
  const out: { value: number; start: number; end: number }[] = [];
  DIGITS.lastIndex = from;
  for (let m = DIGITS.exec(text); m !== null && m.index < to; m = DIGITS.exec(text)) {
    const value = Number(m[0].replace(/,/g, ''));
    if (Number.isFinite(value)) out.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
