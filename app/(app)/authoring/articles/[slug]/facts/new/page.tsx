import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { UserFacingError } from "@/lib/actions/result";
import { formValuesOfDraft } from "@/lib/authoring/fact-form";
import { draftOwnFact } from "@/server/authoring/facts";
import { listOwnArticles } from "@/server/authoring/articles";
import { FactForm } from "../../../../fact-form";
import { loadOwnArticle } from "../../../../load";

export const metadata: Metadata = { title: "New fact" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ start?: string; end?: string }> };

function offset(value: string | undefined): number {
  return value !== undefined && /^\d{1,7}$/.test(value) ? Number(value) : -1;
}

export default async function NewFactPage({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const { user, article } = await loadOwnArticle(slug);
  const query = await searchParams;
  const selection = { start: offset(query.start), end: offset(query.end) };
  const back = `/authoring/articles/${encodeURIComponent(slug)}`;
  let draft;
  try {
    draft = await draftOwnFact(user, slug, selection);
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    return (
      <div className="space-y-4">
        <BackLink href={back}>{article.title || "Untitled article"}</BackLink>
        <h1 className="text-2xl font-bold">New fact</h1>
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          {error.message}
        </p>
        <Link href={`${back}#text`} className="text-brand underline">
          Select words in the article again
        </Link>
      </div>
    );
  }
  // A quotation's words, for a quote: the quotation of the sentence the draft comes from.
  const sentence = article.suggestions.find((candidate) => candidate.start <= draft.evidence.start && candidate.end >= draft.evidence.start);
  const quotation = sentence?.candidates.find((candidate) => candidate.kind === "quote")?.text ?? null;
  const others = (await listOwnArticles(user)).filter((other) => other.slug !== slug).map((other) => ({ slug: other.slug, title: other.title }));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href={back}>{article.title || "Untitled article"}</BackLink>
        <h1 className="text-2xl font-bold">New fact</h1>
        <p className="text-slate-700">A draft of your selection: revise what it says and asks, preview its questions, then save it.</p>
      </header>
      <FactForm values={formValuesOfDraft(slug, draft, quotation)} otherArticles={others} />
    </div>
  );
}
