/**
 * Loads the page's texts for a `locale` option. English is built in; every other language is a small script beside the
 * card frames (`page-texts-<locale>.js`, from the same deployment as the frames, so the script tag and the ES modules
 * load it the same way), loaded once, when first asked for. It hands its texts over in `drPageTexts`.
 */
import { localeOf, type Locale } from '../secure-fields/shared/locale.js';
import type { PageTexts } from './index.js';

const loading = new Map<Locale, Promise<PageTexts | undefined>>();

const loadScript = (language: Locale, frameUrl: URL): Promise<PageTexts> =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(`page-texts-${language}.js`, frameUrl).href;
    script.onload = script.onerror = () => {
      script.remove();
      const texts = (window as { drPageTexts?: Partial<Record<Locale, PageTexts>> }).drPageTexts?.[language];
      if (texts) resolve(texts);
      else reject(new Error(`no texts for ${language}`));
    };
    document.head.append(script);
  });

/**
 * The texts in the language a `locale` option asks for, from the frames at `frameUrl`; undefined when that is English,
 * when there are no frames to load them from, or when the language could not be loaded (the page stays in English, and
 * a later call tries again).
 */
export function pageTexts(locale: unknown, frameUrl: URL | undefined): Promise<PageTexts | undefined> {
  const language = localeOf(locale);
  if (language === 'en' || !frameUrl) return Promise.resolve(undefined);
  let texts = loading.get(language);
  if (!texts) {
    texts = loadScript(language, frameUrl).catch(() => {
      loading.delete(language);
      return undefined;
    });
    loading.set(language, texts);
  }
  return texts;
}
