#!/usr/bin/env node
/*
 * Runs a Microsoft office-addin-* CLI with its usage data turned off first.
 *
 *   node scripts/office-tool.js <tool> [args...]
 *   e.g. node scripts/office-tool.js office-addin-manifest validate manifest.xml
 *
 * The tool must be installed locally (like `npx --no-install <tool>`): nothing
 * is downloaded. office-addin-debugging is an optionalDependency that installs
 * on Windows and Mac dev machines; where it could not be built (Linux without
 * libsecret for keytar) this prints how to get it instead of failing obscurely.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { turnUsageDataOff } = require('./usage-data-off');

const ALLOWED = [
  'office-addin-debugging',
  'office-addin-manifest',
  'office-addin-dev-certs',
  'office-addin-usage-data',
];

function resolveBin(tool) {
  let pkgJson;
  try {
    pkgJson = require.resolve(`${tool}/package.json`, { paths: [path.join(__dirname, '..')] });
  } catch {
    return undefined;
  }
  const pkg = JSON.parse(fs.readFileSync(pkgJson, 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin && (pkg.bin[tool] || Object.values(pkg.bin)[0]);
  return bin ? path.join(path.dirname(pkgJson), bin) : undefined;
}

function main() {
  const [tool, ...args] = process.argv.slice(2);
  if (!ALLOWED.includes(tool)) {
    console.error(`usage: node scripts/office-tool.js <${ALLOWED.join('|')}> [args...]`);
    return 2;
  }
  turnUsageDataOff();
  const bin = resolveBin(tool);
  if (!bin) {
    console.error(
      `${tool} is not installed.` +
        (tool === 'office-addin-debugging'
          ? ' It is an optional dependency that installs on Windows and Mac dev machines (its keytar dependency needs libsecret on Linux). Run `npm install` there, or sideload manifest.xml by hand (docs/addin.md).'
          : ' Run `npm install`.'),
    );
    return 1;
  }
  const result = spawnSync(process.execPath, [bin, ...args], {
    stdio: 'inherit',
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: 'true' },
  });
  if (result.error) {
    console.error(result.error.message);
    return 1;
  }
  return result.status === null ? 1 : result.status;
}

process.exitCode = main();
