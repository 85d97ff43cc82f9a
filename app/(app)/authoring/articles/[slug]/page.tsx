import type { Metadata } from "next";
import Link from "next/link";
import { KindBadge } from "@/components/content/kind-badge";
import { ActionButton } from "@/components/ui/action-button";
import { BADGE } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { PageSection } from "@/components/ui/page-section";
import { ARTICLE_KIND_LABEL, formatPublished } from "@/lib/content/format";
import type { ArticleKind } from "@/lib/content/types";
import { listOwnFacts, listRejectedItems } from "@/server/authoring/facts";
import { listTeacherSets } from "@/server/authoring/sets";
import { deleteArticleAction, publishSetAction, restoreItemAction } from "../../actions";
import { loadOwnArticle } from "../../load";
import { ItemReview } from "../../item-review";
import { SelectableText } from "./selectable-text";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** How many of the ranked sentences the page proposes. */
const SUGGESTIONS_SHOWN = 12;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await loadOwnArticle(decodeURIComponent((await params).slug));
  return { title: article.title || "Untitled article" };
}

function numberParam(value: string | string[] | undefined): number | null {
  return typeof value === "string" && /^\d+$/.test(value) ? Number(value) : null;
}

function students(count: number): string {
  return `${count} ${count === 1 ? "student’s" : "students’"}`;
}

