/**
 * Configuration: the `corroborate.*` settings and the workspace file
 * `.corroborate.json`, typed once with zod. Each top-level key is validated
 * on its own, so one bad value is reported (at its key) and falls back to its
 * default while the rest of the file still applies.
 */
import { z } from 'zod';
import { parseTree, findNodeAtLocation, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';

const severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);

export const organizationSchema = z
  .object({
    /** Canonical id; derived from the name when omitted. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes').optional(),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    type: z.enum(['organization', 'place', 'programme']).default('organization'),
  })
  .strict();

const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as JPY');
const year = z.string().regex(/^\d{4}$/, 'a four-digit year');

/** Each key with its description, which the JSON schema of `.corroborate.json` shows in the editor (configJsonSchema.ts). */
export const configShape = {
  organizations: z.array(organizationSchema).default([]).describe('Organizations, places and programmes the workspace declares, with their aliases.'),
  exchangeRates: z
    .record(currencyCode, z.record(year, z.number().positive()))
    .default({})
    .describe('US dollars per one unit of a currency, by year: { "JPY": { "2025": 0.0066 } }. Overrides the built-in table.'),
  tolerance: z.number().min(0).max(1).default(0.05).describe('Relative gap allowed between two figures of the same claim before they conflict (0.05: 5%).'),
  conversionTolerance: z.number().min(0).max(1).default(0.15).describe('Relative gap allowed between an amount and its stated conversion into another currency.'),
  ignore: z
    .array(z.string().refine(isRegExp, 'not a valid regular expression'))
    .default([])
    .describe('Regular expressions (JavaScript, ^ and $ at line ends); text they match is not analysed: no figure, organization or claim comes from it.'),
  measures: z.record(z.string().min(1), z.array(z.string().min(1))).default({}).describe('Extra words that signal a measure: { "funding": ["appropriation"] }.'),
  severity: z
    .object({
      'figure-conflict': severity.default('warning'),
      'internal-conflict': severity.default('warning'),
      'conversion-mismatch': severity.default('warning'),
      'date-inconsistency': severity.default('information'),
    })
    .partial()
    .default({})
    .describe('Severity of each finding code, or "off".'),
};

export const configSchema = z.object(configShape);

/** The settings only rules read (each rule lists those it depends on: Rule.settings); the others change analyses (see configChange.ts). */
export const RULE_SETTINGS: readonly ConfigKey[] = ['tolerance', 'conversionTolerance', 'severity'];

export type Config = z.infer<typeof configSchema>;
export type OrganizationConfig = z.infer<typeof organizationSchema>;
export type ConfigKey = keyof typeof configShape;

export function defaultConfig(): Config {
  return configSchema.parse({});
}

export interface ConfigProblem {
  /** JSON path of the offending key. */
  path: Array<string | number>;
  message: string;
  /** Offsets into the file's text, when the config came from a file. */
  start?: number;
  end?: number;
}

export interface ConfigResult {
  config: Config;
  problems: ConfigProblem[];
}

/** Validates a plain object (settings, or a parsed file), key by key. */
export function validateConfig(input: unknown): ConfigResult {
  const problems: ConfigProblem[] = [];
  const config = defaultConfig() as Record<string, unknown>;
  if (input === undefined || input === null) return { config: config as Config, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { config: config as Config, problems: [{ path: [], message: 'the configuration must be a JSON object' }] };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === '$schema') continue;
    if (!(key in configShape)) {
      problems.push({ path: [key], message: `unknown key "${key}"; known keys: ${Object.keys(configShape).join(', ')}` });
    }
  }
  for (const key of Object.keys(configShape) as ConfigKey[]) {
    if (!(key in record)) continue;
    const result = (configShape[key] as z.ZodTypeAny).safeParse(record[key]);
    if (result.success) {
      config[key] = result.data;
    } else {
      for (const issue of result.error.issues) {
        problems.push({ path: [key, ...(issue.path as Array<string | number>)], message: issue.message });
      }
    }
  }
  return { config: config as Config, problems };
}

/** Parses and validates the text of a `.corroborate.json` (JSON with comments allowed). */
export function parseConfigText(text: string): ConfigResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    return {
      config: defaultConfig(),
      problems: [
        {
          path: [],
          message: e ? `not valid JSON: ${printParseErrorCode(e.error)}` : 'the file is empty',
          start: e?.offset ?? 0,
          end: e ? e.offset + Math.max(1, e.length) : 0,
        },
      ],
    };
  }
  const value = nodeValue(tree);
  const result = validateConfig(value);
  for (const p of result.problems) locate(tree, p);
  return result;
}

/** Places a problem on the deepest node of its path that exists in the file. */
function locate(tree: JsonNode, problem: ConfigProblem): void {
  for (let depth = problem.path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, problem.path.slice(0, depth));
    if (!node) continue;
    // Point at the property's key when there is one, else at the value.
    const target = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
    problem.start = target.offset;
    problem.end = target.offset + target.length;
    return;
  }
}

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) out[String(k.value)] = nodeValue(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** Merges workspace-file config over settings: lists are concatenated, maps merged, scalars overridden. */
export function mergeConfig(base: Config, over: Partial<Config>): Config {
  return {
    organizations: [...base.organizations, ...(over.organizations ?? [])],
    exchangeRates: mergeRates(base.exchangeRates, over.exchangeRates ?? {}),
    tolerance: over.tolerance ?? base.tolerance,
    conversionTolerance: over.conversionTolerance ?? base.conversionTolerance,
    ignore: [...base.ignore, ...(over.ignore ?? [])],
    measures: { ...base.measures, ...(over.measures ?? {}) },
    severity: { ...base.severity, ...(over.severity ?? {}) },
  };
}

function mergeRates(a: Config['exchangeRates'], b: Config['exchangeRates']): Config['exchangeRates'] {
  const out: Config['exchangeRates'] = {};
  for (const [cur, years] of Object.entries(a)) out[cur] = { ...years };
  for (const [cur, years] of Object.entries(b)) out[cur] = { ...(out[cur] ?? {}), ...years };
  return out;
}
