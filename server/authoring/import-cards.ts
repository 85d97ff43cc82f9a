import "server-only";
import { createHash } from "node:crypto";
import { UserFacingError } from "@/lib/actions/result";
import { cardFact, cardImportTitle, CARD_LINE_SEPARATOR } from "@/lib/authoring/card-facts";
import { MAX_IMPORT_BYTES, parseCardRows, type Delimiter, type RowProblem } from "@/lib/authoring/csv-import";
import type { SessionUser } from "@/server/auth/session";
import { requireTeacher } from "@/server/classes/access";
import { inTransaction } from "@/server/db/transaction";
import { authoredArticleSlug } from "./articles";
import { authoredFactId } from "./facts";
import { applyOwnContent, generateOwn, readOwnContent } from "./own-bank";

export type CardImportReport = {
  /** The set the good rows made (one per import), a draft until published. */
  setSlug: string | null;
  imported: number;
  /** Rows that did not import, by line, each a sentence naming its line. */
  problems: RowProblem[];
};

/** A large import runs for seconds: it gets longer than a form's transaction. */
const IMPORT_TIMEOUT_MS = 60_000;

/**
 * Imports a file of cards (CSV or TSV; Quizlet's and Anki's exports) as a set
 * of the acting teacher's: the rows become an article (one line per row),
 * each row a fact with a typed answer and its own line as its source, and
 * the article's set holds their questions. Bad rows are reported by line
 * number and left out; the good rows import together in one transaction,
 * or, when none does, nothing is written.
 */
export async function importCards(
  actor: SessionUser,
  input: { fileName: string; text: string; title?: string; delimiter?: Delimiter },
  now = new Date(),
): Promise<CardImportReport> {
  requireTeacher(actor);
  if (Buffer.byteLength(input.text, "utf8") > MAX_IMPORT_BYTES) {
    throw new UserFacingError(`The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files.`, "file");
  }
  const parsed = parseCardRows(input.text, input.delimiter ? { delimiter: input.delimiter } : {});
  const problems: RowProblem[] = [...parsed.problems];
  if (parsed.rows.length === 0) {
    throw new UserFacingError(problems.length > 0 ? `Nothing was imported: ${problems.slice(0, 5).map((problem) => problem.message).join(" ")}` : "The file has no rows to import.", "file");
  }
  const slug = authoredArticleSlug();
  const rows = parsed.rows.map((row) => ({ ...row, id: authoredFactId(), quote: `${row.term}${CARD_LINE_SEPARATOR}${row.definition}` }));
  const body = rows.map((row) => row.quote).join("\n");
  const title = cardImportTitle(input.title, input.fileName);

  return inTransaction(
    async (tx) => {
      await tx.article.create({
        data: {
          slug,
          ownerId: actor.id,
          title,
          outlet: null,
          author: null,
          published: null,
          kind: null,
          citedAs: `“${title}”`,
          hash: createHash("sha256").update(body).digest("hex"),
          body,
          importedFrom: input.fileName.slice(0, 200),
          createdAt: now,
        },
      });
      const content = await readOwnContent(tx, actor.id);
      const lineOf = new Map(rows.map((row) => [row.id, row.line]));
      const refused = new Map<string, string>();
      const made: { id: string; authored: unknown }[] = [];
      for (const row of rows) {
        const fact = cardFact(row, slug, row.id);
        if ("error" in fact) refused.set(row.id, String(fact.error));
        else made.push({ id: row.id, authored: fact });
      }
      const withRows = { ...content, facts: [...content.facts, ...made] };
      const generation = generateOwn(withRows);
      // A row the content rules refuse, or that yields no question, is reported by its line and left out.
      for (const problem of [...generation.problems, ...generation.gate]) {
        if (lineOf.has(problem.factId) && !refused.has(problem.factId)) refused.set(problem.factId, problem.message);
      }
      if (generation.problems.some((problem) => !lineOf.has(problem.factId))) {
        throw new UserFacingError("Your other facts have a problem to fix first: open them from Your articles.", "file");
      }
      for (const [factId, message] of refused) problems.push({ line: lineOf.get(factId)!, message: `Line ${lineOf.get(factId)}: ${message}.` });
      const kept = rows.filter((row) => !refused.has(row.id));
      if (kept.length === 0) throw new UserFacingError(`Nothing was imported: ${problems.slice(0, 5).map((problem) => problem.message).join(" ")}`, "file");
      const keptIds = new Set(kept.map((row) => row.id));
      const final = { ...withRows, facts: withRows.facts.filter((fact) => !lineOf.has(fact.id) || keptIds.has(fact.id)) };
      const finalGeneration = {
        ...generation,
        facts: generation.facts.filter((fact) => !lineOf.has(fact.id) || keptIds.has(fact.id)),
        problems: [],
      };
      await applyOwnContent(tx, final, [], now, finalGeneration);
      const set = await tx.itemSet.findFirst({ where: { slug: `article:${slug}`, ownerId: actor.id }, select: { slug: true } });
      return { setSlug: set?.slug ?? null, imported: kept.length, problems: problems.sort((a, b) => a.line - b.line) };
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
}
