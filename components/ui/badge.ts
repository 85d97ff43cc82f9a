// Small uppercase labels: status of an assignment, kind of a fact, an archived class.
const BASE = "inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide";

export const BADGE = {
  neutral: `${BASE} bg-slate-200 text-slate-800`,
  warning: `${BASE} bg-amber-100 text-amber-900`,
  success: `${BASE} bg-emerald-100 text-emerald-900`,
  info: `${BASE} bg-brand-light text-brand-dark`,
} as const;

export type BadgeTone = keyof typeof BADGE;
