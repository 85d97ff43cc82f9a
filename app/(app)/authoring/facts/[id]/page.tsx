import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { BackLink } from "@/components/ui/back-link";
import { PageSection } from "@/components/ui/page-section";
import { formValuesOf } from "@/lib/authoring/fact-form";
import { listOwnArticles } from "@/server/authoring/articles";
import { deleteFactAction } from "../../actions";
import { FactForm } from "../../fact-form";
import { loadOwnFact } from "../../load";

export const metadata: Metadata = { title: "Edit the fact" };

type Props = { params: Promise<{ id: string }> };

export default async function EditFactPage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  const { user, fact } = await loadOwnFact(id);
  const values = formValuesOf(fact.authored);
  const articles = await listOwnArticles(user);
  const article = articles.find((candidate) => candidate.slug === values.article);
  const back = `/authoring/articles/${encodeURIComponent(values.article)}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href={`${back}#facts`}>{article?.title || "Untitled article"}</BackLink>
        <h1 className="text-2xl font-bold">Edit the fact</h1>
        <p className="text-slate-700">
          Students who study it keep their progress: a question that does not change keeps its cards, and a corrected answer brings their cards back for review.
        </p>
      </header>
      <FactForm values={values} factId={fact.id} otherArticles={articles.filter((other) => other.slug !== values.article).map((other) => ({ slug: other.slug, title: other.title }))} />
      <PageSection id="delete" title="Delete the fact">
        <p className="text-sm text-slate-700">Its questions are retired; students keep their progress on them.</p>
        <ActionButton action={deleteFactAction} fields={{ factId: fact.id, article: values.article }} pendingLabel="Deleting…" confirm={{ question: "Delete this fact and retire its questions?", confirmLabel: "Delete" }}>
          Delete the fact
        </ActionButton>
      </PageSection>
    </div>
  );
}
