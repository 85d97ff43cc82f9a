/** The form-level message, announced to screen readers when it appears. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  return (
    <div role="alert" aria-live="assertive" className={message ? "rounded border border-red-300 bg-red-50 p-3 text-red-800" : "sr-only"}>
      {message ?? ""}
    </div>
  );
}
