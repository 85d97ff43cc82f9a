import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { requireTeacherUser } from "@/server/auth/session";
import { AddArticleForm } from "./add-article-form";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requireTeacherUser("/authoring/articles/new");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href="/authoring">Your articles and sets</BackLink>
        <h1 className="text-2xl font-bold">Add an article</h1>
        <p className="text-slate-700">
          Paste the article’s text (or a web page’s HTML: Factdeck keeps only the article) or upload a Word document or a text file. The text is stored as the
          source: every quote is checked against it, word for word.
        </p>
      </header>
      <AddArticleForm />
    </div>
  );
}
