/** The policy options as a person reads them: every value named by its meaning, in both languages, no key shown. */
import { POLICY_OPTIONS } from './policy';

/** Tokens that only a program would write: option keys, hyphenated values, true/false (plain words like "after" are English). */
const KEYS = POLICY_OPTIONS.flatMap((o) => [o.key, ...o.values.map(String)]).filter(
  (k) => /-|[a-z][A-Z]/.test(k) || k === 'true' || k === 'false',
);

describe.each(POLICY_OPTIONS.map((o) => [o.key, o] as const))('policy option %s', (_key, o) => {
  it.each(['zh', 'en'] as const)('%s: a label and a meaning for every value', (lang) => {
    const w = o.words[lang];
    expect(w.label.length).toBeGreaterThan(0);
    expect(Object.keys(w.values).sort()).toEqual(o.values.map(String).sort());
    for (const text of [w.label, ...Object.values(w.values)]) {
      // No internal key (each-year, in-progress, true …) in what a person reads.
      for (const key of KEYS) expect(text).not.toMatch(new RegExp(`(^|[^A-Za-z-])${key}($|[^A-Za-z-])`));
    }
  });

  it('Chinese words have no Latin letters; English words have no Chinese', () => {
    for (const text of [o.words.zh.label, ...Object.values(o.words.zh.values)])
      expect(text).not.toMatch(/[A-Za-z]/);
    for (const text of [o.words.en.label, ...Object.values(o.words.en.values)])
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
