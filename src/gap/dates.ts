const DAY = 86_400_000;

function parse(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function format(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The date `months` calendar months after `date` (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

/** The date a fraction (0..1) of the way from `start` to `end`, rounded to whole days. */
export function between(start: string, end: string, fraction: number): string {
  const from = parse(start);
  return format(from + Math.round(((parse(end) - from) / DAY) * fraction) * DAY);
}
