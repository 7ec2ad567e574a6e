import { wordsOf } from "../../../src/i18n";
import { availableFigures } from "../../../src/summary/model/availability";
import { figureFormat } from "../../../src/summary/model/figures";
import { SheetPlan } from "../../../src/summary/model/plan";
import { loadExample } from "../support/example";
import { cellAt, COMPUTED_AT, figureCell, formulasOf, planFor, textsOf } from "../support/plans";
import { mapped, table } from "../support/tables";

const example = loadExample();
const { plan } = planFor(example.sources, example.rows);

/** The merged title bar of each pyramid tier, top to bottom. */
function tierBars(sheet: SheetPlan) {
  return sheet.merges
    .map((merge) => ({ merge, cell: cellAt(sheet, merge.fromRow, merge.fromColumn) }))
    .filter(({ cell }) => cell?.style?.fontColor === "#FFFFFF" && cell.column < 12)
    .slice(0, 4);
}

describe("planSummary on the worked example", () => {
  it("starts with the title, campaign, data sources and creation time, as text", () => {
    expect(textsOf(plan).slice(0, 3)).toEqual(["Campaign summary", "Campaign", "Early Bird"]);
    expect(textsOf(plan)).toEqual(
      expect.arrayContaining([
        "Posts!A1:J11",
        "Mentions!A1:E1201",
        "Orders!A1:G201",
        "2024-04-01 17:00",
      ])
    );
  });

  it("has input cells for the assumptions, which the formulas read", () => {
    expect(figureCell(plan, "windowDays")).toMatchObject({
      content: { kind: "number", value: 7 },
      style: { input: true },
    });
    expect(figureCell(plan, "emvAsReturn")?.content).toEqual({ kind: "boolean", value: true });
    // Rows 1-6 title, campaign, three sources, creation; row 8 the heading, then the window in G9.
    const window = figureCell(plan, "windowDays");
    expect(window && [window.row, window.column]).toEqual([8, 6]);
    // Staff hours in G11 and their hourly rate in G12, 0 unless given.
    expect([figureCell(plan, "staffHours"), figureCell(plan, "hourlyRate")]).toMatchObject([
      { row: 10, column: 6, content: { kind: "number", value: 0 }, style: { input: true } },
      { row: 11, column: 6, content: { kind: "number", value: 0 }, style: { input: true } },
    ]);
    // The rate card from row 14: title, header, the four channels on 16-19, other channels on 20,
    // whose CPM (D20) is the one docs/kpi.md's EMV uses when no channel is listed.
    expect(figureCell(plan, "cpm")).toMatchObject({
      row: 19,
      column: 3,
      content: { kind: "number", value: 8 },
      style: { input: true },
    });
    // EMV adds up the card's EMV column, H16:H20.
    expect(figureCell(plan, "emv")?.content).toEqual({
      kind: "formula",
      formula: "=SUM($H$16:$H$20)",
    });
  });

  it("writes every available figure once, as a formula, except the repeat rate", () => {
    const available = [...availableFigures(example.sources)];
    // All 24 measured figures but NPS and its margin of error: the example has no survey scores.
    expect(available).toHaveLength(22);
    for (const figure of available) {
      const cells = plan.cells.filter((cell) => cell.figure === figure);
      expect(cells).toHaveLength(1);
      expect(cells[0].content.kind).toBe(figure === "repeatRate" ? "number" : "formula");
    }
  });

  it("draws the pyramid: apex narrowest at the top, each tier wider, one colour each", () => {
    const bars = tierBars(plan);
    expect(bars.map(({ cell }) => cell?.content)).toEqual([
      { kind: "text", text: "Apex: was it worth it?" },
      { kind: "text", text: "Action: did they buy?" },
      { kind: "text", text: "Sentiment: did they like it?" },
      { kind: "text", text: "Volume: how many heard it?" },
    ]);
    // Columns E:H, D:I, C:J, B:K: two wider per tier, all centred on the same line.
    expect(bars.map(({ merge }) => [merge.fromColumn, merge.toColumn])).toEqual([
      [4, 7],
      [3, 8],
      [2, 9],
      [1, 10],
    ]);
    const rows = bars.map(({ merge }) => merge.fromRow);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(new Set(bars.map(({ cell }) => cell?.style?.fill)).size).toBe(4);
  });

  it("puts ROI at the apex, then action, sentiment and volume figures", () => {
    const rowOf = (figure: Parameters<typeof figureCell>[1]) => figureCell(plan, figure)?.row ?? -1;
    expect(rowOf("roi")).toBeLessThan(rowOf("orders"));
    expect(rowOf("costPerOrder")).toBeLessThan(rowOf("positive"));
    expect(rowOf("socialNps")).toBeLessThan(rowOf("impressions"));
    expect(figureCell(plan, "roiWithEmv")?.content).toEqual({
      kind: "formula",
      // "EMV counts as return" in G10, revenue G30, cost G31 (its staff time on G32), EMV G47.
      formula: '=IF($G$10,IF(G31=0,"",(G30+G47-G31)/G31),"")',
    });
  });

  it("formats money, counts, rates, NPS and ROI as users expect", () => {
    const formatOf = (figure: Parameters<typeof figureCell>[1]) =>
      figureCell(plan, figure)?.numberFormat;
    expect(formatOf("emv")).toBe("#,##0.00");
    expect(formatOf("revenue")).toBe("#,##0.00");
    expect(formatOf("impressions")).toBe("#,##0");
    expect(formatOf("engagementRate")).toBe("0.00%");
    expect(formatOf("socialNps")).toBe("+0;-0;0");
    expect(formatOf("roi")).toBe("0.0%");
  });

  it("writes the repeat rate as a value with a note saying when it was computed", () => {
    const repeat = figureCell(plan, "repeatRate");
    expect(repeat?.content).toEqual({ kind: "number", value: 30 / 170 });
    expect(repeat?.note).toContain(COMPUTED_AT);
    expect(repeat?.note).toContain("170 customers, 30 of whom");
  });

  it.each([
    ["en", "run the summary again", /pane/],
    ["zh-CN", "再次生成汇总", /窗格/],
    ["zh-TW", "再次建立摘要", /窗格/],
  ] as const)(
    "tells how to update the computed values in words for the pane and the command line alike (%s)",
    (locale, again, pane) => {
      const { plan: localised } = planFor(example.sources, example.rows, locale);
      const title = wordsOf(locale).sheet.weeksTitle;
      const weeksTitle = localised.cells.find(
        (cell) => cell.content.kind === "text" && cell.content.text === title
      );
      for (const note of [figureCell(localised, "repeatRate")?.note, weeksTitle?.note]) {
        expect(note).toContain(again);
        expect(note).not.toMatch(pane);
      }
    }
  );

  it("never divides where a zero would show #DIV/0!", () => {
    for (const formula of formulasOf(plan).filter((f) => /\/[A-Z$]/.test(f)))
      expect(formula).toMatch(/^IF\(/);
  });

  it("lists the creators in the calculator's order, names as text, figures as formulas", () => {
    const header = plan.cells.find(
      (cell) => cell.content.kind === "text" && cell.content.text === "Creator"
    );
    const names = [1, 2, 3, 4, 5].map(
      (offset) => cellAt(plan, (header?.row ?? 0) + offset, 1)?.content
    );
    expect(names).toEqual(
      ["小美咖啡日记", "阿杰的早餐", "Coffee Lab Leo", "豆子研究所", "Mia Brews"].map((text) => ({
        kind: "text",
        text,
      }))
    );
    const row = (header?.row ?? 0) + 1;
    // Posts, impressions, EMV, cost, CPE, CPV, orders, revenue, ROI in D:L of the first creator's row.
    expect([3, 4, 6, 9, 10].map((column) => cellAt(plan, row, column)?.content)).toEqual([
      { kind: "formula", formula: `=COUNTIFS(Posts!$C$2:$C$10011,$B${row + 1})` },
      { kind: "formula", formula: `=SUMIFS(Posts!$E$2:$E$10011,Posts!$C$2:$C$10011,$B${row + 1})` },
      { kind: "formula", formula: `=SUMIFS(Posts!$I$2:$I$10011,Posts!$C$2:$C$10011,$B${row + 1})` },
      { kind: "formula", formula: `=COUNTIFS(Orders!$D$2:$D$10201,$C${row + 1})` },
      {
        kind: "formula",
        formula: `=SUMIFS(Orders!$F$2:$F$10201,Orders!$D$2:$D$10201,$C${row + 1})`,
      },
    ]);
    // The cost (G) over the creator's reposts (F), comments (G) and likes (H) of the posts, or over
    // the impressions (E); blank where there are none, as the volume layer's CPE and CPV.
    const byCreator = (column: string) =>
      `SUMIFS(Posts!$${column}$2:$${column}$10011,Posts!$C$2:$C$10011,$B${row + 1})`;
    const engagements = `(${byCreator("F")}+${byCreator("G")}+${byCreator("H")})`;
    expect([7, 8].map((column) => cellAt(plan, row, column)?.content)).toEqual([
      { kind: "formula", formula: `=IF(${engagements}=0,"",G${row + 1}/${engagements})` },
      { kind: "formula", formula: `=IF(E${row + 1}=0,"",G${row + 1}/E${row + 1})` },
    ]);
    // Formatted as the campaign's CPE and CPV, so fractions of a cent stay visible.
    expect([7, 8].map((column) => cellAt(plan, row, column)?.numberFormat)).toEqual([
      figureFormat("costPerEngagement"),
      figureFormat("costPerView"),
    ]);
    expect(figureFormat("costPerView")).toBe("#,##0.00##");
    expect(plan.conditionalFormats).toEqual([
      { kind: "trafficLight", address: `L${row + 1}:L${row + 5}`, amberFrom: 0, greenFrom: 1 },
    ]);
  });

  it("charts the funnel from impressions to orders", () => {
    expect(plan.charts[0]).toEqual(
      expect.objectContaining({
        preferred: "funnel",
        fallback: "bar",
        title: "From reach to orders",
      })
    );
    const [chart] = plan.charts;
    // Retention on 22-23 beside the apex, the funnel's title on 25, its stages on 26-29.
    expect(chart.categoriesAddress).toBe("M26:M29");
    expect(chart.valuesAddress).toBe("N26:N29");
    expect([25, 26, 27, 28].map((row) => cellAt(plan, row, 12)?.content)).toEqual(
      ["Impressions", "Engagements", "Positive mentions", "Orders"].map((text) => ({
        kind: "text",
        text,
      }))
    );
  });

  it("is deterministic and names the sheet and the sheets it reads", () => {
    expect(planFor(example.sources, example.rows).plan).toEqual(plan);
    expect(plan.baseName).toBe("Early Bird summary");
    expect(plan.sourceSheets).toEqual(["Posts", "Mentions", "Orders"]);
  });
});

describe("planSummary with missing sources and columns", () => {
  it("without mentions keeps the sentiment tier, saying what would measure it", () => {
    const sources = example.sources.filter((s) => s.table.kind !== "mentions");
    const { plan: partial } = planFor(sources, {
      posts: example.rows.posts,
      orders: example.rows.orders,
    });
    expect(figureCell(partial, "positive")).toBeUndefined();
    expect(figureCell(partial, "socialNps")).toBeUndefined();
    expect(textsOf(partial)).toContain(
      "Add a mentions source with sentiment labels, comment text or survey scores."
    );
    // One source line fewer moves everything up a row: retention on 21-22, funnel title 24, stages 25-27.
    expect(partial.charts[0].categoriesAddress).toBe("M25:M27");
    expect(figureCell(partial, "roi")).toBeDefined();
  });

  it("without orders has no action figures, no ROI, no retention and a shorter leaderboard", () => {
    const sources = example.sources.filter((s) => s.table.kind !== "orders");
    const { plan: partial } = planFor(sources, {
      posts: example.rows.posts,
      mentions: example.rows.mentions,
    });
    for (const figure of ["orders", "revenue", "roi", "roiWithEmv", "repeatRate"] as const)
      expect(figureCell(partial, figure)).toBeUndefined();
    expect(figureCell(partial, "cost")).toBeDefined();
    expect(textsOf(partial)).toContain("Creators (KOC/KOL), by ROI");
    expect(textsOf(partial)).not.toContain("Retention");
    expect(textsOf(partial)).not.toContain("ROI");
    expect(partial.conditionalFormats).toEqual([]);
  });

  it("without a creator or code column has no leaderboard", () => {
    const posts = mapped(table("posts", ["Impressions"], [[1000]]));
    const { plan: bare } = planFor([posts], { posts: [[1000]] });
    expect(textsOf(bare)).not.toContain("Creators (KOC/KOL), by ROI");
    expect(figureCell(bare, "impressions")?.content).toEqual({
      kind: "formula",
      formula: "=SUM(Posts!$A$2:$A$10002)",
    });
  });
});
