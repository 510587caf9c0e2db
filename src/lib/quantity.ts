/** Multipliers of the Kubernetes quantity suffixes the platform accepts (no exponent forms, no milli-units). */
const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** A quantity such as `30Gi` or `1.5G`. */
export const QUANTITY_PATTERN = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;

/** The number a quantity stands for (bytes, for sizes), or undefined when it is not one. */
export function quantityValue(quantity: unknown): number | undefined {
  const match = QUANTITY_PATTERN.exec(String(quantity ?? ''));
  return match ? Number(match[1]) * UNITS[match[2] ?? ''] : undefined;
}
