import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { KindBadge } from "@/components/content/kind-badge";
import { SourceList } from "@/components/quiz/source-list";
import { BADGE } from "@/components/ui/badge";
import { NarrowLabel, ResponsiveRow, ResponsiveTable, TABLE_CELL } from "@/components/ui/responsive-table";
import { CONFLICT_KIND_LABEL } from "@/lib/content/format";
import { percent } from "@/lib/progress/describe";
import {
  commonWrongAnswer,
  formatFacility,
  formatIndex,
  formatPointBiserial,
  QUESTION_SORT_LABEL,
  QUESTION_SORTS,
  statisticText,
  type QuestionSort,
} from "@/lib/reports/assignment-report";
import type { ItemAnalysis } from "@/lib/reports/item-analysis";
import { itemQuestionText } from "@/lib/quiz/describe";
import { ITEM_TYPE_LABEL } from "@/lib/quiz/labels";
import type { ReportFact, ReportQuestion } from "@/server/reports/assignment-report";
import { setItemHiddenAction } from "../../actions";
import { reportSearch, type ReportQuery } from "./report-query";

const CELL = `${TABLE_CELL} sm:align-top`;
const COLUMNS = [{ label: "Question" }, { label: "Answers" }, { label: "Facility" }, { label: "Discrimination" }, { label: "Responses" }];

