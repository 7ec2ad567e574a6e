// A stand-in for Excel on the web around the built pane: a page on an Office domain that frames the pane, as
// Excel does, and answers Microsoft's office.js over postMessage just far enough for it to start, so that the
// real office.js loads its Excel on the web script and strings and reports Excel to the pane.
import { BrowserContext, Frame, Page } from "playwright-core";
import { DIST } from "./browsing";
import { routeNetwork, SeenRequest } from "./network";
import { watchErrors } from "./pane-page";
import { contentTypeOf, fileFor } from "./server";

// office.js trusts a host frame only on Office's own domains, over https.
const EXCEL_ON_THE_WEB = "https://excel.officeapps.live.com";
const HOST_PAGE = `${EXCEL_ON_THE_WEB}/x/workbook.html`;
/** The add-in's origin here: dist/ over https, as an https host page may only frame https. */
export const ADDIN_ORIGIN = "https://wom-kpis.test";

export interface WebPaneSession {
  page: Page;
  /** The pane's frame inside the stand-in Excel page. */
  pane: Frame;
  /** Every request that went to the Office CDN or was blocked. */
  requests: SeenRequest[];
  /** Console errors, uncaught exceptions and dialogs of the host page and the pane. */
  errors: string[];
}

export interface WebPaneOptions {
  /** Excel's display language, as Office.context.displayLanguage gives it. */
  displayLanguage: string;
  /** Take away constructable style sheets, as Safari before 16.4 lacks them. */
  withoutConstructableStyleSheets?: boolean;
}

/**
 * Runs in the host page: Excel's half of office.js's start-up. It sends the add-in's context and says yes to
 * every other request: event registrations and office.js's own first Excel call, whose result it does not read.
 */
function answerOfficeJs(displayLanguage: string): void {
  const context = {
    _id: "wom-kpis",
    _appName: 16, // OSF.AppName.ExcelWebApp
    _appVersion: "16.0",
    _appMinorVersion: 1,
    _appUILocale: displayLanguage,
    _dataLocale: displayLanguage,
    _docUrl: "",
    _clientMode: 1,
    _settings: [],
    _reason: 0,
    _osfControlType: 1,
    _eToken: "",
    _requirementMatrix: JSON.stringify({ ExcelApi: "1.12", SharedRuntime: "1.1" }),
  };
  window.addEventListener("message", (event) => {
    let request;
    try {
      request = JSON.parse(event.data);
    } catch {
      return;
    }
    if (request._messageType !== 0) return;
    const data =
      request._actionName === "ContextActivationManager_getAppContextAsync"
        ? context
        : request._actionName === "executeMethod"
          ? { Version: 1, Error: 0, Data: [200, [], "{}"] }
          : {};
    const { _actionName, _conversationId, _correlationId } = request;
    const response = { _messageType: 1, _actionName, _conversationId, _correlationId };
    const answer = { ...response, _errorCode: 0, _responseType: 0, _data: data };
    (event.source as Window).postMessage(JSON.stringify(answer), event.origin);
  });
}

function hostPage(displayLanguage: string): string {
  // What Excel passes a pane: its host, platform, version and language, and where to talk back to.
  const hostInfo = encodeURIComponent(`Excel$Web$16.01$${displayLanguage}$$$$0`);
  const pane = `${ADDIN_ORIGIN}/taskpane.html?_host_Info=${hostInfo}#&_xdm_Info=wom$wom-kpis$${HOST_PAGE}`;
  return `<!doctype html><html><body>
<iframe id="pane" title="WOM KPIs" src="${pane}" width="320" height="700"></iframe>
<script>(${answerOfficeJs.toString()})(${JSON.stringify(displayLanguage)});</script>
</body></html>`;
}

// Safari before 16.4 has no constructable style sheets, and so no adoptedStyleSheets on documents and shadow roots.
function withoutConstructableStyleSheets(): void {
  const prototype = CSSStyleSheet.prototype as Partial<CSSStyleSheet>;
  delete prototype.replace;
  delete prototype.replaceSync;
  delete (Document.prototype as Partial<Document>).adoptedStyleSheets;
  delete (ShadowRoot.prototype as Partial<ShadowRoot>).adoptedStyleSheets;
}

/** Opens the stand-in Excel on the web with the built pane in its frame, over Microsoft's office.js. */
export async function openInExcelOnTheWeb(
  context: BrowserContext,
  options: WebPaneOptions
): Promise<WebPaneSession> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 760 });
  const errors = await watchErrors(page);
  if (options.withoutConstructableStyleSheets)
    await page.addInitScript(withoutConstructableStyleSheets);
  const requests = await routeNetwork(page, ADDIN_ORIGIN, "office.js");
  // Registered last, so tried first: the host page and the add-in's files; the rest as routeNetwork decides.
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === HOST_PAGE)
      return route.fulfill({ body: hostPage(options.displayLanguage), contentType: "text/html" });
    if (!url.startsWith(`${ADDIN_ORIGIN}/`)) return route.fallback();
    const file = fileFor(DIST, url);
    return file
      ? route.fulfill({ path: file, contentType: contentTypeOf(file) })
      : route.fulfill({ status: 404 });
  });
  await page.goto(HOST_PAGE);
  const pane = page.frames().find((frame) => frame.url().startsWith(ADDIN_ORIGIN));
  if (!pane) throw new Error("the stand-in Excel page holds no pane");
  return { page, pane, requests, errors };
}