export default async function OwnArticlePage({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const { user, article } = await loadOwnArticle(slug);
  const query = await searchParams;
  const [facts, rejected, sets] = await Promise.all([listOwnFacts(user, { articleSlug: slug }), listRejectedItems(user), listTeacherSets(user)]);
  const set = sets.find((candidate) => candidate.slug === `article:${slug}`);
  const factIds = new Set(facts.map((fact) => fact.id));
  const rejectedHere = rejected.filter((item) => item.factIds.some((id) => factIds.has(id)));
  const quoted = new Set(facts.map((fact) => String((fact.authored.evidence as { quote?: string }[] | undefined)?.[0]?.quote ?? "")));
  const suggestions = article.suggestions.filter((sentence) => sentence.score > 0 && sentence.candidates.length > 0).slice(0, SUGGESTIONS_SHOWN);
  const draftHref = `/authoring/articles/${encodeURIComponent(slug)}/facts/new`;
  const affected = numberParam(query.affected);
  const corrected = numberParam(query.corrected);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <BackLink href="/authoring">Your articles and sets</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">{article.title || "Untitled article"}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt className="font-semibold">Outlet</dt>
          <dd>{article.outlet ?? "not stated"}</dd>
          <dt className="font-semibold">Author</dt>
          <dd>{article.author ?? "not stated"}</dd>
          <dt className="font-semibold">Published</dt>
          <dd>{article.published === null ? "not stated" : formatPublished(article.published)}</dd>
          <dt className="font-semibold">Kind</dt>
          <dd>{article.kind ? ARTICLE_KIND_LABEL[article.kind as ArticleKind] : "not stated"}</dd>
        </dl>
      </header>

      {query.saved || query.deleted ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3">
          {query.saved ? "The fact is saved and its questions are made." : "The fact is deleted; its questions are retired (learners keep their progress)."}
          {affected ? ` ${students(affected)} cards are affected.` : ""}
          {corrected ? ` ${corrected} ${corrected === 1 ? "card comes" : "cards come"} back for review with the corrected answer.` : ""}
        </p>
      ) : null}

      <PageSection id="suggestions" title="Suggested sentences">
        <p className="text-sm text-slate-700">
          The sentences most worth asking, with what each could ask for. Nothing becomes a fact until you use it and save it. Opinions and claims stay opinions
          and claims, with who holds them.
        </p>
        {suggestions.length === 0 ? (
          <p>No sentence names a person, place, number or date to ask for: select words in the text below.</p>
        ) : (
          <ol className="space-y-3">
            {suggestions.map((sentence) => (
              <li key={sentence.index} className="space-y-2 rounded border border-slate-200 bg-white p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <KindBadge kind={sentence.kind} />
                  {sentence.cue ? <span className="text-xs text-slate-600">“{sentence.cue}”</span> : null}
                  {quoted.has(sentence.text) ? <span className={BADGE.success}>Used</span> : null}
                </div>
                <p>{sentence.text}</p>
                <div className="flex flex-wrap gap-2">
                  <Link href={`${draftHref}?start=${sentence.start}&end=${sentence.end}`} className={buttonClass("primary")} aria-label={`Use the sentence “${sentence.text}”`}>
                    Use this sentence
                  </Link>
                  {sentence.candidates
                    .filter((candidate) => candidate.kind !== "quote")
                    .map((candidate) => (
                      <Link key={`${candidate.start}-${candidate.end}`} href={`${draftHref}?start=${candidate.start}&end=${candidate.end}`} className={buttonClass("secondary")}>
                        Ask for “{candidate.text}”
                      </Link>
                    ))}
                </div>
              </li>
            ))}
          </ol>
        )}
      </PageSection>

      <PageSection id="text" title="The article’s text">
        <SelectableText body={article.body} draftHref={draftHref} />
      </PageSection>

      <PageSection id="facts" title={`Your facts from this article (${facts.length})`}>
        {facts.length === 0 ? (
          <p>No fact yet: use a suggested sentence or select words in the text.</p>
        ) : (
          <ol className="space-y-4">
            {facts.map((fact) => (
              <li key={fact.id} className="space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <KindBadge kind={fact.kind} />
                  <Link href={`/authoring/facts/${encodeURIComponent(fact.id)}`} className="inline-flex min-h-tap items-center text-brand underline" aria-label={`Edit the fact “${fact.statement}”`}>
                    Edit
                  </Link>
                </div>
                <p className="font-medium">{fact.statement}</p>
                {fact.items.length === 0 ? (
                  <p className="text-sm text-amber-900">No question: open the fact and preview it to see why.</p>
                ) : (
                  <ul className="space-y-2">
                    {fact.items.map((item) => (
                      <li key={item.id}>
                        <ItemReview item={item} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
        {rejectedHere.length > 0 ? (
          <details className="space-y-2">
            <summary className="inline-flex min-h-tap cursor-pointer items-center text-brand underline">Rejected questions ({rejectedHere.length})</summary>
            <ul className="space-y-2">
              {rejectedHere.map((item) => (
                <li key={item.itemId} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white p-3">
                  <span>{item.prompt}</span>
                  <ActionButton action={restoreItemAction} fields={{ itemId: item.itemId }} pendingLabel="Restoring…" ariaLabel={`Restore the question “${item.prompt}”`}>
                    Restore
                  </ActionButton>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </PageSection>

      <PageSection id="set" title="This article’s set">
        {set ? (
          <div className="space-y-2">
            <p>
              <Link href={`/authoring/sets/${encodeURIComponent(set.slug)}`} className="font-semibold text-brand underline">
                {set.title}
              </Link>{" "}
              · {set.itemCount} {set.itemCount === 1 ? "question" : "questions"} ·{" "}
              {set.publishedAt ? <span className={BADGE.success}>Published</span> : <span className={BADGE.neutral}>Draft</span>}
            </p>
            {set.publishedAt ? (
              <Link href={`/authoring/sets/${encodeURIComponent(set.slug)}#assign`} className={buttonClass("primary")}>
                Assign or share it
              </Link>
            ) : (
              <ActionButton action={publishSetAction} fields={{ setSlug: set.slug }} variant="primary" pendingLabel="Publishing…" confirm={{ question: "Publish this set? You can then assign it and share it; it follows your later edits.", confirmLabel: "Publish" }}>
                Publish the set
              </ActionButton>
            )}
          </div>
        ) : (
          <p>The set appears once a fact of this article has a question.</p>
        )}
      </PageSection>

      <PageSection id="delete" title="Delete the article">
        <p className="text-sm text-slate-700">Its facts go with it; their questions are retired, and students keep their progress on them.</p>
        <ActionButton
          action={deleteArticleAction}
          fields={{ slug }}
          pendingLabel="Deleting…"
          confirm={{ question: `Delete this article and its ${facts.length} ${facts.length === 1 ? "fact" : "facts"}?`, confirmLabel: "Delete" }}
        >
          Delete the article
        </ActionButton>
      </PageSection>
    </div>
  );
}
