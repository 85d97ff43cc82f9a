import { FieldError } from "./field";

/** One choice of a few, as big tap targets, with the group's errors announced with each option. */
export function RadioGroup<T extends string>({
  name,
  legend,
  options,
  labels,
  defaultValue,
  errors,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<string, string>;
  defaultValue: T;
  errors?: string[];
  /** For a form that shows other fields depending on the choice. */
  onChange?: (value: T) => void;
}) {
  const errorId = `field-${name}-error`;
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label key={option} className="inline-flex min-h-tap items-center gap-2 rounded border border-slate-300 bg-white px-4">
            <input
              type="radio"
              name={name}
              value={option}
              defaultChecked={option === defaultValue}
              onChange={onChange ? () => onChange(option) : undefined}
              aria-describedby={errors?.length ? errorId : undefined}
              className="h-5 w-5"
            />
            {labels[option]}
          </label>
        ))}
      </div>
      <FieldError id={errorId} errors={errors} />
    </fieldset>
  );
}

