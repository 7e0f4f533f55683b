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

/** Builds cue lookups: single words in a map, two-word phrases keyed by their first word. */
export interface CueTable {
  single: Map<string, string>;
  double: Map<string, Array<{ second: string; value: string }>>;
}

export function cueTable(cues: Record<string, string[]>): CueTable {
  const table: CueTable = { single: new Map(), double: new Map() };
  for (const [value, words] of Object.entries(cues)) {
    for (const w of words) {
      const parts = w.toLowerCase().split(/\s+/);
      if (parts.length === 1) table.single.set(parts[0], value);
      else {
        const list = table.double.get(parts[0]) ?? [];
        list.push({ second: parts[1], value });
        table.double.set(parts[0], list);
      }
    }
  }
  return table;
}

/** The cue value at word i (and how many words it spans), if any. */
export function cueAt(table: CueTable, words: ReadonlyArray<{ text: string }>, i: number): { value: string; span: number } | undefined {
  const w = words[i].text;
  const pairs = table.double.get(w);
  if (pairs && i + 1 < words.length) {
    const next = words[i + 1].text;
    for (const p of pairs) if (p.second === next) return { value: p.value, span: 2 };
  }
  const value = table.single.get(w);
  return value === undefined ? undefined : { value, span: 1 };
}
