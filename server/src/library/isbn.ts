/**
 * ISBNs as people type them: with or without hyphens or spaces, ten or thirteen digits.
 * Everything is stored and searched as ISBN-13, so an ISBN-10 from an old book's cover
 * finds the record the catalogue keeps under 978-…
 */
export function toIsbn13(input: string): string | undefined {
  const compact = input.normalize('NFKC').replace(/[\s\-‐‑–—−ー]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(compact)) {
    if (isbn10CheckDigit(compact.slice(0, 9)) !== compact[9]) return undefined;
    const body = `978${compact.slice(0, 9)}`;
    return body + isbn13CheckDigit(body);
  }
  if (/^97[89]\d{10}$/.test(compact)) {
    return isbn13CheckDigit(compact.slice(0, 12)) === compact[12] ? compact : undefined;
  }
  return undefined;
}

/** The ISBN-10 of a 978 ISBN-13, for showing both; 979 numbers have none. */
export function toIsbn10(isbn13: string): string | undefined {
  if (!/^978\d{10}$/.test(isbn13)) return undefined;
  const body = isbn13.slice(3, 12);
  return body + isbn10CheckDigit(body);
}

/** True when the text is shaped like an ISBN (so a search means "this book"), valid or not. */
export function looksLikeIsbn(input: string): boolean {
  const compact = input.normalize('NFKC').replace(/[\s\-‐‑–—−ー]/g, '');
  return /^(\d{9}[\dXx]|\d{13})$/.test(compact);
}

export function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

function isbn10CheckDigit(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}
