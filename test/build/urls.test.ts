// The base URL a production build is made for: ADDIN_URL, else package.json's placeholder; refused unless usable.
const { baseUrlProblem, productionUrl } = require("../../scripts/urls");
const packageJson = require("../../package.json");

describe("the production base URL", () => {
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  it("is ADDIN_URL when it is set", () => {
    process.env.ADDIN_URL = "https://kpi.example.org/addin/";
    expect(productionUrl()).toBe("https://kpi.example.org/addin/");
  });

  it("is package.json's config.production_url otherwise", () => {
    delete process.env.ADDIN_URL;
    expect(productionUrl()).toBe(packageJson.config.production_url);
  });

  it("says which setting holds a URL it refuses", () => {
    process.env.ADDIN_URL = "https://kpi.example.org/addin";
    expect(() => productionUrl()).toThrow(
      'ADDIN_URL "https://kpi.example.org/addin" must end with "/", as the folder the files are uploaded to: https://kpi.example.org/addin/'
    );
  });

  it.each([
    [
      "http://kpi.example.org/addin/",
      "must start with https:// (Office loads add-ins over HTTPS only)",
    ],
    ["kpi.example.org/addin/", "is not a URL"],
    ["https://kpi.example.org/add in/", "must not contain spaces, quotes or angle brackets"],
    ["https://kpi.example.org/addin/?v=2", "must not have a query or a fragment"],
    ["https://kpi.example.org/addin/#top", "must not have a query or a fragment"],
    [
      "https://localhost:3000/",
      "must not be this machine: the production build is for a host that users reach",
    ],
    [
      "https://127.0.0.1/addin/",
      "must not be this machine: the production build is for a host that users reach",
    ],
  ])("refuses %p: it %s", (url, problem) => {
    expect(baseUrlProblem(url)).toBe(problem);
  });

  it.each(["https://kpi.example.org/", "https://cdn.example.com/teams/marketing/wom-kpis/"])(
    "takes %p",
    (url) => {
      expect(baseUrlProblem(url)).toBeUndefined();
    }
  );
});
