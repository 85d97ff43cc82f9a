import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { MAX_IMPORT_ROWS } from "@/lib/authoring/csv-import";
import { requireTeacherUser } from "@/server/auth/session";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import cards" };

export default async function ImportPage() {
  await requireTeacherUser("/authoring/import");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href="/authoring">Your articles and sets</BackLink>
        <h1 className="text-2xl font-bold">Import cards</h1>
        <p className="text-slate-700">
          A file of terms and definitions becomes a set: a CSV or TSV file with or without a header row, Quizlet’s export (term, tab, definition) or Anki’s
          “Notes in Plain Text”. Each row becomes a fact with a typed answer, and its own row is its source. Up to {MAX_IMPORT_ROWS.toLocaleString("en-US")} rows;
          bad rows are listed by line and the good ones import.
        </p>
        <p>
          <a href="/authoring/import/template.csv" className="inline-flex min-h-tap items-center text-brand underline" download>
            Download the template (CSV)
          </a>
        </p>
      </header>
      <ImportForm />
    </div>
  );
}
