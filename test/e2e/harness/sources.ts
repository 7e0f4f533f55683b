/**
 * What the tests expect a hover to show about another source, derived from
 * the workspace's files rather than written down: how a source is named, and
 * snippets of its sentences around a phrase.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Names a hover may use for a source: its file name (with or without extension) or its title line. */
export function namesOf(file: string): string[] {
  const name = basename(file);
  const title = readFileSync(file, 'utf8').split('\n')[0].trim().slice(0, 40);
  return [name, name.replace(/\.[^.]+$/, ''), title].filter((n) => n.length > 0);
}

/** The seeds (other than `except`) that mention `phrase`. */
export function sourcesMentioning(seedsDir: string, phrase: string, except: string): string[] {
  return readdirSync(seedsDir)
    .map((n) => join(seedsDir, n))
    .filter((f) => f !== except && readFileSync(f, 'utf8').includes(phrase));
}

/** For each occurrence of `phrase` in `file`: the phrase with the two words before it ("collaboration with SoftBank"). */
export function snippetsAround(file: string, phrase: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\s+/g, ' ');
  const snippets: string[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(Math.max(0, at - 60), at).split(' ').slice(-3).join(' ');
    snippets.push(before + phrase);
  }
  return snippets;
}

/** Whitespace folded to single spaces, as a hover renders text. */
export function folded(text: string): string {
  return text.replace(/\s+/g, ' ');
}
