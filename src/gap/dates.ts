const DAY = 86_400_000;

/**
 * Year, month and day of `YYYY-MM-DD`, or of the expanded `+YYYYYY-MM-DD` that `format` writes for a
 * year past 9999; the slices give what a pattern gives for the usual form, faster.
 */
function fields(date: string): [number, number, number] {
  if (date.length === 10 && date.indexOf("-") === 4 && date.lastIndexOf("-") === 7)
    return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8))];
  const match = /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)$/.exec(date);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
}

/** `Date.UTC` for any year: `Date.UTC` itself reads the years 0 to 99 as 1900 to 1999. */
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function parse(date: string): number {
  const [y, m, d] = fields(date);
  return utc(y, m - 1, d);
}

function format(time: number): string {
  const date = new Date(time);
  const y = date.getUTCFullYear();
  // toISOString is four times slower; it stays for the years it writes otherwise (four digits
  // with leading zeros below 1000, `+YYYYYY` past 9999) and throws for NaN.
  if (!(y >= 1000 && y <= 9999)) {
    const iso = date.toISOString();
    return iso.slice(0, iso.indexOf("T"));
  }
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** The date `months` calendar months after `date` (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = fields(date);
  const lastDay = new Date(utc(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(utc(y, m - 1 + months, Math.min(d, lastDay)));
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
