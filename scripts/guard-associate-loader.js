/*
 * Webpack loader for functions/functions.ts, placed so that it runs after
 * custom-functions-metadata-plugin's loader has appended
 *   CustomFunctions.associate("ID", fn);
 * lines: guards each of them so the functions bundle also loads outside Excel
 * (taskpane.html opened in a plain browser, the preview mode), where Office.js
 * provides no CustomFunctions object. Inside Excel the calls run unchanged.
 */
'use strict';
module.exports = function guardAssociate(source) {
  return source.replace(
    /^CustomFunctions\.associate\(/gm,
    'if (typeof CustomFunctions !== "undefined") CustomFunctions.associate(',
  );
};
