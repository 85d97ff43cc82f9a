import type { Metadata } from "next";
import Link from "next/link";
import { ARTICLE_KIND_LABEL, formatByline, formatTitle } from "@/lib/content/format";
import type { ArticleKind } from "@/lib/content/types";
import { listLibrary } from "@/server/library/list-library";
import { PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Library" };

const SET_GROUPS = [
  { kind: "all", title: "Everything" },
  { kind: "article", title: "By article" },
  { kind: "topic", title: "By topic" },
] as const;

export default async function LibraryPage() {
  const { articles, sets } = await listLibrary();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Library</h1>
        <p className="text-slate-700">
          The articles Factdeck’s questions come from, and the sets of questions made from them. Every question is tied to the exact
          sentences that support it.
        </p>
      </header>

      <PageSection id="articles" title="Articles">
        {articles.length === 0 ? <p>No articles have been loaded yet.</p> : null}
        <ul className="space-y-3">
          {articles.map((article) => (
            <li key={article.slug} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`/library/articles/${article.slug}`} className="text-lg font-semibold text-brand underline-offset-2 hover:underline">
                {formatTitle(article)}
              </Link>
              <p className="text-sm text-slate-700">{formatByline(article)}</p>
              <p className="mt-1 text-sm">
                <span className="font-medium">{ARTICLE_KIND_LABEL[article.kind as ArticleKind] ?? article.kind}</span> ·{" "}
                {article.factCount} {article.factCount === 1 ? "fact" : "facts"}
              </p>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="sets" title="Sets" className="space-y-4">
        {SET_GROUPS.map((group) => {
          const inGroup = sets.filter((set) => set.kind === group.kind);
          if (inGroup.length === 0) return null;
          return (
            <div key={group.kind} className="space-y-2">
              <h3 className="font-semibold text-slate-800">{group.title}</h3>
              <ul className="grid gap-2 sm:grid-cols-2">
                {inGroup.map((set) => (
                  <li key={set.slug}>
                    <Link
                      href={`/library/sets/${encodeURIComponent(set.slug)}`}
                      className="flex min-h-tap flex-col rounded-lg border border-slate-200 bg-white p-3 hover:border-brand"
                    >
                      <span className="font-medium text-brand">{set.title}</span>
                      <span className="text-sm text-slate-700">
                        {set.itemCount} {set.itemCount === 1 ? "question" : "questions"}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </PageSection>
    </div>
  );
}
