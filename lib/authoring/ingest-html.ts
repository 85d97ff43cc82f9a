// A pasted or uploaded web page as plain text: Readability finds the
// article in the page, and its blocks become paragraphs. Only text is kept:
// no markup, attributes, scripts, styles, frames or images reach the body,
// which is never shown as HTML.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { normalizeWhitespace } from "@/lib/content/text-keys";
import { isIsoDate } from "@/lib/time/iso-date";
import { articleResult, normalizeArticleText, type DetectedMeta, type IngestResult } from "./ingest-text";

/** Elements that end a paragraph: each becomes its own paragraph, as do the runs of text between them. */
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
  "SUMMARY", "TABLE", "TBODY", "TFOOT", "THEAD", "TR", "UL",
]); // prettier-ignore

/** Elements whose content is never text of the article. */
const SKIPPED_TAGS = new Set([
  "AUDIO", "BUTTON", "CANVAS", "EMBED", "HEAD", "IFRAME", "IMG", "INPUT", "LINK", "MAP", "META", "NOSCRIPT", "OBJECT",
  "PICTURE", "SCRIPT", "SELECT", "SOURCE", "STYLE", "SVG", "TEMPLATE", "TEXTAREA", "TITLE", "VIDEO",
]); // prettier-ignore

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** HTML's own whitespace, which a browser collapses; a no-break space is text. */
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;

/**
 * A web page or an HTML fragment as an article body. For a whole page,
 * Readability finds the article and the page's title, byline, site name and
 * publication date, returned as suggestions; when it finds no article, the
 * text of the whole body is read by its blocks instead. A fragment (no
 * <html> or <body>, or a copied selection marked <!--StartFragment-->) is
 * what the teacher chose to copy: it is read by its blocks as it is, since
 * Readability drops parts of a fragment it does not score as the article
 * (a leading heading, a short paragraph).
 */
export function articleBodyFromHtml(html: string): IngestResult {
  if (isFragment(html)) {
    const body = htmlDocument(html).body;
    return articleResult(body ? textOfBlocks(body) : "", {});
  }
  const article = new Readability(htmlDocument(html), { serializer: (node) => node }).parse();
  const fromArticle = article?.content ? textOfBlocks(article.content) : "";
  if (fromArticle !== "") return articleResult(fromArticle, detectedMeta(article!));
  // Readability changes the document it reads, so the fallback reads a fresh one.
  const body = htmlDocument(html).body;
  return articleResult(body ? textOfBlocks(body) : "", {});
}

function isFragment(html: string): boolean {
  return !/<(?:html|body)[\s>]/i.test(html) || html.includes("<!--StartFragment-->");
}

/** A document for the HTML; a fragment is put in a page's body first. */
function htmlDocument(html: string): Document {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html.replace(/^\s*<!doctype[^>]*>/i, "")}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

/** The node's text as paragraphs: one per block element (and per run of loose text between blocks), a blank line between. */
function textOfBlocks(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const paragraph = current
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      .trim();
    if (paragraph !== "") paragraphs.push(paragraph);
    current = "";
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += (child.nodeValue ?? "").replace(HTML_WHITESPACE, " ");
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        if (tag === "BR") {
          current += "\n";
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          // Table cells and inline elements: their text runs on, a cell after a space.
          if (tag === "TD" || tag === "TH") current += " ";
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return normalizeArticleText(paragraphs.join("\n\n"));
}

type ReadabilityArticle = NonNullable<ReturnType<Readability<Node>["parse"]>>;

/** What Readability read of the page's metadata, cleaned; a date only when the page gives an ISO date. */
function detectedMeta(article: ReadabilityArticle): DetectedMeta {
  const detected: DetectedMeta = {};
  const clean = (value: string | null | undefined) => normalizeWhitespace(value ?? "").trim();
  const title = clean(article.title);
  const author = clean(article.byline).replace(/^by\s+/i, "");
  const outlet = clean(article.siteName);
  if (title) detected.title = titleWithoutOutlet(title, outlet);
  if (author) detected.author = author;
  if (outlet) detected.outlet = outlet;
  const published = isoDateOf(clean(article.publishedTime));
  if (published) detected.published = published;
  return detected;
}

/** "Plan announced - The Daily Herald" → "Plan announced": the site's name is the outlet, not part of the title. */
function titleWithoutOutlet(title: string, outlet: string): string {
  if (outlet === "" || !title.toLowerCase().endsWith(outlet.toLowerCase())) return title;
  const rest = title.slice(0, -outlet.length);
  const separator = /\s+[-|–—·:]\s*$/.exec(rest);
  return separator && separator.index > 0 ? rest.slice(0, separator.index) : title;
}

/**
 * "2023-09-28T22:30:00-04:00" → "2023-09-28": the date as the page writes
 * it, in the page's own time zone (converting to UTC could move it to the
 * next day). Anything but an ISO date gives null rather than a guess.
 */
function isoDateOf(value: string): string | null {
  const date = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value)?.[1];
  return date && isIsoDate(date) ? date : null;
}
