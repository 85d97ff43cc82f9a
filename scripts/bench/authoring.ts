// node --import tsx scripts/bench/authoring.ts: times the suggestion step on
// a news article of about 5,000 words, made here from news paragraphs that
// vary names, numbers and dates (no seed files). Warms up once, then prints
// the median, minimum and maximum of 5 runs of suggestSentences, against a
// target of 1 s per article. See docs/BENCHMARKS.md.
import { performance } from "node:perf_hooks";
import { splitSentences } from "../../lib/authoring/sentences";
import { suggestSentences } from "../../lib/authoring/suggest";

const RUNS = 5;
const TARGET_MS = 1000;
const WORDS = 5000;

const COUNTRIES = ["Kenya", "Jamaica", "the Bahamas", "Belize", "Chad", "Benin", "Ghana", "Senegal"];
const PEOPLE = ["Alfred Mutua", "Léon Charles", "Ariel Henry", "Grace Wanjiru", "Joseph Lambert", "Maria Dupont", "Samuel Otieno", "Claire Baptiste"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = ["January", "March", "May", "July", "September", "November"];

/** One paragraph of news, varied by its number. */
function paragraph(n: number): string {
  const country = COUNTRIES[n % COUNTRIES.length]!;
  const person = PEOPLE[n % PEOPLE.length]!;
  const other = PEOPLE[(n + 3) % PEOPLE.length]!;
  const weekday = WEEKDAYS[n % WEEKDAYS.length]!;
  const month = MONTHS[n % MONTHS.length]!;
  const officers = (n + 2) * 150;
  return [
    `${country} offered on ${weekday} to send ${officers.toLocaleString("en-US")} police officers to Haiti, Foreign Minister ${person} said.`,
    `Mr. ${person.split(" ").at(-1)} spoke after meeting U.S. officials in Washington, where the State Department promised $${n + 5} million for the mission.`,
    `“We will not abandon the people of Haiti,” ${other} said, adding that a dozen advisers would arrive by ${month} ${(n % 27) + 1}, 2023.`,
    `Prices of rice rose ${(n % 40) + 10} percent in Port-au-Prince last year, according to the World Food Programme, and fuel costs climbed ${(n % 15) + 5}%.`,
    `Critics said the council should wait for a vote in the Senate before any deployment.`,
  ].join(" ");
}

function article(): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (let n = 0; words < WORDS; n += 1) {
    const text = paragraph(n);
    paragraphs.push(text);
    words += text.split(/\s+/).length;
  }
  return `NAIROBI, Kenya (AP) — ${paragraphs.join("\n\n")}`;
}

const body = article();
const words = body.split(/\s+/).filter(Boolean).length;
const options = { published: "2021-07-08", title: "Kenya offers police officers for Haiti" };

/** Milliseconds of each of RUNS calls after one warm-up, sorted. */
function time(run: () => unknown): number[] {
  run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const median = (times: number[]) => times[Math.floor(times.length / 2)]!;
const format = (ms: number) => `${ms.toFixed(0)} ms`;
const summary = (times: number[]) => `median ${format(median(times))}, min ${format(times[0]!)}, max ${format(times.at(-1)!)}`;

const warm = suggestSentences(body, options);
// The baseline, in the same process: wink-nlp's sentence split alone, the least any suggestion step must do.
const baseline = time(() => splitSentences(body));
const suggestions = time(() => suggestSentences(body, options));
console.log(`A ${words}-word article (${warm.length} sentences, ${warm.reduce((sum, s) => sum + s.candidates.length, 0)} candidates), ${RUNS} runs after one warm-up:`);
console.log(`  baseline splitSentences  ${summary(baseline)}`);
console.log(`  suggestSentences         ${summary(suggestions)} (target under ${format(TARGET_MS)})`);
if (median(suggestions) > TARGET_MS) process.exitCode = 1;
