import type { BrowserContext, Locator, Page } from 'playwright-core';

/**
 * Drives a page by touch alone and counts what a person would count: taps, and the
 * screens they pass through (a new path, or a new step heading of a form). Text goes in
 * only through the on-screen keyboard's keys, each key one tap. Any keystroke that
 * reaches the page is recorded, so a test can prove none did.
 */
export interface TouchSession {
  /** Taps `target` (scrolled into view first, as a finger would after a swipe). */
  tap(target: Locator, what?: string): Promise<void>;
  /** Types `text` key by key on the on-screen keyboard (one tap per character). */
  typeKeys(text: string): Promise<void>;
  /** Counts a touch made outside the page (a file in the system's chooser). */
  count(what: string): Promise<void>;
  taps(): number;
  /** Scrolls needed to bring a target into the clear (a swipe each, not counted as taps). */
  swipes(): number;
  screens(): string[];
  /** Keystrokes the page received: must stay empty for a touch-only run. */
  keystrokes(): string[];
  log(): string[];
}

const screenOf = (page: Page) => page.evaluate(() => {
  const heading = document.querySelector('#runner-page-title') ?? document.querySelector('main h1');
  return `${location.pathname} ${heading?.textContent?.replace(/\s+/gu, ' ').trim() ?? ''}`;
});

/**
 * Scrolls `target` to the middle of the screen when it is not wholly in the clear: off
 * screen, or under the sticky header or the docked keyboard. Returns whether it scrolled.
 */
function bringClear(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const header = document.querySelector('.app-header')?.getBoundingClientRect();
    const keyboard = document.querySelector('.osk')?.getBoundingClientRect();
    const top = header && getComputedStyle(document.querySelector('.app-header')!).position !== 'static' ? Math.max(0, header.bottom) : 0;
    const bottom = keyboard ? keyboard.top : window.innerHeight;
    if (box.top >= top && box.bottom <= bottom) return false;
    el.scrollIntoView({ block: 'center' });
    return true;
  });
}

export async function touchSession(context: BrowserContext, page: Page): Promise<TouchSession> {
  const keys: string[] = [];
  await context.exposeBinding('__touchOnlyKeystroke', (_source, key: string) => { keys.push(key); });
  await context.addInitScript(() => {
    const report = (window as unknown as { __touchOnlyKeystroke: (key: string) => void }).__touchOnlyKeystroke;
    window.addEventListener('keydown', (e) => { if (e.isTrusted) report(e.key); }, true);
  });
  let count = 0;
  let swipes = 0;
  const seen: string[] = [];
  const steps: string[] = [];
  const noteScreen = async () => {
    const screen = await screenOf(page).catch(() => undefined);
    if (screen !== undefined && seen.at(-1) !== screen) seen.push(screen);
  };
  const keyboard = () => page.getByRole('region', { name: '文字入力キーボード' });
  const session: TouchSession = {
    async tap(target, what) {
      try {
        await target.waitFor({ timeout: 15_000 });
        if (await bringClear(target)) swipes++;
        await target.tap({ timeout: 15_000 });
      } catch (error) {
        const shot = process.env.MADOGUCHI_TOUCH_FAILURE_SHOT;
        if (shot) await page.screenshot({ path: shot }).catch(() => undefined);
        const state = await page.evaluate(() => `${location.pathname}: ${document.querySelector('main')?.textContent?.slice(0, 400) ?? ''}`).catch(() => '');
        throw new Error(`tap ${count + 1} (${what ?? target.toString()}) failed after: ${steps.join(' | ')}\n${state}`, { cause: error });
      }
      count++;
      steps.push(what ?? target.toString());
      await page.waitForTimeout(150);
      await noteScreen();
    },
    async typeKeys(text) {
      for (const ch of text) {
        const key = ch === ' ' || ch === '\u3000'
          ? keyboard().locator('.osk__key--space')
          : keyboard().getByRole('button', { name: ch, exact: true });
        await key.first().tap();
        count++;
        steps.push(`key ${ch}`);
      }
    },
    async count(what) {
      count++;
      steps.push(what);
      await noteScreen();
    },
    taps: () => count,
    swipes: () => swipes,
    screens: () => seen,
    keystrokes: () => keys,
    log: () => steps,
  };
  await noteScreen();
  return session;
}
