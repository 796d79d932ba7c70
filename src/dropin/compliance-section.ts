/**
 * The seller's compliance section under Drop-in: the selling entity of the session (or of the shopper's country) and
 * the disclosures for that country, in Drop-in's language.
 */
import type { DigitalRiver } from '../core/digital-river.js';
import type { ComplianceElement } from '../payments/compliance/compliance-element.js';
import type { Locale } from '../secure-fields/shared/locale.js';
import type { DropinSettings } from './configuration.js';
import type { PaymentSession } from './methods-to-show.js';
import { sellingEntityFor } from './selling-entity.js';

/** The `compliance` element, mounted in the place with this id. */
export function mountComplianceSection(dr: DigitalRiver, settings: DropinSettings, session: PaymentSession, language: Locale, placeId: string): ComplianceElement {
  const billing = settings.owner?.address?.country;
  const country = session?.country ?? (typeof billing === 'string' && /^[A-Za-z]{2}$/.test(billing) ? billing.toUpperCase() : 'US');
  const entity = sellingEntityFor(session as Record<string, unknown> | undefined, country);
  const compliance = dr.createElement('compliance', { compliance: { entity, country, language } });
  compliance.mount(placeId);
  return compliance;
}
