/**
 * The selling entity whose disclosures Drop-in's compliance section shows. Digital River assigns it to the checkout
 * (`sellingEntity.id`), from the billing country for digital goods; the payment session's answer gives it when the API
 * names it, and otherwise Drop-in takes the entity that sells to the session's country.
 */

/** The entity of a country's shoppers, where it is not Digital River Ireland (the rest of the world). */
const ENTITY_OF_COUNTRY: Readonly<Record<string, string>> = {
  US: 'DR_INC-ENTITY',
  CA: 'DR_INC-ENTITY',
  GB: 'DR_UK-ENTITY',
  JP: 'DR_JAPAN-ENTITY',
  TW: 'DR_TAIWAN-ENTITY',
};

/** `sellingEntity.id` from the session's answer when it has one, else the entity of the shopper's country. */
export function sellingEntityFor(session: Record<string, unknown> | undefined, country: string): string {
  const named = session?.sellingEntity;
  const id = typeof named === 'object' && named !== null ? (named as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id !== '') return id;
  return Object.hasOwn(ENTITY_OF_COUNTRY, country) ? ENTITY_OF_COUNTRY[country]! : 'DR_IRELAND-ENTITY';
}
