import Link from "next/link";

/**
 * Shown instead of a form that changes an archived class: what cannot be done
 * and where to restore the class first.
 */
export function ArchivedClassNotice({ classId, children }: { classId: string; children: string }) {
  return (
    <p className="rounded border border-slate-300 bg-slate-100 p-3">
      {children} Restore it on{" "}
      <Link href={`/classes/${classId}`} className="font-medium text-brand underline">
        the class page
      </Link>{" "}
      first.
    </p>
  );
}
