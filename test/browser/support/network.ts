// The page's network in the tests: the add-in's origin is served, the Office CDN is answered from disk,
// and every other request is blocked and remembered.
import fs from "fs";
import path from "path";
import { Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../../..");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_COPY = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
/** The stand-in office.js that the build writes beside dist/, never into it. */
export const STAND_IN_OFFICE_JS = path.join(ROOT, "dist-test/office-stand-in.js");

/** What answers at office.js's CDN address: Microsoft's own copy, or the stand-in that reports Excel. */
export type OfficeScript = "office.js" | "stand-in";

export interface SeenRequest {
  url: string;
  method: string;
  body: string | null;
  /** True when it would have left this machine for anywhere but the Office CDN. */
  blocked: boolean;
}

function officeFile(url: string, office: OfficeScript): string | undefined {
  const name = new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length);
  if (office === "stand-in" && name === "office.js") return STAND_IN_OFFICE_JS;
  const file = path.join(OFFICE_JS_COPY, name);
  return file.startsWith(OFFICE_JS_COPY + path.sep) && fs.existsSync(file) ? file : undefined;
}

/** Routes every request of the page; the returned list fills up with each one as it is made. */
export async function routeNetwork(
  page: Page,
  origin: string,
  office: OfficeScript
): Promise<SeenRequest[]> {
  const seen: SeenRequest[] = [];
  page.on("websocket", (socket) =>
    seen.push({ url: socket.url(), method: "WEBSOCKET", body: null, blocked: true })
  );
  await page.route("**/*", async (route) => {
    const request = route.request();
    const url = request.url();
    const remember = (blocked: boolean) =>
      seen.push({ url, method: request.method(), body: request.postData(), blocked });
    if (url.startsWith(`${origin}/`)) {
      remember(false);
      return route.continue();
    }
    if (url.startsWith(OFFICE_CDN)) {
      remember(false);
      const file = officeFile(url, office);
      if (!file) return route.fulfill({ status: 404 });
      return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
    }
    remember(true);
    return route.abort("blockedbyclient");
  });
  return seen;
}
