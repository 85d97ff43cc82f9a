import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { BADGE } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { PageSection } from "@/components/ui/page-section";
import { listTeacherClasses } from "@/server/classes/list-classes";
import { publishSetAction, unshareSetAction } from "../../actions";
import { ItemReview } from "../../item-review";
import { loadTeacherSet } from "../../load";
import { ShareForm } from "./share-form";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { set } = await loadTeacherSet(decodeURIComponent((await params).slug));
  return { title: set.title };
}

export default async function TeacherSetPage({ params }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const { user, set } = await loadTeacherSet(slug);
  const classes = (await listTeacherClasses(user)).filter((row) => row.archivedAt === null);
  const canAssign = set.publishedAt !== null;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <BackLink href="/authoring">Your articles and sets</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">{set.title}</h1>
        <p className="text-slate-700">{set.description}</p>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          {set.publishedAt ? <span className={BADGE.success}>Published</span> : <span className={BADGE.neutral}>Draft</span>}
          <span>
            {set.items.length} {set.items.length === 1 ? "question" : "questions"}
          </span>
          {set.isOwn ? null : <span>· shared with you by {set.ownerName}: you can read and assign it, not edit it</span>}
        </p>
      </header>

      {set.isOwn && !set.publishedAt ? (
        <PageSection id="publish" title="Publish">
          <p className="text-sm text-slate-700">A draft cannot be assigned or shared. Once published, the set follows your later edits of its facts.</p>
          <ActionButton action={publishSetAction} fields={{ setSlug: set.slug }} variant="primary" pendingLabel="Publishing…" confirm={{ question: "Publish this set?", confirmLabel: "Publish" }}>
            Publish the set
          </ActionButton>
        </PageSection>
      ) : null}

      {canAssign ? (
        <PageSection id="assign" title="Assign it to a class">
          {classes.length === 0 ? (
            <p>
              You have no class to assign it to. <Link href="/classes" className="text-brand underline">Create a class</Link> first.
            </p>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {classes.map((row) => (
                <li key={row.id}>
                  <Link href={`/classes/${row.id}/assignments/new?set=${encodeURIComponent(set.slug)}`} className={buttonClass("primary")} aria-label={`Assign “${set.title}” to ${row.name}`}>
                    Assign to {row.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </PageSection>
      ) : null}

      {set.isOwn && set.publishedAt ? (
        <PageSection id="share" title="Share with another teacher">
          <p className="text-sm text-slate-700">They can read and assign it, not edit it. Assignments they made keep their questions if you stop sharing.</p>
          <ShareForm setSlug={set.slug} />
          {set.sharedWith.length > 0 ? (
            <ul className="space-y-2">
              {set.sharedWith.map((teacher) => (
                <li key={teacher.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white p-3">
                  <span>
                    {teacher.name} <span className="text-sm text-slate-600">({teacher.username})</span>
                  </span>
                  <ActionButton action={unshareSetAction} fields={{ setSlug: set.slug, teacherId: teacher.id }} pendingLabel="Stopping…" ariaLabel={`Stop sharing with ${teacher.name}`}>
                    Stop sharing
                  </ActionButton>
                </li>
              ))}
            </ul>
          ) : null}
        </PageSection>
      ) : null}

      <PageSection id="questions" title="Questions">
        {set.items.length === 0 ? (
          <p>No questions: its facts have none now.</p>
        ) : (
          <ol className="space-y-2">
            {set.items.map((item) => (
              <li key={item.id}>
                <ItemReview item={item} isReadOnly={!set.isOwn} />
              </li>
            ))}
          </ol>
        )}
      </PageSection>
    </div>
  );
}
