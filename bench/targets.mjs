// How a benchmark figure is held to its target, and how it is written so that rounding never
// contradicts the verdict beside it.

/** Whether `x` meets `target`, `{ op: ">=" | "<=", value }`. */
const meets = (x, target) => (target.op === ">=" ? x >= target.value : x <= target.value);

/** A row's verdict: whether its median meets its target, or undefined for a row without one. */
export const verdict = (median, target) => (target === undefined ? undefined : meets(median, target));

/**
 * The digits to write a row's median with: the row's own, or more where rounding would make the
 * figure seem to meet a target it misses, or miss one it meets (2.996 against `>= 3` is written
 * 2.996, not 3.00 beside FAIL).
 */
export function medianDigits({ median, digits, target, pass }) {
  let shown = digits;
  while (pass !== undefined && shown < 6 && meets(Number(median.toFixed(shown)), target) !== pass) shown++;
  return shown;
}
