// Serves a built folder on a free localhost port, as the add-in's web server does in production.
import fs from "fs";
import http from "http";
import { AddressInfo } from "net";
import path from "path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
};

/** The Content-Type a web server gives a file, by its extension. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
}

export interface StaticServer {
  /** "http://127.0.0.1:<port>", the add-in's origin in the tests. */
  origin: string;
  close(): Promise<void>;
}

/** The file a request asks for, or undefined when it is outside the folder or not there. */
export function fileFor(directory: string, url: string | undefined): string | undefined {
  const pathname = decodeURIComponent(new URL(url ?? "/", "http://localhost").pathname);
  const file = path.join(directory, pathname);
  if (!file.startsWith(directory + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/** Starts serving `directory` (an absolute path) on 127.0.0.1. */
export async function serveDirectory(directory: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const file = fileFor(directory, request.url);
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": contentTypeOf(file) });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
