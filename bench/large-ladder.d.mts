/** The shape of a generated ladder: tracks, levels per track, competencies. */
export interface LargeLadderShape {
  readonly tracks: number;
  readonly levels: number;
  readonly competencies: number;
}

/** The default shape: 10 tracks x 12 levels x 200 competencies. */
export const LARGE_LADDER: Readonly<LargeLadderShape>;

/** The YAML text of a valid ladder; `scale` multiplies the competencies (and so the bytes). Default: 1. */
export function largeLadder(options?: Partial<LargeLadderShape> & { readonly scale?: number }): string;
