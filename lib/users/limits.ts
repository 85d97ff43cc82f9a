// Account field limits, without zod: client components import these, and
// zod in a page's bundle probes for eval, which the Content-Security-Policy
// refuses (and reports).
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 80;
