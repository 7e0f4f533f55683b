/**
 * Deterministic generator of news-like articles about synthetic events, for
 * benchmarks and scale tests. Several sources report each event; some give a
 * deliberately different figure (a cross-source conflict), some carry page
 * furniture (views, read time, likes, comment timestamps), list numbering and
 * non-money figures ("trillion-parameter").
 *
 *   import { generateCorpus } from './generateCorpus';
 *   const docs = generateCorpus({ articles: 1000, seed: 42 });
 *
 *   npx tsx bench/generateCorpus.ts --articles 10000 --seed 42 --out /tmp/corpus
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRateTable } from '../server/src/analysis/extract/rates';

export interface GeneratedArticle {
  /** File name, e.g. "event0003_src2.article.txt". */
  name: string;
  text: string;
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Articles per event (sources reporting the same event); default 4. */
  sourcesPerEvent?: number;
  /** Share of articles that state a conflicting amount; default 0.15. */
  conflictRate?: number;
}

/** mulberry32: small, fast, deterministic (the tests' random inputs use it too). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORG_SUFFIXES = ['Group', 'Holdings', 'Inc.', 'Corp.', 'Systems', 'Labs', 'Ltd.', 'Networks', 'Technologies', 'Partners'];
const PLACES = ['Japan', 'Germany', 'France', 'India', 'South Korea', 'Canada', 'Australia', 'Brazil', 'Singapore', 'the United Kingdom', 'Switzerland', 'China'];
const PROGRAMMES = ['Horizon Initiative', 'Bridge Programme', 'Atlas Project', 'Beacon Mission', 'Keystone Plan', 'Meridian Fund'];
const MEASURES = ['in public funding', 'in government backing', 'in private investment', 'in total investment', 'in annual revenue', 'in new orders'];
const SECTORS = ['semiconductors', 'robotics', 'battery storage', 'quantum computing', 'satellite networks', 'biotech manufacturing', 'grid software'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const NOUNS = ['engineers', 'researchers', 'experts', 'companies', 'startups', 'employees', 'partners'];
const COUNT_WORDS = ['two', 'three', 'five', 'a dozen', 'dozens of', 'hundreds of'];
const QUALIFIERS = ['', '', 'about ', 'nearly ', 'more than ', 'approximately ', 'up to ', 'at least ', 'roughly '];
const HANDLES = ['BackrowObserver', 'FloorPriceWatcher', 'ChainSkeptic', 'MacroMaven', 'QuietBull', 'NodeRunner', 'DataDiver'];

/** Prose without figures, as most of an article is: the extractor must read it fast and find nothing. */
const PROSE = [
  'Analysts said the move reflects a growing concern about the resilience of supply chains in {sector}.',
  'The announcement marks a significant shift in how governments and industry collaborate on critical infrastructure.',
  '{org} declined to comment on the details of the agreement, citing ongoing negotiations with its partners.',
  'Officials in {place} described the plan as a long-term commitment rather than a short-term stimulus.',
  'Critics warned that public money could end up subsidising projects that private investors had already rejected.',
  'The partners will share research facilities, and engineers from each company are expected to rotate between sites.',
  'Industry groups welcomed the clarity, although some smaller firms fear they will be shut out of the largest contracts.',
  'Observers noted that similar alliances have struggled when the priorities of their members diverged.',
  'The initiative focuses heavily on building domestic capabilities and reducing dependency on foreign suppliers.',
  'Executives at {org} said the company would prioritise energy efficiency and open standards for interoperability.',
  'Regulators are expected to review the arrangement, but no formal objections have been raised so far.',
  'For investors, the question is whether the consortium can turn public support into products that customers want.',
  'Several universities in {place} have signed letters of intent to join the research programme as associate members.',
  'The government framed the effort as a matter of economic security as much as industrial policy.',
  'Competitors abroad are watching closely, and some have hinted that they will respond with programmes of their own.',
  'People familiar with the matter said the final structure of the joint venture is still being negotiated.',
  'The plan emphasises rigorous auditing for bias and security vulnerabilities before any system is deployed.',
  'Local officials hope the project will bring skilled jobs to regions that have lost factories over the past decades.',
  'Some economists questioned whether the budget is large enough to make a difference in such a capital-intensive field.',
  '{org} has spent heavily on acquisitions in recent years, and its balance sheet is already under scrutiny.',
];

