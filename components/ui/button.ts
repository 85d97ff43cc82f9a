// The app's button looks, for <button>s and for <Link>s that act as buttons.
const BASE =
  "inline-flex min-h-tap items-center justify-center rounded px-4 text-center font-medium disabled:opacity-70 aria-disabled:opacity-70";

export const BUTTON = {
  primary: `${BASE} bg-brand text-white hover:bg-brand-dark`,
  secondary: `${BASE} border border-slate-300 bg-white text-slate-900 hover:bg-slate-100`,
  danger: `${BASE} border border-red-700 bg-white text-red-800 hover:bg-red-50`,
  dangerSolid: `${BASE} bg-red-700 text-white hover:bg-red-800`,
  link: "font-medium text-brand underline hover:text-brand-dark",
} as const;

export type ButtonVariant = keyof typeof BUTTON;

/** The classes of a button of the variant, with any extra classes after them. */
export function buttonClass(variant: ButtonVariant = "primary", extra?: string): string {
  return extra ? `${BUTTON[variant]} ${extra}` : BUTTON[variant];
}
