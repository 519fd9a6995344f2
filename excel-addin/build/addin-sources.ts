import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Text of every TypeScript source of the add-in (not the build scripts), to find the APIs it calls. */
export function addinSources(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'build' && entry.name !== 'node_modules') walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push(readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return out;
}
