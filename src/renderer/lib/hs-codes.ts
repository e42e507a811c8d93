/** "2716, 27" → ["2716", "27"]: codes typed into a box stay text, leading zeros kept. */
export const parseCodes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter((c) => /^[0-9A-Za-z]{1,12}$/.test(c));