/** Currencies and how figures are written; amounts are converted at the engine's own rate for the event's year. */
const CURRENCIES: Array<{ code: string; perUsd: number; write: (amount: string, scale: string) => string }> = [
  { code: 'USD', perUsd: 1, write: (a, s) => `$${a} ${s}` },
  { code: 'USD', perUsd: 1, write: (a, s) => `US$${a} ${s}` },
  { code: 'USD', perUsd: 1, write: (a, s) => `$${a}${s[0].toUpperCase()}` },
  { code: 'JPY', perUsd: 150, write: (a, s) => `${a} ${s} yen` },
  { code: 'JPY', perUsd: 150, write: (a, s) => `¥${a} ${s}` },
  { code: 'EUR', perUsd: 0.92, write: (a, s) => `€${a} ${s}` },
  { code: 'EUR', perUsd: 0.92, write: (a, s) => `${a} ${s} euros` },
  { code: 'GBP', perUsd: 0.79, write: (a, s) => `£${a} ${s}` },
  { code: 'KRW', perUsd: 1350, write: (a, s) => `${a} ${s} won` },
  { code: 'INR', perUsd: 83, write: (a, s) => `₹${a} ${s}` },
  { code: 'CNY', perUsd: 7.2, write: (a, s) => `${a} ${s} yuan` },
];

interface Event {
  id: number;
  orgs: string[];
  place: string;
  programme: string;
  sector: string;
  usd: number;
  measure: string;
  percent: number;
  headcount: number;
  noun: string;
  /** Facts every source of the event states alike (a source that disagrees is a deliberate conflict). */
  localCount: string;
  horizon: number;
  shareGain: number;
  growthYears: number;
  hardwareShare: number;
  earlierBudget: number;
  hires: number;
  stalled: number;
  projects: number;
  priceFall: number;
  year: number;
  month: number;
  day: number;
}

/** Writes an amount in a scale (thousand … trillion) with up to 3 significant digits. */
function scaled(value: number): { amount: string; scale: string } {
  const scales: Array<[number, string]> = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ];
  for (const [f, name] of scales) {
    if (value >= f) {
      const v = value / f;
      const digits = v >= 100 ? 0 : v >= 10 ? 1 : 2;
      return { amount: String(Number(v.toFixed(digits))), scale: name };
    }
  }
  return { amount: String(Math.round(value)), scale: '' };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'sa', 'dri', 'no', 'bel', 'qua', 'zen', 'ar', 'vi', 'tel', 'mar', 'os', 'pho', 'lun', 'cer'];

/**
 * A made-up name that no other event of the corpus uses, so that events stay
 * apart: three or four syllables give 168,000 names, far more than the
 * ~15,000 a 10,000-article corpus needs, so the retry loop ends quickly.
 */
