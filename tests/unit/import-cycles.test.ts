import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Two modules that import each other load in an order that depends on who imports first: one of
// them sees the other half-initialized. eslint-plugin-import's no-cycle would need
// eslint-import-resolver-typescript for "@/" paths, whose native resolver the offline registry
// cannot lock for every platform (see eslint.config.mjs), so this walks the graph itself.

const root = path.resolve(__dirname, "../..");
const DIRS = ["lib", "components", "app"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Each project file and the project files it imports (type-only imports included: they still tie the two files). */
function importGraph(): Map<string, string[]> {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), (file) => ts.sys.readFile(file)).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const files = DIRS.flatMap((dir) => sourceFiles(path.join(root, dir)));
  const inProject = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
      const targets = importedFiles.flatMap(
        ({ fileName }) => ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName ?? [],
      );
      return [file, targets.map((target) => path.resolve(target)).filter((target) => inProject.has(target))];
    }),
  );
}

/** The cycles, one per strongly connected component of more than one file (or a file importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(path.relative(root, member));
    } while (member !== file);
    if (component.length > 1 || graph.get(file)!.includes(file)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe("imports", () => {
  const graph = importGraph();

  it("sees the project's imports, relative and through @/", () => {
    const rel = (file: string) => (graph.get(path.join(root, file)) ?? []).map((target) => path.relative(root, target));
    expect(rel("lib/documents/queries.ts")).toContain("lib/documents/serialize.ts");
    expect(rel("components/forms/use-zod-form.ts").some((target) => target.startsWith("lib/"))).toBe(true);
  });

  it("lib/, components/ and app/ form no import cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("would report one", () => {
    const a = path.join(root, "a.ts");
    const b = path.join(root, "b.ts");
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([["a.ts", "b.ts"]]);
  });
});
