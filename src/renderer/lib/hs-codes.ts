/**
 * A code as people write it in reports and in the nomenclature: "27.16" (a heading), "2716.00" (a
 * subheading), "HS2716" or "HS-2716". Codes are held as digits ("2716", "27160000"), so each is read as
 * its digits: dropped instead, the box's only code left the chart unfiltered, all goods under its name.
 */
function asHeld(token: string): string {
  const bare = token.replace(/^HS[-:]?(?=\d)/i, '');
  return /^\d+(\.\d+)+$/.test(bare) ? bare.replaceAll('.', '') : bare;
}

/** "2716, 27" → ["2716", "27"]: codes typed into a box stay text, leading zeros kept. */
export const parseCodes = (text: string) => [
  ...new Set(
    text
      .split(/[\s,;]+/)
      .map((c) => asHeld(c.trim()))
      // "HS" alone is the word before the codes ("HS 2716"), not a code.
      .filter((c) => /^[0-9A-Za-z]{1,12}$/.test(c) && c.toUpperCase() !== 'HS'),
  ),
];
