import { isClassificationWord, withoutClassificationWord } from '../../shared/classification';

/**
 * A code as people write it in reports and in the nomenclature: "27.16" (a heading), "2716.00" (a
 * subheading), "HS2716" or "HS-2716". Codes are held as digits ("2716", "27160000"), so each is read as
 * its digits: dropped instead, the box's only code left the chart unfiltered, all goods under its name.
 */
function asHeld(token: string): string {
  const bare = withoutClassificationWord(token);
  return /^\d+(\.\d+)+$/.test(bare) ? bare.replaceAll('.', '') : bare;
}

/**
 * "2716, 27" → ["2716", "27"]: codes typed into a box stay text, leading zeros kept. The same in any
 * classification: "SITC 33" and "S4-334.1" are SITC 33 and 3341, read in the classification the box is in.
 */
export const parseCodes = (text: string) => [
  ...new Set(
    text
      .split(/[\s,;]+/)
      .map((c) => asHeld(c.trim()))
      // "HS" or "SITC" alone is the word before the codes ("SITC 33"), not a code.
      .filter((c) => /^[0-9A-Za-z]{1,12}$/.test(c) && !isClassificationWord(c)),
  ),
];
