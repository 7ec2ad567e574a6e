import ExcelJS from "exceljs";
import path from "path";
import { zipEntries, zipEntryText } from "../../src/cli/read/zip-entries";
import { EXAMPLE_ARGS, makeFolder, removeFolder, report } from "./support/run-report";

// docs/kpi.md's worked example: 80,000 impressions at CPM 8, 950/150/100 comments, 200 orders of 30 USD, cost 250.
const WORKED_EXAMPLE = {
  impressions: 80000,
  emv: 640, // 80,000 / 1000 × 8
  positive: 950,
  neutral: 150,
  negative: 100,
  socialNps: (850 / 1050) * 100, // (950 − 100) / (950 + 100) × 100 = 80.95
  orders: 200,
  revenue: 6000, // (120 + 80) × 30
  cost: 250,
  roi: 23, // (6000 − 250) / 250
  roiWithEmv: 25.56, // (6000 + 640 − 250) / 250
};

// The example tables' own design (examples/generate.js): likes, repeat buyers, late orders, codes per creator.
const EXAMPLE_DESIGN = {
  engagements: 500 + 1200 + 3940, // reposts + comments + likes
  repeatRate: 30 / 170, // 30 of 170 customers order twice
  attributedOrders: 180, // 20 of 200 orders come more than 7 days after exposure
  ordersByCode: 120,
  ordersByUtm: 80,
};

let folder: string;
beforeEach(() => (folder = makeFolder()));
afterEach(() => removeFolder(folder));

