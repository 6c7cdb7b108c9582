/** Dates as a citizen reads them in their language, always in Japan time (the city's calendar). */
export function formatDate(isoDate: string, htmlLang: string): string {
  const date = new Date(/T/.test(isoDate) ? isoDate : `${isoDate}T00:00:00+09:00`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(htmlLang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tokyo' }).format(date);
}
