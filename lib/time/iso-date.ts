// ISO calendar dates of any precision, as content writes them: "2023",
// "2023-09", "2023-09-25". The one month table and the one way to write such
// a date for people.

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

export type DatePrecision = "day" | "month" | "year";

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date (not 2023-02-31). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}

export function isoPrecision(iso: string): DatePrecision {
  return iso.length >= 10 ? "day" : iso.length === 7 ? "month" : "year";
}

/** "September" for "2023-09" or "2023-09-25"; null for a year alone. */
export function monthOf(iso: string): string | null {
  return isoPrecision(iso) === "year" ? null : (MONTHS[Number(iso.slice(5, 7)) - 1] ?? null);
}

/** "2023-09-28" → "September 28, 2023"; "2023-09" → "September 2023"; "2023" → "2023". */
export function formatIsoDate(iso: string): string {
  const year = iso.slice(0, 4);
  const month = monthOf(iso);
  if (!month) return year || iso;
  return isoPrecision(iso) === "day" ? `${month} ${Number(iso.slice(8, 10))}, ${year}` : `${month} ${year}`;
}
