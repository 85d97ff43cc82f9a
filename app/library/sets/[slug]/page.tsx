import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { startPracticeAction } from "@/app/(app)/quiz/actions";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { ExportLinks } from "@/components/content/export-links";
import { ItemSummary } from "@/components/content/item-summary";
import { PageSection } from "@/components/ui/page-section";
import { ITEM_TYPE_LABEL } from "@/lib/quiz/labels";
import { ITEM_TYPES } from "@/lib/quiz/types";
import { currentUser } from "@/server/auth/session";
import { getSet } from "@/server/library/get-set";
import { StudySetButton } from "./study-set-button";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const set = await getSet(decodeURIComponent((await params).slug));
  return { title: set?.title ?? "Set not found" };
}

export default async function SetPage({ params }: Props) {
  const [set, user] = await Promise.all([getSet(decodeURIComponent((await params).slug)), currentUser()]);
  if (!set) notFound();
  const perType = ITEM_TYPES.map((type) => [type, set.items.filter((item) => item.type === type).length] as const).filter(([, n]) => n > 0);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href="/library">Library</BackLink>
        <h1 className="text-2xl font-bold">{set.title}</h1>
        <p className="text-slate-700">{set.description}</p>
        <p className="text-sm">
          {set.items.length} questions: {perType.map(([type, n]) => `${n} ${ITEM_TYPE_LABEL[type].toLowerCase()}`).join(", ")}.
        </p>
        {user ? <StudySetButton setSlug={set.slug} /> : null}
        {user && set.items.length > 0 ? (
          <div className="sm:max-w-xs">
            <StartQuizButton action={startPracticeAction} name="setSlug" value={set.slug} label="Practice this set" />
          </div>
        ) : null}
      </header>
      <ol className="space-y-2">
        {set.items.map((item) => (
          <li key={item.id} className="rounded border border-slate-200 bg-white p-3">
            <ItemSummary item={item}>
              <p className="mt-1 text-sm text-slate-700">{item.factIds.length === 1 ? "From the fact:" : "From the facts:"}</p>
              <ul className="text-sm">
                {item.factIds.map((factId) => (
                  <li key={factId}>
                    <Link href={`/library/facts/${encodeURIComponent(factId)}`} className="inline-flex min-h-tap items-center text-brand underline">
                      {set.factStatements[factId] ?? "This fact"}
                    </Link>
                  </li>
                ))}
              </ul>
            </ItemSummary>
          </li>
        ))}
      </ol>
      {set.items.length > 0 ? (
        <PageSection id="export" title="Download the questions">
          <ExportLinks hrefOf={(format) => `/library/sets/${encodeURIComponent(set.slug)}/export/${format}`} />
        </PageSection>
      ) : null}
    </div>
  );
}
