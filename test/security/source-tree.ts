import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PERMISSIONS } from '../../lib/auth/permissions.ts';

// What the access-control tests enumerate, read from the source tree at test time (so a new
// action, route handler or admin page is covered the moment it exists).

export const ROOT = path.resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', '.next', '.git', 'generated', 'e2e', 'test', 'tmp', 'scripts', 'bench', 'public']);

export function sourceFiles(dir = ROOT): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) found.push(full);
  }
  return found;
}

export function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** Source without comments (good enough for directive and export detection). */
export function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

const DIRECTIVE = /^\s*(['"])use server\1;?/;

/** Files whose first statement is 'use server' (every export is a callable server action). */
export function serverActionFiles(): string[] {
  return sourceFiles().filter((file) => DIRECTIVE.test(codeOf(file)));
}

/** Files with a 'use server' directive anywhere but the top (inline actions in components). */
export function inlineServerActionFiles(): string[] {
  return sourceFiles().filter((file) => {
    const code = codeOf(file);
    return !DIRECTIVE.test(code) && /(['"])use server\1/.test(code);
  });
}

/** Names a module exports, read from its source. */
export function exportedNames(file: string): string[] {
  const code = codeOf(file);
  const names = new Set<string>();
  for (const match of code.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1] as string);
  for (const match of code.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (match[1] as string).split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .at(-1)
        ?.trim();
      if (name) names.add(name);
    }
  }
  if (/export\s+default\b/.test(code)) names.add('default');
  return [...names];
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** `path#METHOD` for every route handler, `path#default` for sitemap/robots/manifest routes. */
export function routeHandlerKeys(): string[] {
  const keys: string[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'app'))) {
    const name = path.basename(file);
    if (/^route\.tsx?$/.test(name)) {
      for (const method of exportedNames(file).filter((n) => HTTP_METHODS.has(n))) keys.push(`${relative(file)}#${method}`);
    } else if (/^(sitemap|robots|manifest)\.tsx?$/.test(name)) {
      keys.push(`${relative(file)}#default`);
    }
  }
  return keys.sort();
}

/** Route patterns ('/quan-tri/tin-tuc/[id]') of every page under app/quan-tri. */
export function adminPageRoutes(): { route: string; file: string }[] {
  return sourceFiles(path.join(ROOT, 'app', 'quan-tri'))
    .filter((file) => /\/page\.tsx?$/.test(file))
    .map((file) => {
      const dir = path.dirname(relative(file)).replace(/^app/, '');
      // Route groups "(name)" don't appear in the URL.
      return {
        route: dir
          .split('/')
          .filter((part) => !/^\(.*\)$/.test(part))
          .join('/'),
        file,
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * The access an action built with defineAction declares, read from its source for the
 * end-to-end test (which cannot load server code): the `permission: '…'` inside the export's own
 * statement (or the first permission it names, as in `bulkAction('article.trash', …)`), else the
 * one permission its file names everywhere (a shared definition such as
 * `recordActions({ permission: 'video.manage', … })`). The access matrix checks this reading
 * against each loaded action's definition, so the two cannot drift.
 */
export function declaredAccessInSource(relativeFile: string, exportName: string): string | undefined {
  const code = codeOf(path.join(ROOT, relativeFile));
  const permissions = (text: string) => [...text.matchAll(/\bpermission:\s*'([^']+)'/g)].map((match) => match[1]!);
  const start = code.search(new RegExp(`export const ${exportName}\\b`));
  if (start === -1) return undefined;
  const next = code.slice(start + 1).search(/\nexport /);
  const statement = next === -1 ? code.slice(start) : code.slice(start, start + 1 + next);
  const own = permissions(statement);
  if (own.length > 0) return own[0];
  const named = [...statement.matchAll(/'([A-Za-z]+\.[A-Za-z]+)'/g)].map((match) => match[1]!).find((literal) => literal in PERMISSIONS);
  if (named) return named;
  const all = new Set(permissions(code));
  return all.size === 1 ? [...all][0] : undefined;
}
