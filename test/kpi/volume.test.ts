// The volume layer's ratios against their definitions in docs/kpi.md.
import { costPerEngagement, costPerView } from "../../src/kpi/volume";

describe("cost per engagement and per view", () => {
  it("divides cost by engagements", () => {
    // 300 / 1,500 engagements = 0.2
    expect(costPerEngagement(300, 1500)).toBe(0.2);
  });

  it("divides cost by views", () => {
    // 300 / 60,000 views = 0.005
    expect(costPerView(300, 60000)).toBe(0.005);
  });
});
