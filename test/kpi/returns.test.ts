// Cost as docs/kpi.md defines it: staff time is priced and added to the other costs.
import { roi, staffCost } from "../../src/kpi/returns";

describe("staff cost", () => {
  it("prices hours at the hourly rate", () => {
    // 12.5 hours × 40 an hour = 500
    expect(staffCost(12.5, 40)).toBe(500);
  });

  it("adds to the other costs of a ROI", () => {
    // the worked example's 250 of samples + 10 hours × 25 = 500; (6,000 − 500) / 500 = 11
    expect(roi(6000, 250 + staffCost(10, 25))).toBe(11);
  });
});
