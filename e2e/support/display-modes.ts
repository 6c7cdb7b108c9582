import type { Page } from 'playwright-core';
import { databaseName } from '../../src/db/database-name';

export interface DisplayModes {
  /** 0, 1 or 2: 100 %, 150 %, 200 %. */
  textSize: number;
  theme: string;
  furigana: boolean;
}

/**
 * Sets the display modes the way a citizen does, with the controls of the settings
 * screen, which the caller has opened (a kiosk must get there without a reload).
 */
export async function chooseDisplayModes(page: Page, modes: DisplayModes): Promise<void> {
  const controls = page.locator('main .display-controls');
  await controls.waitFor();
  await controls.locator(`.display-controls__size--${modes.textSize}`).click();
  await controls.locator(`.display-controls__theme--${modes.theme}`).click();
  const furigana = controls.locator('.display-controls__switch input');
  if ((await furigana.isChecked()) !== modes.furigana) await furigana.click();
  await waitUntilKept(page, modes);
}

/**
 * A phone keeps the modes in IndexedDB, written a moment after the click. A test that
 * navigates at once could reload before the write and silently test the default mode;
 * so wait until the stored modes are the chosen ones (a kiosk stores none: no wait).
 */
async function waitUntilKept(page: Page, modes: DisplayModes): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.dataset.device)) === 'kiosk') return;
  await page.waitForFunction(async ([name, want]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const row = await new Promise<{ value?: DisplayModes } | undefined>((resolve, reject) => {
        const get = db.transaction('settings').objectStore('settings').get('displayModes');
        get.onsuccess = () => resolve(get.result as { value?: DisplayModes } | undefined);
        get.onerror = () => reject(get.error);
      });
      // Nothing stored yet means the defaults, when those are what the test chose.
      const kept = row?.value ?? { textSize: 0, theme: 'default', furigana: false };
      return kept.textSize === want.textSize && kept.theme === want.theme && kept.furigana === want.furigana;
    } finally {
      db.close();
    }
  }, [databaseName, modes] as const, { timeout: 10_000 });
}
