"use client";

import { useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Section } from "@/components/ui/fieldset-section";
import { Field, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { AUTHORED_ARTICLE_KINDS, AUTHOR_MAX, OUTLET_MAX, TITLE_MAX } from "@/lib/authoring/article-meta";
import { MAX_ARTICLE_CHARS, MAX_UPLOAD_BYTES } from "@/lib/authoring/ingest";
import { addArticleAction } from "../../actions";

const MB = MAX_UPLOAD_BYTES / 1024 / 1024;

export function AddArticleForm() {
  // On success the action opens the new article.
  const { error, fieldErrors, isPending, onSubmit } = useActionForm(addArticleAction);
  const [fileError, setFileError] = useState<string | null>(null);

  return (
    <form
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        if (file && file.size > MAX_UPLOAD_BYTES) {
          event.preventDefault();
          setFileError(`That file is over ${MB} MB: upload a smaller one, or paste the article’s text.`);
          return;
        }
        setFileError(null);
        onSubmit(event);
      }}
      noValidate
      aria-label="Add an article"
      className="max-w-2xl space-y-6"
    >
      <FormAlert message={fileError ?? error} />
      <Section title="The article">
        <TextArea
          name="text"
          label="Paste the article"
          hint={`Its text, or the HTML of its web page. Up to ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters.`}
          rows={12}
          errors={fieldErrors?.body ?? fieldErrors?.text}
        />
        <Field id="field-file" label="Or upload a file" hint={`A Word document (.docx), a text file (.txt) or a web page (.html), up to ${MB} MB.`} errors={fieldErrors?.file}>
          {(described) => (
            <input
              type="file"
              name="file"
              accept=".docx,.txt,.html,.htm,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/html"
              className="block min-h-tap w-full text-base"
              {...described}
            />
          )}
        </Field>
      </Section>
      <Section title="What the source states">
        <p className="text-sm text-slate-700">Leave a detail empty when the source does not state it: it is shown as “not stated”, never guessed.</p>
        <TextField name="title" label="Title" maxLength={TITLE_MAX} autoComplete="off" errors={fieldErrors?.title} />
        <TextField name="outlet" label="Outlet" hint="The newspaper, agency or site that published it." maxLength={OUTLET_MAX} autoComplete="off" errors={fieldErrors?.outlet} />
        <TextField name="author" label="Author" maxLength={AUTHOR_MAX} autoComplete="off" errors={fieldErrors?.author} />
        <TextField
          name="published"
          label="Publication date"
          hint="YYYY-MM-DD, or YYYY-MM or YYYY when only that is known. Dates such as “on Wednesday” are read against it."
          inputMode="numeric"
          autoComplete="off"
          errors={fieldErrors?.published}
        />
        <Field id="field-kind" label="Kind" errors={fieldErrors?.kind}>
          {(described) => (
            <select name="kind" defaultValue="" className="block min-h-tap w-full rounded border border-slate-400 bg-white px-3 text-base" {...described}>
              <option value="">Not stated</option>
              {AUTHORED_ARTICLE_KINDS.map((kind) => (
                <option key={kind.value} value={kind.value}>
                  {kind.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </Section>
      <SubmitButton isPending={isPending} pendingLabel="Reading the article…">
        Add the article
      </SubmitButton>
    </form>
  );
}
