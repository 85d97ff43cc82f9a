import { FACT_KIND_LABEL } from "@/lib/content/format";
import type { FactKind } from "@/lib/content/types";

const STYLE: Record<FactKind, string> = {
  fact: "bg-emerald-100 text-emerald-900",
  claim: "bg-amber-100 text-amber-900",
  quote: "bg-sky-100 text-sky-900",
  opinion: "bg-fuchsia-100 text-fuchsia-900",
};

/** Fact, claim, quote or opinion: shown wherever a statement is. */
export function KindBadge({ kind }: { kind: string }) {
  const known = kind in STYLE ? (kind as FactKind) : "fact";
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLE[known]}`}>{FACT_KIND_LABEL[known]}</span>;
}
