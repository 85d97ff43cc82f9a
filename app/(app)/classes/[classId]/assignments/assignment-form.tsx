"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON } from "@/components/ui/button";
import { useBrowserTimeZone } from "@/components/time/use-browser-time-zone";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { FieldError, TextField } from "@/components/ui/field";
import { Section } from "@/components/ui/fieldset-section";
import { RadioGroup } from "@/components/ui/radio-group";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  ASSIGNMENT_MODES,
  ATTEMPTS_MAX,
  QUESTION_COUNT_MAX,
  REVEAL_OPTIONS,
  TITLE_MAX,
  hasQuiz,
  isDueDatePast,
  type AssignmentMode,
  type RevealAnswers,
} from "@/lib/classes/assignment";
import { instantToLocal, nextDayLocal } from "@/lib/time/zone";
import { createAssignmentAction, updateAssignmentAction } from "./actions";
import { MODE_LABEL, REVEAL_LABEL } from "@/lib/classes/assignment-labels";

export type SetOption = { slug: string; title: string; kind: string; itemCount: number };
export type QuestionOption = { id: string; type: string; text: string };

export type AssignmentDefaults = {
  title: string;
  mode: AssignmentMode;
  revealAnswers: RevealAnswers;
  shuffle: boolean;
  attemptsAllowed: number;
  /** Unset: 10, or fewer if the set has fewer. */
  questionCount?: number;
  /** The chosen questions of `setSlug`; empty for the whole set. */
  itemIds: string[];
  /** When editing: the dates as entered, in the assignment's time zone. Unset: opens now, due this time tomorrow. */
  dates?: { opensAt: string; dueAt: string; timeZone: string };
};

type Props = {
  classId: string;
  /** Set when editing an assignment. */
  assignmentId?: string;
  sets: SetOption[];
  /** The set whose questions are listed (from the address, so changing the set reloads them). */
  setSlug: string;
  questions: QuestionOption[];
  defaults: AssignmentDefaults;
  /** The server's time (ISO): the default opening date. */
  now: string;
};

const DEFAULT_QUESTION_COUNT = 10;

const SET_GROUPS = [
  { kind: "all", label: "Everything" },
  { kind: "article", label: "By article" },
  { kind: "topic", label: "By topic" },
  { kind: "own", label: "Your sets" },
  { kind: "shared", label: "Shared with you" },
] as const;

