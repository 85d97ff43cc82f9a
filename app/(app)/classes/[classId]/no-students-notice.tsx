import Link from "next/link";

/** The empty state of a class's reports and assignment pages: nobody to show yet, and where to add them. */
export function NoStudentsNotice({ classId }: { classId: string }) {
  return (
    <p>
      No students in the class yet.{" "}
      <Link href={`/classes/${classId}`} className="text-brand underline">
        Share the join code or add students
      </Link>
      .
    </p>
  );
}
