/*
 * Webpack plugin: writes functions-zh-cn.json from the functions.json that
 * custom-functions-metadata-plugin generated in the same compilation, with the
 * Chinese texts of functions/functions-zh-cn.source.json overlaid.
 *
 * Ids, function names, parameter order, types, optional/repeating flags and
 * results are copied from functions.json, so the two files cannot drift apart.
 * Only `description` (function and parameters) and parameter `name` (shown in
 * Excel's formula tooltip) are translated; function names stay English so the
 * same formula works in every Excel language.
 *
 * A function or parameter without a Chinese text fails the build, naming it.
 * Translations for functions that no longer exist are reported as warnings.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const PLUGIN = 'FunctionsZhCnPlugin';

/**
 * Each function's `helpUrl`: `${helpBase}#${id}` (help.html, one section per function).
 * @param {{ functions: Array<{ id: string, helpUrl?: string }> }} metadata
 * @param {string} helpBase
 */
function withHelpUrls(metadata, helpBase) {
  const json = JSON.parse(JSON.stringify(metadata));
  for (const fn of json.functions) fn.helpUrl = `${helpBase}#${fn.id}`;
  return json;
}

/**
 * Pure overlay, exported for tests.
 * @param {{ functions: Array<{ id: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {{ functions: Record<string, { description: string, parameters?: Record<string, { name?: string, description: string }> }> }} source
 * @returns {{ json: object, errors: string[], warnings: string[] }}
 */
function overlayTranslations(metadata, source) {
  const errors = [];
  const warnings = [];
  const table = (source && source.functions) || {};
  const json = JSON.parse(JSON.stringify(metadata));
  for (const fn of json.functions) {
    const t = table[fn.id];
    if (!t) {
      errors.push(
        `function ${fn.id} has no Chinese text: add "${fn.id}" to functions/functions-zh-cn.source.json`,
      );
      continue;
    }
    if (typeof t.description !== 'string' || !t.description.trim()) {
      errors.push(`function ${fn.id}: missing Chinese "description"`);
    } else fn.description = t.description;
    const tParams = t.parameters || {};
    for (const p of fn.parameters || []) {
      const tp = tParams[p.name];
      if (!tp || typeof tp.description !== 'string' || !tp.description.trim()) {
        errors.push(`function ${fn.id}: parameter ${p.name} has no Chinese "description"`);
        continue;
      }
      p.description = tp.description;
      if (tp.name !== undefined) {
        if (typeof tp.name !== 'string' || !tp.name.trim() || /[\s,;()]/.test(tp.name)) {
          errors.push(
            `function ${fn.id}: parameter ${p.name} has an unusable Chinese name ${JSON.stringify(tp.name)}`,
          );
        } else p.name = tp.name;
      }
    }
    const sourceNames = new Set(
      ((metadata.functions.find((f) => f.id === fn.id) || {}).parameters || []).map((p) => p.name),
    );
    for (const name of Object.keys(tParams)) {
      if (!sourceNames.has(name))
        warnings.push(`function ${fn.id}: translation for unknown parameter ${name}`);
    }
  }
  const ids = new Set(json.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) warnings.push(`functions-zh-cn.source.json: translation for unknown function ${id}`);
  }
  return { json, errors, warnings };
}

class FunctionsZhCnPlugin {
  /**
   * @param {{ source: string, input?: string, output?: string }} options
   *   source: the translation table; input: generated metadata asset name
   *   (default functions.json); output: asset name (default functions-zh-cn.json)
   */
  constructor(options) {
    this.source = path.resolve(options.source);
    this.input = options.input || 'functions.json';
    this.output = options.output || 'functions-zh-cn.json';
    /** The help page's absolute URL, e.g. https://…/help.html: each function's helpUrl is an anchor on it. */
    this.helpBase = options.helpBase;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(this.source);
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.input);
          if (!asset) {
            // custom-functions-metadata-plugin reported its own errors already.
            if (!compilation.errors.length) {
              compilation.errors.push(
                new WebpackError(
                  `${PLUGIN}: ${this.input} was not generated; is custom-functions-metadata-plugin configured before this plugin?`,
                ),
              );
            }
            return;
          }
          let metadata;
          let source;
          try {
            metadata = JSON.parse(asset.source.source().toString());
            source = JSON.parse(fs.readFileSync(this.source, 'utf8'));
          } catch (err) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${err.message}`));
            return;
          }
          // Every function's help: the help page shipped beside the add-in, at the function's anchor.
          if (this.helpBase) {
            metadata = withHelpUrls(metadata, this.helpBase);
            compilation.updateAsset(this.input, new sources.RawSource(`${JSON.stringify(metadata, null, 4)}\n`));
          }
          const { json, errors, warnings } = overlayTranslations(metadata, source);
          for (const w of warnings) compilation.warnings.push(new WebpackError(`${PLUGIN}: ${w}`));
          if (errors.length) {
            for (const e of errors) compilation.errors.push(new WebpackError(`${PLUGIN}: ${e}`));
            return;
          }
          compilation.emitAsset(this.output, new sources.RawSource(`${JSON.stringify(json, null, 4)}\n`));
        },
      );
    });
  }
}

module.exports = { FunctionsZhCnPlugin, overlayTranslations, withHelpUrls };
