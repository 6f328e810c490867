import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { canRunLocalJvm, ensureMavenJars, hasCommand } from "../../../src/services/local-jvm.js";

// The parts of the shared local-service machinery that need no JVM; starting real ones is tested in
// tests/integration (local Neo4j, local tagger).
describe("local JVM services", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it("tells a missing command from a present one", () => {
    expect(hasCommand("node")).toBe(true);
    expect(hasCommand("no-such-command-for-sure")).toBe(false);
  });

  it("uses a complete jar cache as it is, without running Maven", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jvm-cache-"));
    dirs.push(dir);
    const marker = path.join(dir, "complete");
    fs.writeFileSync(marker, "done");
    const logs: string[] = [];
    const lib = await ensureMavenJars({
      label: "Test",
      pom: path.join(dir, "no-such-pom.xml"),
      libDir: path.join(dir, "lib"),
      markerFile: marker,
      downloadSize: "none",
      log: (m) => logs.push(m),
    });
    expect(lib).toBe(path.join(dir, "lib"));
    expect(logs).toEqual([]);
  });

  it("fails with Maven's own words when the jars cannot be fetched, and leaves no completion marker", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jvm-cache-"));
    dirs.push(dir);
    const marker = path.join(dir, "complete");
    const jars = {
      label: "Test 1.0",
      pom: path.join(dir, "no-such-pom.xml"),
      libDir: path.join(dir, "lib"),
      markerFile: marker,
      downloadSize: "none",
    };
    if (!hasCommand("mvn")) {
      expect(canRunLocalJvm({ name: "Test", markerFile: marker }).reason).toMatch(/no `mvn` on PATH to fetch Test's/);
      return;
    }
    await expect(ensureMavenJars(jars)).rejects.toThrow(/mvn failed \(exit 1\) fetching Test 1\.0 jars/);
    expect(fs.existsSync(marker)).toBe(false);
  }, 60_000);
});
