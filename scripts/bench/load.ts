// An open-loop load generator: requests leave at a fixed arrival rate,
// whether or not earlier ones have been answered, and each one's latency is
// counted from the moment it was due to leave. A server that falls behind
// therefore shows its queueing delay instead of slowing the generator down.
// Also: CPU time and peak memory of a process and its children, from /proc.
import { readdirSync, readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

/** One request of a load: what to send. */
export type LoadRequest = { method?: "GET" | "POST"; path: string; headers: Record<string, string>; body: string };

export type StepResult = {
  /** Requests per second offered. */
  rate: number;
  sent: number;
  /** 2xx answers. */
  ok: number;
  /** Anything else: another status, a refused connection, no answer within the timeout. */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers per second over the step, counted until the last one arrived. */
  achieved: number;
  /** Server CPU time (user + system) per request sent, in ms, when a process was given. */
  cpuMsPerRequest: number | null;
  /** Statuses other than 2xx, and error codes, with their counts. */
  failures: Record<string, number>;
};

/** The q-quantile (0..1) of `values`, by the nearest-rank method; 0 for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** Whether a step was held: every request answered with a 2xx, p95 within `p95LimitMs`. */
export function isSustained(step: StepResult, p95LimitMs: number): boolean {
  return step.errors === 0 && step.sent > 0 && step.p95 <= p95LimitMs;
}

/** The highest offered rate that was held, 0 when none was. */
export function sustainedRate(steps: readonly StepResult[], p95LimitMs: number): number {
  return Math.max(0, ...steps.filter((step) => isSustained(step, p95LimitMs)).map((step) => step.rate));
}

/** The pids of `pid` and every process below it. */
function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being listed.
    }
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) tree.push(...(parents.get(tree[index]!) ?? []));
  return tree;
}

const CLOCK_TICKS_PER_S = 100;

/** CPU time (user + system, ms) spent so far by `pid` and the processes below it. */
export function cpuTimeMs(pid: number): number {
  let ticks = 0;
  for (const member of processTree(pid)) {
    try {
      const stat = readFileSync(`/proc/${member}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Ended meanwhile.
    }
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_S;
}

function memoryMb(pid: number, field: "VmHWM" | "VmRSS"): number {
  let kb = 0;
  for (const member of processTree(pid)) {
    try {
      const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${member}/status`, "utf8"));
      if (match) kb += Number(match[1]);
    } catch {
      // Ended meanwhile.
    }
  }
  return kb / 1024;
}

/** The peak resident memory (VmHWM, MB) of `pid` and the processes below it, summed. */
export function peakRssMb(pid: number): number {
  return memoryMb(pid, "VmHWM");
}

/** The resident memory now (VmRSS, MB) of `pid` and the processes below it, summed. */
export function rssMb(pid: number): number {
  return memoryMb(pid, "VmRSS");
}

export type StepOptions = {
  port: number;
  rate: number;
  durationMs: number;
  timeoutMs?: number;
  /** The server process whose CPU time is measured. */
  serverPid?: number;
  next: (index: number) => LoadRequest;
};

const agent = new Agent({ keepAlive: true, maxSockets: 512 });

/**
 * Sends one request; resolves to null for a 2xx, else what went wrong. A
 * kept-alive connection the server closed just as it was reused is retried
 * once on a new one, as browsers do.
 */
function send(port: number, load: LoadRequest, timeoutMs: number, retried = false): Promise<string | null> {
  return new Promise((resolve) => {
    const outgoing = request(
      { host: "127.0.0.1", port, method: load.method ?? "POST", path: load.path, agent, headers: { ...load.headers, "content-length": Buffer.byteLength(load.body) } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode! >= 200 && response.statusCode! < 300 ? null : `HTTP ${response.statusCode}`));
      },
    );
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ECONNRESET" && outgoing.reusedSocket && !retried) resolve(send(port, load, timeoutMs, true));
      else resolve(error.code ?? error.message);
    });
    outgoing.end(load.body);
  });
}

/** Offers `rate` requests per second for `durationMs`, and reports what came back. */
export async function runStep(options: StepOptions): Promise<StepResult> {
  const { port, rate, durationMs, timeoutMs = 5_000, serverPid, next } = options;
  const total = Math.round((rate * durationMs) / 1000);
  const intervalMs = 1000 / rate;
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const cpuBefore = serverPid ? cpuTimeMs(serverPid) : 0;
  const start = performance.now();
  let lastAnswer = start;
  let index = 0;
  while (index < total) {
    const now = performance.now();
    while (index < total && start + index * intervalMs <= now) {
      const due = start + index * intervalMs;
      const load = next(index);
      pending.push(
        send(port, load, timeoutMs).then((failure) => {
          lastAnswer = performance.now();
          if (failure) failures[failure] = (failures[failure] ?? 0) + 1;
          else latencies.push(lastAnswer - due);
        }),
      );
      index++;
    }
    const wait = start + index * intervalMs - performance.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(wait, 5))));
  }
  await Promise.all(pending);
  const cpuMs = serverPid ? cpuTimeMs(serverPid) - cpuBefore : null;
  const errors = total - latencies.length;
  return {
    rate,
    sent: total,
    ok: latencies.length,
    errors,
    p50: quantile(latencies, 0.5),
    p95: errors > 0 ? Math.max(quantile(latencies, 0.95), timeoutMs) : quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies.length ? Math.max(...latencies) : 0,
    achieved: (latencies.length * 1000) / Math.max(1, lastAnswer - start),
    cpuMsPerRequest: cpuMs === null ? null : cpuMs / total,
    failures,
  };
}

/**
 * Offers each rate in turn (after `warmup`, not reported), and stops after
 * the first step that is not held (its p95 over `p95LimitMs` or any error):
 * beyond it the server only queues further.
 */
export async function runSteps(options: Omit<StepOptions, "rate"> & { rates: readonly number[]; p95LimitMs: number; warmup?: number; log?: (step: StepResult) => void }): Promise<StepResult[]> {
  const { rates, p95LimitMs, warmup, log, ...step } = options;
  if (warmup) await runStep({ ...step, rate: warmup, durationMs: Math.min(step.durationMs, 3_000) });
  const results: StepResult[] = [];
  for (const rate of rates) {
    const result = await runStep({ ...step, rate });
    results.push(result);
    log?.(result);
    if (!isSustained(result, p95LimitMs)) break;
    // Let the server finish any background work the step left before the next one.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return results;
}

/** A step as one line of a table. */
export function formatStep(step: StepResult): string {
  const failures = Object.entries(step.failures).map(([kind, count]) => `${kind} ×${count}`).join(", ");
  const cpu = step.cpuMsPerRequest === null ? "" : `  cpu ${step.cpuMsPerRequest.toFixed(2)} ms/req`;
  return `  ${String(step.rate).padStart(5)}/s  sent ${String(step.sent).padStart(6)}  p50 ${step.p50.toFixed(1).padStart(7)}  p95 ${step.p95.toFixed(1).padStart(7)}  p99 ${step.p99.toFixed(1).padStart(7)} ms  achieved ${step.achieved.toFixed(0).padStart(5)}/s  errors ${step.errors}${cpu}${failures ? `  (${failures})` : ""}`;
}
