// The review sheet: every generated item with what a human editor needs to
// judge it (question, options and answer, explanation, the source sentences
// with their provenance, the editors' verdict so far), as Markdown, grouped
// by fact file in bank order. `npm run content -- review` writes it.
import type { ContentBank, Review } from "@/lib/content/types";
import { formatByline, formatTitle } from "@/lib/content/format";
import { ITEM_TYPE_LABEL } from "@/lib/quiz/labels";
import { itemAnswerText } from "@/lib/quiz/describe";
import { CLOZE_GAP, isChoiceItem, type Item } from "@/lib/quiz/types";

export function reviewSheet(bank: ContentBank, items: Item[]): string {
  const verdicts = new Map<string, Review>(bank.reviews.map((review) => [review.item, review]));
  const facts = new Map(bank.facts.map((fact) => [fact.id, fact]));
  const lines = [
    "# Review sheet",
    "",
    `${items.length} items from ${bank.facts.length} facts and ${bank.articles.length} articles. Record a verdict in content/review.yaml:`,
    "",
    "```yaml",
    "- item: <id>",
    "  verdict: approve   # or reject: a rejected item never ships",
    "  reason: <why>",
    "```",
    "",
  ];
  let file = "";
  for (const item of items) {
    const fact = facts.get(item.factIds[0] ?? "");
    const where = fact ? `${fact.source.file}:${fact.source.line}` : "entities and timelines";
    const group = fact ? fact.source.file : "Items of several facts";
    if (group !== file) {
      file = group;
      lines.push(`## ${group}`, "");
    }
    lines.push(`### ${item.id} · ${ITEM_TYPE_LABEL[item.type]} · difficulty ${item.difficulty}`, "");
    lines.push(`- From: ${item.factIds.length > 0 ? item.factIds.join(", ") : "entities"} (${where}), ${item.factKind}`);
    lines.push(`- Question: ${questionLine(item)}`);
    if ("options" in item) lines.push(`- Options: ${item.options.map((option) => (isKey(item, option) ? `**${option}**` : option)).join(" · ")}`);
    if (item.type === "matching" && item.extras.length > 0) lines.push(`- Extra responses: ${item.extras.join(" · ")}`);
    lines.push(`- Answer: **${itemAnswerText(item)}**`);
    if ((item.type === "typed-answer" || item.type === "cloze") && item.accepted.length > 0) lines.push(`- Also accepted: ${item.accepted.join(", ")}`);
    if ((item.type === "typed-answer" || item.type === "cloze") && item.date) lines.push(`- Graded as a date: ${item.date.iso}${item.date.yearRequired ? ", year required" : ", year optional"}`);
    lines.push(`- Explanation: ${item.explanation}`);
    for (const source of item.sources) lines.push(`- Source: “${source.quote}” (${formatByline(source)}, “${formatTitle(source)}”)`);
    for (const side of item.conflict?.sides ?? []) {
      for (const source of side.sources) lines.push(`- Side “${side.label}”${side.isError ? " (the error)" : ""}: “${source.quote}” (${formatByline(source)})`);
    }
    const verdict = verdicts.get(item.id);
    lines.push(`- Verdict: ${verdict ? `${verdict.verdict}${verdict.by ? ` by ${verdict.by}` : ""}: ${verdict.reason}` : "none yet"}`, "");
  }
  return `${lines.join("\n")}\n`;
}

function questionLine(item: Item): string {
  switch (item.type) {
    case "true-false":
      return `True or false? ${item.statement}`;
    case "cloze":
      return item.text.replace(CLOZE_GAP, "\\_\\_\\_\\_\\_");
    case "matching":
      return `${item.prompt} ${item.pairs.map((pair) => pair.left).join(" · ")}`;
    case "ordering":
      return `${item.prompt} ${item.events.map((event) => event.label).join(" · ")}`;
    default:
      return item.prompt;
  }
}

function isKey(item: Item, option: string): boolean {
  if (item.type === "multi-select") return item.answers.includes(option);
  return isChoiceItem(item) && item.answer === option;
}
