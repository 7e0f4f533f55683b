/** English number words: cardinals, multipliers and fraction denominators. */

/** zero … nineteen. */
export const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['nought', 0], ['naught', 0], ['nil', 0],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers that close a group of three digits (and the Indian lakh and crore). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** "dozens of", "hundreds of": a vague plural, as an interval [low, high]. */
export const VAGUE_PLURALS: ReadonlyMap<string, [number, number]> = new Map([
  ['dozens', [24, 99]], ['scores', [40, 99]], ['hundreds', [200, 999]], ['thousands', [2e3, 9999]],
  ['millions', [2e6, 999e6]], ['billions', [2e9, 999e9]], ['trillions', [2e12, 999e12]],
]);

/** Fraction denominators, singular and plural ("a third", "two thirds"). */
export const ORDINAL_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8],
  ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10], ['eleventh', 11], ['elevenths', 11], ['twelfth', 12], ['twelfths', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['twentieths', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['hundredths', 100], ['thousandth', 1e3], ['thousandths', 1e3],
  ['millionth', 1e6], ['millionths', 1e6], ['billionth', 1e9], ['billionths', 1e9], ['trillionth', 1e12], ['trillionths', 1e12],
]);

/** Ordinals that only act as denominators after a tens word: "a twenty-first", "three twenty-firsts". */
export const COMPOUND_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['firsts', 1], ['second', 2], ['seconds', 2], ['third', 3], ['thirds', 3], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
]);

/** Words after which a singular fraction ("a third", "one half") is still a number. */
export const AFTER_SINGULAR_FRACTION = new Set(['of', 'and', 'or', 'more', 'less', 'as', 'than', 'percent']);

/** Every word that can start or continue a spelled-out number (for the trigger scan, figures.ts). */
export const NUMBER_TRIGGER_WORDS = [
  ...UNITS.keys(),
  ...TENS.keys(),
  'hundred',
  ...SCALE_WORDS.keys(),
  'dozen',
  ...VAGUE_PLURALS.keys(),
  'half',
  'thirds',
  'quarters',
  'fifths',
  'trillionth',
  'hundredth',
];
