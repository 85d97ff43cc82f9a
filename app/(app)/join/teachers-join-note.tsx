import Link from "next/link";

/** What a teacher sees on a join page: classes are joined by students only. */
export function TeachersJoinNote() {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <p>Teachers create classes; this link is for students.</p>
      <p>
        <Link href="/classes" className="inline-flex min-h-tap items-center font-medium text-brand underline">
          Go to your classes
        </Link>
      </p>
    </div>
  );
}
