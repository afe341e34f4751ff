/*
 * Offline checks and the production URL rewrite for manifest.xml.
 *
 * Used by webpack.config.js (the production build rewrites the URLs and then
 * refuses to emit a manifest that fails these checks), by test/manifest.test.ts
 * and test/build.test.ts, and from the command line:
 *
 *   node scripts/manifest-tools.js check manifest.xml dist/manifest.xml
 *
 * These are structural checks that run without a network. Microsoft's schema and
 * store checks are `npm run validate` (needs the network).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const DEV_URL = 'https://localhost:3000/';

/** bt:ShortStrings / bt:LongStrings limits from the manifest schema. */
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;

/**
 * Normalises a public base URL: must be absolute https, gets a trailing slash.
 * @param {string} url
 * @returns {string}
 */
function normalizePublicUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`ADDIN_PUBLIC_URL must use https (Office loads add-ins only over https): ${url}`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must not have a query or fragment: ${url}`);
  }
  const href = parsed.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Replaces every occurrence of the dev URL (not just the first) with the public URL.
 * @param {string} xml
 * @param {string} publicUrl
 * @param {string} [devUrl]
 */
function rewriteManifestUrls(xml, publicUrl, devUrl = DEV_URL) {
  return xml.split(devUrl).join(normalizePublicUrl(publicUrl));
}

/**
 * @typedef {{ name: string, attrs: Record<string, string>, children: XmlNode[], text: string }} XmlNode
 */

/** Parses XML into a uniform tree ({name, attrs, children, text}). */
function parseXml(xml) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new Error(`manifest is not well-formed XML: ${msg} (line ${line}, column ${col})`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    commentPropName: false,
  });
  /** @returns {XmlNode[]} */
  const convert = (items) =>
    items
      .filter((item) => !Object.keys(item).some((k) => k.startsWith('?')))
      .map((item) => {
        const name = Object.keys(item).find((k) => k !== ':@');
        if (name === '#text') return null;
        const raw = item[name];
        const children = convert(raw);
        const text = raw
          .filter((c) => '#text' in c)
          .map((c) => String(c['#text']))
          .join('')
          .trim();
        return { name, attrs: { ...(item[':@'] || {}) }, children, text };
      })
      .filter(Boolean);
  const roots = convert(parser.parse(xml));
  if (roots.length !== 1) throw new Error('manifest must have exactly one root element');
  return roots[0];
}

/** Local name without a namespace prefix ("bt:Url" -> "Url"). */
const local = (name) => name.slice(name.indexOf(':') + 1);

function* walk(node, ancestors = []) {
  yield { node, ancestors };
  for (const child of node.children) yield* walk(child, [...ancestors, node]);
}

const find = (node, ...path) => {
  let current = [node];
  for (const step of path) {
    current = current.flatMap((n) => n.children.filter((c) => local(c.name) === step));
  }
  return current;
};

/** Which resource kinds a resid on a given element may point to. */
function expectedKinds(node, ancestors) {
  const name = local(node.name);
  const parent = ancestors.length ? local(ancestors[ancestors.length - 1].name) : '';
  if (name === 'Image') return ['Image'];
  if (['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(name)) return ['Url'];
  if (name === 'Namespace' || name === 'Label') return ['ShortString'];
  if (name === 'Title') return ['ShortString'];
  if (name === 'Description')
    return parent === 'Supertip' || parent === 'GetStarted' ? ['LongString'] : ['ShortString', 'LongString'];
  return ['Url', 'ShortString', 'LongString', 'Image'];
}

/** Where the commands are associated in code (Office.actions.associate). */
const COMMANDS_SOURCE = path.join(__dirname, '..', 'taskpane', 'commands.ts');

/**
 * The action ids the code associates: the string values of `COMMAND_IDS` in taskpane/commands.ts.
 * @param {string} [source] the file's text (default: read it)
 * @returns {string[] | undefined} undefined when the file or the object is missing
 */
function associatedActionIds(source) {
  let text = source;
  if (text === undefined) {
    try {
      text = fs.readFileSync(COMMANDS_SOURCE, 'utf8');
    } catch {
      return undefined;
    }
  }
  const block = /export const COMMAND_IDS = \{([\s\S]*?)\} as const;/.exec(text);
  if (!block) return undefined;
  const body = block[1].replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return [...body.matchAll(/^\s*\w+\s*:\s*'([^']+)'\s*,?\s*$/gm)].map((m) => m[1]);
}

/** Icon sizes Office asks for on ribbon buttons and context-menu items. */
const COMMAND_ICON_SIZES = ['16', '32', '80'];

/**
 * Structural checks. Returns a list of problems (empty when the manifest is fine).
 *
 * `actionIds`: the ids the code associates (default: read from taskpane/commands.ts; `null` skips
 * the check). `assets`: `{ baseUrl, dir }` to check that every image URL under `baseUrl` is a file
 * in `dir`.
 * @param {string} xml
 * @param {{ allowLocalhost?: boolean, namespace?: string, actionIds?: string[] | null,
 *   assets?: { baseUrl: string, dir: string } }} [options]
 * @returns {string[]}
 */
function checkManifest(xml, options = {}) {
  const { allowLocalhost = true, namespace = 'QD' } = options;
  const actionIds = options.actionIds === undefined ? associatedActionIds() : options.actionIds;
  const problems = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (err) {
    return [err.message];
  }
  if (local(root.name) !== 'OfficeApp') problems.push(`root element is ${root.name}, expected OfficeApp`);

  // Resources: id -> { kind, value }.
  const resources = new Map();
  const resourceGroups = {
    Images: 'Image',
    Urls: 'Url',
    ShortStrings: 'ShortString',
    LongStrings: 'LongString',
  };
  for (const resourcesNode of find(root, 'VersionOverrides', 'Resources')) {
    for (const group of resourcesNode.children) {
      const kind = resourceGroups[local(group.name)];
      if (!kind) {
        problems.push(`unknown resource group ${group.name}`);
        continue;
      }
      for (const entry of group.children) {
        const id = entry.attrs.id;
        if (!id) {
          problems.push(`${group.name} entry without id`);
          continue;
        }
        if (resources.has(id)) problems.push(`resource id "${id}" is defined more than once`);
        const values = [entry.attrs.DefaultValue, ...entry.children.map((o) => o.attrs.Value)];
        resources.set(id, { kind, value: entry.attrs.DefaultValue, values });
        if (!entry.attrs.DefaultValue) problems.push(`resource "${id}" has no DefaultValue`);
        const max =
          kind === 'ShortString' ? SHORT_STRING_MAX : kind === 'LongString' ? LONG_STRING_MAX : Infinity;
        for (const value of values) {
          if (value !== undefined && [...value].length > max) {
            problems.push(`resource "${id}" is longer than ${max} characters`);
          }
        }
        for (const override of entry.children) {
          if (local(override.name) !== 'Override' || !override.attrs.Locale || !override.attrs.Value) {
            problems.push(`resource "${id}" has a malformed override`);
          }
        }
      }
    }
  }

  // Every resid resolves to a resource of a fitting kind; ids are unique.
  const seenIds = new Map();
  const urlAttributes = [];
  for (const { node, ancestors } of walk(root)) {
    const { resid, id } = node.attrs;
    if (resid !== undefined) {
      const resource = resources.get(resid);
      const kinds = expectedKinds(node, ancestors);
      if (!resource)
        problems.push(`<${node.name} resid="${resid}"> does not resolve to a bt:Url, bt:String or bt:Image`);
      else if (!kinds.includes(resource.kind)) {
        problems.push(
          `<${node.name} resid="${resid}"> points to a ${resource.kind}, expected ${kinds.join(' or ')}`,
        );
      }
    }
    if (id !== undefined) {
      const isResource = ancestors.some((a) => local(a.name) === 'Resources');
      const key = `${isResource ? 'resource' : 'control'}:${id}`;
      if (!isResource) {
        if (seenIds.has(key)) problems.push(`id "${id}" is used more than once`);
        seenIds.set(key, true);
      }
    }
    for (const [attr, value] of Object.entries(node.attrs)) {
      // Namespace URIs (xmlns, xmlns:bt) are names, not locations.
      if (attr === 'xmlns' || attr.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        urlAttributes.push({ where: `<${node.name} ${attr}>`, value });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(node.text))
      urlAttributes.push({ where: `<${node.name}>`, value: node.text });
  }

  // Every URL is https.
  for (const { where, value } of urlAttributes) {
    if (!value.startsWith('https://')) problems.push(`${where} is not https: ${value}`);
    else {
      try {
        new URL(value);
      } catch {
        problems.push(`${where} is not a valid URL: ${value}`);
      }
    }
    if (!allowLocalhost && /^https:\/\/localhost[:/]/.test(value))
      problems.push(`${where} still points to localhost: ${value}`);
  }
  for (const urlElement of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    for (const n of find(root, urlElement)) {
      if (!n.attrs.DefaultValue) problems.push(`<${urlElement}> has no DefaultValue`);
    }
  }

  // Host, permissions, shared runtime.
  const hosts = find(root, 'Hosts', 'Host').map((h) => h.attrs.Name);
  if (hosts.length !== 1 || hosts[0] !== 'Workbook')
    problems.push(`Hosts must be exactly Workbook, found ${hosts.join(', ') || 'none'}`);
  const permissions = find(root, 'Permissions').map((p) => p.text);
  if (permissions[0] !== 'ReadWriteDocument')
    problems.push(`Permissions must be ReadWriteDocument, found ${permissions[0]}`);
  const sets = find(root, 'Requirements', 'Sets', 'Set');
  const sharedRuntime = sets.find((s) => s.attrs.Name === 'SharedRuntime');
  if (!sharedRuntime || sharedRuntime.attrs.MinVersion !== '1.1')
    problems.push('Requirements must include Set SharedRuntime MinVersion 1.1');
  if (!sets.some((s) => s.attrs.Name === 'CustomFunctionsRuntime'))
    problems.push('Requirements must include Set CustomFunctionsRuntime');

  const workbookHosts = find(root, 'VersionOverrides', 'Hosts', 'Host').filter(
    (h) => h.attrs['xsi:type'] === 'Workbook',
  );
  if (workbookHosts.length !== 1) {
    problems.push('VersionOverrides must have exactly one Workbook host');
    return problems;
  }
  const host = workbookHosts[0];
  const runtimes = find(host, 'Runtimes', 'Runtime');
  const runtimeResid = runtimes[0] && runtimes[0].attrs.resid;
  if (runtimes.length !== 1 || runtimes[0].attrs.lifetime !== 'long')
    problems.push('exactly one <Runtime lifetime="long"> is required');

  // Custom functions extension point, sharing the runtime's page.
  const cf = find(host, 'AllFormFactors', 'ExtensionPoint').filter(
    (e) => e.attrs['xsi:type'] === 'CustomFunctions',
  );
  if (cf.length !== 1) problems.push('the CustomFunctions extension point is missing');
  else {
    const point = cf[0];
    for (const part of ['Script', 'Page', 'Metadata']) {
      if (!find(point, part, 'SourceLocation').length)
        problems.push(`CustomFunctions extension point has no ${part}/SourceLocation`);
    }
    const page = find(point, 'Page', 'SourceLocation')[0];
    if (page && page.attrs.resid !== runtimeResid)
      problems.push('CustomFunctions Page must be the shared runtime page');
    const ns = find(point, 'Namespace')[0];
    const nsValue = ns && resources.get(ns.attrs.resid);
    if (!nsValue) problems.push('CustomFunctions extension point has no Namespace');
    else if (nsValue.value !== namespace)
      problems.push(`custom functions namespace is ${nsValue.value}, expected ${namespace}`);
    const metadata = find(point, 'Metadata', 'SourceLocation')[0];
    const metadataUrl = metadata && resources.get(metadata.attrs.resid);
    if (metadataUrl && !metadataUrl.value.endsWith('/functions.json'))
      problems.push('custom functions metadata must be functions.json');
  }

  // The ribbon button opens the same page, and so does the FunctionFile.
  const showTaskpane = [...walk(host)]
    .filter(({ node }) => node.attrs['xsi:type'] === 'ShowTaskpane')
    .map(({ node }) => node);
  if (!showTaskpane.length) problems.push('no ribbon button opens the task pane');
  for (const action of showTaskpane) {
    const loc = find(action, 'SourceLocation')[0];
    if (!loc || loc.attrs.resid !== runtimeResid)
      problems.push('ShowTaskpane must open the shared runtime page');
  }
  for (const ff of find(host, 'DesktopFormFactor', 'FunctionFile')) {
    if (ff.attrs.resid !== runtimeResid) problems.push('FunctionFile must be the shared runtime page');
  }

  // Commands: ExecuteFunction actions run in the shared runtime's page (the FunctionFile); every
  // action names a function the code associates, and the code associates nothing the manifest lacks.
  const controls = [...walk(host)]
    .filter(({ node }) => local(node.name) === 'Control')
    .map(({ node }) => node);
  const functionNames = [];
  for (const control of controls) {
    const id = control.attrs.id;
    const action = find(control, 'Action')[0];
    if (control.attrs['xsi:type'] === 'Button') {
      if (!find(control, 'Label').length) problems.push(`control "${id}" has no Label`);
      if (!find(control, 'Supertip', 'Title').length || !find(control, 'Supertip', 'Description').length)
        problems.push(`control "${id}" needs a Supertip with Title and Description`);
      const sizes = find(control, 'Icon', 'Image').map((i) => i.attrs.size);
      for (const size of COMMAND_ICON_SIZES)
        if (!sizes.includes(size)) problems.push(`control "${id}" has no ${size} px icon`);
      if (!action) problems.push(`control "${id}" has no Action`);
    }
    if (action && action.attrs['xsi:type'] === 'ExecuteFunction') {
      const fn = find(action, 'FunctionName')[0];
      const name = fn ? fn.text : '';
      if (!name) problems.push(`control "${id}": ExecuteFunction has no FunctionName`);
      else {
        if (!/^[A-Za-z_$][\w$]*$/.test(name))
          problems.push(`control "${id}": FunctionName "${name}" is not a plain identifier`);
        functionNames.push(name);
      }
    }
  }
  const functionFiles = find(host, 'DesktopFormFactor', 'FunctionFile');
  if (functionNames.length && functionFiles.length !== 1)
    problems.push('ExecuteFunction actions need a FunctionFile (the shared runtime page)');
  if (actionIds) {
    for (const name of functionNames)
      if (!actionIds.includes(name))
        problems.push(
          `action "${name}" is not associated in code (Office.actions.associate, taskpane/commands.ts)`,
        );
    for (const name of actionIds)
      if (!functionNames.includes(name))
        problems.push(`code associates "${name}", which no manifest control runs`);
  }
  for (const point of find(host, 'DesktopFormFactor', 'ExtensionPoint').filter(
    (e) => e.attrs['xsi:type'] === 'ContextMenu',
  )) {
    for (const menu of find(point, 'OfficeMenu')) {
      if (!['ContextMenuCell', 'ContextMenuText'].includes(menu.attrs.id))
        problems.push(`OfficeMenu id must be ContextMenuCell or ContextMenuText, found ${menu.attrs.id}`);
      if (find(menu, 'Control').length !== 1)
        problems.push(`OfficeMenu ${menu.attrs.id} must have exactly one Control`);
    }
  }

  // Every string a user reads has a zh-CN text.
  for (const [id, r] of resources) {
    if (
      (r.kind === 'ShortString' || r.kind === 'LongString') &&
      id !== 'Functions.Namespace' &&
      r.values.length < 2
    )
      problems.push(`string "${id}" has no zh-CN override`);
  }

  // Images exist as files (when the caller says where).
  if (options.assets) {
    const { baseUrl, dir } = options.assets;
    for (const [id, r] of resources) {
      if (r.kind !== 'Image' || !r.value || !r.value.startsWith(baseUrl)) continue;
      const file = path.join(dir, r.value.slice(baseUrl.length));
      if (!fs.existsSync(file)) problems.push(`image "${id}" points to a missing file: ${r.value}`);
    }
  }

  const defaultSource = find(root, 'DefaultSettings', 'SourceLocation')[0];
  const runtimeUrl = runtimeResid && resources.get(runtimeResid);
  if (defaultSource && runtimeUrl && defaultSource.attrs.DefaultValue !== runtimeUrl.value) {
    problems.push('DefaultSettings/SourceLocation must be the shared runtime page');
  }
  return problems;
}

/** The resource value for a resid (for tests). */
function resourceValue(xml, id) {
  const root = parseXml(xml);
  for (const { node, ancestors } of walk(root)) {
    if (node.attrs.id === id && ancestors.some((a) => local(a.name) === 'Resources'))
      return node.attrs.DefaultValue;
  }
  return undefined;
}

module.exports = {
  DEV_URL,
  normalizePublicUrl,
  rewriteManifestUrls,
  checkManifest,
  parseXml,
  resourceValue,
  associatedActionIds,
};

if (require.main === module) {
  const [command, ...args] = process.argv.slice(2);
  const production = args.includes('--production');
  const files = args.filter((a) => a !== '--production');
  if (command !== 'check' || !files.length) {
    console.error('usage: node scripts/manifest-tools.js check [--production] <manifest.xml>...');
    process.exit(2);
  }
  let failed = false;
  for (const file of files) {
    const problems = checkManifest(fs.readFileSync(file, 'utf8'), {
      allowLocalhost: !production,
      // The source manifest's images are checked against assets/ (the built one's URLs are rewritten).
      ...(production ? {} : { assets: { baseUrl: DEV_URL, dir: path.join(__dirname, '..') } }),
    });
    if (problems.length) {
      failed = true;
      console.error(`${file}:\n  ${problems.join('\n  ')}`);
    } else console.log(`${file}: ok`);
  }
  process.exit(failed ? 1 : 0);
}
