import type { Dimensions, SplitColumn } from '../../shared/domain';
import { areaFromComtrade, areaNames, isKnownArea } from '../reference/areas';
import { provinceName, regimeName } from '../reference/gacc-dimensions';
import { isAreaCode } from '../../shared/area-code';
import type { Db } from './open';

type Names = { en: string; ko: string };

/** A stored regime's or province's names, where China customs' lists name it (a Comtrade procedure, C01, has none). */
const gacc =
  (name: typeof regimeName) =>
  (text: string): Names | null => {
    const en = name(text, 'en');
    const ko = name(text, 'ko');
    return en && ko ? { en, ko } : null;
  };

/**
 * A second partner's names: a Comtrade file stores its number (156), a canonical CSV Tidemark's code
 * (CHN); an area no list knows has no name, and is shown as stored.
 */
function partner2Names(text: string): Names | null {
  const code = isKnownArea(text) ? text : areaFromComtrade(text, '', '')?.code;
  if (!code || !isKnownArea(code)) return null;
  const { en, ko } = areaNames(code);
  return { en: code === text ? en : `${en} (${code})`, ko: code === text ? ko : `${ko} (${code})` };
}

/**
 * Which split columns some row holds (Dimensions.splits), with the values held and their names, read
 * from dictionaries alone: a database of plain rows is never scanned for them (at 1M rows, looking for
 * a second partner in the rows of the files that may hold one took 330-540 ms after every change). A
 * regime, a province and a transport have dictionaries of their own, which an import fills only with
 * texts some row it stored holds (a rolled-back import leaves none; a reverted batch's rows stay, to be
 * restored). A second partner shares the dictionary of areas with reporters and partners, which are
 * always area codes (shared/area-code.ts): the texts there that are none are second partners as the file
 * wrote them (UN Comtrade's numbers, 156). One written as an area code (a canonical CSV made by hand,
 * with CHN) cannot be told from a partner there, and goes unseen here; its rows' exports still carry it.
 */
export function recordSplits(db: Db) {
  const texts = (table: string) => db.prepare(`SELECT text FROM ${table} ORDER BY text`).pluck();
  const dictionaries: [SplitColumn, ReturnType<typeof texts>, (text: string) => Names | null][] = [
    ['regime', texts('dim_regime'), gacc(regimeName)],
    ['province', texts('dim_province'), gacc(provinceName)],
    ['mot', texts('dim_mot'), () => null],
  ];
  const areas = texts('dim_area');

  return {
    held(): Dimensions['splits'] {
      const out: Dimensions['splits'] = {};
      const add = (column: SplitColumn, values: string[], name: (text: string) => Names | null) => {
        if (values.length) out[column] = Object.fromEntries(values.map((v) => [v, name(v)]));
      };
      for (const [column, statement, name] of dictionaries) add(column, statement.all() as string[], name);
      add(
        'partner2',
        (areas.all() as string[]).filter((text) => !isAreaCode(text)),
        partner2Names,
      );
      return out;
    },
  };
}
