/*
 * Turns the Microsoft office-addin-* dev tools' usage data (telemetry) off.
 * Required before any office-addin-* call (scripts/office-tool.js, the dev
 * server's office-addin-dev-certs, the tests' office-addin-manifest).
 *
 * 1. Sets OFFICE_ADDIN_USAGE_DATA_OPT_OUT=true for this process and its children.
 * 2. Calls office-addin-usage-data's own "off" command (turnUsageDataOff) for
 *    every copy installed under node_modules. Older copies (1.x) persist the
 *    setting in ~/office-addin-usage-data.json; the copies installed here
 *    (2.x/3.x) have removed reporting entirely and the call is a no-op, which
 *    is what `npx office-addin-usage-data off` would do as well.
 */
'use strict';
const fs = require('fs');
const path = require('path');

function installedUsageDataPackages(root) {
  const found = [];
  const nm = path.join(root, 'node_modules');
  const visit = (dir, depth) => {
    const pkg = path.join(dir, 'office-addin-usage-data');
    if (fs.existsSync(path.join(pkg, 'package.json'))) found.push(pkg);
    if (depth === 0) return;
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || !e.name.startsWith('office-addin-')) continue;
      visit(path.join(dir, e.name, 'node_modules'), depth - 1);
    }
  };
  visit(nm, 1);
  return found;
}

/** @returns {string[]} the package versions that were switched off */
function turnUsageDataOff(root = path.join(__dirname, '..')) {
  process.env.OFFICE_ADDIN_USAGE_DATA_OPT_OUT = 'true';
  const done = [];
  for (const pkg of installedUsageDataPackages(root)) {
    const { version } = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
    let command;
    try {
      command = require(path.join(pkg, 'lib', 'command.js'));
    } catch {
      continue;
    }
    if (typeof command.turnUsageDataOff !== 'function') continue;
    // The command prints "Usage data has been turned off."; keep builds quiet.
    const log = console.log;
    console.log = () => {};
    try {
      command.turnUsageDataOff();
    } finally {
      console.log = log;
    }
    done.push(version);
  }
  return done;
}

module.exports = { turnUsageDataOff };

if (require.main === module) {
  const versions = turnUsageDataOff();
  console.log(
    `office-addin usage data off (OFFICE_ADDIN_USAGE_DATA_OPT_OUT=true; office-addin-usage-data ${versions.join(', ') || 'not installed'}).`,
  );
}
