/** 9784000000017 → 978-4-00-000001-7 would need the registration-group tables; 978-4000000017 is what we can say for sure. */
export function toDisplayIsbn(isbn13: string): string {
  return /^\d{13}$/.test(isbn13) ? `${isbn13.slice(0, 3)}-${isbn13.slice(3, 12)}-${isbn13.slice(12)}` : isbn13;
}
