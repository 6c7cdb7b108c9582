import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Set MADOGUCHI_SCREENSHOTS=<dir> to keep PNGs and PDFs of the printouts for a person to look at. */
const shotsDir = process.env.MADOGUCHI_SCREENSHOTS;

/** Page sizes in points (1/72 in) of every page of a PDF Chromium printed. */
export function pdfPageSizes(pdf: Buffer): Array<[number, number]> {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

export const mmToPt = (mm: number) => (mm / 25.4) * 72;
/** CSS pixels of a printable width in millimetres (96 px per inch). */
export const mmToPx = (mm: number) => Math.round((mm / 25.4) * 96);

/**
 * The page as the printer gets it: print media at the printable width of the paper.
 * Returns what a person would check on paper: nothing cut off at the right edge,
 * no screen chrome, black text.
 */
export async function inspectPrintout(page: Page, printableWidthMm: number, name: string) {
  await page.setViewportSize({ width: mmToPx(printableWidthMm), height: 1200 });
  await page.emulateMedia({ media: 'print' });
  const facts = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const visible = (selector: string) => Array.from(document.querySelectorAll(selector)).some((el) => (el as HTMLElement).offsetParent !== null);
    return {
      overflowing: Array.from(document.querySelectorAll('main table, main p, main h2')).filter((el) => el.getBoundingClientRect().right > width + 1).length,
      header: visible('.app-header'),
      buttons: visible('main button'),
      printLink: visible('.guide-print-link'),
      rubies: document.querySelectorAll('main ruby rt').length,
      headingColor: getComputedStyle(document.querySelector('.guide__body h2')!).color,
    };
  });
  if (shotsDir) {
    mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: join(shotsDir, `print-${name}.png`), fullPage: true });
  }
  await page.emulateMedia({ media: null }); // back to the default, so page.pdf() prints with print media
  return facts;
}

export async function savePdf(pdf: Buffer, name: string): Promise<void> {
  if (!shotsDir) return;
  const { writeFileSync } = await import('node:fs');
  mkdirSync(shotsDir, { recursive: true });
  writeFileSync(join(shotsDir, `print-${name}.pdf`), pdf);
}
