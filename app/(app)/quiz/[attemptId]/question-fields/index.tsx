"use client";

import type { ReactNode } from "react";
import type { ItemType } from "@/lib/quiz/types";
import { ChoiceField } from "./choice-field";
import { ClozeField } from "./cloze-field";
import { MatchingField } from "./matching-field";
import { MultiSelectField } from "./multi-select-field";
import { OrderingField } from "./ordering-field";
import type { FieldProps } from "./shared";
import { TypedAnswerField } from "./typed-answer-field";

/** The control for each item type; a new type does not compile until it has one. */
const FIELDS: { [T in ItemType]: (props: FieldProps<T>) => ReactNode } = {
  "multiple-choice": ChoiceField,
  attribution: ChoiceField,
  "sources-disagree": ChoiceField,
  "true-false": ChoiceField,
  "multi-select": MultiSelectField,
  cloze: ClozeField,
  "typed-answer": TypedAnswerField,
  numeric: TypedAnswerField,
  matching: MatchingField,
  ordering: OrderingField,
};

/** The controls to answer one question: every type by touch, mouse or keyboard. */
export function QuestionFields(props: FieldProps) {
  return renderField(props.question.type, props);
}

/** Through `T`, TypeScript checks that the control of a type takes the props of a question of that type. */
function renderField<T extends ItemType>(type: T, props: FieldProps<T>) {
  const Field: (props: FieldProps<T>) => ReactNode = FIELDS[type];
  return <Field {...props} />;
}
