/**
 * The words that say what a figure measures, in what scope and time frame.
 * A workspace extends the measures through the `measures` setting.
 */

/** Measures of amounts (money): measure -> cue words (single words or two-word phrases, lower case). */
export const MEASURE_CUES: Record<string, string[]> = {
  funding: [
    'funding', 'funded', 'fund', 'funds', 'backing', 'backed', 'grant', 'grants', 'subsidy', 'subsidies',
    'financing', 'financed', 'war chest', 'capital', 'bailout', 'budget', 'budgeted', 'allocated', 'allocation',
  ],
  investment: ['investment', 'investments', 'invest', 'invests', 'invested', 'investing', 'poured'],
  stake: ['stake'],
  valuation: ['valuation', 'valued', 'market value', 'market cap', 'capitalization', 'capitalisation'],
  deal: ['deal', 'acquisition', 'acquire', 'acquired', 'acquiring', 'takeover', 'merger', 'bought', 'purchase', 'bid', 'offer'],
  price: ['price', 'priced', 'prices'],
  cost: ['cost', 'costs', 'costing', 'spending', 'spend', 'spent', 'expenditure'],
  revenue: ['revenue', 'revenues', 'sales', 'turnover'],
  profit: ['profit', 'profits', 'net income', 'earnings', 'loss', 'losses'],
  debt: ['debt', 'loan', 'loans', 'borrowing', 'bonds'],
  'market share': ['market share'],
};

/** Words of change that make a percentage a change of something: direction -> cue words. */
export const CHANGE_CUES: Record<string, string[]> = {
  increase: [
    'increase', 'increased', 'increases', 'rise', 'rises', 'rose', 'risen', 'rising', 'grow', 'grows', 'grew', 'grown',
    'growth', 'gain', 'gained', 'jump', 'jumped', 'climb', 'climbed', 'boost', 'boosted', 'raise', 'raised', 'up',
  ],
  decrease: [
    'decrease', 'decreased', 'fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'dropped', 'decline', 'declined',
    'reduce', 'reduced', 'reduces', 'reduction', 'cut', 'cuts', 'lower', 'lowered', 'down', 'shrink', 'shrank',
    'slash', 'slashed', 'savings',
  ],
};

/** What a change is a change of: object -> cue words. A change without one makes no claim. */
export const CHANGE_OBJECTS: Record<string, string[]> = {
  cost: ['cost', 'costs', 'spending', 'expenses', 'expenditure'],
  price: ['price', 'prices'],
  revenue: ['revenue', 'revenues', 'sales', 'turnover'],
  profit: ['profit', 'profits', 'earnings'],
  output: ['output', 'production'],
  share: ['share', 'market share'],
  employment: ['jobs', 'employment', 'headcount', 'workforce'],
  emissions: ['emissions'],
  demand: ['demand'],
};

/** Cues that make a duration a claim about a timeline. */
export const TIMELINE_CUES = new Set(['within', 'timeline', 'scheduled', 'deadline']);

/** Counted nouns that make a claim: "100 experts", "2,000 employees", "a dozen companies". */
export const COUNTED_NOUNS = new Set([
  'experts', 'engineers', 'researchers', 'employees', 'staff', 'workers', 'developers', 'scientists', 'people',
  'members', 'jobs', 'casualties', 'victims', 'deaths', 'companies', 'firms', 'startups', 'partners', 'countries', 'nations', 'banks', 'users', 'customers',
]);

/** scope -> cue words. */
export const SCOPE_CUES: Record<string, string[]> = {
  public: ['public', 'government', 'governmental', 'state', 'federal', 'taxpayer', 'taxpayers', 'public-sector'],
  private: ['private', 'corporate', 'private-sector'],
  total: ['total', 'combined', 'overall', 'aggregate', 'cumulative', 'altogether'],
  joint: ['joint', 'bilateral'],
  annual: ['annual', 'annually', 'yearly'],
  'per-share': ['per share', 'a share'],
  initial: ['initial', 'seed'],
  additional: ['additional', 'extra', 'further', 'more'],
  cash: ['cash'],
  stock: ['stock', 'shares'],
};

/** Words that mark a figure as an estimate or a forecast rather than a settled figure. */
export const ESTIMATE_CUES = new Set([
  'expect', 'expected', 'expects', 'estimated', 'estimate', 'estimates', 'projected', 'projection', 'forecast', 'forecasts',
  'could', 'may', 'might', 'would', 'planned', 'plans', 'plan', 'target', 'targets', 'aims', 'aim', 'anticipated', 'proposed',
]);

/** Words that mark a settled, final figure. */
export const FINAL_CUES = new Set(['final', 'finally', 'actual', 'actually', 'ultimately', 'eventually', 'confirmed']);

/**
 * Words before an entity (in its clause) that make it a source or a point of
 * comparison rather than what the figure is about.
 */
export const NON_SUBJECT_CUES = [
  'according to', 'reported by', 'reports', 'told', 'cited by', 'per', 'via', 'source',
  'rival', 'rivals', 'rivaling', 'rivalling', 'compete with', 'competing with', 'compared with', 'compared to',
  'than', 'versus', 'vs', 'against', 'match', 'unlike', 'beat', 'catch up with',
];

/** Noun phrases that point back to organizations named just before. */
export const ANAPHORA = new Set([
  'consortium', 'company', 'companies', 'group', 'venture', 'alliance', 'partnership', 'firm', 'firms', 'coalition',
  'initiative', 'project', 'programme', 'program', 'partners', 'it', 'they', 'its', 'their',
]);

/** Words that may stand between a figure and a measure after it without breaking the link. */
export const LINKS = new Set(['in', 'of', 'for', 'as', 'the', 'a', 'an', 'to', 'by', 'worth', 'total', 'its', 'their']);

/** Anaphora that point back on their own ("it"); the others do after one of POINTING_DETERMINERS ("the consortium"). */
export const POINTING_PRONOUNS = new Set(['it', 'they', 'its', 'their']);
export const POINTING_DETERMINERS = new Set(['the', 'this', 'that', 'these']);

/** The words of cue lists as they are matched: lower case, phrases split at white space. */
export function cueWords(cues: Record<string, string[]>): string[] {
  return Object.values(cues).flatMap((words) => words.flatMap((w) => w.toLowerCase().split(/\s+/)));
}

/** Every word the claim layer compares a sentence's words with, given the workspace's extra measures. */
export function claimVocabulary(extraMeasures: Record<string, string[]>): string[] {
  return [
    ...cueWords(MEASURE_CUES), ...cueWords(extraMeasures), ...cueWords(SCOPE_CUES), ...cueWords(CHANGE_CUES), ...cueWords(CHANGE_OBJECTS),
    ...TIMELINE_CUES, ...ESTIMATE_CUES, ...FINAL_CUES, ...ANAPHORA, ...LINKS, ...POINTING_PRONOUNS, ...POINTING_DETERMINERS,
    ...NON_SUBJECT_CUES.flatMap((cue) => cue.split(' ')),
  ];
}
