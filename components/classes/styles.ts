// Button looks shared by the class pages, matching the app's primary and
// secondary buttons.
const BASE =
  "inline-flex min-h-tap items-center justify-center rounded px-4 text-center font-medium disabled:opacity-70 aria-disabled:opacity-70";

export const BUTTON = {
  primary: `${BASE} bg-brand text-white hover:bg-brand-dark`,
  secondary: `${BASE} border border-slate-300 bg-white text-slate-900 hover:bg-slate-100`,
  danger: `${BASE} border border-red-700 bg-white text-red-800 hover:bg-red-50`,
  dangerSolid: `${BASE} bg-red-700 text-white hover:bg-red-800`,
} as const;

export type ButtonVariant = keyof typeof BUTTON;

export const BADGE = {
  neutral: "inline-block whitespace-nowrap rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-800",
  warning: "inline-block whitespace-nowrap rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-amber-900",
  success: "inline-block whitespace-nowrap rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-emerald-900",
  info: "inline-block whitespace-nowrap rounded bg-brand-light px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-brand-dark",
} as const;