function uniqueName(r: () => number, used: Set<string>): string {
  for (;;) {
    const n = 3 + Math.floor(r() * 2);
    let name = '';
    for (let i = 0; i < n; i++) name += pick(r, SYLLABLES);
    name = name[0].toUpperCase() + name.slice(1);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function makeEvent(r: () => number, id: number, used: Set<string>): Event {
  const n = 2 + Math.floor(r() * 3);
  const orgs: string[] = [];
  for (let i = 0; i < n; i++) orgs.push(`${uniqueName(r, used)} ${pick(r, ORG_SUFFIXES)}`);
  const usd = Math.round(10 ** (7 + r() * 4));
  return {
    id,
    orgs,
    place: pick(r, PLACES),
    programme: `${uniqueName(r, used)} ${pick(r, PROGRAMMES).split(' ')[1]}`,
    sector: pick(r, SECTORS),
    usd,
    measure: pick(r, MEASURES),
    percent: 5 + Math.floor(r() * 60),
    headcount: 20 + Math.floor(r() * 900),
    noun: pick(r, NOUNS),
    localCount: pick(r, COUNT_WORDS),
    horizon: 2 + Math.floor(r() * 4),
    shareGain: 1 + Math.floor(r() * 9),
    growthYears: 2 + Math.floor(r() * 8),
    hardwareShare: 10 + Math.floor(r() * 80),
    earlierBudget: usd / (2 + r() * 3),
    hires: 100 + Math.floor(r() * 400),
    stalled: 1 + Math.floor(r() * 5),
    projects: 3 + Math.floor(r() * 10),
    priceFall: 3 + Math.floor(r() * 20),
    year: 2019 + Math.floor(r() * 8),
    month: Math.floor(r() * 12),
    day: 1 + Math.floor(r() * 28),
  };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const RATES = createRateTable({});

/** The amount in a random currency, converted at the engine's rate for that year, so that sources agree. */
function money(r: () => number, usd: number, year: number): string {
  const cur = pick(r, CURRENCIES);
  const rate = RATES.rate(cur.code, year)?.rate;
  const { amount, scale } = scaled(usd / (rate ?? 1 / cur.perUsd));
  return scale ? cur.write(amount, scale) : `$${amount}`;
}

function article(r: () => number, ev: Event, source: number, conflict: boolean): string {
  const lead = ev.orgs[0];
  const usd = conflict ? ev.usd * (1.4 + r()) : ev.usd;
  const amount = money(r, usd, ev.year);
  const q = pick(r, QUALIFIERS);
  const date = `${MONTHS[ev.month]} ${ev.day}, ${ev.year}`;
  const iso = `${ev.year}-${pad(ev.month + 1)}-${pad(ev.day)}`;
  const lines: string[] = [];
  const head = pick(r, [
    `${lead} and partners launch ${amount} ${ev.sector} push`,
    `${ev.place} backs ${ev.programme} with ${amount}`,
    `${ev.orgs.join(', ')} form ${ev.sector} alliance`,
  ]);
  lines.push(head, '');
  if (r() < 0.5) lines.push(`date ${iso}`);
  else lines.push(`${ev.place.replace(/^the /, '').toUpperCase()}, ${MONTH_ABBR[ev.month]} ${ev.day}, ${ev.year} —`);
  if (r() < 0.6) lines.push(`📅 · 📁 Industry · 👁 ${1 + Math.floor(r() * 900)} views · ⏱️ ${2 + Math.floor(r() * 15)} min read`);
  lines.push('');
  lines.push(
    `${lead} said on ${date} that it would lead the ${ev.programme}, a ${ev.sector} project in ${ev.place} with ${q}${amount} ${ev.measure}. ` +
      `The consortium includes ${ev.orgs.slice(1).join(' and ')} and ${ev.localCount} local ${ev.noun}.`,
  );
  lines.push(
    `About ${ev.headcount} ${ev.noun} will join the effort over the next ${ev.horizon} years, and the first results are expected ${pick(r, ['next year', 'in the spring of next year', 'within 24 months', 'by the third quarter', 'next spring', `in Q${1 + Math.floor(r() * 4)} ${ev.year + 1}`])}.`,
  );
  lines.push(
    `Officials expect costs to fall by ${conflict && r() < 0.3 ? ev.percent + 15 : ev.percent}% and output to rise between ${ev.percent} and ${ev.percent + 10} percent, ` +
      `while ${lead}'s share of the market grew ${ev.shareGain} percentage points in ${ev.year - 1}.`,
  );
  for (let p = 0; p < 3 + Math.floor(r() * 4); p++) {
    lines.push('');
    lines.push(
      pick(r, [
        `Analysts at ${pick(r, ev.orgs)} noted that ${ev.sector} spending has grown for ${ev.growthYears} consecutive years, with ${pick(r, ['roughly', 'about', 'almost'])} ${ev.hardwareShare}% of the budget going to hardware.`,
        `The plan was first discussed in ${MONTH_ABBR[(ev.month + 7) % 12]} ${ev.year - 1}, when ${pick(r, ev.orgs)} proposed a smaller budget of ${money(r, ev.earlierBudget, ev.year - 1)}.`,
        `Critics argue that the ${ev.programme} duplicates earlier programmes in ${pick(r, PLACES)}, where ${pick(r, ['two', 'three', 'several', 'a dozen'])} similar projects stalled after ${ev.stalled} years.`,
        `The partners are building trillion-parameter models for ${ev.sector} and plan to hire ${ev.hires} more ${ev.noun} by ${ev.year + 2}.`,
        `Competition is intense: rivals in ${pick(r, PLACES)} announced ${money(r, ev.usd * (0.5 + r()), ev.year - 1)} in similar support last year, and prices fell ${ev.priceFall} per cent.`,
        `Key milestones:\n  • Year 1: select partners and sites.\n  • Year 2: build pilot lines.\n  • Year 3: begin commercial production.`,
        `The ${ev.programme} is one of ${ev.projects} national projects in ${ev.sector}, which together account for ${pick(r, ['a third', 'half', 'two-thirds'])} of public spending in the field.`,
      ]),
    );
  }
  // Most of an article is prose without figures (about 5 KB per article in all, as the design's budgets assume).
  const paragraphs = 5 + Math.floor(r() * 5);
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) sentences.push(pick(r, PROSE).replace('{sector}', ev.sector).replace('{org}', pick(r, ev.orgs)).replace('{place}', ev.place));
    lines.push('', sentences.join(' '));
  }
  if (r() < 0.4) {
    lines.push('', `${1 + Math.floor(r() * 60)} Likes`, 'Reward', String(Math.floor(r() * 30)), 'Comment', '0/400');
    const comments = 1 + Math.floor(r() * 4);
    for (let c = 0; c < comments; c++) {
      lines.push(pick(r, HANDLES), `· ${ev.year}-${pad(ev.month + 1)}-${pad(Math.min(28, ev.day + c))} ${pad(Math.floor(r() * 24))}:${pad(Math.floor(r() * 60))}`);
      lines.push(`${money(r, c === 0 && r() < 0.3 ? ev.usd * 10 : ev.usd, ev.year)} for ${ev.sector}, ${pick(r, ['seriously?', 'about time.', 'that is a lot of money.', 'we will see next year.'])}`);
      lines.push('View OriginalReply0');
    }
  }
  // The final newline joined in, not appended: `joined + '\n'` is a rope, whose characters V8 reads ~1.5× slower
  // than those of the flat string a file read from disk gives (the CLI's and the server's texts).
  lines[lines.length - 1] += '\n';
  return lines.join(source % 5 === 4 ? '\r\n' : '\n');
}

/** Generates `articles` documents, `sourcesPerEvent` per event, deterministically from `seed`. */
export function generateCorpus(options: CorpusOptions): GeneratedArticle[] {
  const r = rng(options.seed ?? 1);
  const per = Math.max(1, options.sourcesPerEvent ?? 4);
  const conflictRate = options.conflictRate ?? 0.15;
  const out: GeneratedArticle[] = [];
  let ev: Event | undefined;
  const used = new Set<string>();
  for (let i = 0; i < options.articles; i++) {
    const source = i % per;
    if (source === 0 || !ev) ev = makeEvent(r, Math.floor(i / per), used);
    const conflict = source > 0 && r() < conflictRate;
    const id = String(ev.id).padStart(5, '0');
    out.push({ name: `event${id}_src${source}.article.txt`, text: article(r, ev, source, conflict) });
  }
  return out;
}

/** Concatenated text of at least `bytes` UTF-8 bytes (approximately), for throughput runs. */
export function generateText(bytes: number, seed = 1): string[] {
  const texts: string[] = [];
  let total = 0;
  let batch = 0;
  while (total < bytes) {
    for (const a of generateCorpus({ articles: 200, seed: seed + batch })) {
      texts.push(a.text);
      total += Buffer.byteLength(a.text);
    }
    batch++;
  }
  return texts;
}

function cli(argv: string[]): void {
  const get = (flag: string, def: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : def;
  };
  const articles = Number(get('--articles', '100'));
  const seed = Number(get('--seed', '1'));
  const dir = get('--out', '');
  if (!dir || !Number.isInteger(articles) || articles < 0) {
    process.stderr.write('usage: tsx bench/generateCorpus.ts --articles N [--seed S] --out DIR\n');
    process.exitCode = 2;
    return;
  }
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const a of generateCorpus({ articles, seed })) {
    writeFileSync(join(dir, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  process.stdout.write(`wrote ${articles} articles (${(bytes / 1e6).toFixed(1)} MB) to ${dir}\n`);
}

if (process.argv[1] && /generateCorpus\.[cm]?[jt]s$/.test(process.argv[1])) cli(process.argv.slice(2));
