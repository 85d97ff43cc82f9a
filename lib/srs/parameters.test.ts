import { describe, expect, it } from "vitest";
import { describeParameterChange, PARAMETER_MEANING } from "./parameters";
import { DEFAULT_PARAMETERS } from "./scheduler";

function withInitialGood(factor: number): number[] {
  const parameters = [...DEFAULT_PARAMETERS];
  parameters[2] = DEFAULT_PARAMETERS[2]! * factor;
  return parameters;
}

describe("describeParameterChange", () => {
  it("names every parameter", () => {
    expect(PARAMETER_MEANING).toHaveLength(DEFAULT_PARAMETERS.length);
  });

  it("says cards come back later for a learner who remembers better", () => {
    const result = describeParameterChange(DEFAULT_PARAMETERS, withInitialGood(2), 0.9);
    expect(result.after).toBeGreaterThan(result.before);
    expect(result.summary).toMatch(/^Your cards now come back about \d+% later at 90% retention/);
  });

  it("says sooner for a learner who forgets faster", () => {
    const result = describeParameterChange(DEFAULT_PARAMETERS, withInitialGood(0.4), 0.85);
    expect(result.change).toBeLessThan(0);
    expect(result.summary).toMatch(/sooner at 85% retention/);
  });

  it("says nothing changed for the same parameters", () => {
    expect(describeParameterChange(DEFAULT_PARAMETERS, DEFAULT_PARAMETERS, 0.9).summary).toBe("Your cards come back about when they did before, at 90% retention.");
  });
});
