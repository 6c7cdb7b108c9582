declare module 'japanese-holidays' {
  /** The holiday's name if the instant falls on a Japanese national holiday in JST (振替休日 included by default). */
  export function isHolidayAt(date: Date, furikae?: boolean): string | undefined;
  export function getHolidaysOf(year: number, furikae?: boolean): Array<{ month: number; date: number; name: string }>;
  /** The package is CommonJS: under Node's own ESM loader (tsx scripts, benches) only the default import works. */
  const japaneseHolidays: { isHolidayAt: typeof isHolidayAt; getHolidaysOf: typeof getHolidaysOf };
  export default japaneseHolidays;
}
