import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const recentFile = z.object({ projects: z.array(z.string()).max(50) });

/** The user's recent projects, kept outside any project file (in the app's data folder). */
export class RecentProjects {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent-projects.json');
  }

  list(): string[] {
    try {
      const parsed = recentFile.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data.projects.filter((p) => existsSync(p)) : [];
    } catch {
      return []; // missing or unreadable: start a fresh list rather than fail opening a project
    }
  }

  add(path: string): void {
    const abs = resolve(path);
    const projects = [abs, ...this.list().filter((p) => p !== abs)].slice(0, 12);
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ projects }, null, 2));
      renameSync(tmp, this.file); // atomic replace: never a half-written list
    } catch {
      /* the recent list is a convenience; failing to save it must not fail the open */
    }
  }
}
