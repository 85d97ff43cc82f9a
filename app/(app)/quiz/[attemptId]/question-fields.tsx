"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { QuestionView } from "@/lib/quiz/question-view";
import type { QuizResponse } from "@/lib/quiz/response";
import { CLOZE_GAP } from "@/lib/quiz/types";
import { Field } from "@/components/ui/field";

/** What the learner has entered so far, in the shape of the question. */
export type Draft =
  | { kind: "choice"; choice: string | null }
  | { kind: "multi"; choices: string[] }
  | { kind: "boolean"; value: boolean | null }
  | { kind: "text"; text: string }
  | { kind: "pairs"; rights: Record<string, string> }
  | { kind: "order"; order: string[] };

export function emptyDraft(question: QuestionView): Draft {
  switch (question.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return { kind: "choice", choice: null };
    case "multi-select":
      return { kind: "multi", choices: [] };
    case "true-false":
      return { kind: "boolean", value: null };
    case "cloze":
    case "typed-answer":
    case "numeric":
      return { kind: "text", text: "" };
    case "matching":
      return { kind: "pairs", rights: {} };
    case "ordering":
      return { kind: "order", order: question.events };
  }
}

/** The draft as a response to send, or what is missing. */
export function draftToResponse(question: QuestionView, draft: Draft): QuizResponse | { problem: string } {
  switch (question.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return draft.kind === "choice" && draft.choice !== null ? { type: question.type, choice: draft.choice } : { problem: "Choose an answer." };
    case "multi-select":
      return draft.kind === "multi" && draft.choices.length > 0
        ? { type: question.type, choices: question.options.filter((option) => draft.choices.includes(option)) }
        : { problem: "Select at least one option." };
    case "true-false":
      return draft.kind === "boolean" && draft.value !== null ? { type: question.type, value: draft.value } : { problem: "Choose True or False." };
    case "cloze":
    case "typed-answer":
    case "numeric":
      return draft.kind === "text" && draft.text.trim() !== "" ? { type: question.type, text: draft.text.trim() } : { problem: "Type an answer." };
    case "matching": {
      if (draft.kind !== "pairs" || question.lefts.some((left) => !draft.rights[left])) return { problem: "Choose a match for every item." };
      return { type: question.type, pairs: question.lefts.map((left) => ({ left, right: draft.rights[left]! })) };
    }
    case "ordering":
      return draft.kind === "order" ? { type: question.type, order: draft.order } : { problem: "Put the events in order." };
  }
}

/** A saved response shown again in the fields (after answering). */
export function responseToDraft(response: QuizResponse): Draft {
  switch (response.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return { kind: "choice", choice: response.choice };
    case "multi-select":
      return { kind: "multi", choices: response.choices };
    case "true-false":
      return { kind: "boolean", value: response.value };
    case "cloze":
    case "typed-answer":
    case "numeric":
      return { kind: "text", text: response.text };
    case "matching":
      return { kind: "pairs", rights: Object.fromEntries(response.pairs.map((pair) => [pair.left, pair.right])) };
    case "ordering":
      return { kind: "order", order: response.order };
  }
}

type FieldsProps = {
  question: QuestionView;
  draft: Draft;
  onChange: (draft: Draft) => void;
  isLocked: boolean;
  /** Id of the message that says what is missing, when shown. */
  problemId?: string;
};

const OPTION_ROW = "flex min-h-tap cursor-pointer items-center gap-3 rounded border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-light";
const INPUT = "block min-h-tap w-full rounded border border-slate-400 bg-white px-3 text-base disabled:bg-slate-100";

