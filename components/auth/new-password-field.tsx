import { TextField } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/users/limits";

/** The field where a person chooses a password, with the length rule beside it. */
export function NewPasswordField({ label, errors }: { label: string; errors?: string[] }) {
  return (
    <TextField
      name="password"
      type="password"
      label={label}
      hint={`At least ${PASSWORD_MIN} characters, and not a common password or your username.`}
      autoComplete="new-password"
      required
      errors={errors}
    />
  );
}
