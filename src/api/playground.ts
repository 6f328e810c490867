/**
 * Offline GraphiQL: the page and its scripts come from npm packages (graphiql 3 UMD build, React 18 UMD) served by
 * our own server, because Apollo's default landing page loads from a CDN that analysts' machines may not reach.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const ASSETS: Record<string, { file: () => string; type: string }> = {
  "react.js": { file: () => packageFile("react", "umd/react.production.min.js"), type: "text/javascript" },
  "react-dom.js": { file: () => packageFile("react-dom", "umd/react-dom.production.min.js"), type: "text/javascript" },
  "graphiql.js": { file: () => packageFile("graphiql", "dist/index.umd.js"), type: "text/javascript" },
  "graphiql.css": { file: () => packageFile("graphiql", "dist/style.css"), type: "text/css" },
};

const DEFAULT_QUERY = `# Arabic news graph. Try:
{
  actors(first: 5) {
    nodes { id name nameAr kind degree }
  }
  stats { actors events articles }
}
`;

// Served as a file (not inline) so that the page works under a strict script-src 'self' policy.
const START_SCRIPT = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + window.location.pathname });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false
  }));
})();
`;

const cache = new Map<string, Buffer>();

/** The GraphiQL page; `base` is the GraphQL path (assets live under `${base}/assets/`). */
export function playgroundHtml(base: string): string {
  const a = `${base}/assets`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Arabic news graph · GraphiQL</title>
<link rel="stylesheet" href="${a}/graphiql.css">
<link rel="stylesheet" href="${a}/page.css">
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${a}/react.js"></script>
<script src="${a}/react-dom.js"></script>
<script src="${a}/graphiql.js"></script>
<script src="${a}/start.js"></script>
</body>
</html>
`;
}

/** A playground asset by file name, or undefined for an unknown name (never a path: no traversal possible). */
export function playgroundAsset(name: string): { body: Buffer; type: string } | undefined {
  if (name === "start.js") return { body: Buffer.from(START_SCRIPT), type: "text/javascript" };
  if (name === "page.css")
    return { body: Buffer.from("body { margin: 0; } #graphiql { height: 100vh; }\n"), type: "text/css" };
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return undefined;
  let body = cache.get(name);
  if (!body) {
    body = fs.readFileSync(asset.file());
    cache.set(name, body);
  }
  return { body, type: asset.type };
}

/** Content-Security-Policy of the playground page: everything from our own origin. */
export const PLAYGROUND_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
