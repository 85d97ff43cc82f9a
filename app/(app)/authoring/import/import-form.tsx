"use client";

import Link from "next/link";
import { useState } from "react";
import { Field, TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { MAX_IMPORT_BYTES } from "@/lib/authoring/csv-import";
import { formatMegabytes } from "@/lib/authoring/sizes";
import { importCardsAction } from "../actions";

const SELECT = "block min-h-tap w-full rounded border border-slate-400 bg-white px-3 text-base";

export function ImportForm() {
  const { result, error, fieldErrors, isPending, onSubmit } = useActionForm(importCardsAction);
  const [fileError, setFileError] = useState<string | null>(null);
  const report = result?.ok ? result.data : null;
  return (
    <div className="space-y-6">
      <form
        onSubmit={(event) => {
          const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
          if (file && file.size > MAX_IMPORT_BYTES) {
            event.preventDefault();
            setFileError(`That file is ${formatMegabytes(file.size)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}. Split it into smaller files.`);
            return;
          }
          setFileError(null);
          onSubmit(event);
        }}
        noValidate
        aria-label="Import cards"
        className="max-w-2xl space-y-4"
      >
        <FormAlert message={fileError ?? error} />
        <Field id="field-file" label="The file" hint=".csv, .tsv or .txt" errors={fieldErrors?.file}>
          {(described) => <input type="file" name="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" className="block min-h-tap w-full text-base" {...described} />}
        </Field>
        <TextArea name="text" label="Or paste the rows" hint="One card per line: term, then definition." rows={6} errors={fieldErrors?.text} />
        <TextField name="title" label="The set’s title" hint="The file’s name when left empty." autoComplete="off" errors={fieldErrors?.title} />
        <Field id="field-delimiter" label="Columns separated by">
          {(described) => (
            <select name="delimiter" defaultValue="auto" className={SELECT} {...described}>
              <option value="auto">Detect it</option>
              <option value=",">Commas</option>
              <option value={"\t"}>Tabs</option>
              <option value=";">Semicolons</option>
            </select>
          )}
        </Field>
        <SubmitButton isPending={isPending} pendingLabel="Importing…">
          Import
        </SubmitButton>
      </form>

      {report ? (
        <section aria-live="polite" aria-label="Import result" className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <p role="status" className="font-semibold">
            Imported {report.imported} {report.imported === 1 ? "card" : "cards"}.
            {report.problems.length > 0 ? ` ${report.problems.length} ${report.problems.length === 1 ? "row was" : "rows were"} left out:` : ""}
          </p>
          {report.problems.length > 0 ? (
            <ul className="list-disc space-y-1 pl-6 text-red-800">
              {report.problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          ) : null}
          {report.setSlug ? (
            <Link href={`/authoring/sets/${encodeURIComponent(report.setSlug)}`} className="inline-flex min-h-tap items-center text-brand underline">
              Open the set
            </Link>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
