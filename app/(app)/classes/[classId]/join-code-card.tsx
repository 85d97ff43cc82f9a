import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { QrCode } from "./qr-code";
import { formatJoinCode } from "@/lib/classes/join-code";
import { regenerateJoinCodeAction, setJoinCodeEnabledAction } from "./actions";

type Props = { classId: string; joinCode: string; isEnabled: boolean; isArchived: boolean; joinUrl: string };

/** The class's join code with its link and QR code, and the controls to replace it or turn it off. */
export function JoinCodeCard({ classId, joinCode, isEnabled, isArchived, joinUrl }: Props) {
  const code = formatJoinCode(joinCode);
  const isUsable = isEnabled && !isArchived;
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      {isArchived ? (
        <p className="rounded bg-slate-100 p-3">This class is archived, so nobody can join it. Restore it to use the join code again.</p>
      ) : null}
      {!isArchived && !isEnabled ? (
        <p className="rounded bg-amber-50 p-3 text-amber-900">
          The join code is turned off: nobody can join with it. Students already in the class are not affected.
        </p>
      ) : null}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <div className="min-w-0 flex-1 space-y-2">
          <p className={`font-mono text-4xl font-bold tracking-widest ${isUsable ? "text-slate-900" : "text-slate-500 line-through"}`}>
            {code}
          </p>
          {isUsable ? (
            <>
              <p className="text-sm text-slate-700">
                Students open{" "}
                <a href={joinUrl} className="break-all font-medium text-brand underline">
                  {joinUrl}
                </a>{" "}
                or scan the QR code, then sign in or create an account.
              </p>
              <p>
                <Link
                  href={`/classes/${classId}/join-code`}
                  className="inline-flex min-h-tap items-center font-medium text-brand underline underline-offset-2"
                >
                  Show the join code for projecting
                </Link>
              </p>
            </>
          ) : null}
        </div>
        {isUsable ? <QrCode url={joinUrl} className="w-40 shrink-0 self-start border border-slate-200 sm:self-center" /> : null}
      </div>
      {isArchived ? null : (
        <div className="flex flex-wrap items-start gap-2">
          <ActionButton
            action={regenerateJoinCodeAction}
            fields={{ classId }}
            pendingLabel="Making a new code…"
            confirm={{
              question: `Make a new join code? The code ${code} stops working at once.`,
              confirmLabel: "Make a new code",
            }}
          >
            New join code
          </ActionButton>
          <ActionButton
            action={setJoinCodeEnabledAction}
            fields={{ classId, isEnabled: String(!isEnabled) }}
            pendingLabel={isEnabled ? "Turning it off…" : "Turning it on…"}
          >
            {isEnabled ? "Turn join code off" : "Turn join code on"}
          </ActionButton>
        </div>
      )}
    </div>
  );
}
