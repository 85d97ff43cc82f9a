import Link from "next/link";
import { LocalTime } from "@/components/time/local-time";

/** No card left to review: how many were done, and when to come back (lib/srs/review-session.ts `nextDue`). */
export function EmptyState({ nextDueAt, isSoon, reviewed }: { nextDueAt: Date | null; isSoon: boolean; reviewed: number }) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-xl font-semibold">No cards due</h2>
      {reviewed > 0 ? <p>You reviewed {reviewed === 1 ? "1 card" : `${reviewed} cards`}. Well done.</p> : null}
      <p>{isSoon ? "Come back later today." : "Come back tomorrow."}</p>
      {nextDueAt ? (
        <p className="text-slate-700">
          Next card due: <LocalTime iso={nextDueAt.toISOString()} />
        </p>
      ) : (
        <p className="text-slate-700">To add cards, open a set in the library and choose “Study this set”.</p>
      )}
      <p>
        <Link href="/home" className="inline-flex min-h-tap items-center text-brand underline">
          Back to home
        </Link>
      </p>
    </div>
  );
}

/** Every card of the assignment is reviewed. */
export function AssignmentDone({ assignment, reviewed }: { assignment: { id: string; title: string }; reviewed: number }) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-xl font-semibold">Every card of {assignment.title} is reviewed</h2>
      {reviewed > 0 ? <p>You reviewed {reviewed === 1 ? "1 card" : `${reviewed} cards`}. Well done.</p> : null}
      <p>They come back in your daily review when they are due.</p>
      <p>
        <Link href={`/assignments/${encodeURIComponent(assignment.id)}`} className="inline-flex min-h-tap items-center text-brand underline">
          Back to the assignment
        </Link>
      </p>
    </div>
  );
}
