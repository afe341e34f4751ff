/**
 * Import direction and the Office/DOM boundary, checked on the real tree:
 * - dependency-cruiser's rules (.dependency-cruiser.cjs) hold: the rules core
 *   imports nothing but itself, the message formatter and zod; src/ledger and
 *   src/report stay free of React and the file system; no cycles;
 * - the `Excel` and `Office` globals are used only in src/excel (and the
 *   task pane's host detection, which only asks whether Office is there);
 * - the rules core never touches the DOM or Node's I/O.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...files(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Source without comments and string literals, so words in them don't count. */
function code(path: string): string {
  return readFileSync(join(root, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

describe('architecture', () => {
  test('dependency-cruiser finds no violation', () => {
    const bin = join(root, 'node_modules', '.bin', 'depcruise');
    let output = '';
    try {
      output = execFileSync(
        bin,
        ['src', 'functions', 'taskpane', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`dependency-cruiser reported violations:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
    expect(output).not.toMatch(/error/);
  });

  test('Office.js globals are used only in src/excel', () => {
    const offenders: string[] = [];
    for (const dir of ['src', 'functions', 'taskpane']) {
      for (const f of files(dir)) {
        if (f.startsWith(join('src', 'excel'))) continue;
        if (f === join('taskpane', 'host.ts')) continue; // asks only whether Office is present
        const src = code(f);
        if (/(?<![\w.])(Excel\.run|Excel\.|Office\.context|Office\.onReady|OfficeExtension)\b/.test(src))
          offenders.push(relative(root, join(root, f)));
      }
    }
    expect(offenders).toEqual([]);
  });

  test('commands (Office.actions, Office.addin) are only in taskpane/commands.ts, and guarded there', () => {
    // The ribbon and context-menu commands are not workbook access: they live beside the pane, in
    // one module that checks Office.actions exists before associating (preview mode has none).
    const offenders: string[] = [];
    for (const dir of ['src', 'functions', 'taskpane']) {
      for (const f of files(dir)) {
        if (f === join('taskpane', 'commands.ts')) continue;
        if (/(\.actions\s*\.\s*associate|Office\s*\.\s*(actions|addin)|showAsTaskpane)\b/.test(code(f)))
          offenders.push(f);
      }
    }
    expect(offenders).toEqual([]);
    const commands = code(join('taskpane', 'commands.ts'));
    expect(commands).toMatch(/typeof actions\.associate !== ''/);
    expect(commands).toMatch(/typeof office\?\.addin\?\.showAsTaskpane === ''/);
  });

  test('the rules core touches no DOM and no Node I/O', () => {
    const offenders: string[] = [];
    for (const f of files(join('src', 'rules'))) {
      const src = code(f);
      if (/(?<![\w.])(document|window|navigator|localStorage|globalThis|process)\s*\./.test(src))
        offenders.push(f);
      if (/(?<![\w.])(fetch|require|XMLHttpRequest)\s*\(/.test(src)) offenders.push(f);
      const raw = readFileSync(join(root, f), 'utf8');
      if (/\bfrom\s+['"](node:|fs|path|os|child_process|http|https|net)\b/.test(raw)) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });
});
