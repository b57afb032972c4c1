/**
 * Dutch order as people read it: numbers by value ("Wijk 2" before "Wijk 10", "2020K2" before
 * "2020K10"), case and accents aside. One collator for every list of the explorer:
 * `localeCompare` with a locale or options builds a new one on each call, and these sorts run on
 * every switch.
 */
export const compareNl = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' }).compare;