/** Links that reorder the table (plain links: they work without JavaScript). */
export function QuestionSortLinks({ query, path }: { query: ReportQuery; path: string }) {
  return (
    <nav aria-label="Sort questions" className="text-sm">
      <span className="mr-2 font-medium">Sort:</span>
      <ul className="inline-flex flex-wrap gap-x-3 gap-y-1">
        {QUESTION_SORTS.map((sort) => (
          <li key={sort}>
            {sort === query.sort ? (
              <span aria-current="true" className="inline-flex min-h-tap items-center font-semibold">
                {QUESTION_SORT_LABEL[sort]}
              </span>
            ) : (
              <Link href={`${path}${reportSearch({ ...query, sort })}`} className="inline-flex min-h-tap items-center text-brand underline">
                {QUESTION_SORT_LABEL[sort]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One row per question; a flagged question has a second row with each flag's reason and the facts behind it. */
/** The assignment whose questions these are, for taking one out. */
export type QuestionOwner = { classId: string; assignmentId: string };

export function QuestionsTable({ questions, sortLabel, owner }: { questions: ReportQuestion[]; sortLabel: QuestionSort; owner: QuestionOwner }) {
  return (
    <ResponsiveTable caption={`Item analysis, one row per question, ${QUESTION_SORT_LABEL[sortLabel].toLowerCase()}`} columns={COLUMNS}>
      {questions.flatMap((question) => {
        const rows = [<QuestionRow key={question.item.id} question={question} />];
        if (question.flags.length > 0) rows.push(<FlagRow key={`${question.item.id}-flags`} question={question} owner={owner} />);
        return rows;
      })}
    </ResponsiveTable>
  );
}

function QuestionRow({ question }: { question: ReportQuestion }) {
  const { item, analysis, position, flags } = question;
  return (
    <ResponsiveRow>
      <th role="rowheader" scope="row" className={`${CELL} text-left font-normal`}>
        <span className="block font-semibold wrap-anywhere">
          Q{position}. {itemQuestionText(item)}
        </span>
        <span className="block text-sm text-slate-700">{ITEM_TYPE_LABEL[item.type]}</span>
        {flags.length > 0 ? <span className={`${BADGE.warning} mt-1`}>{flags.length === 1 ? "1 flag" : `${flags.length} flags`}</span> : null}
      </th>
      <td role="cell" className={CELL}>
        <NarrowLabel>Answers</NarrowLabel>
        {analysis.n === 0 ? (
          <span className="text-slate-700">Not asked yet</span>
        ) : (
          <span className="tabular-nums">
            {analysis.correct} right of {analysis.n}
          </span>
        )}
        {analysis.answered < analysis.n ? <span className="block text-sm text-slate-700">{analysis.n - analysis.answered} left blank</span> : null}
      </td>
      <td role="cell" className={CELL}>
        <NarrowLabel>Facility</NarrowLabel>
        {statisticText(analysis.facility, formatFacility)}
      </td>
      <td role="cell" className={CELL}>
        <NarrowLabel>Discrimination</NarrowLabel>
        <Discrimination analysis={analysis} />
      </td>
      <td role="cell" className={CELL}>
        <NarrowLabel>Responses</NarrowLabel>
        <Responses analysis={analysis} />
      </td>
    </ResponsiveRow>
  );
}

function Discrimination({ analysis }: { analysis: ItemAnalysis }) {
  if (analysis.discrimination.status === "too-few") return <>{statisticText(analysis.discrimination, formatIndex)}</>;
  return (
    <>
      <span className="whitespace-nowrap">D {statisticText(analysis.discrimination, formatIndex)}</span>,{" "}
      <span className="whitespace-nowrap">E {statisticText(analysis.efficiency, formatIndex)}</span>
    </>
  );
}

function Responses({ analysis }: { analysis: ItemAnalysis }) {
  const { responses } = analysis;
  if (responses.kind === "options") {
    return (
      <ul className="space-y-1 text-sm">
        {responses.options.map((option) => (
          <li key={option.option} className="wrap-anywhere">
            <span className={option.isCorrect ? "font-semibold" : undefined}>
              {option.option}
              {option.isCorrect ? " (right answer)" : ""}
            </span>
            : {option.count} {option.count === 1 ? "student" : "students"}
            {option.share.status === "ok" ? ` (${percent(option.share.value)})` : ""}
            {option.pointBiserial.status === "ok" ? `, r ${formatPointBiserial(option.pointBiserial.value)}` : ""}
          </li>
        ))}
        {responses.unlisted > 0 ? <li>{responses.unlisted} answered an earlier version of the question</li> : null}
      </ul>
    );
  }
  if (responses.kind === "typed") {
    const wrong = commonWrongAnswer(analysis);
    return <span className="text-sm wrap-anywhere">{wrong ? `Most common wrong answer: “${wrong.text}” (${wrong.count})` : "No wrong answers typed"}</span>;
  }
  return <span className="text-sm text-slate-700">Right or wrong only</span>;
}

function FlagRow({ question, owner }: { question: ReportQuestion; owner: QuestionOwner }) {
  return (
    <tr role="row" className="block rounded-lg border border-amber-300 bg-amber-50 p-3 sm:table-row sm:rounded-none sm:border-0 sm:border-t sm:p-0">
      <td role="cell" colSpan={COLUMNS.length} className="block space-y-3 sm:table-cell sm:px-3 sm:py-3">
        <p className="font-semibold">Why Q{question.position} is flagged</p>
        <ul className="list-disc space-y-1 pl-5">
          {question.flags.map((flag) => (
            <li key={`${flag.kind}-${flag.option ?? ""}`}>{flag.reason}</li>
          ))}
        </ul>
        {question.facts.map((fact) => (
          <FactDetails key={fact.id} fact={fact} />
        ))}
        <ItemHiddenButton owner={owner} itemId={question.item.id} position={question.position} isHidden={false} />
      </td>
    </tr>
  );
}

/** The fact behind a flagged question: its kind, its voice, any conflict, and its verbatim sentences. */
function FactDetails({ fact }: { fact: ReportFact }) {
  const supporting = fact.evidence.filter((evidence) => evidence.side === null);
  const sides = [...new Set(fact.evidence.flatMap((evidence) => (evidence.side === null ? [] : [evidence.side])))];
  return (
    <div className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <p className="flex flex-wrap items-center gap-2">
        <KindBadge kind={fact.kind} />
        <span className="wrap-anywhere">
          {fact.statement}
          {fact.voice ? <span className="text-slate-700"> ({fact.voice})</span> : null}
        </span>
      </p>
      {fact.conflict ? (
        <div className="space-y-1">
          <p className="font-semibold">
            {CONFLICT_KIND_LABEL[fact.conflict.kind]}: {fact.conflict.about}
          </p>
          {fact.conflict.correction ? <p>{fact.conflict.correction}</p> : null}
          {fact.conflict.note ? <p className="text-sm">{fact.conflict.note}</p> : null}
        </div>
      ) : (
        <p className="text-sm text-slate-700">The sources agree on this fact.</p>
      )}
      <SourceList sources={supporting} />
      {sides.map((side) => {
        const quotes = fact.evidence.filter((evidence) => evidence.side === side);
        return (
          <div key={side} className="space-y-1">
            <p className="font-medium">
              “{side}”{quotes.some((evidence) => evidence.sideIsError) ? " (the error)" : ""}
            </p>
            <SourceList sources={quotes} />
          </div>
        );
      })}
    </div>
  );
}

/** Takes a question out of the assignment (or puts it back): scores are recounted without it (decision 017). */
export function ItemHiddenButton({ owner, itemId, position, isHidden }: { owner: QuestionOwner; itemId: string; position: number; isHidden: boolean }) {
  return (
    <ActionButton
      action={setItemHiddenAction}
      fields={{ ...owner, itemId, isHidden: isHidden ? "false" : "true" }}
      pendingLabel={isHidden ? "Putting it back…" : "Taking it out…"}
      variant={isHidden ? "secondary" : "danger"}
      confirm={
        isHidden
          ? undefined
          : {
              question: `Take Q${position} out of this assignment? New attempts will not ask it, and every score is counted again without it. Students' answers are kept.`,
              confirmLabel: `Yes, take Q${position} out`,
            }
      }
    >
      {isHidden ? `Put Q${position} back` : `Take Q${position} out of the assignment`}
    </ActionButton>
  );
}