/** Assigning a set to a class, or changing an assignment: what, how and when. */
export function AssignmentForm({ classId, assignmentId, sets, setSlug: listedSetSlug, questions, defaults, now }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const isEditing = assignmentId !== undefined;
  // On success the action moves on to the assignment's page.
  const { result, fieldErrors, isPending, onSubmit } = useActionForm(isEditing ? updateAssignmentAction : createAssignmentAction);
  const [isLoadingSet, startLoadingSet] = useTransition();
  const [setSlug, setSetSlug] = useState(listedSetSlug);
  const [chosen, setChosen] = useState({ setSlug: listedSetSlug, ids: new Set(defaults.itemIds) });
  const [questionCount, setQuestionCount] = useState<string | null>(defaults.questionCount ? String(defaults.questionCount) : null);
  const browserTimeZone = useBrowserTimeZone();
  const [mode, setMode] = useState<AssignmentMode>(defaults.mode);
  const [typedDueAt, setTypedDueAt] = useState<string | null>(null);

  // The questions on screen belong to the set chosen (until a new set's list arrives).
  const isListCurrent = setSlug === listedSetSlug && !isLoadingSet;
  const chosenIds = chosen.setSlug === listedSetSlug ? chosen.ids : new Set<string>();
  const selectedSet = sets.find((set) => set.slug === setSlug);
  const available = isListCurrent ? chosenIds.size || questions.length : (selectedSet?.itemCount ?? 0);
  const countValue = questionCount ?? String(Math.min(DEFAULT_QUESTION_COUNT, available));

  const timeZone = defaults.dates?.timeZone ?? browserTimeZone;
  const opensAt = defaults.dates?.opensAt ?? (timeZone ? instantToLocal(new Date(now), timeZone) : "");
  const dueAt = defaults.dates?.dueAt ?? (opensAt ? nextDayLocal(opensAt) : "");
  const isPastDue = timeZone !== "" && isDueDatePast(typedDueAt ?? dueAt, timeZone, new Date(now));

  function chooseSet(slug: string) {
    setSetSlug(slug);
    startLoadingSet(() => router.replace(`${pathname}?set=${encodeURIComponent(slug)}`, { scroll: false }));
  }

  function toggle(id: string, isChecked: boolean) {
    const ids = new Set(chosenIds);
    if (isChecked) ids.add(id);
    else ids.delete(id);
    setChosen({ setSlug: listedSetSlug, ids });
  }


  const summary = !isListCurrent
    ? "Loading the questions of this set…"
    : chosenIds.size > 0
      ? `${chosenIds.size} of ${questions.length} questions chosen.`
      : `All ${questions.length} questions of the set.`;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={isEditing ? "Edit the assignment" : "Assign a set"} className="space-y-6">
      <FormAlert message={result && !result.ok ? (fieldErrors ? "Check the highlighted fields." : result.error) : null} />
      <input type="hidden" name="classId" value={classId} />
      {assignmentId ? <input type="hidden" name="assignmentId" value={assignmentId} /> : null}
      <input type="hidden" name="timeZone" value={timeZone} />

      <Section title="What">
        <div className="space-y-1">
          <label htmlFor="field-setSlug" className="block font-medium">
            Set
          </label>
          <select
            id="field-setSlug"
            name="setSlug"
            value={setSlug}
            onChange={(event) => chooseSet(event.target.value)}
            aria-invalid={fieldErrors?.setSlug ? true : undefined}
            aria-describedby={fieldErrors?.setSlug ? "field-setSlug-error" : undefined}
            className="block min-h-tap w-full rounded border border-slate-400 bg-white px-3 text-base aria-invalid:border-red-700"
          >
            {sets.some((set) => set.slug === setSlug) ? null : <option value={setSlug}>Choose a set</option>}
            {SET_GROUPS.map((group) => {
              const inGroup = sets.filter((set) => set.kind === group.kind);
              if (inGroup.length === 0) return null;
              return (
                <optgroup key={group.kind} label={group.label}>
                  {inGroup.map((set) => (
                    <option key={set.slug} value={set.slug}>
                      {set.title} ({set.itemCount} {set.itemCount === 1 ? "question" : "questions"})
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
          <FieldError id="field-setSlug-error" errors={fieldErrors?.setSlug} />
        </div>

        <div className="space-y-2">
          <p id="questions-summary" aria-live="polite" className="text-sm text-slate-700">
            {summary}
          </p>
          <details className="group rounded border border-slate-300 bg-white">
            <summary className="flex min-h-tap cursor-pointer list-none items-center gap-2 px-3 font-medium [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                ▸
              </span>
              Choose questions (optional)
            </summary>
            <div className="space-y-3 border-t border-slate-200 p-3">
              <p id="field-itemIds-hint" className="text-sm text-slate-600">
                Tick questions to assign only those. Leave them all unticked to assign the whole set.
              </p>
              {chosenIds.size > 0 ? (
                <button type="button" onClick={() => setChosen({ setSlug: listedSetSlug, ids: new Set() })} className={BUTTON.secondary}>
                  Untick all questions
                </button>
              ) : null}
              {isListCurrent ? (
                <fieldset aria-describedby="field-itemIds-hint">
                  <legend className="sr-only">Questions of {selectedSet?.title ?? "the set"}</legend>
                  <ul className="max-h-[28rem] divide-y divide-slate-100 overflow-y-auto">
                    {questions.map((question) => (
                      <li key={question.id}>
                        <label className="flex min-h-tap cursor-pointer items-start gap-3 py-2 pr-2">
                          <input
                            type="checkbox"
                            name="itemIds"
                            value={question.id}
                            checked={chosenIds.has(question.id)}
                            onChange={(event) => toggle(question.id, event.target.checked)}
                            className="mt-0.5 h-5 w-5 shrink-0"
                          />
                          <span>
                            <span aria-hidden="true" className="block text-xs font-semibold tracking-wide text-slate-600 uppercase">
                              {question.type}
                            </span>
                            {question.text}
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ) : (
                <p className="text-sm">Loading…</p>
              )}
            </div>
          </details>
          <FieldError id="field-itemIds-error" errors={fieldErrors?.itemIds} />
        </div>

        <TextField
          name="title"
          label="Title (optional)"
          hint={`What students see. Leave it empty to use the set’s title. Up to ${TITLE_MAX} characters.`}
          defaultValue={defaults.title}
          autoComplete="off"
          errors={fieldErrors?.title}
        />
      </Section>

      <Section title="How">
        <RadioGroup
          name="mode"
          legend="Mode"
          options={ASSIGNMENT_MODES}
          labels={MODE_LABEL}
          defaultValue={defaults.mode}
          errors={fieldErrors?.mode}
          onChange={setMode}
        />
        <TextField
          name="questionCount"
          type="number"
          inputMode="numeric"
          min={1}
          max={QUESTION_COUNT_MAX}
          label="Number of questions"
          hint={`How many each attempt asks: at most ${Math.min(available || QUESTION_COUNT_MAX, QUESTION_COUNT_MAX)}${
            available ? `, from the ${available} available` : ""
          }.`}
          value={countValue}
          onChange={(event) => setQuestionCount(event.target.value)}
          errors={fieldErrors?.questionCount}
        />
        {/* Attempts and answers concern the quiz: hidden (their values kept and sent) while the mode is flashcards only. */}
        <div hidden={!hasQuiz(mode)} className="space-y-6">
          <TextField
            name="attemptsAllowed"
            type="number"
            inputMode="numeric"
            min={1}
            max={ATTEMPTS_MAX}
            label="Attempts allowed"
            hint={`From 1 to ${ATTEMPTS_MAX}. An unfinished attempt is picked up where it was left, not restarted.`}
            defaultValue={defaults.attemptsAllowed}
            errors={fieldErrors?.attemptsAllowed}
          />
          <RadioGroup
            name="revealAnswers"
            legend="Show the right answers"
            options={REVEAL_OPTIONS}
            labels={REVEAL_LABEL}
            defaultValue={defaults.revealAnswers}
            errors={fieldErrors?.revealAnswers}
          />
        </div>
        <div className="space-y-1">
          <label className="inline-flex min-h-tap items-center gap-3 font-medium">
            <input type="checkbox" name="shuffle" defaultChecked={defaults.shuffle} aria-describedby="field-shuffle-hint" className="h-5 w-5" />
            Shuffle the questions
          </label>
          <p id="field-shuffle-hint" className="text-sm text-slate-600">
            Each student and attempt gets its own order (and its own pick, when fewer questions are asked than available). Otherwise
            everyone gets the first ones, in the set’s order.
          </p>
        </div>
      </Section>

      <Section title="When">
        <p className="text-sm text-slate-700">
          {timeZone ? (
            <>
              Times are in <strong>{timeZone.replaceAll("_", " ")}</strong>
              {defaults.dates ? ", the time zone this assignment was set in." : ", your device’s time zone."} Students see them in
              this time zone too.
            </>
          ) : (
            "Finding your time zone…"
          )}
        </p>
        {/* Remounted once the time zone is known, so the defaults fill in. */}
        <div key={timeZone} className="grid gap-4 sm:grid-cols-2">
          {(
            [
              ["opensAt", "Opening date and time", opensAt],
              ["dueAt", "Due date and time", dueAt],
            ] as const
          ).map(([name, label, value]) => (
            <TextField
              key={name}
              name={name}
              type="datetime-local"
              label={label}
              hint={timeZone ? `Time zone: ${timeZone.replaceAll("_", " ")}` : undefined}
              defaultValue={value}
              required
              errors={fieldErrors?.[name]}
              onChange={name === "dueAt" ? (event) => setTypedDueAt(event.target.value) : undefined}
            />
          ))}
        </div>
        <p aria-live="polite" className="text-sm font-medium text-amber-900">
          {isPastDue ? "This due date has already passed: students will see the assignment as overdue from the start." : ""}
        </p>
        <FieldError id="field-timeZone-error" errors={fieldErrors?.timeZone} />
      </Section>

      {isEditing ? (
        <p className="text-sm text-slate-700">Changes apply from now on. Attempts students have already made are kept as they are.</p>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row-reverse sm:items-center">
        <div className="sm:w-60">
          <SubmitButton isPending={isPending || !isListCurrent} pendingLabel={isPending ? "Saving…" : "Loading the set…"}>
            {isEditing ? "Save changes" : "Assign set"}
          </SubmitButton>
        </div>
        <Link
          href={isEditing ? `/classes/${classId}/assignments/${assignmentId}` : `/classes/${classId}`}
          className={`${BUTTON.secondary} sm:w-40`}
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}
