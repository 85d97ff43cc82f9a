import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/** What a control needs to be announced with its label's hint and errors. */
export type Described = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** Other ids the control is described by (the question it answers). */
  describedBy?: (string | undefined)[];
  /** The control, given its id and the ids of the hint and the errors. */
  children: (described: Described) => ReactNode;
};

/** A label, an optional hint, a control and its errors, wired so that a screen reader reads them together. */
export function Field({ id, label, hint, errors, describedBy: others = [], children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [...others, hintId, errorId].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, ...(errorId ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type Labelled = { name: string; label: string; hint?: ReactNode; errors?: string[] };

/** A labelled one-line input. */
export function TextField({ name, label, hint, errors, id, ...input }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id ?? `field-${name}`} label={label} hint={hint} errors={errors}>
      {(described) => (
        <input name={name} className="block min-h-tap w-full rounded border border-slate-400 bg-white px-3 text-base aria-invalid:border-red-700" {...input} {...described} />
      )}
    </Field>
  );
}

/** A labelled multi-line input. */
export function TextArea({ name, label, hint, errors, id, ...area }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id ?? `field-${name}`} label={label} hint={hint} errors={errors}>
      {(described) => <textarea name={name} className="block w-full rounded border border-slate-400 bg-white p-3 text-base aria-invalid:border-red-700" {...area} {...described} />}
    </Field>
  );
}

/** The errors of a field whose control is not a single input (a radio group, a select built by hand). */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}
