const DAY = 86_400_000;

/** Year, month and day of `YYYY-MM-DD`; the slices give what splitting at the dashes gives, faster. */
function fields(date: string): [number, number, number] {
  if (date.length === 10 && date.indexOf("-") === 4 && date.lastIndexOf("-") === 7)
    return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8))];
  return date.split("-").map(Number) as [number, number, number];
}

function parse(date: string): number {
  const [y, m, d] = fields(date);
  return Date.UTC(y, m - 1, d);
}

function format(time: number): string {
  const date = new Date(time);
  const y = date.getUTCFullYear();
  // toISOString is four times slower; it stays for the years it writes otherwise (and throws for NaN).
  if (!(y >= 1000 && y <= 9999)) return date.toISOString().slice(0, 10);
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** The date `months` calendar months after `date` (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = fields(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

/**
 * The dates `part / parts` of the way from `start` to `end` (0 <= part <= parts), rounded to whole
 * days: the two ends are read once for all the milestones of a goal.
 */
export function between(start: string, end: string): (part: number, parts: number) => string {
  const from = parse(start);
  const days = (parse(end) - from) / DAY;
  // Goals of one target share their fractions (a half, thirds...): each date is written once, kept
  // by `parts` and `part`.
  const written: string[][] = [];
  return (part, parts) => {
    const byPart = (written[parts] ??= []);
    return (byPart[part] ??= format(from + Math.round(days * (part / parts)) * DAY));
  };
}
