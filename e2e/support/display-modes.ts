import type { Page } from 'playwright-core';

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
}
