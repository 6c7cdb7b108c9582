import type { Page } from 'playwright-core';

/**
 * Fills the form on screen the quick way, page by page: every empty visible text field and
 * text area gets `text`, every checkbox is ticked, every radio group gets its first choice;
 * then 「送信」. Returns once it is pressed: callers wait for the outcome they test.
 */
export async function fillAndSubmitForm(page: Page, text: string): Promise<void> {
  for (let step = 0; step < 8; step++) {
    await page.locator('main .runner-nav').waitFor();
    for (const input of await page.locator('main input[type=text]:visible, main textarea:visible').all()) {
      if (!(await input.inputValue())) await input.fill(text);
    }
    for (const box of await page.locator('main input[type=checkbox]:visible').all()) if (!(await box.isChecked())) await box.check();
    for (const group of await page.locator('main fieldset:has(input[type=radio])').all()) {
      if (!(await group.locator('input:checked').count())) await group.locator('input[type=radio]').first().check();
    }
    const send = page.locator('main .runner-nav__submit');
    if (await send.count()) {
      await send.click();
      return;
    }
    await page.locator('main .runner-nav__next').click();
  }
  throw new Error('could not reach the submit button of the form on screen');
}
