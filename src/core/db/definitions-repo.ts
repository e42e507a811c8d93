import { Definition } from '../../shared/analysis-types';
import { AppError } from '../../shared/errors';
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
};

/** Named definitions: saved filters a series, chart, brief or the CLI (`--def NAME`) can use by name. */
export function createDefinitionsRepo(db: Db) {
  const all = db.prepare('SELECT * FROM definition ORDER BY name');
  const one = db.prepare('SELECT * FROM definition WHERE name = ?');
  const upsert =
    db.prepare(`INSERT INTO definition (name, label, reporter, partner, flow, subject, hs, exclude_hs, note, updated_at)
    VALUES (:name, :label, :reporter, :partner, :flow, :subject, :hs, :excludeHs, :note, :at)
    ON CONFLICT(name) DO UPDATE SET label = excluded.label, reporter = excluded.reporter, partner = excluded.partner, flow = excluded.flow,
      subject = excluded.subject, hs = excluded.hs, exclude_hs = excluded.exclude_hs, note = excluded.note, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM definition WHERE name = ?');

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
    });

  return {
    list: (): Definition[] => (all.all() as Row[]).map(toDef),
    get(name: string): Definition {
      const r = one.get(name) as Row | undefined;
      if (!r)
        throw new AppError(
          'not_found',
          `There is no definition called "${name}". List them with \`tidemark defs\` or save one first.`,
        );
      return toDef(r);
    },
    save(d: Definition): Definition {
      upsert.run({
        ...d,
        hs: JSON.stringify(d.hs),
        excludeHs: JSON.stringify(d.excludeHs),
        at: new Date().toISOString(),
      });
      return d;
    },
    delete(name: string): { deleted: boolean } {
      return { deleted: remove.run(name).changes > 0 };
    },
  };
}
export type DefinitionsRepo = ReturnType<typeof createDefinitionsRepo>;
