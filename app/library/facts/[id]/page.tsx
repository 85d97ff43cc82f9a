import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { KindBadge } from "@/components/content/kind-badge";
import { CONFLICT_KIND_LABEL, formatByline, formatTitle, quoted } from "@/lib/content/format";
import { ItemSummary } from "@/components/content/item-summary";
import { answerText, itemAnswerText } from "@/lib/quiz/describe";
import { getFact, type FactSource } from "@/server/library/get-fact";
import { formatIsoDate } from "@/lib/time/iso-date";
import { PageSection } from "@/components/ui/page-section";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const fact = await getFact((await params).id);
  return { title: fact ? `Fact: ${fact.question}` : "Fact not found" };
}

const ATTRIBUTION_LABEL: Record<string, string> = { claim: "Claimed by", quote: "Said by", opinion: "Held by" };

function SourceQuote({ source }: { source: FactSource }) {
  return (
    <figure className="rounded border-l-4 border-yellow-400 bg-white p-3">
      <blockquote className="italic">{quoted(source.quote)}</blockquote>
      <figcaption className="mt-1 text-sm text-slate-700">
        {/* A plain link, loading the page: only then does the browser mark #evidence-N as :target, which highlights that sentence. */}
        <a href={`/library/articles/${source.article.slug}#evidence-${source.evidenceId}`} className="inline-flex min-h-tap items-center text-brand underline">
          {formatByline(source.article)}: “{formatTitle(source.article)}”
        </a>
      </figcaption>
    </figure>
  );
}

export default async function FactPage({ params }: Props) {
  const fact = await getFact((await params).id);
  if (!fact) notFound();
  const support = fact.sources.filter((source) => source.side === null);
  const outlets = new Set(support.map((source) => source.article.slug));
  const sides = [...new Set(fact.sources.filter((source) => source.side !== null).map((source) => source.side!))];
  const errorSides = new Set(fact.sources.filter((source) => source.sideIsError).map((source) => source.side));
  const conflictLabel = CONFLICT_KIND_LABEL[fact.conflictKind ?? "disagreement"];

  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <BackLink href="/library">Library</BackLink>
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={fact.kind} />
          {fact.voice ? (
            <span className="text-sm text-slate-700">
              {ATTRIBUTION_LABEL[fact.kind] ?? "From"} {fact.voice}
            </span>
          ) : null}
        </div>
        <h1 className="text-2xl font-bold">{fact.statement}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-slate-800">
          <dt className="font-medium">Question</dt>
          <dd>{fact.question}</dd>
          <dt className="font-medium">Answer</dt>
          <dd>{answerText(fact.answer)}</dd>
          {fact.timelineDate ? (
            <>
              <dt className="font-medium">When</dt>
              <dd>
                {formatIsoDate(fact.timelineDate)}: {fact.timelineEvent}
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      <PageSection id="sources" title="Sources">
        <p className="font-medium">
          {support.length === 1
            ? "Supported by one article."
            : `Supported by ${support.length} quotes from ${outlets.size} ${outlets.size === 1 ? "article" : "different articles"}.`}
        </p>
        <div className="space-y-2">
          {support.map((source) => (
            <SourceQuote key={source.evidenceId} source={source} />
          ))}
        </div>
      </PageSection>

      {fact.conflictAbout ? (
        <PageSection id="conflict" title={<>{conflictLabel}: {fact.conflictAbout}</>} className="space-y-3 rounded-lg border border-orange-300 bg-orange-50 p-4">
          {fact.conflictKind === "source-error" ? (
            <p>
              <span className="font-semibold">Correction:</span> {fact.conflictCorrection}
            </p>
          ) : (
            <p>The articles cannot settle this, so Factdeck does not pick a side. Here is what each source says.</p>
          )}
          {fact.conflictNote ? <p className="text-sm">{fact.conflictNote}</p> : null}
          {sides.map((side) => (
            <div key={side} className="space-y-2">
              <h3 className="font-semibold">
                “{side}”{errorSides.has(side) ? " (the error)" : ""}
              </h3>
              {fact.sources
                .filter((source) => source.side === side)
                .map((source) => (
                  <SourceQuote key={source.evidenceId} source={source} />
                ))}
            </div>
          ))}
        </PageSection>
      ) : null}

      <PageSection id="items" title={<>Questions made from this fact ({fact.items.length})</>}>
        {fact.kind === "opinion" ? <p className="text-sm">An opinion is only ever asked about as “whose view is it”, never as right or wrong.</p> : null}
        <ul className="space-y-2">
          {fact.items.map((item) => (
            <li key={item.id} className="rounded border border-slate-200 bg-white p-3">
              <ItemSummary item={item}>
                <p className="text-sm text-slate-700">
                  <span className="font-medium">Answer:</span> {itemAnswerText(item)}
                </p>
              </ItemSummary>
            </li>
          ))}
        </ul>
      </PageSection>
    </article>
  );
}
