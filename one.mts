// scratch: npx tsx one.mts TEXT '{"word":"TAG"}'  (DBG env for traces)
import { extractPrepared, prepareArticles, taggingRequest } from "./src/extract/index.js";
import { atbForm } from "./src/extract/tagging.js";
import { readExtractionData } from "./src/ingest/read-data.js";
const d = readExtractionData();
const data = d;
const [text, lexJson] = process.argv.slice(2);
const lex = JSON.parse(lexJson ?? "{}") as Record<string, string>;
const norm = Object.fromEntries(Object.entries(lex).map(([w, t]) => [atbForm(w), t]));
const prepared = prepareArticles({ fileName: "t.txt", text: text ?? "", ...(data as object) } as never);
const tags = taggingRequest(prepared).map((ws) =>
  ws.map((w) => norm[w] ?? (/^[\p{P}\p{S}]+$/u.test(w) ? "PUNC" : "NN")),
);
const [x] = extractPrepared({ prepared, tags, ...(data as object) } as never);
for (const r of x?.relations ?? [])
  console.log(r.subject.nameAr, r.type, r.object.id, r.negated ? "NEG" : "", r.modality);
