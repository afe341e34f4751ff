/**
 * Metadata without webpack: the JSDoc of functions/functions.ts through the
 * same generator the build uses, overlaid with the Chinese table. Both list
 * the same eight ids and parameters; the Chinese parameter names are the ones
 * the functions' own messages use. (test/build.test.ts checks the built files.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { overlayTranslations, type FunctionMetadata } from '../../scripts/functions-zh-cn-plugin';
import * as functions from '../../functions/functions';
import { HOURS_ARGS } from '../../functions/hours';
import { LEDGER_ARGS } from '../../functions/ledgerQueries';
import { WINDOW_ARGS } from '../../functions/window';

const root = path.resolve(__dirname, '../..');
const IDS = [
  'CEHOURS',
  'CECOMPLIANT',
  'CESTATUS',
  'CESUMMARY',
  'CESHORTFALL',
  'CEWINDOW',
  'CEKIND',
  'CEIDCHECK',
];

let en: FunctionMetadata[];
let zh: FunctionMetadata[];
let errors: string[];
let warnings: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(path.join(root, 'functions/functions.ts'));
  expect(generated.errors).toEqual([]);
  en = JSON.parse(generated.metadataJson).functions;
  const table = JSON.parse(fs.readFileSync(path.join(root, 'functions/functions-zh-cn.source.json'), 'utf8'));
  ({
    json: { functions: zh },
    errors,
    warnings,
  } = overlayTranslations({ functions: en }, table));
}, 60_000);

describe('custom functions metadata', () => {
  it('lists exactly the eight ids, each an exported function of the same name', () => {
    expect(en.map((f) => f.id)).toEqual(IDS);
    expect(en.map((f) => f.name)).toEqual(IDS);
    for (const id of IDS) expect(typeof (functions as Record<string, unknown>)[id]).toBe('function');
  });

  it('has the parameters the issue names, optional where it says', () => {
    const params = Object.fromEntries(
      en.map((f) => [f.id, (f.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`)]),
    );
    expect(params).toEqual({
      CEHOURS: ['kind', 'amount?', 'days?', 'detail?'],
      CECOMPLIANT: ['ledger', 'person', 'year', 'titleWindow?'],
      CESTATUS: ['ledger', 'person', 'year'],
      CESUMMARY: ['ledger', 'year?'],
      CESHORTFALL: ['ledger', 'person', 'year'],
      CEWINDOW: ['titleYear', 'qualificationYear?'],
      CEKIND: ['text'],
      CEIDCHECK: ['id'],
    });
    for (const f of en) {
      const ledger = f.parameters?.find((p) => p.name === 'ledger');
      if (ledger) expect({ id: f.id, dim: ledger.dimensionality }).toEqual({ id: f.id, dim: 'matrix' });
    }
  });

  it('has an English description for every function and parameter', () => {
    for (const f of en) {
      expect({ id: f.id, ok: (f.description ?? '').length > 20 }).toEqual({ id: f.id, ok: true });
      for (const p of f.parameters ?? [])
        expect({ id: f.id, p: p.name, ok: (p.description ?? '').length > 5 }).toEqual({
          id: f.id,
          p: p.name,
          ok: true,
        });
    }
  });

  it('overlays Chinese texts for every function and parameter, with no stale entries', () => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
    const shape = (f: FunctionMetadata) =>
      (f.parameters ?? []).map((p) => [p.type, p.dimensionality, p.optional]);
    expect(zh.map(shape)).toEqual(en.map(shape));
  });

  it('names the parameters in Chinese as the error messages do', () => {
    const zhNames = Object.fromEntries(zh.map((f) => [f.id, (f.parameters ?? []).map((p) => p.name)]));
    expect(zhNames.CEHOURS).toEqual([HOURS_ARGS.kind, HOURS_ARGS.amount, HOURS_ARGS.days, HOURS_ARGS.detail]);
    expect(zhNames.CECOMPLIANT).toEqual([
      LEDGER_ARGS.ledger,
      LEDGER_ARGS.person,
      LEDGER_ARGS.year,
      LEDGER_ARGS.titleWindow,
    ]);
    expect(zhNames.CEWINDOW).toEqual([WINDOW_ARGS.titleYear, WINDOW_ARGS.qualificationYear]);
  });
});
