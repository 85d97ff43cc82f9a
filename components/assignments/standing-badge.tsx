import { STANDING_LABEL } from "@/lib/classes/assignment-labels";
import type { Standing } from "@/lib/classes/assignment";

const STYLES: Record<Standing, string> = {
  done: "border-green-300 bg-green-50 text-green-800",
  overdue: "border-red-300 bg-red-50 text-red-800",
  "in-progress": "border-amber-300 bg-amber-50 text-amber-900",
  "to-do": "border-blue-300 bg-brand-light text-brand-dark",
  "not-open": "border-slate-300 bg-slate-100 text-slate-700",
};

/** Where the student stands, in words ("Overdue", "Done"); the colour only repeats it. */
export function StandingBadge({ standing }: { standing: Standing }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${STYLES[standing]}`}>{STANDING_LABEL[standing]}</span>;
}
