import { HyperFormula, RawCellContent } from "hyperformula";
import { charactersToPoints, trafficLightFormulas } from "../../src/excel/write-plan";

describe("the traffic-light rules", () => {
  // Each ROI sits in B1; the three rule formulas are evaluated against it in C1:E1 by HyperFormula.
  function lightsFor(roi: RawCellContent): string[] {
    const formulas = trafficLightFormulas({
      kind: "trafficLight",
      address: "B1:B5",
      amberFrom: 0,
      greenFrom: 1,
    });
    const engine = HyperFormula.buildFromArray(
      [[null, roi, formulas.red, formulas.amber, formulas.green]],
      {
        licenseKey: "gpl-v3",
      }
    );
    const lit = engine.getSheetValues(0)[0].slice(2);
    return (["red", "amber", "green"] as const).filter((_, i) => lit[i] === true);
  }

  it.each([
    [-0.5, ["red"]],
    [0, ["amber"]],
    [0.99, ["amber"]],
    [1, ["green"]],
    [23, ["green"]],
  ])("lights ROI %p with exactly %p", (roi, lights) => {
    expect(lightsFor(roi)).toEqual(lights);
  });

  it.each([[null], ["n/a"], ["=1/0"]])(
    "leaves %p uncoloured: a blank, a text or an error",
    (roi) => {
      expect(lightsFor(roi)).toEqual([]);
    }
  );
});

describe("column widths", () => {
  it("turns Excel's standard 8.43 characters into its 48 points (64 pixels)", () => {
    // (8.43 × 7 + 5) px = 64.01 px; × 3/4 = 48.0 pt.
    expect(charactersToPoints(8.43)).toBeCloseTo(48, 1);
  });
});
