// Numeric dates (05/03/2024) are read with their whole column: a day over 12 tells the order, else
// --date-order, the export's platform or the computer's convention does, and the report says which.
// The weeks are checked against dates worked out by hand.
import fs from "fs";
import path from "path";
import { conventionalDayOrder, columnDayOrders } from "../../src/cli/read/date-orders";
import { ReportError } from "../../src/cli/problems";
import { FIXTURE_FOLDER } from "../fixtures/exports/expected";
import { makeFolder, removeFolder, report } from "./support/run-report";

let folder: string;
beforeAll(() => (folder = makeFolder()));
afterAll(() => removeFolder(folder));

function ordersFile(name: string, dates: string[]): string {
  const lines = ["Order ID,Order date,Customer ID,Revenue"];
  dates.forEach((date, i) => lines.push(`HK-${i + 1},${date},C${(i % 3) + 1},100`));
  const file = path.join(folder, name);
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

async function weeksOf(args: string[]) {
  const run = await report(["--json", ...args]);
  if (run.code !== 0) throw new Error(run.stderr);
  const json = JSON.parse(run.stdout);
  const weeks = (json.weeks as { start: string; orders: number }[]).filter((w) => w.orders > 0);
  return { weeks: weeks.map((w) => [w.start, w.orders]), dateOrders: json.sources[0].dateOrders };
}

describe("a Hong Kong shop's order log, dates day first", () => {
  // 01/03 is Friday 1 March (week of Monday 26 February); 04/03 and 05/03 fall in the week of
  // 4 March; 13/03, the date that can only be day first, in the week of 11 March.
  const DATES = ["01/03/2024", "04/03/2024", "05/03/2024", "13/03/2024"];

  it("is read day first, since 13/03/2024 in row 5 reads only that way", async () => {
    const file = ordersFile("hk-orders.csv", DATES);
    expect(await weeksOf(["--orders", file])).toEqual({
      weeks: [
        ["2024-02-26", 1],
        ["2024-03-04", 2],
        ["2024-03-11", 1],
      ],
      dateOrders: [
        {
          header: "Order date",
          order: "dayFirst",
          because: { basis: "dates", evidence: "13/03/2024", row: 5 },
        },
      ],
    });
    const run = await report(["--orders", file, "--out", path.join(folder, "hk.xlsx")]);
    expect(run.stdout).toContain(
      "dates in Order date read day first (day/month/year) (13/03/2024 in row 5 reads only that way)"
    );
  });

  it("without such a date, is read by the computer's convention and says so; --date-order decides", async () => {
    const file = ordersFile("hk-ambiguous.csv", DATES.slice(0, 3));
    // en-US writes month first: 01/03 is 3 January (week of 1 January), 04/03 3 April (week of
    // 1 April), 05/03 3 May (week of 29 April).
    expect(await weeksOf(["--orders", file])).toEqual({
      weeks: [
        ["2024-01-01", 1],
        ["2024-04-01", 1],
        ["2024-04-29", 1],
      ],
      dateOrders: [
        {
          header: "Order date",
          order: "monthFirst",
          because: { basis: "locale", locale: "en-US" },
        },
      ],
    });
    const told = await report(["--orders", file, "--out", path.join(folder, "amb.xlsx")]);
    expect(told.stdout).toContain(
      "dates in Order date read month first (month/day/year) (this computer's convention, en-US: no day in the first rows is over 12; if they are day first (day/month/year), run again with --date-order dmy)"
    );
    expect(await weeksOf(["--orders", file, "--date-order", "dmy"])).toEqual({
      weeks: [
        ["2024-02-26", 1],
        ["2024-03-04", 2],
      ],
      dateOrders: [{ header: "Order date", order: "dayFirst", because: { basis: "option" } }],
    });
  });

  it("stops at a date past the first rows that reads only the other way, naming it and the fix", async () => {
    // Rows 2-102 (the first 100 are the sample) are all ambiguous; row 103 is 25 March.
    const dates = [
      ...Array.from({ length: 101 }, (_, i) => `0${(i % 9) + 1}/03/2024`),
      "25/03/2024",
    ];
    const file = ordersFile("hk-late.csv", dates);
    const run = await report(["--json", "--orders", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `hk-late.csv row 103: "25/03/2024" in Order date is a date only read day first (day/month/year), but the column's dates were read month first (month/day/year)`
    );
    expect(run.stderr).toContain("give their order with --date-order dmy");
    const fixed = await weeksOf(["--orders", file, "--date-order", "dmy"]);
    // 101 orders on 1-9 March (days 1-3 in the week of 26 February, 4-9 in the next) and 25 March.
    const early = dates.slice(0, 101).filter((d) => Number(d.slice(0, 2)) <= 3).length;
    expect(fixed.weeks).toEqual([
      ["2024-02-26", early],
      ["2024-03-04", 101 - early],
      ["2024-03-25", 1],
    ]);
  });

  it("refuses a column whose dates are written in both orders", async () => {
    const file = ordersFile("hk-mixed.csv", ["13/03/2024", "03/25/2024"]);
    const run = await report(["--json", "--orders", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "the dates in Order date are written in two orders (13/03/2024 can only be day first (day/month/year), 03/25/2024 only month first (month/day/year))"
    );
  });
});

describe("SurveyMonkey's dates", () => {
  it("are read month first, as SurveyMonkey writes them, and the report says so", async () => {
    // The fixture's dates run 03/01/2024 to 03/12/2024: no day over 12 in either place.
    const file = path.join(FIXTURE_FOLDER, "surveymonkey-all-responses.csv");
    const run = await report(["--json", "--mentions", file]);
    const because = { basis: "platform", platform: "SurveyMonkey" };
    expect(JSON.parse(run.stdout).sources[0].dateOrders).toEqual([
      { header: "Start Date", order: "monthFirst", because },
      { header: "End Date", order: "monthFirst", because },
    ]);
  });
});

describe("the conventions and the choice", () => {
  it("reads the order from a locale's short dates", () => {
    expect(conventionalDayOrder("en-GB").order).toBe("dayFirst");
    expect(conventionalDayOrder("zh-HK").order).toBe("dayFirst");
    expect(conventionalDayOrder("en-US").order).toBe("monthFirst");
    // 2024/3/5: the month before the day.
    expect(conventionalDayOrder("zh-CN").order).toBe("monthFirst");
  });

  it("lets a column that only looks like dates keep its text when its dates disagree", () => {
    const sample = [
      { row: 2, cells: ["13/03/2024", "13/03/2024"] },
      { row: 3, cells: ["03/25/2024", "03/25/2024"] },
    ];
    const choose = () =>
      columnDayOrders(["Shipped", "Order date"], sample, ["dates", "date"], {}, "x.csv");
    expect(choose).toThrow(ReportError);
    expect(
      columnDayOrders(["Shipped", "Order date"], sample, ["dates", "number"], {}, "x.csv")
    ).toEqual([undefined, undefined]);
  });
});
