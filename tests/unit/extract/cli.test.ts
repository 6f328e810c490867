// The extract CLI end to end: JSON lines for good files, a clear message and exit code 1 for bad ones. Unit tests
// start no JVM: these run without the tagger (each way of saying so); the tagged CLI is tested in
// tests/integration/nlp/extract-cli.test.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");

function run(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/extract.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("extract CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
  const good = join(dir, "good.txt");
  const bad = join(dir, "bad.txt");
  writeFileSync(good, "---\ndate: 2024-01-10\n---\nالتقى بوتين أردوغان في سوتشي.\nلم يلتق بلينكن لافروف.\n");
  writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));

  it("prints every relation as JSON, continues after a bad file and exits 1", () => {
    const r = run([bad, good, join(dir, "missing.txt"), "--format", "jsonl", "--no-tagger"]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/warning: Arabic tagger off \(--no-tagger\)/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.txt: binary content/);
    expect(r.stderr).toMatch(/missing\.txt/);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      article: "good",
      subject: { id: "vladimir-putin", name: "Vladimir Putin", nameAr: "فلاديمير بوتين", kind: "PERSON" },
      predicate: "MET",
      object: { id: "recep-tayyip-erdogan" },
      mode: "meeting",
      negated: false,
      modality: "asserted",
      date: "2024-01-10",
      location: { name: "Sochi" },
      trigger: "التقى",
      plover: "CONSULT",
      cameo: "040",
    });
    expect(lines[1]).toMatchObject({ predicate: "MET", negated: true });
    // People carry their state so consumers can roll relations up to it.
    expect(lines[0]).toMatchObject({ subject: { country: { id: "RUS", name: "Russia" } } });
    expect(lines[0]?.object).toMatchObject({ country: { id: "TUR" } });
  }, 30_000);

  it("prints a table for people and exits 0 when all files are fine", () => {
    const r = run([good, "--format", "table"], { NLP_DISABLED: "true" });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^extract: warning: Arabic tagger off \(NLP_DISABLED\): extraction uses the rules/m);
    expect(r.stdout.split("\n")[0]).toMatch(/^article\s+subject\s+predicate/);
    expect(r.stdout).toMatch(/Vladimir Putin\s+MET\/meeting\s+Recep Tayyip Erdoğan/);
  }, 30_000);
});
