"use client";

import { useRef, useState, useTransition } from "react";
import { BUTTON } from "@/components/ui/button";
import { Field, TextArea, TextField } from "@/components/ui/field";
import { Section } from "@/components/ui/fieldset-section";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { UNEXPECTED_ERROR, type ActionResult } from "@/lib/actions/result";
import type { AuthoredFactProblem, AuthoredGateProblem } from "@/lib/authoring/bank";
import { disagreementQuestion, FORM_ANSWER_TYPES, FORM_ANSWER_TYPE_LABEL, SECOND_SOURCE_ROLES, SECOND_SOURCE_ROLE_LABEL, type FactFormValues } from "@/lib/authoring/fact-form";
import { FACT_KIND_LABEL } from "@/lib/content/format";
import { FACT_KINDS } from "@/lib/content/types";
import type { Item } from "@/lib/quiz/types";
import { previewFactAction, saveFactAction } from "./actions";
import { ItemReview } from "./item-review";

type Preview = { items: Item[]; problems: AuthoredFactProblem[]; gate: AuthoredGateProblem[] };

const SELECT = "block min-h-tap w-full rounded border border-slate-400 bg-white px-3 text-base aria-invalid:border-red-700";

/** Who the voice is, by kind. */
const VOICE_LABEL = { fact: "", claim: "Who makes the claim", quote: "Who said it", opinion: "Who holds the opinion" } as const;

/**
 * The fact form: a draft of the teacher's selection (or a saved fact) to
 * revise, its questions previewed before saving, then saved. `otherArticles`
 * are the teacher's other articles, for a second source.
 */
