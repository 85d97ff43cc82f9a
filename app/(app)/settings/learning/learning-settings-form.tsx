"use client";

import { useState, type ChangeEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { MAX_RETENTION, MIN_RETENTION } from "@/lib/srs/scheduler";
import { DAILY_LIMITS, type LearnerSettingsInput } from "@/lib/srs/settings";
import { saveLearnerSettingsAction } from "./actions";

export function LearningSettingsForm({ initial }: { initial: LearnerSettingsInput }) {
  const [retention, setRetention] = useState(initial.desiredRetention.toFixed(2));
  const { result, error, fieldErrors, isPending, onSubmit } = useActionForm(saveLearnerSettingsAction);
  const retentionErrors = fieldErrors?.desiredRetention;
  // The slider and the number box show and change one value.
  const retentionInput = {
    min: MIN_RETENTION,
    max: MAX_RETENTION,
    step: 0.01,
    value: retention,
    onChange: (event: ChangeEvent<HTMLInputElement>) => setRetention(event.target.value),
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Learning settings" className="max-w-md space-y-5">
      <FormAlert message={error} />
      <p role="status" className={result?.ok ? "rounded border border-green-300 bg-green-50 p-3 text-green-900" : "sr-only"}>
        {result?.ok ? "Settings saved." : ""}
      </p>
      <div className="space-y-1">
        <label htmlFor="field-desiredRetention" className="block font-medium">
          Desired retention
        </label>
        <p id="retention-hint" className="text-sm text-slate-600">
          How likely you want to be to remember a card when it comes back, from 0.70 to 0.97. Higher means more reviews; 0.90 suits most
          people. At 0.95 you review more than twice as often as at 0.90.
        </p>
        <div className="flex items-center gap-3">
          <input
            type="range"
            {...retentionInput}
            aria-label="Desired retention (slider)"
            aria-describedby="retention-hint"
            className="min-h-tap flex-1"
          />
          <input
            id="field-desiredRetention"
            name="desiredRetention"
            type="number"
            inputMode="decimal"
            {...retentionInput}
            aria-invalid={retentionErrors ? true : undefined}
            aria-describedby={["retention-hint", retentionErrors ? "retention-error" : ""].filter(Boolean).join(" ")}
            className="block min-h-tap w-24 rounded border border-slate-400 bg-white px-3 text-base aria-invalid:border-red-700"
          />
        </div>
        {retentionErrors ? (
          <p id="retention-error" className="text-sm font-medium text-red-700">
            {retentionErrors.join(" ")}
          </p>
        ) : null}
      </div>
      {(["newCardsPerDay", "maxReviewsPerDay"] as const).map((name) => (
        <TextField
          key={name}
          name={name}
          label={DAILY_LIMITS[name].label}
          hint={DAILY_LIMITS[name].hint}
          type="number"
          inputMode="numeric"
          min={DAILY_LIMITS[name].min}
          max={DAILY_LIMITS[name].max}
          defaultValue={initial[name]}
          errors={fieldErrors?.[name]}
        />
      ))}
      <SubmitButton isPending={isPending} pendingLabel="Saving…">
        Save settings
      </SubmitButton>
    </form>
  );
}
