/**
 * The sellers' disclosures in each language: English built in, every other language from its page texts (a script
 * beside the frames), kept once loaded so that the synchronous `Compliance.getDetails()` can answer in it.
 */
import { complianceEnglish, type DisclosureTexts } from '../../page-texts/en.compliance.js';
import type { PageTexts } from '../../page-texts/index.js';
import { pageTexts } from '../../page-texts/load.js';
import type { Locale } from '../../secure-fields/shared/locale.js';

const loaded = new Map<Locale, DisclosureTexts>([['en', complianceEnglish]]);

/** Keeps the disclosures of loaded page texts (a language script of an older deployment may have none). */
export function keepDisclosures(texts: PageTexts | undefined): DisclosureTexts | undefined {
  const compliance = texts?.compliance;
  if (!compliance || typeof compliance.links !== 'object' || typeof texts.language !== 'string') return undefined;
  loaded.set(texts.language, compliance);
  return compliance;
}

/** The disclosures in a language if they are loaded (English always is). */
export const loadedDisclosures = (language: Locale): DisclosureTexts | undefined => loaded.get(language);

/** The disclosures in a language, loaded from the frames if need be; English when they cannot load. */
export async function loadDisclosures(language: Locale, frames: URL | undefined): Promise<[Locale, DisclosureTexts]> {
  const texts = loaded.get(language) ?? keepDisclosures(await pageTexts(language, frames));
  return texts ? [language, texts] : ['en', complianceEnglish];
}
