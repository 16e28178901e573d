/** What an id is: 1-64 letters, digits, `-`, `_` or `.`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** How messages say what an id is. */
export const ID_WORDS = "1-64 letters, digits, '-', '_' or '.', starting with a letter or digit";
