import type { z } from 'zod';
import type { Dimensions } from '../../shared/domain';
import type { NamesCheck, NamesQuery } from '../../shared/held-names';
import { familyOf } from '../../shared/classification';
import { nearest } from '../../shared/nearest';
import type { NamesRepo } from '../db/names-repo';
import { listSome, proseLang, say, type Lang } from '../messages';

type Kind = NamesCheck['unknown'][number]['kind'];

/**
 * A reporter, partner or code the database has never held would give a figure of nothing, which
 * reads as zero. Each one is named instead, with the nearest held ones ("no partner DUE; did you
 * mean DEU?"), so a typo is an error a person can fix rather than a table of zeros.
 */
export function checkNames(dimensions: () => Dimensions, codes: NamesRepo, q: z.output<typeof NamesQuery>): NamesCheck {
  const unknown: NamesCheck['unknown'] = [];
  const lang = proseLang(q.lang);
  const add = (kind: Kind, value: string, held: string[], label: string = kind, family?: string, why?: string) => {
    const near = nearest(value, held);
    const message =
      why ??
      (family && held.length === 0
        ? say(lang, 'names.noneOfFamily', { kind: label, value, family })
        : near.length
          ? say(lang, 'names.unknownNear', { kind: label, value, near: near.join(lang === 'ko' ? ' 또는 ' : ' or ') })
          : held.length && held.length <= 8
            ? say(lang, 'names.unknownHeld', { kind: label, value, held: held.join(', '), count: held.length })
            : say(lang, 'names.unknownCount', { kind: label, value, count: held.length }));
    unknown.push({ kind, value, nearest: near, message });
  };
  const d = q.reporters.length || q.partners.length || q.reporter ? dimensions() : null;
  if (d) {
    for (const r of q.reporters)
      if (!d.reporters.includes(r)) add('reporter', r, d.reporters, lang === 'ko' ? '보고국' : 'reporter');
    for (const p of q.partners)
      if (!d.partners.includes(p)) add('partner', p, d.partners, lang === 'ko' ? '상대국' : 'partner');
  }
  // Among the reporter's codes when it is held; a reporter that is not is reported on its own. Only
  // the classification asked for (HS by default): SITC 78 is no answer to --hs 78, nor a suggestion.
  const reporter = q.reporter && d?.reporters.includes(q.reporter) ? q.reporter : undefined;
  const family = familyOf(q.classification ?? 'HS');
  for (const code of new Set(q.codes)) {
    if (codes.holdsCode(code, family, reporter)) continue;
    const kind = kindLabel(family, lang);
    const held = codes.codePrefixes(code.length, family, reporter);
    add(
      'code',
      code,
      held,
      kind,
      family,
      held.length ? undefined : shorterOnly(codes, code, kind, family, lang, reporter),
    );
  }
  return { unknown };
}

/**
 * Why a code is not held where no held code of its family is as long: "the database holds no HS codes" was
 * false of a database of 4-digit codes asked for 320190. Its longest held prefix is named where there is one.
 */
function shorterOnly(codes: NamesRepo, code: string, kind: string, family: string, lang: Lang, reporter?: string) {
  for (let k = code.length - 1; k >= 1; k--) {
    const held = codes.codePrefixes(k, family, reporter);
    if (!held.length) continue;
    const prefix = code.slice(0, k);
    return held.includes(prefix)
      ? say(lang, 'names.notDeeper', { kind, value: code, family, prefix })
      : say(lang, 'names.noneThatLong', {
          kind,
          value: code,
          family,
          held: listSome(lang, held, 3),
          length: code.length,
        });
  }
  return undefined;
}

/** A code's kind as a message names it: "code" (HS), "SITC code"; in Korean "코드", "SITC 코드". */
function kindLabel(family: string, lang: Lang): string {
  const word = lang === 'ko' ? '코드' : 'code';
  return family === 'HS' ? word : `${family} ${word}`;
}
