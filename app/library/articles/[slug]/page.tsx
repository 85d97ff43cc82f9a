import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { KindBadge } from "@/components/content/kind-badge";
import { ARTICLE_KIND_LABEL, formatByline } from "@/lib/content/format";
import { highlightBody, isLinkableRun } from "@/lib/content/highlight";
import type { ArticleKind } from "@/lib/content/types";
import { getArticle } from "@/server/library/get-article";
import { PageSection } from "@/components/ui/page-section";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const marks = article.evidence.map((evidence) => ({ id: String(evidence.id), factId: evidence.factId, quote: evidence.quote }));
  const paragraphs = highlightBody(article.body, marks);
  const statements = new Map(article.evidence.map((evidence) => [evidence.factId, evidence.factStatement]));
  const anchored = new Set<string>();
  const facts = [...new Map(article.evidence.map((evidence) => [evidence.factId, evidence])).values()];

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <BackLink href="/library">Library</BackLink>
        <h1 className="text-2xl font-bold">{article.title}</h1>
        {article.titleIsSupplied ? <p className="text-sm text-slate-700">The source has no headline: title supplied by the editors.</p> : null}
        {article.republishedFrom ? <p className="text-sm text-slate-700">Republished from {article.republishedFrom}, as the source says.</p> : null}
        <p className="text-slate-700">{formatByline(article)}</p>
        <p className="text-sm font-medium">{ARTICLE_KIND_LABEL[article.kind as ArticleKind] ?? article.kind}</p>
        {article.kind === "opinion" ? (
          <p className="rounded border border-fuchsia-200 bg-fuchsia-50 p-3 text-sm">
            This piece argues a point of view. Factdeck attributes its claims and opinions to their authors and never teaches them as plain
            fact.
          </p>
        ) : null}
        <p className="text-sm text-slate-700">
          Underlined sentences are the evidence for facts in Factdeck; select one to see its fact. The sentence a source link opened is
          highlighted.
        </p>
      </header>

      <div className="space-y-4 text-lg leading-relaxed">
        {paragraphs.map((runs, index) => (
          <p key={index}>
            {runs.map((run, runIndex) => {
              if (run.marks.length === 0) return <span key={runIndex}>{run.text}</span>;
              const anchors = run.marks.filter((mark) => !anchored.has(mark.id));
              anchors.forEach((mark) => anchored.add(mark.id));
              const first = run.marks[0]!;
              return (
                <span key={runIndex}>
                  {anchors.map((mark) => (
                    <span key={mark.id} id={`evidence-${mark.id}`} className="evidence-anchor scroll-mt-16" />
                  ))}
                  {isLinkableRun(run) ? (
                    <Link
                      href={`/library/facts/${first.factId}`}
                      title={run.marks.map((mark) => statements.get(mark.factId)).join(" · ")}
                      className="evidence-run rounded-sm text-inherit underline decoration-yellow-600 underline-offset-4 hover:decoration-2"
                    >
                      {run.text}
                    </Link>
                  ) : (
                    <span className="evidence-run underline decoration-yellow-600 underline-offset-4">{run.text}</span>
                  )}
                </span>
              );
            })}
          </p>
        ))}
      </div>

      <PageSection id="facts" title={<>Facts supported by this article ({facts.length})</>} className="space-y-3 border-t border-slate-200 pt-4">
        <ul className="space-y-2">
          {facts.map((evidence) => (
            <li key={evidence.factId} className="flex flex-wrap items-baseline gap-2">
              <KindBadge kind={evidence.factKind} />
              <Link href={`/library/facts/${evidence.factId}`} className="text-brand underline">
                {evidence.factStatement}
              </Link>
            </li>
          ))}
        </ul>
      </PageSection>
    </article>
  );
}