/** The controls to answer one question: every type by touch, mouse or keyboard. */
export function QuestionFields({ question, draft, onChange, isLocked, problemId }: FieldsProps) {
  const id = useId();
  switch (question.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
    case "true-false": {
      const options = question.type === "true-false" ? ["True", "False"] : question.options;
      const selected = draft.kind === "choice" ? draft.choice : draft.kind === "boolean" && draft.value !== null ? (draft.value ? "True" : "False") : null;
      return (
        <fieldset className="space-y-2" aria-describedby={problemId}>
          <legend className="mb-2 text-lg font-medium">{question.type === "true-false" ? question.statement : question.prompt}</legend>
          {options.map((option) => (
            <label key={option} className={OPTION_ROW}>
              <input
                type="radio"
                name={`${id}-choice`}
                value={option}
                checked={selected === option}
                disabled={isLocked}
                onChange={() => onChange(question.type === "true-false" ? { kind: "boolean", value: option === "True" } : { kind: "choice", choice: option })}
                className="size-5 shrink-0"
              />
              <span>{option}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case "multi-select": {
      const chosen = draft.kind === "multi" ? draft.choices : [];
      return (
        <fieldset className="space-y-2" aria-describedby={problemId}>
          <legend className="mb-2 text-lg font-medium">{question.prompt}</legend>
          <p className="text-sm text-slate-700">Select all that apply.</p>
          {question.options.map((option) => (
            <label key={option} className={OPTION_ROW}>
              <input
                type="checkbox"
                value={option}
                checked={chosen.includes(option)}
                disabled={isLocked}
                onChange={(event) =>
                  onChange({ kind: "multi", choices: event.target.checked ? [...chosen, option] : chosen.filter((value) => value !== option) })
                }
                className="size-5 shrink-0"
              />
              <span>{option}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case "cloze": {
      const [before, after] = splitAtGap(question.text);
      return (
        <div className="space-y-3">
          <p className="text-lg font-medium">{question.prompt}</p>
          <p id={`${id}-sentence`} className="rounded border border-slate-200 bg-white p-3 text-lg">
            {before}
            <span className="mx-1 inline-block min-w-16 border-b-2 border-slate-700 text-center font-semibold">
              {draft.kind === "text" && draft.text.trim() ? (
                draft.text
              ) : (
                <>
                  <span aria-hidden="true">{CLOZE_GAP}</span>
                  <span className="sr-only">blank</span>
                </>
              )}
            </span>
            {after}
          </p>
          <TextAnswer id={id} label="Missing words" describedBy={[`${id}-sentence`, problemId]} draft={draft} onChange={onChange} isLocked={isLocked} />
        </div>
      );
    }
    case "typed-answer":
      return (
        <div className="space-y-3">
          <p id={`${id}-prompt`} className="text-lg font-medium">
            {question.prompt}
          </p>
          <TextAnswer id={id} label="Your answer" describedBy={[`${id}-prompt`, problemId]} draft={draft} onChange={onChange} isLocked={isLocked} />
        </div>
      );
    case "numeric":
      return (
        <div className="space-y-3">
          <p id={`${id}-prompt`} className="text-lg font-medium">
            {question.prompt}
          </p>
          <TextAnswer
            id={id}
            label={question.unit ? `Your answer (in ${question.unit})` : "Your answer (a number)"}
            describedBy={[`${id}-prompt`, problemId]}
            draft={draft}
            onChange={onChange}
            isLocked={isLocked}
            isNumeric
            hint="Digits or words: 1,000, 1000 or one thousand."
          />
        </div>
      );
    case "matching": {
      const rights = draft.kind === "pairs" ? draft.rights : {};
      return (
        <fieldset className="space-y-3" aria-describedby={problemId}>
          <legend className="mb-2 text-lg font-medium">{question.prompt}</legend>
          {question.lefts.map((left, index) => (
            <div key={left} className="space-y-1">
              <label htmlFor={`${id}-match-${index}`} className="block font-medium">
                {left}
              </label>
              <select
                id={`${id}-match-${index}`}
                value={rights[left] ?? ""}
                disabled={isLocked}
                onChange={(event) => onChange({ kind: "pairs", rights: { ...rights, [left]: event.target.value } })}
                className={INPUT}
              >
                <option value="">Choose a match…</option>
                {question.rights.map((right) => (
                  <option key={right} value={right}>
                    {right}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      );
    }
    case "ordering":
      return <OrderingField question={question} draft={draft} onChange={onChange} isLocked={isLocked} problemId={problemId} />;
  }
}

function splitAtGap(text: string): [string, string] {
  const index = text.indexOf(CLOZE_GAP);
  return index === -1 ? [text, ""] : [text.slice(0, index), text.slice(index + CLOZE_GAP.length)];
}

function TextAnswer({
  id,
  label,
  hint,
  describedBy,
  draft,
  onChange,
  isLocked,
  isNumeric = false,
}: {
  id: string;
  label: string;
  hint?: string;
  describedBy: (string | undefined)[];
  draft: Draft;
  onChange: (draft: Draft) => void;
  isLocked: boolean;
  isNumeric?: boolean;
}) {
  return (
    <Field id={`${id}-text`} label={label} hint={hint} describedBy={describedBy}>
      {(described) => (
        <input
          type="text"
          inputMode={isNumeric ? "decimal" : "text"}
          autoComplete="off"
          autoCapitalize={isNumeric ? "off" : "sentences"}
          spellCheck={false}
          maxLength={200}
          value={draft.kind === "text" ? draft.text : ""}
          readOnly={isLocked}
          onChange={(event) => onChange({ kind: "text", text: event.target.value })}
          className={INPUT}
          {...described}
        />
      )}
    </Field>
  );
}

function OrderingField({ question, draft, onChange, isLocked, problemId }: FieldsProps & { question: Extract<QuestionView, { type: "ordering" }> }) {
  const order = draft.kind === "order" ? draft.order : question.events;
  const [moved, setMoved] = useState<{ label: string; direction: "up" | "down"; announcement: string } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  // Keep the focus on the button just used, which moved with its event.
  useEffect(() => {
    if (moved) buttons.current.get(`${moved.label}:${moved.direction}`)?.focus();
  }, [moved]);

  function move(index: number, direction: "up" | "down") {
    const target = direction === "up" ? index - 1 : index + 1;
    const label = order[index];
    if (isLocked || label === undefined || target < 0 || target >= order.length) return;
    const next = [...order];
    next[index] = next[target]!;
    next[target] = label;
    onChange({ kind: "order", order: next });
    setMoved({ label, direction, announcement: `${label}: now ${target + 1} of ${order.length}.` });
  }

  return (
    <fieldset className="space-y-2" aria-describedby={problemId}>
      <legend className="mb-2 text-lg font-medium">{question.prompt}</legend>
      <p className="text-sm text-slate-700">Earliest first. Use the buttons to move an event up or down.</p>
      <ol className="space-y-2">
        {order.map((label, index) => (
          <li key={label} className="flex items-center gap-2 rounded border border-slate-300 bg-white p-2">
            <span className="w-6 shrink-0 text-center font-semibold" aria-hidden="true">
              {index + 1}
            </span>
            <span className="min-w-0 flex-1 break-words">{label}</span>
            {(["up", "down"] as const).map((direction) => {
              const isEdge = direction === "up" ? index === 0 : index === order.length - 1;
              return (
                <button
                  key={direction}
                  type="button"
                  ref={(element) => {
                    if (element) buttons.current.set(`${label}:${direction}`, element);
                    else buttons.current.delete(`${label}:${direction}`);
                  }}
                  aria-label={`Move ${label} ${direction}`}
                  aria-disabled={isLocked || isEdge}
                  onClick={() => move(index, direction)}
                  className="inline-flex min-h-tap min-w-tap shrink-0 items-center justify-center rounded border border-slate-400 bg-white text-lg aria-disabled:opacity-40"
                >
                  <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
                </button>
              );
            })}
          </li>
        ))}
      </ol>
      <p role="status" className="sr-only">
        {moved?.announcement ?? ""}
      </p>
    </fieldset>
  );
}
