import Link from "next/link";
import { ATTEMPT_CHOICE_LABEL, ATTEMPT_CHOICES, type AttemptChoice } from "@/lib/reports/attempt-choice";

/** Which attempt counts: three links (they work without JavaScript), the chosen one marked as the current page. */
export function AttemptChoiceLinks({ classId, choice }: { classId: string; choice: AttemptChoice }) {
  return (
    <nav aria-labelledby="attempt-choice-label" className="space-y-1">
      <p id="attempt-choice-label" className="text-sm font-medium text-slate-700">
        Which attempt counts
      </p>
      <ul className="flex flex-wrap gap-2">
        {ATTEMPT_CHOICES.map((option) => (
          <li key={option}>
            <Link
              href={`/classes/${classId}/gradebook?choice=${option}`}
              aria-current={option === choice ? "page" : undefined}
              className={`inline-flex min-h-tap items-center rounded border px-3 font-medium ${
                option === choice ? "border-brand bg-brand text-white" : "border-slate-300 bg-white text-slate-900 hover:bg-slate-100"
              }`}
            >
              {ATTEMPT_CHOICE_LABEL[option]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
