/**
 * Offline checks of manifest.xml (issue 4): resids resolve, ids unique, URLs
 * https, shared runtime + CustomFunctions + namespace, zh-CN overrides, icons,
 * the production URL rewrite, and `office-addin-manifest info` succeeding.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { COMMAND_IDS } from '../taskpane/commands';
import {
  associatedActionIds,
  checkManifest,
  normalizePublicUrl,
  parseXml,
  resourceValue,
  rewriteManifestUrls,
  type XmlNode,
} from '../scripts/manifest-tools';
import { turnUsageDataOff } from '../scripts/usage-data-off';

const root = path.resolve(__dirname, '..');
const manifestPath = path.join(root, 'manifest.xml');
const xml = fs.readFileSync(manifestPath, 'utf8');

function* walk(node: XmlNode, ancestors: XmlNode[] = []): Generator<{ node: XmlNode; ancestors: XmlNode[] }> {
  yield { node, ancestors };
  for (const child of node.children) yield* walk(child, [...ancestors, node]);
}
const all = [...walk(parseXml(xml))];
const inResources = (ancestors: XmlNode[]) => ancestors.some((a) => a.name === 'Resources');
const resources = all
  .filter(({ node, ancestors }) => inResources(ancestors) && node.attrs.id !== undefined)
  .map(({ node }) => node);
const byName = (name: string) => all.filter(({ node }) => node.name === name).map(({ node }) => node);

/** PNG width/height from the IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('passes the structural checks (scripts/manifest-tools.js)', () => {
    expect(checkManifest(xml)).toEqual([]);
    expect(checkManifest(xml, { assets: { baseUrl: 'https://localhost:3000/', dir: root } })).toEqual([]);
  });

  it('resolves every resid to a defined bt:Url, bt:String or bt:Image', () => {
    const defined = new Set(
      resources.filter((r) => ['bt:Url', 'bt:String', 'bt:Image'].includes(r.name)).map((r) => r.attrs.id),
    );
    const resids = all.map(({ node }) => node.attrs.resid).filter((r): r is string => r !== undefined);
    expect(resids.length).toBeGreaterThan(10);
    expect(resids.filter((r) => !defined.has(r))).toEqual([]);
  });

  it('uses every resource it defines and defines each id once', () => {
    const ids = resources.map((r) => r.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    const controlIds = all
      .filter(({ node, ancestors }) => !inResources(ancestors) && node.attrs.id !== undefined)
      .map(({ node }) => node.attrs.id);
    expect(new Set(controlIds).size).toBe(controlIds.length);
    const used = new Set(all.map(({ node }) => node.attrs.resid));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  it('uses https for every URL', () => {
    const urls = all.flatMap(({ node }) =>
      Object.entries(node.attrs)
        .filter(([attr, value]) => !attr.startsWith('xmlns') && /^[a-z]+:\/\//i.test(value))
        .map(([, value]) => value),
    );
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  it('is a Workbook task pane add-in with ReadWriteDocument, a stable GUID and a four-part version', () => {
    expect(byName('Id')[0].text).toBe('98c646c8-5c8c-4167-b1a5-4b7973341fb1');
    expect(byName('Version')[0].text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(byName('Permissions')[0].text).toBe('ReadWriteDocument');
    expect(byName('Host').map((h) => h.attrs.Name ?? h.attrs['xsi:type'])).toEqual(['Workbook', 'Workbook']);
  });

  it('requires SharedRuntime 1.1 and the custom functions runtime, with one long-lived runtime', () => {
    const sets = byName('Set').map((s) => `${s.attrs.Name}@${s.attrs.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime@1.1', 'CustomFunctionsRuntime@1.1']));
    // ExcelApi at the adapter's true unconditional minimum (getRangeByIndexes etc., 1.7); newer sets
    // are feature-detected in src/excel/capabilities.ts, never required.
    expect(sets.filter((s) => s.startsWith('ExcelApi@'))).toEqual(['ExcelApi@1.7']);
    const runtimes = byName('Runtime');
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs).toMatchObject({ resid: 'Taskpane.Url', lifetime: 'long' });
    expect(resourceValue(xml, 'Taskpane.Url')).toBe('https://localhost:3000/taskpane.html');
  });

  it('declares the CustomFunctions extension point on the shared page with namespace QD and zh-CN metadata', () => {
    const point = byName('ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions');
    expect(point).toBeDefined();
    const part = (name: string) => point!.children.find((c) => c.name === name)!;
    expect(part('Script').children[0].attrs.resid).toBe('Functions.Script.Url');
    expect(part('Page').children[0].attrs.resid).toBe('Taskpane.Url');
    expect(part('Metadata').children[0].attrs.resid).toBe('Functions.Metadata.Url');
    expect(resourceValue(xml, part('Namespace').attrs.resid)).toBe('QD');
    expect(resourceValue(xml, 'Functions.Script.Url')).toBe('https://localhost:3000/functions.js');
    expect(resourceValue(xml, 'Functions.Metadata.Url')).toBe('https://localhost:3000/functions.json');
    const metadata = resources.find((r) => r.attrs.id === 'Functions.Metadata.Url')!;
    expect(metadata.children.map((o) => o.attrs)).toEqual([
      { Locale: 'zh-cn', Value: 'https://localhost:3000/functions-zh-cn.json' },
    ]);
  });

  it('puts a 继续教育 group on the Home tab with a button that opens the task pane', () => {
    const tab = byName('OfficeTab')[0];
    expect(tab.attrs.id).toBe('TabHome');
    const group = tab.children.find((c) => c.name === 'Group')!;
    const label = resources.find(
      (r) => r.attrs.id === group.children.find((c) => c.name === 'Label')!.attrs.resid,
    )!;
    expect(label.attrs.DefaultValue).toBe('Continuing Education');
    expect(label.children[0].attrs).toEqual({ Locale: 'zh-cn', Value: '继续教育' });
    const action = byName('Action')[0];
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(action.children.find((c) => c.name === 'SourceLocation')!.attrs.resid).toBe('Taskpane.Url');
  });

  it('has English defaults and zh-CN overrides for the display name, description and every ribbon string', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = byName(name).find((e) => e.attrs.DefaultValue && e.children.length)!;
      expect(el.children[0].attrs.Locale).toBe('zh-CN');
      expect(el.children[0].attrs.Value).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(byName('DisplayName')[0].children[0].attrs.Value).toBe('继续教育学时合规助手');
    const strings = resources.filter((r) => r.name === 'bt:String' && r.attrs.id !== 'Functions.Namespace');
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const s of strings) {
      expect(s.children.map((o) => o.attrs.Locale)).toEqual(['zh-cn']);
    }
  });

  it('references 16/32/64/80 px PNG icons that exist in assets/ with those sizes', () => {
    const iconUrls = [
      ...resources.filter((r) => r.name === 'bt:Image').map((r) => r.attrs.DefaultValue),
      byName('IconUrl')[0].attrs.DefaultValue,
      byName('HighResolutionIconUrl')[0].attrs.DefaultValue,
    ];
    const files = [...new Set(iconUrls.map((u) => u.replace('https://localhost:3000/', '')))].sort();
    const commandIcons = ['clear', 'ledger', 'person', 'report'].flatMap((g) =>
      [16, 32, 80].map((n) => `assets/cmd-${g}-${n}.png`),
    );
    expect(files).toEqual(
      [
        'assets/icon-16.png',
        'assets/icon-32.png',
        'assets/icon-64.png',
        'assets/icon-80.png',
        ...commandIcons,
      ].sort(),
    );
    for (const file of files) {
      const size = Number(/-(\d+)\.png$/.exec(file)![1]);
      expect(pngSize(path.join(root, file))).toEqual({ width: size, height: size });
    }
  });

  it('has the ribbon buttons 检查台账, 核查本人, 生成报告, 清除标记 running associated actions in the shared runtime', () => {
    const group = byName('Group').find((g) => g.attrs.id === 'CE.Group')!;
    const controls = group.children.filter((c) => c.name === 'Control');
    const label = (c: XmlNode) => {
      const r = resources.find(
        (x) => x.attrs.id === c.children.find((k) => k.name === 'Label')!.attrs.resid,
      )!;
      return r.children[0].attrs.Value;
    };
    const action = (c: XmlNode) => c.children.find((k) => k.name === 'Action')!;
    const fn = (c: XmlNode) => action(c).children.find((k) => k.name === 'FunctionName')?.text;
    // The open-the-pane button stays first.
    expect(controls.map(label)).toEqual(['学时核查', '检查台账', '核查本人', '生成报告', '清除标记']);
    expect(action(controls[0]).attrs['xsi:type']).toBe('ShowTaskpane');
    expect(controls.slice(1).map((c) => action(c).attrs['xsi:type'])).toEqual(
      Array(4).fill('ExecuteFunction'),
    );
    expect(controls.slice(1).map(fn)).toEqual([
      COMMAND_IDS.checkLedger,
      COMMAND_IDS.checkPerson,
      COMMAND_IDS.writeReport,
      COMMAND_IDS.clearMarks,
    ]);
    // ExecuteFunction runs in the FunctionFile: the shared runtime page.
    expect(byName('FunctionFile').map((f) => f.attrs.resid)).toEqual(['Taskpane.Url']);
  });

  it('has the cell context-menu item 核查此人', () => {
    const point = byName('ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'ContextMenu')!;
    expect(point).toBeDefined();
    const menu = point.children.find((c) => c.name === 'OfficeMenu')!;
    expect(menu.attrs.id).toBe('ContextMenuCell');
    const controls = menu.children.filter((c) => c.name === 'Control');
    expect(controls).toHaveLength(1);
    const labelId = controls[0].children.find((k) => k.name === 'Label')!.attrs.resid;
    const labelNode = resources.find((r) => r.attrs.id === labelId)!;
    expect(labelNode.children[0].attrs).toEqual({ Locale: 'zh-cn', Value: '核查此人' });
    const action = controls[0].children.find((k) => k.name === 'Action')!;
    expect(action.attrs['xsi:type']).toBe('ExecuteFunction');
    expect(action.children.find((k) => k.name === 'FunctionName')!.text).toBe(COMMAND_IDS.checkThisPerson);
  });

  it('associates in code exactly the actions the manifest runs (read from taskpane/commands.ts)', () => {
    expect(associatedActionIds()).toEqual(Object.values(COMMAND_IDS));
    const names = byName('FunctionName').map((f) => f.text);
    expect([...names].sort()).toEqual(Object.values(COMMAND_IDS).sort());
  });

  it('points SupportUrl and LearnMoreUrl at a page that exists in assets/', () => {
    expect(byName('SupportUrl')[0].attrs.DefaultValue).toBe('https://localhost:3000/assets/support.html');
    expect(fs.existsSync(path.join(root, 'assets/support.html'))).toBe(true);
  });
});

describe('production URL rewrite', () => {
  const count = (s: string, needle: string) => s.split(needle).length - 1;

  it('replaces every occurrence, not just the first', () => {
    const occurrences = count(xml, 'https://localhost:3000/');
    expect(occurrences).toBeGreaterThan(10);
    const out = rewriteManifestUrls(xml, 'https://ce.example.cn/addin');
    expect(out).not.toContain('localhost');
    expect(count(out, 'https://ce.example.cn/addin/')).toBe(occurrences);
    expect(checkManifest(out, { allowLocalhost: false })).toEqual([]);
  });

  it('requires an https URL and adds the trailing slash', () => {
    expect(normalizePublicUrl('https://a.example.cn')).toBe('https://a.example.cn/');
    expect(normalizePublicUrl('https://a.example.cn/x/')).toBe('https://a.example.cn/x/');
    expect(() => normalizePublicUrl('http://a.example.cn/')).toThrow(/https/);
    expect(() => normalizePublicUrl('not a url')).toThrow(/not a URL/);
  });

  it('flags localhost in a production manifest', () => {
    expect(checkManifest(xml, { allowLocalhost: false }).join('\n')).toMatch(/still points to localhost/);
  });
});

describe('checkManifest catches broken manifests', () => {
  it('reports an unresolved resid, an http URL, a duplicate id, a missing shared runtime and a wrong namespace', () => {
    const broken = xml
      .replace('<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="80" resid="Icon.Missing"/>')
      .replace('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js')
      .replace('id="CE.TaskpaneButton"', 'id="CE.Group"')
      .replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', '')
      .replace('id="Functions.Namespace" DefaultValue="QD"', 'id="Functions.Namespace" DefaultValue="XX"');
    const problems = checkManifest(broken).join('\n');
    expect(problems).toMatch(/resid="Icon.Missing"> does not resolve/);
    expect(problems).toMatch(/is not https: http:\/\/localhost:3000\/functions.js/);
    expect(problems).toMatch(/id "CE.Group" is used more than once/);
    expect(problems).toMatch(/SharedRuntime/);
    expect(problems).toMatch(/namespace is XX/);
  });

  it('reports a task pane button that does not use the shared runtime page', () => {
    const other = xml.replace(
      '<TaskpaneId>CE.Taskpane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>',
      '<TaskpaneId>CE.Taskpane</TaskpaneId>\n                    <SourceLocation resid="Functions.Script.Url"/>',
    );
    expect(other).not.toBe(xml);
    expect(checkManifest(other).join('\n')).toMatch(/ShowTaskpane must open the shared runtime page/);
  });

  it('reports an action no code associates, and an associated id no control runs', () => {
    const other = xml.replace(
      '<FunctionName>ceClearMarks</FunctionName>',
      '<FunctionName>ceClearAll</FunctionName>',
    );
    expect(other).not.toBe(xml);
    const problems = checkManifest(other).join('\n');
    expect(problems).toMatch(/action "ceClearAll" is not associated in code/);
    expect(problems).toMatch(/code associates "ceClearMarks", which no manifest control runs/);
    expect(checkManifest(other, { actionIds: null })).toEqual([]);
  });

  it('reports commands without the shared runtime FunctionFile, a second context-menu control and a bad menu id', () => {
    const noFile = xml.replace('<FunctionFile resid="Taskpane.Url"/>', '');
    expect(checkManifest(noFile).join('\n')).toMatch(/ExecuteFunction actions need a FunctionFile/);
    const otherFile = xml.replace(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Functions.Script.Url"/>',
    );
    expect(checkManifest(otherFile).join('\n')).toMatch(/FunctionFile must be the shared runtime page/);
    const menu = xml.replace('<OfficeMenu id="ContextMenuCell">', '<OfficeMenu id="ContextMenuRow">');
    expect(checkManifest(menu).join('\n')).toMatch(
      /OfficeMenu id must be ContextMenuCell or ContextMenuText/,
    );
  });

  it('reports a string without its zh-CN text, a command without its icons, and an icon file that is missing', () => {
    const noZh = xml.replace('<bt:Override Locale="zh-cn" Value="清除标记"/>', '');
    expect(checkManifest(noZh).join('\n')).toMatch(/string "CE.ClearMarks.Label" has no zh-CN override/);
    const noIcon = xml.replace('<bt:Image size="80" resid="Icon.Clear.80"/>', '');
    expect(checkManifest(noIcon).join('\n')).toMatch(/control "CE.ClearMarksButton" has no 80 px icon/);
    const missing = xml.replace('assets/cmd-clear-32.png', 'assets/cmd-clear-33.png');
    const assets = { baseUrl: 'https://localhost:3000/', dir: root };
    expect(checkManifest(missing, { assets }).join('\n')).toMatch(
      /image "Icon.Clear.32" points to a missing file: https:\/\/localhost:3000\/assets\/cmd-clear-33.png/,
    );
  });

  it('reports malformed XML', () => {
    expect(checkManifest('<OfficeApp><Id></OfficeApp>')[0]).toMatch(/not well-formed/);
  });
});

describe('office-addin-manifest info (usage data off)', () => {
  it('reads manifest.xml', () => {
    turnUsageDataOff(root);
    const cli = require.resolve('office-addin-manifest/cli.js', { paths: [root] });
    const result = spawnSync(process.execPath, [cli, 'info', manifestPath], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: 'true' },
      timeout: 60_000,
    });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Id: 98c646c8-5c8c-4167-b1a5-4b7973341fb1');
    expect(result.stdout).toContain('Type: TaskPaneApp');
    expect(result.stdout).toContain('Hosts: Workbook');
    expect(result.stdout).toContain('Permissions: ReadWriteDocument');
  });
});
