/// <reference lib="dom" />
/**
 * Drives the VS Code workbench in Chromium the way a person does: keyboard
 * shortcuts, the explorer, the Problems panel, hovers, the status bar. Every
 * step waits for what it expects to see.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, DOCS_DIR } from './paths';
import type { TextPosition } from './workspace';
import { until, untilStable } from './until';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface ProblemRow {
  /** The row's text as the panel shows it (message, source, code, position). */
  text: string;
  /** The accessible label, which spells out file, line and severity. */
  label: string;
  /** Tree depth: 1 for files, 2 for problems, 3 for related information. */
  level: number;
}

export interface CodeAction {
  title: string;
}

export class Workbench {
  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
  ) {}

  static async open(url: string): Promise<Workbench> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const workbench = new Workbench(browser, page);
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    return workbench;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  /** Saves a screenshot under docs/ for the README. */
  async saveDocScreenshot(name: string): Promise<void> {
    mkdirSync(DOCS_DIR, { recursive: true });
    await this.page.screenshot({ path: join(DOCS_DIR, name) });
  }

  // ---- explorer and editors ----

  /** Collapses or expands the explorer's folder section (to give other views of the side bar room). */
  async toggleFolderSection(): Promise<void> {
    // A collapsed section may drop its body (.explorer-folders-view) from the DOM, so the header is
    // found through it once and marked; the mark stays on the header, which is kept.
    const marked = this.page.locator('[data-e2e="folders-header"]');
    if ((await marked.count()) === 0) {
      await this.page.locator('.pane:has(.explorer-folders-view) > .pane-header').first().evaluate((el) => el.setAttribute('data-e2e', 'folders-header'));
    }
    await marked.first().click();
  }

  /** Expands a folder in the explorer (if it is not open yet). */
  async expandFolder(name: string): Promise<void> {
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row.waitFor();
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await until(async () => (await row.getAttribute('aria-expanded')) === 'true', { message: `folder ${name} to expand` });
  }

  /**
   * Opens a file: selects its tab if it is open, else double-clicks its
   * explorer row (its folder must be expanded); again until its editor is
   * active, as the explorer may re-render under the pointer when files appear.
   */
  async openFile(path: string): Promise<void> {
    const name = basename(path);
    const tab = this.page.locator('.tabs-container .tab', { has: this.page.locator('.label-name', { hasText: name }) }).first();
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await until(
      async () => {
        if ((await this.activeEditorTitle()) === name) return true;
        if (await tab.count()) await tab.click();
        else await row.dblclick();
        return false;
      },
      { interval: 1000, message: `the editor of ${name} to be active` },
    );
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  async activeEditorTitle(): Promise<string | undefined> {
    const tab = this.page.locator('.tabs-container .tab.active .label-name').first();
    return (await tab.count()) ? (await tab.textContent())?.trim() : undefined;
  }

  /** The language the status bar shows for the active editor. */
  async editorLanguage(): Promise<string> {
    return until(async () => (await this.page.locator('#status\\.editor\\.mode').textContent())?.trim(), { message: 'the language indicator in the status bar' });
  }

  private get editorText() {
    return this.page.locator('.editor-instance .monaco-editor textarea.inputarea, .editor-instance .monaco-editor .native-edit-context').first();
  }

  /** Focuses the active editor's text. */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.editorText.focus();
  }

  /** Moves the cursor with "Go to Line/Column" (Ctrl+G). */
  async goTo(position: TextPosition): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${position.line}:${position.column}`);
    await this.page.keyboard.press('Enter');
    await until(async () => (await this.cursorPosition()) === `Ln ${position.line}, Col ${position.column}`, {
      message: `the cursor at ${position.line}:${position.column}`,
    });
  }

  /** "Ln 5, Col 23" as the status bar shows it. */
  async cursorPosition(): Promise<string | undefined> {
    const text = await this.page.locator('#status\\.editor\\.selection').textContent().catch(() => null);
    return text?.trim();
  }

  // ---- rendered tokens ----

  /**
   * The colours of the rendered characters of `phrase` (first occurrence on
   * screen) and the most common colour on screen (plain text). Wrapped lines
   * are joined in their on-screen order.
   */
  async tokenColours(phrase: string): Promise<{ phrase: string[]; plain: string }> {
    return this.page.evaluate((wanted) => {
      const lines = Array.from(document.querySelectorAll<HTMLElement>('.editor-instance .view-lines .view-line'));
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      const colours: string[] = [];
      let text = '';
      for (const line of lines) {
        for (const span of Array.from(line.querySelectorAll<HTMLElement>('span > span'))) {
          const t = (span.textContent ?? '').replace(/\u00a0/g, ' ');
          const colour = getComputedStyle(span).color;
          text += t;
          for (let i = 0; i < t.length; i++) colours.push(colour);
        }
      }
      const at = text.indexOf(wanted);
      if (at < 0) throw new Error(`no rendered line contains "${wanted}"`);
      const counts = new Map<string, number>();
      for (const c of colours) counts.set(c, (counts.get(c) ?? 0) + 1);
      const plain = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      return { phrase: [...new Set(colours.slice(at, at + wanted.length))], plain };
    }, phrase);
  }

  // ---- hovers ----

  /** Shows the hover at `position` (Ctrl+K Ctrl+I) and returns its text once it stops growing. */
  async hoverAt(position: TextPosition, expect: RegExp): Promise<string> {
    await this.goTo(position);
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
    await until(async () => expect.test((await hover.textContent().catch(() => '')) ?? ''), {
      timeout: 30_000,
      message: `a hover matching ${expect}`,
    });
    return untilStable(async () => (await hover.textContent()) ?? '', { message: 'the hover to stop changing' });
  }

  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  // ---- problems ----

  /** Hides the bottom panel if it is shown (Ctrl+J toggles it). */
  async closePanel(): Promise<void> {
    if (await this.page.locator('.part.panel').isVisible().catch(() => false)) {
      await this.focusEditor();
      await this.page.keyboard.press('Control+J');
    }
    await this.page.locator('.part.panel').waitFor({ state: 'hidden' });
  }

  /** Opens the Problems panel (a click on the problem counts in the status bar). */
  async openProblems(): Promise<void> {
    if (!(await this.page.locator('.markers-panel').isVisible().catch(() => false))) {
      await this.page.locator('#status\\.problems').click();
    }
    await this.page.locator('.markers-panel').waitFor({ state: 'visible' });
  }

  /** The rows the Problems panel shows now (files, problems, related information). */
  async problemRows(): Promise<ProblemRow[]> {
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
      rows.map((row) => ({
        text: (row.textContent ?? '').replace(/\u00a0/g, ' '),
        label: row.getAttribute('aria-label') ?? '',
        level: Number(row.getAttribute('aria-level') ?? 0),
      })),
    );
  }

  /** Waits until the Problems panel shows rows satisfying `ok`, and returns them. */
  async problemsUntil(ok: (rows: ProblemRow[]) => boolean | Promise<boolean>, what: string, timeout = 60_000): Promise<ProblemRow[]> {
    await this.openProblems();
    let last: ProblemRow[] = [];
    await until(
      async () => {
        last = await this.problemRows();
        return ok(last);
      },
      { timeout, message: () => `${what}; the panel shows:\n${last.map((r) => `  [${r.level}] ${r.text}`).join('\n')}` },
    );
    return last;
  }

  /** Types into the Problems panel's filter box (empty string clears it); it narrows what the panel renders. */
  async filterProblems(text: string): Promise<void> {
    await this.openProblems();
    const filter = this.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.fill(text);
    await until(async () => (await filter.inputValue()) === text, { message: `the Problems filter to read "${text}"` });
  }

  // ---- code actions ----

  /** Opens the quick fix menu (Ctrl+.) at `position` and returns its entries. */
  async quickFixesAt(position: TextPosition, expect: RegExp): Promise<string[]> {
    await this.goTo(position);
    await this.page.keyboard.press('Control+.');
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    let titles: string[] = [];
    await until(
      async () => {
        titles = (await rows.allTextContents()).map((t) => t.trim());
        return titles.some((t) => expect.test(t));
      },
      { message: () => `a quick fix matching ${expect}; the menu shows: ${JSON.stringify(titles)}` },
    );
    return titles;
  }

  /**
   * Picks the entry of the open quick fix menu that matches `title`, with the
   * keyboard (the menu's pointer guard swallows synthetic clicks).
   */
  async applyQuickFix(title: RegExp): Promise<void> {
    const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
    const count = await this.page.locator('.action-widget .monaco-list-row.action').count();
    for (let i = 0; i <= count; i++) {
      const label = (await focused.getAttribute('aria-label').catch(() => null)) ?? '';
      if (title.test(label)) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`no quick fix matching ${title} could be selected`);
  }

  // ---- commands, views, status bar ----

  /**
   * Runs a command by its title from the command palette (F1), and returns
   * once the palette is gone: hidden, or holding the command's own question
   * (a command that asks one reuses the widget, which may never be seen
   * hidden in between).
   */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>' + title);
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    await until(async () => (await row.count()) > 0, { message: `"${title}" in the command palette` });
    await row.click();
    await until(async () => !(await input.isVisible()) || !(await input.inputValue().catch(() => '')).startsWith('>'), { message: `the command palette to close after "${title}"` });
  }

  /** Texts of the status bar's entries. */
  async statusBarTexts(): Promise<string[]> {
    return this.page.locator('.statusbar-item').evaluateAll((items) => items.map((i) => `${i.id}|${(i.textContent ?? '').trim()}|${i.getAttribute('aria-label') ?? ''}`));
  }

  /** Waits until Corroborate's status bar entry counts this many articles (the workspace is indexed). */
  async waitForArticleCount(articles: number): Promise<void> {
    let items: string[] = [];
    await until(
      async () => {
        items = await this.statusBarTexts();
        return items.some((i) => /corroborate/i.test(i) && new RegExp(`\\b${articles} articles\\b`).test(i));
      },
      { timeout: 60_000, message: () => `"${articles} articles" in the status bar; it shows ${JSON.stringify(items)}` },
    );
  }
}
