"use client";

import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

// Colours with at least 3:1 contrast on white (WCAG non-text contrast); axis
// text is slate-700, as body text elsewhere.
const BAR = "#1d4ed8";
const AXIS = "#334155";
const GRID = "#e2e8f0";
const FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const HEIGHT = 180;

export type ChartKind = "bars" | "line";

/**
 * A small chart: one value per label, as bars (counts) or a line with points
 * (percentages, 0-100; null leaves a gap). Purely visual: the figure around it
 * describes it and gives the numbers, so it is hidden from screen readers.
 * Fills its container's width and follows it when it changes.
 */
export function ProgressChart({ labels, values, kind, isPercent = false }: { labels: string[]; values: (number | null)[]; kind: ChartKind; isPercent?: boolean }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const xs = labels.map((_, index) => index);
    const maxValue = Math.max(0, ...values.map((value) => value ?? 0));
    const options: uPlot.Options = {
      width: Math.max(1, element.clientWidth),
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: () => [-0.5, labels.length - 0.5] },
        y: { range: () => (isPercent ? [0, 100] : [0, Math.max(4, Math.ceil(maxValue * 1.1))]) },
      },
      axes: [
        {
          stroke: AXIS,
          font: FONT,
          grid: { show: false },
          ticks: { stroke: GRID },
          space: 56,
          incrs: [1, 2, 3, 5, 7, 10, 14, 15, 30],
          values: (_, splits) => splits.map((split) => (Number.isInteger(split) ? (labels[split] ?? "") : "")),
        },
        {
          stroke: AXIS,
          font: FONT,
          size: 44,
          grid: { stroke: GRID, width: 1 },
          ticks: { show: false },
          space: 36,
          incrs: isPercent ? [10, 20, 25, 50] : [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000],
          values: (_, splits) => splits.map((split) => (isPercent ? `${split}%` : String(split))),
        },
      ],
      series: [
        {},
        kind === "bars"
          ? { stroke: BAR, fill: BAR, width: 0, points: { show: false }, paths: uPlot.paths.bars!({ size: [0.7, 32], gap: 1 }) }
          : { stroke: BAR, width: 2, spanGaps: false, points: { show: true, size: 7, fill: BAR, stroke: BAR } },
      ],
    };
    const chart = new uPlot(options, [xs, values], element);
    const observer = new ResizeObserver(() => {
      const width = Math.max(1, element.clientWidth);
      if (width !== chart.width) chart.setSize({ width, height: HEIGHT });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [labels, values, kind, isPercent]);

  return <div ref={container} aria-hidden="true" className="w-full overflow-hidden" style={{ minHeight: HEIGHT }} />;
}
