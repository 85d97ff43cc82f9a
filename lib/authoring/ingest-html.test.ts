import { describe, expect, it } from "vitest";
import { articleBodyFromHtml } from "./ingest-html";

const SENTENCE = "The ministry announced a new plan on Tuesday, and officials said it would cost $10 million over two years";

const PAGE = `<!doctype html>
<html>
<head>
  <title>Haiti school plan announced - The Daily Herald</title>
  <meta property="og:site_name" content="The Daily Herald">
  <meta property="article:published_time" content="2023-09-28T22:30:00-04:00">
  <meta name="author" content="By Kim Ives">
  <style>p { color: red } .secret { display: none }</style>
  <script>window.track = function () { document.title = "tracked"; };</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Haiti school plan announced</h1>
    <p>${SENTENCE}, the first step.</p>
    <img src="https://pixel.example/t.gif?id=42" width="1" height="1" alt="tracking pixel">
    <script>track("article-view");</script>
    <p onclick="steal()" style="font-weight: bold">Parents said it&rsquo;s &ldquo;long overdue&rdquo; &amp; welcome, <a href="https://example.org" onmouseover="steal()">the union</a> said.</p>
    <iframe src="https://ads.example/frame.html">Ad text in a frame</iframe>
    <h2>What comes next</h2>
    <p>${SENTENCE}, the second step.</p>
    <ul><li>First, ${SENTENCE}.</li><li>Second,<br>on its own line.</li></ul>
    <blockquote><p>${SENTENCE}, quoted.</p></blockquote>
    <noscript><img src="https://pixel.example/noscript.gif"></noscript>
  </article>
  <footer>Copyright The Daily Herald</footer>
</body>
</html>`;

describe("articleBodyFromHtml", () => {
  it("keeps the article's paragraphs as plain text, without scripts, styles, frames, images, attributes or the page around it", () => {
    const result = articleBodyFromHtml(PAGE);
    expect(result).toMatchObject({
      ok: true,
      body: [
        `${SENTENCE}, the first step.`,
        "Parents said it’s “long overdue” & welcome, the union said.",
        "What comes next",
        `${SENTENCE}, the second step.`,
        `First, ${SENTENCE}.`,
        "Second,\non its own line.",
        `${SENTENCE}, quoted.`,
      ].join("\n\n"),
    });
    if (!result.ok) return;
    for (const unwanted of ["track", "steal", "pixel", "color", "Ad text", "onclick", "<", "Home", "Copyright", "&amp;", "&rsquo;"]) {
      expect(result.body).not.toContain(unwanted);
    }
  });

  it("detects the page's title, byline, site name and publication date as suggestions", () => {
    const result = articleBodyFromHtml(PAGE);
    expect(result.ok && result.detected).toEqual({
      title: "Haiti school plan announced",
      author: "Kim Ives",
      outlet: "The Daily Herald",
      published: "2023-09-28",
    });
  });

  it("reads a fragment by its blocks, every part of it, with nothing detected", () => {
    const html = `<h2>Plan</h2><p>${SENTENCE}.</p><div>Loose &amp; <b>bold</b> text<p>${SENTENCE}, again.</p></div><script>x()</script><img src="p.gif">`;
    const body = `Plan\n\n${SENTENCE}.\n\nLoose & bold text\n\n${SENTENCE}, again.`;
    expect(articleBodyFromHtml(html)).toMatchObject({ ok: true, body, detected: {} });
    // A browser's copied selection comes wrapped in a page, marked as a fragment.
    expect(articleBodyFromHtml(`<html><body><!--StartFragment-->${html}<!--EndFragment--></body></html>`)).toMatchObject({ ok: true, body, detected: {} });
  });

  it("reads the whole body of a page in which Readability finds no article", () => {
    const html = `<html><head><title>T</title></head><body><p>${SENTENCE}.</p><p>${SENTENCE}, again.</p></body></html>`;
    expect(articleBodyFromHtml(html)).toMatchObject({ ok: true, body: `${SENTENCE}.\n\n${SENTENCE}, again.` });
  });

  it("keeps a title whose end only looks like the outlet", () => {
    const page = PAGE.replace("Haiti school plan announced - The Daily Herald", "Letters to The Daily Herald");
    expect(articleBodyFromHtml(page)).toMatchObject({ ok: true, detected: { title: "Letters to The Daily Herald" } });
  });

  it("suggests no date when the page gives none it can read as ISO", () => {
    const page = PAGE.replace("2023-09-28T22:30:00-04:00", "Thursday, September 28");
    expect(articleBodyFromHtml(page)).toMatchObject({ ok: true, detected: { title: "Haiti school plan announced", outlet: "The Daily Herald" } });
    const result = articleBodyFromHtml(page);
    expect(result.ok && "published" in result.detected).toBe(false);
  });

  it("refuses HTML without text", () => {
    expect(articleBodyFromHtml("<div><script>alert(1)</script><img src=x onerror=alert(1)></div>")).toEqual({ ok: false, error: "The article has no text." });
  });
});