describe("wom-report on the example data", () => {
  it("prints the figures as JSON with the documented keys", async () => {
    const run = await report([...EXAMPLE_ARGS, "--emv-as-return", "--json"]);
    expect(run.code).toBe(0);
    const figures = JSON.parse(run.stdout);
    for (const [key, value] of Object.entries({ ...WORKED_EXAMPLE, ...EXAMPLE_DESIGN }))
      expect(figures[key]).toBeCloseTo(value, 9);
    expect(Object.keys(figures.creators[0])).toEqual([
      ...["name", "code", "posts", "impressions", "emv", "cost", "costPerEngagement"],
      ...["costPerView", "orders", "revenue", "roi", "doubtful", "doubtfulRevenue", "roiWithout"],
    ]);
  });

  it("keeps the documented keys in their order, then the rate card's EMV and the weeks", async () => {
    const figures = JSON.parse((await report([...EXAMPLE_ARGS, "--json"])).stdout);
    expect(Object.keys(figures)).toEqual([
      ...["impressions", "engagements", "emv", "positive", "neutral", "negative", "socialNps"],
      ...["orders", "revenue", "cost", "roi", "roiWithEmv", "repeatRate", "engagementRate"],
      ...["socialNpsMoe", "nps", "npsMoe", "ordersByCode", "ordersByUtm", "attributedOrders"],
      ...["costPerOrder", "costPerEngagement", "costPerView", "staffCost", "npsStanding"],
      ...["labelledAutomatically", "creators", "channelEmv", "weeks", "cohorts", "codeAudit"],
      "sources",
    ]);
  });

  it("adds staff time to the cost: 10 hours at 25 are 250 beside the creators' 250 of fees", async () => {
    const run = await report([
      ...EXAMPLE_ARGS,
      "--staff-hours",
      "10",
      "--hourly-rate",
      "25",
      "--json",
    ]);
    const figures = JSON.parse(run.stdout);
    // Cost 500; ROI (6,000 − 500) / 500; per engagement 500 / 5,640; per view 500 / 80,000.
    expect(figures.staffCost).toBe(250);
    expect(figures.cost).toBe(500);
    expect(figures.roi).toBeCloseTo(11, 12);
    expect(figures.costPerEngagement).toBeCloseTo(500 / 5640, 12);
    expect(figures.costPerView).toBeCloseTo(0.00625, 12);
  });

  it("gives the doubtful code orders: EB-0002 on Mia Brews' code the day before her first post", async () => {
    const figures = JSON.parse((await report([...EXAMPLE_ARGS, "--json"])).stdout);
    // 120 orders on codes, one of them (30) doubtful: ROI (6,000 − 30 − 250) / 250 = 22.88.
    expect(figures.codeAudit).toMatchObject({
      thresholds: { minOrders: 3, minShare: 0.2, maxOrdersPerImpression: 0.01 },
      orders: 120,
      flagged: 1,
      flaggedRevenue: 30,
      codes: [
        {
          code: "EB-MIA",
          creator: "Mia Brews",
          orders: 12,
          revenue: 360,
          flagged: 1,
          flaggedRevenue: 30,
          byFlag: { self: 0, concentration: 0, reach: 0, "before-post": 1, "unknown-code": 0 },
        },
      ],
    });
    expect(figures.codeAudit.roiWithout).toBeCloseTo(22.88, 12);
    const mia = figures.creators.find((creator: { name: string }) => creator.name === "Mia Brews");
    // (360 − 30 − 50) / 50
    expect(mia).toMatchObject({ doubtful: 1, doubtfulRevenue: 30 });
    expect(mia.roiWithout).toBeCloseTo(5.6, 12);
    const out = path.join(folder, "audit.xlsx");
    const table = (await report([...EXAMPLE_ARGS, "--out", out])).stdout;
    expect(table).toContain(
      "1 of 120 orders on discount codes is doubtful: EB-MIA (Mia Brews): 1 before the first post."
    );
  });

  it("stops on a doubt threshold that cannot be, saying what it takes", async () => {
    const run = await report([...EXAMPLE_ARGS, "--doubt-share", "1.5", "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--doubt-share "1.5" cannot be used: give a share from 0 to 1');
  });

  it("prints each channel's EMV, in the rate card's order, ending with every other channel", async () => {
    const { channelEmv } = JSON.parse((await report([...EXAMPLE_ARGS, "--json"])).stdout);
    // Impressions per channel at CPM 8: 小红书 12,000 + 5,000; Instagram 6,000 + 7,500 + 4,000 + 5,800;
    // 微博 9,500 + 8,000; 抖音 15,000 + 7,200; no post without a listed channel.
    expect(channelEmv).toEqual([
      { channel: "小红书", emv: 136 },
      { channel: "Instagram", emv: 186.4 },
      { channel: "微博", emv: 140 },
      { channel: "抖音", emv: 177.6 },
      { channel: null, emv: 0 },
    ]);
  });

  it("prints the action layer per ISO week, every week with its Monday", async () => {
    const { weeks } = JSON.parse((await report([...EXAMPLE_ARGS, "--json"])).stdout);
    expect(weeks.map((week: { week: string; start: string }) => [week.week, week.start])).toEqual([
      ["2024-W09", "2024-02-26"],
      ["2024-W10", "2024-03-04"],
      ["2024-W11", "2024-03-11"],
      ["2024-W12", "2024-03-18"],
    ]);
    const total = (key: string) =>
      weeks.reduce((sum: number, week: Record<string, number>) => sum + week[key], 0);
    // The example's 200 orders of 30, 180 of them within 7 days of exposure.
    expect([total("orders"), total("revenue"), total("attributedOrders")]).toEqual([
      200, 6000, 180,
    ]);
  });

  it("prints null for the rate card and the weeks when the data gives neither", async () => {
    const mentions = EXAMPLE_ARGS.slice(2, 4);
    const figures = JSON.parse((await report([...mentions, "--json"])).stdout);
    expect([figures.channelEmv, figures.weeks]).toEqual([null, null]);
  });

  it("ranks the creators by ROI, each with their own code's orders", async () => {
    const figures = JSON.parse((await report([...EXAMPLE_ARGS, "--json"])).stdout);
    // Orders per code: MEI 40, JIE 30, LEO 20, DOU 18, MIA 12, at 30 USD; every creator cost 50.
    expect(figures.creators.map((c: { name: string }) => c.name)).toEqual([
      "小美咖啡日记",
      "阿杰的早餐",
      "Coffee Lab Leo",
      "豆子研究所",
      "Mia Brews",
    ]);
    expect(figures.creators[0]).toMatchObject({
      impressions: 17000, // 12,000 + 5,000
      emv: 136, // 17,000 / 1000 × 8
      cost: 50,
      orders: 40,
      revenue: 1200,
      roi: 23, // (1200 − 50) / 50
    });
    expect(figures.creators[4]).toMatchObject({ orders: 12, revenue: 360, roi: 6.2 });
  });

  it("gives each creator's cost per engagement and per view in the JSON", async () => {
    const figures = JSON.parse((await report([...EXAMPLE_ARGS, "--json"])).stdout);
    // 阿杰: 50 / ((60 + 140 + 480) + (50 + 120 + 400)) = 50 / 1,250; 50 / (9,500 + 8,000) impressions.
    expect(figures.creators[1].name).toBe("阿杰的早餐");
    expect(figures.creators[1].costPerEngagement).toBe(0.04);
    expect(figures.creators[1].costPerView).toBeCloseTo(50 / 17500, 12);
    // Leo: 50 / (6,000 + 4,000) impressions.
    expect(figures.creators[2]).toMatchObject({ name: "Coffee Lab Leo", costPerView: 0.005 });
    // Without a cost column, neither: null, as every figure the data does not give.
    const free = JSON.parse(
      (await report([...EXAMPLE_ARGS, "--map", "posts.cost=", "--json"])).stdout
    );
    expect(free.creators[0]).toMatchObject({
      cost: null,
      costPerEngagement: null,
      costPerView: null,
    });
  });

  it.each([
    ["en", "Cost", "Cost per engagement", "Cost per view"],
    ["zh-CN", "成本", "单次互动成本", "单次曝光成本"],
    ["zh-TW", "成本", "單次互動成本", "單次曝光成本"],
  ])(
    "prints them after each creator's cost in the %s table",
    async (locale, cost, perEngagement, perView) => {
      const out = path.join(folder, "s.xlsx");
      const { stdout } = await report([...EXAMPLE_ARGS, "--lang", locale, "--out", out]);
      expect(stdout).toMatch(new RegExp(`${cost}\\s+${perEngagement}\\s+${perView}\\s`));
      // 阿杰: 50.00 of cost, 50 / 1,250 = 0.04 per engagement, 50 / 17,500 = 0.0029 per view.
      expect(stdout).toMatch(/阿杰的早餐.*50\.00\s+0\.04\s+0\.0029\s+30\s/);
    }
  );

  it("leaves ROI with EMV out unless EMV counts as return", async () => {
    const figures = JSON.parse((await report([...EXAMPLE_ARGS, "--json"])).stdout);
    expect(figures.roiWithEmv).toBeNull();
    expect(figures.roi).toBe(23);
  });

  it("takes the CPM from the command line", async () => {
    const figures = JSON.parse((await report([...EXAMPLE_ARGS, "--cpm", "12", "--json"])).stdout);
    expect(figures.emv).toBe(960); // 80,000 / 1000 × 12
  });

  it("writes the sources and the summary, with each formula's value cached", async () => {
    const out = path.join(folder, "summary.xlsx");
    const run = await report([...EXAMPLE_ARGS, "--emv-as-return", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Workbook written to ${out}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "posts",
      "mentions",
      "orders",
      "Campaign Summary",
    ]);
    expect(workbook.getWorksheet("orders")!.rowCount).toBe(201);
    const cached = new Map<number, unknown>();
    workbook.getWorksheet("Campaign Summary")!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue;
        if (
          value &&
          typeof value === "object" &&
          "formula" in value &&
          typeof value.result === "number"
        )
          cached.set(value.result, value.formula);
      })
    );
    for (const value of [80000, 640, 950, 6000, 250, 23, 25.56])
      expect(cached.has(value)).toBe(true);
  });

  it.each([
    ["en", "From reach to orders", "Orders per week"],
    ["zh-CN", "从曝光到订单", "每周订单"],
    ["zh-TW", "從曝光到訂單", "每週訂單"],
  ])(
    "draws the funnel as bars and the orders per week as a line, titled in %s",
    async (locale, funnel, line) => {
      const out = path.join(folder, "summary.xlsx");
      expect((await report([...EXAMPLE_ARGS, "--lang", locale, "--out", out])).code).toBe(0);
      const entries = zipEntries(out);
      const chart = (n: number) => zipEntryText(out, entries.get(`xl/charts/chart${n}.xml`)!);
      const title = (xml: string) => /<c:title>.*?<a:t>(.*?)<\/a:t>/.exec(xml)?.[1];
      const [bars, weekly] = [await chart(1), await chart(2)];
      expect([title(bars), title(weekly)]).toEqual([funnel, line]);
      expect(bars).toContain('<c:barDir val="bar"/>');
      expect(weekly).toContain("<c:lineChart>");
      // The funnel's cache holds the worked example's stages, impressions down to orders.
      const cached = [...bars.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0][0];
      const values = [...cached.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => Number(match[1]));
      expect(values[0]).toBe(WORKED_EXAMPLE.impressions);
      expect(values[values.length - 1]).toBe(WORKED_EXAMPLE.orders);
    }
  );

  it("prints the pyramid from its apex, in the language asked for", async () => {
    const run = await report([
      ...EXAMPLE_ARGS,
      "--lang",
      "zh-TW",
      "--out",
      path.join(folder, "s.xlsx"),
    ]);
    const lines = run.stdout.split("\n");
    const order = ["塔尖", "轉化", "情感", "聲量"].map((tier) =>
      lines.findIndex((l) => l.includes(tier))
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/社群媒體 NPS\s+\+81/);
    expect(run.stdout).toMatch(/ROI\s+2300\.0%/);
    expect(run.stdout).toContain("活頁簿已寫入");
  });

  it("shows no progress on a small input unless standard error is a terminal", async () => {
    const quiet = await report([...EXAMPLE_ARGS, "--json"]);
    expect(quiet.stderr).toBe("");
    const shown = await report([...EXAMPLE_ARGS, "--json"], true);
    expect(shown.stderr).toContain("\r");
    expect(shown.stderr).toContain("100%");
  });

  it("prints the usage with --help", async () => {
    const run = await report(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--emv-as-return");
  });
});
