/**
 * The effective settings: which files are articles, and the engine's
 * configuration merged from the `corroborate.*` settings and the workspace
 * file `.corroborate.json` (the file wins key by key). Bad values are
 * reported and fall back to their defaults; the rest still applies.
 */
import { z } from 'zod';
import { parse as parseJsonc } from 'jsonc-parser';
import { configShape, defaultConfig, mergeConfig, parseConfigText, validateConfig, type Config, type ConfigKey, type ConfigProblem } from '../analysis/config';

/** Files the article language claims whatever the settings say. */
export const DEFAULT_ARTICLE_GLOBS = ['**/seeds/*.txt', '**/*.article.txt'];

/** The workspace configuration file, at the root of a workspace folder. */
export const CONFIG_FILE_NAME = '.corroborate.json';

export interface Settings {
  /** Globs (relative to a workspace folder) of the files read as articles. */
  articleGlobs: string[];
  config: Config;
}

export function defaultSettings(): Settings {
  return { articleGlobs: [...DEFAULT_ARTICLE_GLOBS], config: defaultConfig() };
}

export interface SectionResult {
  corpus: string[];
  config: Config;
  /** Human messages naming the offending setting. */
  problems: string[];
}

const corpusSetting = z.array(z.string().min(1, 'an empty pattern'));

/** Validates the `corroborate` settings section (as workspace/configuration returns it). */
export function validateSettingsSection(raw: unknown): SectionResult {
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { corpus: [], config: defaultConfig(), problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { corpus: [], config: defaultConfig(), problems: ['corroborate: the settings must be an object; using the defaults'] };
  }
  const record = raw as Record<string, unknown>;
  let corpus: string[] = [];
  if (record.corpus !== undefined && record.corpus !== null) {
    const r = corpusSetting.safeParse(record.corpus);
    if (r.success) corpus = r.data;
    else problems.push(`corroborate.corpus: ${r.error.issues[0]?.message ?? 'invalid'}; using the default`);
  }
  const configPart: Record<string, unknown> = {};
  for (const key of Object.keys(configShape)) {
    // VS Code reports unset object settings as null or {}; both mean "default".
    if (record[key] !== undefined && record[key] !== null) configPart[key] = record[key];
  }
  const result = validateConfig(configPart);
  for (const p of result.problems) problems.push(`corroborate.${p.path.join('.')}: ${p.message}; using the default`);
  return { corpus, config: result.config, problems };
}

export interface FileResult {
  /** Only the keys the file sets (and that are valid), to merge over the settings. */
  partial: Partial<Config>;
  problems: ConfigProblem[];
}

/** Parses a `.corroborate.json`, keeping only the keys it sets validly. */
export function parseConfigFile(text: string): FileResult {
  const result = parseConfigText(text);
  const partial: Partial<Config> = {};
  const parsed: unknown = parseJsonc(text, [], { allowTrailingComma: true });
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const bad = new Set(result.problems.map((p) => p.path[0]));
    for (const key of Object.keys(parsed)) {
      if (key in configShape && !bad.has(key)) (partial as Record<string, unknown>)[key] = result.config[key as ConfigKey];
    }
  }
  return { partial, problems: result.problems };
}

/** Settings first, then each folder's file over them. */
export function effectiveSettings(section: SectionResult, files: Array<Partial<Config>>): Settings {
  let config = section.config;
  for (const f of files) config = mergeConfig(config, f);
  const articleGlobs = [...DEFAULT_ARTICLE_GLOBS, ...section.corpus.filter((g) => !DEFAULT_ARTICLE_GLOBS.includes(g))];
  return { articleGlobs, config };
}
