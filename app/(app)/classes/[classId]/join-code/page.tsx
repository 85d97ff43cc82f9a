import type { Metadata } from "next";
import Link from "next/link";
import { QrCode } from "../qr-code";
import { formatJoinCode } from "@/lib/classes/join-code";
import { publicOrigin, joinUrl } from "@/server/classes/join-link";
import { loadTeacherClass } from "../../load";

type Props = { params: Promise<{ classId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId } = await params;
  const { found } = await loadTeacherClass(classId, `/classes/${classId}/join-code`);
  return { title: `Join code for ${found.name}`, robots: { index: false, follow: false } };
}

/** The join code for a projector or a board: readable from the back of the room. */
export default async function JoinCodePage({ params }: Props) {
  const { classId } = await params;
  const { found } = await loadTeacherClass(classId, `/classes/${classId}/join-code`);
  const url = joinUrl(publicOrigin(), found.joinCode);
  const isUsable = found.isJoinCodeEnabled && found.archivedAt === null;

  return (
    <div className="space-y-6 text-center">
      <p className="text-left">
        <Link href={`/classes/${found.id}`} className="inline-flex min-h-tap items-center text-sm text-brand underline">
          Back to {found.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold wrap-anywhere sm:text-4xl">Join {found.name}</h1>
      {isUsable ? (
        // On a wide screen (a projector) the code and the QR code sit side by side, using the full width.
        <div className="space-y-6 lg:relative lg:left-1/2 lg:grid lg:w-[calc(100vw-4rem)] lg:max-w-6xl lg:-translate-x-1/2 lg:grid-cols-[1fr_auto] lg:items-center lg:gap-12 lg:space-y-0">
          <div className="space-y-6">
            <section aria-labelledby="join-code-heading" className="space-y-2">
              <h2 id="join-code-heading" className="text-lg font-semibold text-slate-700 sm:text-2xl">
                Join code
              </h2>
              <p className="font-mono text-[clamp(2.75rem,13vw,7rem)] leading-none font-bold tracking-wider whitespace-nowrap text-slate-950 lg:text-[clamp(4rem,6vw,6.5rem)]">
                {formatJoinCode(found.joinCode)}
              </p>
            </section>
            <p className="text-lg sm:text-2xl">
              Scan the QR code, or go to <br />
              <a href={url} className="font-semibold break-all text-brand underline">
                {url}
              </a>
            </p>
            <p className="text-slate-700 sm:text-lg">Sign in or create a student account, and you are in the class.</p>
          </div>
          <QrCode url={url} className="mx-auto w-64 max-w-full border border-slate-200 p-2 sm:w-96 lg:w-[min(28rem,60vh)]" />
        </div>
      ) : (
        <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-left text-amber-950">
          <p className="font-semibold">
            {found.archivedAt ? "This class is archived, so nobody can join it." : "The join code is turned off, so nobody can join with it."}
          </p>
          <p>
            {found.archivedAt ? "Restore the class on its page to use a join code." : "Turn it on, or make a new one, on the class page."}
          </p>
        </div>
      )}
    </div>
  );
}