export function FactForm({ values, factId, otherArticles }: { values: FactFormValues; factId?: string; otherArticles: { slug: string; title: string }[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const { error, fieldErrors, isPending, onSubmit } = useActionForm(saveFactAction);
  const [kind, setKind] = useState(values.kind);
  const [answerType, setAnswerType] = useState(values.answerType);
  const [role, setRole] = useState(values.secondRole || "corroborates");
  const [conflictQuestion, setConflictQuestion] = useState(values.conflictQuestion);

  function chooseRole(next: string) {
    setRole(next);
    // The conflict's question starts from the fact's: for a disagreement it names each source as {source}.
    const field = formRef.current?.elements.namedItem("question");
    const question = field instanceof HTMLTextAreaElement ? field.value : values.question;
    if (next === "disagrees") setConflictQuestion(disagreementQuestion(question));
    else if (next === "second-wrong") setConflictQuestion(question);
  }
  const [preview, setPreview] = useState<ActionResult<Preview> | null>(null);
  const [isPreviewing, startPreview] = useTransition();

  function runPreview() {
    if (!formRef.current) return;
    const formData = new FormData(formRef.current);
    startPreview(async () => {
      try {
        setPreview(await previewFactAction(formData));
      } catch {
        setPreview({ ok: false, error: UNEXPECTED_ERROR });
      }
    });
  }

  const errors = (name: keyof FactFormValues) => fieldErrors?.[name] ?? (preview && !preview.ok ? preview.fieldErrors?.[name] : undefined);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={factId ? "Edit the fact" : "New fact"} className="max-w-2xl space-y-6">
      <FormAlert message={error} />
      <input type="hidden" name="article" value={values.article} />
      {factId ? <input type="hidden" name="factId" value={factId} /> : null}

      <Section title="The fact">
        <TextArea name="statement" label="The fact, as one sentence" hint="Learners read it after answering. Relative dates are written out." defaultValue={values.statement} rows={3} errors={errors("statement")} />
        <Field id="field-kind" label="Kind" hint="An opinion or a claim is asked as someone’s, never as a plain fact." errors={errors("kind")}>
          {(described) => (
            <select name="kind" value={kind} onChange={(event) => setKind(event.target.value)} className={SELECT} {...described}>
              {FACT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {FACT_KIND_LABEL[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind !== "fact" ? <TextField name="voice" label={VOICE_LABEL[kind as keyof typeof VOICE_LABEL] || "Who"} defaultValue={values.voice} autoComplete="off" errors={errors("voice")} /> : null}
        {kind === "quote" ? <TextArea name="quoteText" label="The quoted words" defaultValue={values.quoteText} rows={2} errors={errors("quoteText")} /> : null}
        <TextArea name="evidence" label="Its source: the sentence, word for word" hint="What learners see as the source. It must be the article’s text exactly." defaultValue={values.evidence} rows={3} errors={errors("evidence")} />
      </Section>

      <Section title="The question">
        <TextArea name="question" label="Question" defaultValue={values.question} rows={2} errors={errors("question")} />
        <Field id="field-answerType" label="The answer is" errors={errors("answerType")}>
          {(described) => (
            <select name="answerType" value={answerType} onChange={(event) => setAnswerType(event.target.value)} className={SELECT} {...described}>
              {FORM_ANSWER_TYPES.map((value) => (
                <option key={value} value={value}>
                  {FORM_ANSWER_TYPE_LABEL[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField name="answerValue" label="Answer, as the article writes it" defaultValue={values.answerValue} autoComplete="off" errors={errors("answerValue")} />
        {answerType === "number" || answerType === "money" ? (
          <TextField name="answerNumber" label={answerType === "money" ? "The amount in digits" : "The number in digits"} defaultValue={values.answerNumber} inputMode="decimal" autoComplete="off" errors={errors("answerNumber")} />
        ) : null}
        {answerType === "number" ? <TextField name="answerUnit" label="What it counts" hint="officers, days, percent…" defaultValue={values.answerUnit} autoComplete="off" errors={errors("answerUnit")} /> : null}
        {answerType === "money" ? <TextField name="answerCurrency" label="Currency code" hint="USD, EUR, KES…" defaultValue={values.answerCurrency} maxLength={3} autoComplete="off" errors={errors("answerCurrency")} /> : null}
        {answerType === "date" ? <TextField name="answerDate" label="The date" hint="YYYY-MM-DD, or YYYY-MM, YYYY" defaultValue={values.answerDate} autoComplete="off" errors={errors("answerDate")} /> : null}
        <details className="space-y-3">
          <summary className="inline-flex min-h-tap cursor-pointer items-center text-brand underline">Other spellings, wrong options and false statements</summary>
          <TextArea name="aliases" label="Other spellings of the answer" hint="One per line." defaultValue={values.aliases} rows={2} errors={errors("aliases")} />
          <TextArea name="accepted" label="Other answers to accept when typed" hint="One per line." defaultValue={values.accepted} rows={2} errors={errors("accepted")} />
          <TextArea name="distractors" label="Wrong options" hint="One per line. Without them, wrong options come from the names of your articles." defaultValue={values.distractors} rows={3} errors={errors("distractors")} />
          <TextArea name="falseVariants" label="False versions of the fact" hint="One per line, for true-or-false questions." defaultValue={values.falseVariants} rows={3} errors={errors("falseVariants")} />
        </details>
      </Section>

      {otherArticles.length > 0 ? (
        <Section title="A second source (optional)">
          <p className="text-sm text-slate-700">A sentence of another of your articles that says the same (learners see both), says otherwise, or is wrong.</p>
          <Field id="field-secondArticle" label="Article" errors={errors("secondArticle")}>
            {(described) => (
              <select name="secondArticle" defaultValue={values.secondArticle} className={SELECT} {...described}>
                <option value="">None</option>
                {otherArticles.map((article) => (
                  <option key={article.slug} value={article.slug}>
                    {article.title || "Untitled article"}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextArea name="secondQuote" label="Its sentence, word for word" defaultValue={values.secondQuote} rows={2} errors={errors("secondQuote")} />
          <Field id="field-secondRole" label="That sentence" errors={errors("secondRole")}>
            {(described) => (
              <select name="secondRole" value={role} onChange={(event) => chooseRole(event.target.value)} className={SELECT} {...described}>
                {SECOND_SOURCE_ROLES.map((value) => (
                  <option key={value} value={value}>
                    {SECOND_SOURCE_ROLE_LABEL[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {role !== "corroborates" ? (
            <>
              <TextField name="secondLabel" label="What it says instead" hint="As short as the answer: “25,000”, “Prime Minister”." defaultValue={values.secondLabel} autoComplete="off" errors={errors("secondLabel")} />
              <TextArea
                name="conflictQuestion"
                label={role === "disagrees" ? "The question asked of each source" : "The question, asking for the right answer"}
                hint={role === "disagrees" ? "Write {source} where the source is named: it is asked once per article." : undefined}
                value={conflictQuestion}
                onChange={(event) => setConflictQuestion(event.target.value)}
                rows={2}
                errors={errors("conflictQuestion")}
              />
              {role === "second-wrong" ? <TextArea name="correction" label="The correction" hint="What is right, and which article is wrong." defaultValue={values.correction} rows={2} errors={errors("correction")} /> : null}
            </>
          ) : null}
        </Section>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={runPreview} className={BUTTON.secondary} disabled={isPreviewing}>
          {isPreviewing ? "Making the questions…" : "Preview the questions"}
        </button>
        <SubmitButton isPending={isPending} pendingLabel="Saving…">
          Save the fact
        </SubmitButton>
      </div>

      <section aria-live="polite" aria-label="Preview" className="space-y-3">
        {preview === null ? null : !preview.ok ? (
          <FormAlert message={preview.error} />
        ) : (
          <>
            <h2 className="text-lg font-semibold">
              Preview: {preview.data.items.length} {preview.data.items.length === 1 ? "question" : "questions"}
            </h2>
            {preview.data.problems.length > 0 ? (
              <ul className="list-disc space-y-1 pl-6 text-red-800">
                {preview.data.problems.map((problem, index) => (
                  <li key={index}>{problem.field ? `${problem.field}: ${problem.message}` : problem.message}</li>
                ))}
              </ul>
            ) : null}
            {preview.data.gate.length > 0 ? (
              <ul className="list-disc space-y-1 pl-6 text-amber-900">
                {preview.data.gate.map((problem, index) => (
                  <li key={index}>{problem.message}</li>
                ))}
              </ul>
            ) : null}
            <ul className="space-y-2">
              {preview.data.items.map((item) => (
                <li key={item.id}>
                  <ItemReview item={item} isReadOnly />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </form>
  );
}
