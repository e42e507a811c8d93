import { Definition } from '../../shared/analysis-types';
import { AppError } from '../../shared/errors';
import { noteOf } from '../../shared/error-text';
import { requireGoods } from '../analysis/definition-query';
import type { Db } from './open';

type Row = {
  name: string;
  label: string;
  reporter: string | null;
  partner: string | null;
  flow: string;
  subject: string;
  hs: string;
  exclude_hs: string;
  note: string;
  classification: string;
  currency: string | null;
};

/** The classifications a definition's codes can be in, besides any other the database holds rows in. */
export const DEFINITION_CLASSIFICATIONS = [
  'HS',
  ...['0', '1', '2', '3', '4', '5', '6'].map((e) => `H${e}`),
  'SITC',
  ...['1', '2', '3', '4'].map((r) => `S${r}`),
  'BEC',
];

/** Named definitions: saved filters a series, chart, brief or the CLI (`--def NAME`) can use by name. */
export function createDefinitionsRepo(db: Db) {
  const all = db.prepare('SELECT * FROM definition ORDER BY name');
  const one = db.prepare('SELECT * FROM definition WHERE name = ?');
  const upsert =
    db.prepare(`INSERT INTO definition (name, label, reporter, partner, flow, subject, hs, exclude_hs, note, classification, currency, updated_at)
    VALUES (:name, :label, :reporter, :partner, :flow, :subject, :hs, :excludeHs, :note, :classification, :currency, :at)
    ON CONFLICT(name) DO UPDATE SET label = excluded.label, reporter = excluded.reporter, partner = excluded.partner, flow = excluded.flow,
      subject = excluded.subject, hs = excluded.hs, exclude_hs = excluded.exclude_hs, note = excluded.note,
      classification = excluded.classification, currency = excluded.currency, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM definition WHERE name = ?');
  const held = db.prepare('SELECT DISTINCT upper(trim(text)) FROM dim_classification').pluck();

  const toDef = (r: Row): Definition =>
    Definition.parse({
      name: r.name,
      label: r.label,
      reporter: r.reporter,
      partner: r.partner,
      flow: r.flow,
      subject: r.subject,
      hs: JSON.parse(r.hs),
      excludeHs: JSON.parse(r.exclude_hs),
      note: r.note,
      classification: r.classification,
      currency: r.currency,
    });

  /** A classification as it is kept (upper case), refused where it is neither a known one nor one held. */
  function classificationOf(given: string): string {
    const c = given.trim().toUpperCase();
    if (DEFINITION_CLASSIFICATIONS.includes(c)) return c;
    const others = (held.all() as string[]).filter((h) => h && !DEFINITION_CLASSIFICATIONS.includes(h)).sort();
    if (others.includes(c)) return c;
    throw new AppError('bad_input', {
      key: 'definition.unknownClassification',
      params: { classification: given, valid: [...DEFINITION_CLASSIFICATIONS, ...others].join(', ') },
    });
  }

  function save(given: Definition): Definition {
    const d = { ...given, classification: classificationOf(given.classification) };
    // A definition whose exclusions take out all it includes would be refused by every reader: not saved.
    requireGoods(d);
    upsert.run({
      ...d,
      hs: JSON.stringify(d.hs),
      excludeHs: JSON.stringify(d.excludeHs),
      at: new Date().toISOString(),
    });
    return d;
  }

  /** The refusal of a file's entry, naming it by its place and name, with why (in the reader's language where it can be). */
  function refused(entry: unknown, index: number, count: number, reason: string): AppError {
    const name = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
    const named = typeof name === 'string' && name.trim() !== '';
    return new AppError('bad_input', {
      key: 'definition.importRefused',
      params: { place: index + 1, count, named: named ? 'yes' : 'no', name: named ? name.slice(0, 100) : '', reason },
    });
  }

  // A shared file is taken whole or not at all: a team member who fixes the one refused entry imports it again.
  const importAll = db.transaction((entries: readonly unknown[]): { saved: number } => {
    // A name given twice would keep the later definition and count both: which one was meant is not known.
    const places = new Map<string, number>();
    entries.forEach((entry, i) => {
      const parsed = Definition.safeParse(entry);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const reason = `${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'not a definition'}`;
        throw refused(entry, i, entries.length, reason);
      }
      const first = places.get(parsed.data.name);
      if (first !== undefined)
        throw refused(entry, i, entries.length, noteOf('definition.importRepeated', { first: first + 1 }));
      places.set(parsed.data.name, i);
      try {
        save(parsed.data);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        throw refused(entry, i, entries.length, err.text ? noteOf(err.text.key, err.text.params) : err.message);
      }
    });
    return { saved: entries.length };
  });

  return {
    list: (): Definition[] => (all.all() as Row[]).map(toDef),
    get(name: string): Definition {
      const r = one.get(name) as Row | undefined;
      if (!r)
        throw new AppError(
          'not_found',
          `There is no definition called "${name}". List them with \`tidemark definitions\` or save one first.`,
        );
      return toDef(r);
    },
    save,
    importAll: (entries: readonly unknown[]) => importAll(entries),
    delete(name: string): { deleted: boolean } {
      return { deleted: remove.run(name).changes > 0 };
    },
  };
}
export type DefinitionsRepo = ReturnType<typeof createDefinitionsRepo>;
